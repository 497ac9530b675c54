#include "vault/TagStore.h"

#include "vault/Database.h"
#include "vault/SearchIndex.h"
#include "vault/Statement.h"
#include "vault/Transaction.h"

namespace debrief {

namespace {

// The key without accents (and compatibility forms), for suggestions: "Café" and "cafe" both
// start with "caf".
QString foldedOf(const QString& key)
{
    const QString decomposed = key.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C).toCaseFolded();
}

VaultError requireReflection(Database& db, ReflectionId id)
{
    Statement q(db, "SELECT 1 FROM reflections WHERE id = ?1;");
    q.bind(1, id);
    if (q.next())
        return {};
    return q.error() ? q.error() : VaultError(VaultError::Kind::NotFound);
}

// Whether the reflection carries the tag with this key.
bool hasTag(Database& db, ReflectionId id, const QString& key, VaultError* error)
{
    Statement q(db, "SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
                    "WHERE et.reflection_id = ?1 AND t.key = ?2;");
    q.bind(1, id).bind(2, key);
    const bool found = q.next();
    *error = q.error();
    return found;
}

} // namespace

TagStore::TagStore(Database& db)
    : m_db(db)
{
}

QString TagStore::normalizedName(const QString& name)
{
    QString kept;
    kept.reserve(name.size());
    for (const QChar c : name) {
        // Control characters have no place in a tag (and the history list separates tags with
        // one); every kind of space becomes a plain one, then runs of them one (simplified).
        if (c.isSpace())
            kept.append(QLatin1Char(' '));
        else if (c.category() != QChar::Other_Control)
            kept.append(c);
    }
    return kept.simplified();
}

QString TagStore::keyOf(const QString& name)
{
    // Unicode case folding, not only ASCII as COLLATE NOCASE would.
    return normalizedName(name).toCaseFolded();
}

bool TagStore::isValidName(const QString& name)
{
    const QString normalized = normalizedName(name);
    return !normalized.isEmpty() && normalized.toUcs4().size() <= MaxNameLength;
}

QStringList TagStore::tagsOf(ReflectionId id, VaultError* error) const
{
    QStringList names;
    if ((*error = requireReflection(m_db, id)))
        return names;
    Statement q(m_db, "SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
                      "WHERE et.reflection_id = ?1 ORDER BY t.folded, t.key;");
    q.bind(1, id);
    while (q.next())
        names.append(q.text(0));
    *error = q.error();
    return names;
}

VaultError TagStore::addTag(ReflectionId id, const QString& name)
{
    if (!isValidName(name))
        return {VaultError::Kind::InvalidTag, QStringLiteral("tag name")};
    const QString normalized = normalizedName(name);
    const QString key = keyOf(normalized);
    return inTransaction(m_db, [&]() -> VaultError {
        if (VaultError e = requireReflection(m_db, id))
            return e;
        VaultError e;
        if (hasTag(m_db, id, key, &e) || e)
            return e;
        // Tag names are in the reflection's index entry: out before, back in after.
        return SearchIndex(m_db).around(id, [&]() -> VaultError {
            Statement tag(m_db, "INSERT INTO tags (name, key, folded) VALUES (?1, ?2, ?3) "
                                "ON CONFLICT (key) DO NOTHING;");
            if (VaultError e = tag.bind(1, normalized).bind(2, key).bind(3, foldedOf(key)).run())
                return e;
            // The trigger entry_tags_counted counts the new use.
            Statement link(m_db, "INSERT INTO entry_tags (reflection_id, tag_id) "
                                 "SELECT ?1, id FROM tags WHERE key = ?2;");
            return link.bind(1, id).bind(2, key).run();
        });
    });
}

VaultError TagStore::removeTag(ReflectionId id, const QString& name)
{
    const QString key = keyOf(name);
    return inTransaction(m_db, [&]() -> VaultError {
        if (VaultError e = requireReflection(m_db, id))
            return e;
        VaultError e;
        if (!hasTag(m_db, id, key, &e) || e)
            return e;
        return SearchIndex(m_db).around(id, [&] {
            // The trigger entry_tags_forgotten forgets the tag when this was its last use.
            Statement q(m_db, "DELETE FROM entry_tags WHERE reflection_id = ?1 AND "
                              "tag_id = (SELECT id FROM tags WHERE key = ?2);");
            return q.bind(1, id).bind(2, key).run();
        });
    });
}

QVector<TagUse> TagStore::suggestions(const QString& prefix, int limit, VaultError* error) const
{
    // Names starting with the folded prefix: at or above it, and below it followed by the
    // highest code point (text compares as UTF-8 bytes, in code point order).
    const QString from = foldedOf(keyOf(prefix));
    const QString below = from + QString::fromUcs4(U"\U0010FFFF");
    Statement q(m_db, "SELECT name, use_count FROM tags WHERE folded >= ?1 AND folded < ?2 "
                      "ORDER BY use_count DESC, folded, key LIMIT ?3;");
    q.bind(1, from).bind(2, below).bind(3, qint64(limit));
    QVector<TagUse> uses;
    while (q.next())
        uses.append({q.text(0), int(q.int64(1))});
    *error = q.error();
    return uses;
}

} // namespace debrief

#include "ShareProtectionChoice.h"

#include "share/PassphraseStrength.h"
#include "share/ShareKeys.h"
#include "share/X25519Recipient.h"
#include "vault/KeyEnvelope.h"

#include <QFile>
#include <QVariantMap>
#include <algorithm>

namespace debrief {

namespace {

// A key file is a line or two; anything larger is not one.
constexpr qint64 MaxKeyFileBytes = 64 * 1024;

// "age1…" on its own, or after age-keygen's "# public key: ".
QString keyOnLine(const QString& line)
{
    QString text = line.trimmed();
    const QString comment = QStringLiteral("# public key:");
    if (text.startsWith(comment, Qt::CaseInsensitive))
        text = text.mid(comment.size()).trimmed();
    if (!text.startsWith(QLatin1String("age1")))
        return {};
    const auto recipient = X25519Recipient::parse(text);
    return recipient ? recipient->toString() : QString();
}

} // namespace

ShareProtectionChoice::ShareProtectionChoice(QObject* parent)
    : QObject(parent)
{
}

int ShareProtectionChoice::minimumPassphraseLength()
{
    return KeyEnvelope::MinimumPassphraseLength;
}

void ShareProtectionChoice::load(Database* db)
{
    m_db = db;
    reset();
    readCoaches();
}

void ShareProtectionChoice::reset()
{
    m_passphrase.fill(QChar(u'0'));
    m_passphrase.clear();
    m_repeatedMatches = false;
    m_repeatedTyped = false;
    m_strengthScore = 0;
    m_strengthLabel.clear();
    m_coachError.clear();
    emit coachErrorChanged();
    emit changed();
}

void ShareProtectionChoice::readCoaches()
{
    QVector<Coach> coaches;
    if (m_db) {
        ShareError error;
        coaches = ShareKeys(*m_db).coaches(&error);
        if (error)
            setCoachError(error.message());
    }
    // The newest is the one most likely meant.
    qint64 newest = 0;
    QDateTime newestAdded;
    for (const Coach& c : coaches) {
        if (newest == 0 || c.added > newestAdded) {
            newest = c.id;
            newestAdded = c.added;
        }
    }
    std::sort(coaches.begin(), coaches.end(),
              [](const Coach& a, const Coach& b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_coaches.clear();
    bool chosenStillThere = false;
    for (const Coach& c : coaches) {
        m_coaches.append(QVariantMap{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("key"), c.recipient}});
        chosenStillThere = chosenStillThere || c.id == m_coachId;
    }
    emit coachesChanged();
    setCoachId(chosenStillThere ? m_coachId : newest);
}

void ShareProtectionChoice::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    emit changed();
}

void ShareProtectionChoice::setCoachId(qint64 id)
{
    QString key;
    for (const QVariant& c : std::as_const(m_coaches)) {
        const QVariantMap coach = c.toMap();
        if (coach.value(QStringLiteral("id")).toLongLong() == id)
            key = coach.value(QStringLiteral("key")).toString();
    }
    if (key.isEmpty())
        id = 0;
    if (id == m_coachId && key == m_coachKey)
        return;
    m_coachId = id;
    m_coachKey = key;
    emit changed();
}

QString ShareProtectionChoice::coachName() const
{
    for (const QVariant& c : m_coaches) {
        const QVariantMap coach = c.toMap();
        if (coach.value(QStringLiteral("id")).toLongLong() == m_coachId)
            return coach.value(QStringLiteral("name")).toString();
    }
    return {};
}

QString ShareProtectionChoice::problem() const
{
    if (m_kind == CoachKey)
        return m_coachKey.isEmpty() ? tr("Choose your coach, or add their key.") : QString();
    if (m_passphrase.size() < KeyEnvelope::MinimumPassphraseLength)
        return ShareError(ShareError::Kind::PassphraseTooShort).message();
    if (!m_repeatedMatches)
        return m_repeatedTyped ? tr("The two passphrases are not the same. Type the same one "
                                    "twice.")
                               : tr("Type the passphrase again to confirm it.");
    return {};
}

ShareProtection ShareProtectionChoice::protection() const
{
    return m_kind == CoachKey ? ShareProtection::coachKey(m_coachKey)
                              : ShareProtection::passphrase(m_passphrase);
}

void ShareProtectionChoice::setPassphrase(const QString& passphrase, const QString& repeated)
{
    m_passphrase.fill(QChar(u'0'));
    m_passphrase = passphrase;
    m_repeatedTyped = !repeated.isEmpty();
    m_repeatedMatches = passphrase == repeated;
    QStringList words = m_personalWords;
    words.append(QStringLiteral("debrief"));
    const PassphraseStrength strength = PassphraseStrength::of(passphrase, words);
    m_strengthScore = strength.score();
    m_strengthLabel = strength.label();
    emit changed();
}

bool ShareProtectionChoice::addCoach(const QString& name, const QString& key)
{
    if (!m_db)
        return false;
    if (name.trimmed().isEmpty()) {
        setCoachError(tr("Give your coach a name, so you can pick them next time."));
        return false;
    }
    if (!X25519Recipient::parse(key)) {
        setCoachError(ShareError(ShareError::Kind::InvalidKey).message());
        return false;
    }
    ShareError error;
    const auto id = ShareKeys(*m_db).addCoach(name.trimmed(), key.trimmed(), &error);
    if (!id) {
        setCoachError(error.message());
        return false;
    }
    setCoachError({});
    readCoaches();
    setCoachId(*id);
    return true;
}

QString ShareProtectionChoice::keyFromFile(const QUrl& file)
{
    QFile in(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!in.open(QIODevice::ReadOnly)) {
        setCoachError(tr("That file cannot be read: %1").arg(in.errorString()));
        return {};
    }
    const QString text = QString::fromUtf8(in.read(MaxKeyFileBytes));
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString key = keyOnLine(line);
        if (!key.isEmpty()) {
            setCoachError({});
            return key;
        }
    }
    setCoachError(tr("No public key (age1…) in that file. Ask your coach for their public key."));
    return {};
}

void ShareProtectionChoice::clearCoachError()
{
    setCoachError({});
}

void ShareProtectionChoice::setCoachError(const QString& message)
{
    if (message == m_coachError)
        return;
    m_coachError = message;
    emit coachErrorChanged();
}

} // namespace debrief

#include "share/BundleFields.h"

#include "share/X25519Recipient.h"
#include "vault/ReflectionUuids.h"

#include <QRegularExpression>
#include <cmath>

namespace debrief::bundlejson {

bool BundleFields::fail(const QString& where, const char* what)
{
    if (m_problem.isEmpty())
        m_problem = where + QStringLiteral(": ") + QLatin1String(what);
    return false;
}

QJsonValue BundleFields::value(const QJsonObject& o, const char* key, const QString& where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        fail(at(where, key), "missing");
    return v;
}

QString BundleFields::string(const QJsonObject& o, const char* key, const QString& where,
                             int maxChars)
{
    const QJsonValue v = value(o, key, where);
    if (!ok())
        return {};
    if (!v.isString())
        return fail(at(where, key), "not a string"), QString();
    QString s = v.toString();
    if (s.size() > maxChars)
        return fail(at(where, key), "too long"), QString();
    return s;
}

QString BundleFields::text(const QJsonObject& o, const char* key, const QString& where)
{
    return string(o, key, where, m_limits.maxTextChars);
}

QString BundleFields::shortText(const QJsonObject& o, const char* key, const QString& where)
{
    return string(o, key, where, m_limits.maxShortChars);
}

qint64 BundleFields::integer(const QJsonObject& o, const char* key, const QString& where,
                             qint64 min, qint64 max)
{
    const QJsonValue v = value(o, key, where);
    if (!ok())
        return 0;
    const double d = v.toDouble(-1e300);
    // The range before the conversion: a double beyond qint64 converts with undefined
    // behaviour (found by fuzz/bundle_json_fuzz). Every max here is far below 2^53.
    if (!v.isDouble() || !(d >= double(min) && d <= double(max)) || d != std::floor(d))
        return fail(at(where, key), "not a whole number in range"), 0;
    return qint64(d);
}

double BundleFields::rating(const QJsonObject& o, const char* key, const QString& where)
{
    const QJsonValue v = value(o, key, where);
    if (ok() && (!v.isDouble() || !(v.toDouble() >= 0.0 && v.toDouble() <= 1.0)))
        fail(at(where, key), "not a number from 0 to 1");
    return v.toDouble();
}

bool BundleFields::boolean(const QJsonObject& o, const char* key, const QString& where)
{
    const QJsonValue v = value(o, key, where);
    if (ok() && !v.isBool())
        fail(at(where, key), "not true or false");
    return v.toBool();
}

QJsonObject BundleFields::object(const QJsonObject& o, const char* key, const QString& where)
{
    const QJsonValue v = value(o, key, where);
    if (ok() && !v.isObject())
        fail(at(where, key), "not an object");
    return v.toObject();
}

QJsonArray BundleFields::array(const QJsonObject& o, const char* key, const QString& where,
                               int maxSize)
{
    const QJsonValue v = value(o, key, where);
    if (!ok())
        return {};
    if (!v.isArray())
        return fail(at(where, key), "not a list"), QJsonArray();
    if (v.toArray().size() > maxSize)
        return fail(at(where, key), "too many items"), QJsonArray();
    return v.toArray();
}

QJsonObject BundleFields::item(const QJsonArray& list, qsizetype i, const QString& where)
{
    if (!list.at(i).isObject())
        fail(where, "not an object");
    return list.at(i).toObject();
}

QDateTime BundleFields::utc(const QJsonObject& o, const char* key, const QString& where)
{
    const QString s = shortText(o, key, where);
    if (!ok())
        return {};
    static const QRegularExpression form(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z$"));
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!form.match(s).hasMatch() || !t.isValid())
        return fail(at(where, key), "not a UTC time"), QDateTime();
    return t.toUTC();
}

LocalMoment BundleFields::moment(const QJsonObject& o, const char* key, const QString& where)
{
    const QString path = at(where, key);
    const QJsonObject m = object(o, key, where);
    const QDateTime t = utc(m, "utc", path);
    const QString zone = shortText(m, "zone", path);
    static const QRegularExpression zoneForm(QStringLiteral("^[A-Za-z0-9_+./-]{1,64}$"));
    if (ok() && !zoneForm.match(zone).hasMatch())
        fail(at(path, "zone"), "not a time zone name");
    return {t, zone.toLatin1()};
}

LocalMoment BundleFields::optionalMoment(const QJsonObject& o, const char* key,
                                         const QString& where)
{
    if (value(o, key, where).isNull())
        return {};
    return moment(o, key, where);
}

Stage BundleFields::stage(const QJsonObject& o, const char* key, const QString& where)
{
    const auto s = stageFromKey(shortText(o, key, where));
    if (ok() && !s)
        fail(at(where, key), "not a stage");
    return s.value_or(Stage::Detect);
}

QString BundleFields::uuid(const QJsonObject& o, const char* key, const QString& where)
{
    const QString id = shortText(o, key, where);
    if (ok() && !ReflectionUuids::isValid(id))
        fail(at(where, key), "not an entry id");
    return id;
}

QString BundleFields::promptId(const QJsonObject& o, const char* key, const QString& where,
                               bool mayBeEmpty)
{
    static const QRegularExpression form(QStringLiteral("^[a-z]+\\.[a-z0-9_]{1,60}$"));
    const QString id = shortText(o, key, where);
    if (ok() && !(mayBeEmpty && id.isEmpty()) && (!form.match(id).hasMatch() || !stageOfPrompt(id)))
        fail(at(where, key), "not a prompt id");
    return id;
}

BundlePerson BundleFields::person(const QJsonObject& o, const char* key, const QString& where)
{
    const QString path = at(where, key);
    const QJsonObject p = object(o, key, where);
    BundlePerson person{shortText(p, "name", path), shortText(p, "recipient", path)};
    if (ok() && !X25519Recipient::parse(person.recipient))
        fail(at(path, "recipient"), "not an age1… public key");
    return person;
}

QString BundleFields::at(const QString& where, const char* key)
{
    return where + QLatin1Char('.') + QLatin1String(key);
}

QString BundleFields::at(const QString& where, qsizetype index)
{
    return where + QStringLiteral("[%1]").arg(index);
}

} // namespace debrief::bundlejson

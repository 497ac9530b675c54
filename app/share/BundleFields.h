#pragma once

#include "core/LocalTime.h"
#include "core/Stage.h"
#include "share/BundleJson.h"
#include "share/BundleLimits.h"

#include <QJsonArray>
#include <QJsonObject>

namespace debrief::bundlejson {

// Reads typed fields from untrusted JSON objects. The first problem is kept (which field, what
// is wrong with it: never its value); every read after it fails too, so callers can read on and
// check once.
class BundleFields
{
public:
    explicit BundleFields(const BundleLimits& limits)
        : m_limits(limits)
    {
    }

    const BundleLimits& limits() const { return m_limits; }
    bool ok() const { return m_problem.isEmpty(); }
    const QString& problem() const { return m_problem; }
    bool fail(const QString& where, const char* what);

    bool has(const QJsonObject& o, const char* key) const { return o.contains(QLatin1String(key)); }
    QJsonValue value(const QJsonObject& o, const char* key, const QString& where);

    QString string(const QJsonObject& o, const char* key, const QString& where, int maxChars);
    QString text(const QJsonObject& o, const char* key, const QString& where);
    QString shortText(const QJsonObject& o, const char* key, const QString& where);

    qint64 integer(const QJsonObject& o, const char* key, const QString& where, qint64 min,
                   qint64 max);
    double rating(const QJsonObject& o, const char* key, const QString& where);
    bool boolean(const QJsonObject& o, const char* key, const QString& where);
    QJsonObject object(const QJsonObject& o, const char* key, const QString& where);
    QJsonArray array(const QJsonObject& o, const char* key, const QString& where, int maxSize);
    QJsonObject item(const QJsonArray& list, qsizetype i, const QString& where);

    QDateTime utc(const QJsonObject& o, const char* key, const QString& where);
    LocalMoment moment(const QJsonObject& o, const char* key, const QString& where);
    LocalMoment optionalMoment(const QJsonObject& o, const char* key, const QString& where);

    Stage stage(const QJsonObject& o, const char* key, const QString& where);
    QString uuid(const QJsonObject& o, const char* key, const QString& where);
    QString promptId(const QJsonObject& o, const char* key, const QString& where, bool mayBeEmpty);
    BundlePerson person(const QJsonObject& o, const char* key, const QString& where);

    static QString at(const QString& where, const char* key);
    static QString at(const QString& where, qsizetype index);

private:
    const BundleLimits& m_limits;
    QString m_problem;
};

} // namespace debrief::bundlejson

#pragma once

#include "share/ShareExporter.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class Database;

// How the Share page protects the file: a coach's public key (one remembered by name, or a new
// one pasted or read from a file and remembered), or a passphrase typed twice, with a strength
// meter (zxcvbn) and the advice to send it by another channel. Says in words what is missing.
class ShareProtectionChoice : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the share controller")
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY changed)
    // The remembered coaches: [{id, name, key}], by name.
    Q_PROPERTY(QVariantList coaches READ coaches NOTIFY coachesChanged)
    Q_PROPERTY(qint64 coachId READ coachId WRITE setCoachId NOTIFY changed)
    Q_PROPERTY(QString coachName READ coachName NOTIFY changed)
    // The passphrase's strength: 0 (empty) to 4 (strong), and its word.
    Q_PROPERTY(int strengthScore READ strengthScore NOTIFY changed)
    Q_PROPERTY(QString strengthLabel READ strengthLabel NOTIFY changed)
    // Why the file cannot be protected yet ("" when it can).
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    // Adding a coach failed (an invalid key, no name, an unreadable file).
    Q_PROPERTY(QString coachError READ coachError NOTIFY coachErrorChanged)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)

public:
    enum Kind
    {
        CoachKey,
        Passphrase,
    };
    Q_ENUM(Kind)

    explicit ShareProtectionChoice(QObject* parent = nullptr);

    // Reads the remembered coaches (the last one added is chosen first); forgets the
    // passphrase.
    void load(Database* db);
    // Forgets the passphrase and the chosen coach (the page closed).
    void reset();

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QVariantList coaches() const { return m_coaches; }
    qint64 coachId() const { return m_coachId; }
    void setCoachId(qint64 id);
    QString coachName() const;
    int strengthScore() const { return m_strengthScore; }
    QString strengthLabel() const { return m_strengthLabel; }
    QString problem() const;
    QString coachError() const { return m_coachError; }
    static int minimumPassphraseLength();
    // The protection chosen, for ShareExporter::share (only valid while problem() is empty).
    ShareProtection protection() const;

    // The passphrase as typed in both fields; words the person uses (their name) count as weak.
    Q_INVOKABLE void setPassphrase(const QString& passphrase, const QString& repeated);
    void setPersonalWords(const QStringList& words) { m_personalWords = words; }
    // Remembers a coach's key under a name and chooses it; false with coachError set when the
    // key is not an age public key ("age1…") or the name is empty.
    Q_INVOKABLE bool addCoach(const QString& name, const QString& key);
    // The first age public key in a file a coach sent (a line "age1…", or age-keygen's
    // "# public key: age1…"); "" with coachError set when there is none.
    Q_INVOKABLE QString keyFromFile(const QUrl& file);
    Q_INVOKABLE void clearCoachError();

signals:
    void changed();
    void coachesChanged();
    void coachErrorChanged();

private:
    void readCoaches();
    void setCoachError(const QString& message);

    Database* m_db = nullptr;
    Kind m_kind = CoachKey;
    QVariantList m_coaches;
    qint64 m_coachId = 0;
    QString m_coachKey;
    QString m_passphrase;
    bool m_repeatedMatches = false;
    bool m_repeatedTyped = false;
    int m_strengthScore = 0;
    QString m_strengthLabel;
    QStringList m_personalWords;
    QString m_coachError;
};

} // namespace debrief

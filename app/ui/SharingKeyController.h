#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class Database;

// "My sharing key": this vault's public key (made on first use) for people to share with,
// copied to the clipboard or shown as a QR code, and the name others see on what this person
// sends. The secret half never leaves the vault.
class SharingKeyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(QString publicKey READ publicKey NOTIFY publicKeyChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY displayNameChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit SharingKeyController(QObject* parent = nullptr);

    // The open vault's UI-thread connection (null when there is none).
    void setDatabase(Database* db);

    QString publicKey() const { return m_publicKey; }
    QString displayName() const { return m_displayName; }
    QString errorMessage() const { return m_errorMessage; }

    // Reads the key (making the key pair the first time) and the name.
    Q_INVOKABLE void load();
    // Puts the public key on the clipboard; false when there is none yet.
    Q_INVOKABLE bool copyKey();
    // Trimmed; false with errorMessage set when it could not be written.
    Q_INVOKABLE bool setDisplayName(const QString& name);

signals:
    void publicKeyChanged();
    void displayNameChanged();
    void errorMessageChanged();

private:
    void setError(const QString& message);

    Database* m_db = nullptr;
    QString m_publicKey;
    QString m_displayName;
    QString m_errorMessage;
};

} // namespace debrief

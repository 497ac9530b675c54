#pragma once

#include "VaultTask.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class VaultController;

// What the privacy page tells about where Debrief keeps things, and "Erase everything" (Settings
// > Security and privacy, SECURITY.md PR-2/PR-3): after the page's two confirmations (what goes,
// then the passphrase or recovery code again) VaultEraser runs on a VaultTask, a worker with its
// own connection; erased() then tells every list, the insights and the reminders to read the
// now empty vault again. The vault, its keys and the settings stay.
class PrivacyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(debrief::VaultTask* task READ task CONSTANT)
    // The folder that holds the encrypted vault and its key file, as the OS writes paths.
    Q_PROPERTY(QString dataFolder READ dataFolder CONSTANT)
    // The settings file (microphone, recording limit, reminders): no content.
    Q_PROPERTY(QString settingsFile READ settingsFile CONSTANT)
    // What the last erase did, or why it did not.
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY messagesChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)

public:
    // vault must outlive this object.
    PrivacyController(VaultController& vault, const QString& dataFolder,
                      const QString& settingsFile, QObject* parent = nullptr);

    VaultTask* task() { return &m_task; }
    QString dataFolder() const { return m_dataFolder; }
    QString settingsFile() const { return m_settingsFile; }
    QString resultMessage() const { return m_resultMessage; }
    QString errorMessage() const { return m_errorMessage; }

    // Starts erasing every reflection, voice note, loop, lesson, experiment, tag, comment, what
    // others shared and the coaches. Call only after both confirmations. False while one runs.
    Q_INVOKABLE bool eraseEverything();
    Q_INVOKABLE void clearMessages();

signals:
    void messagesChanged();
    // Just before: whoever holds unwritten content (a recording) lets go of it.
    void aboutToErase();
    // The content is gone: everything that shows it reads the vault again.
    void erased();

private:
    void setMessages(const QString& result, const QString& error);

    VaultTask m_task;
    const QString m_dataFolder;
    const QString m_settingsFile;
    QString m_resultMessage;
    QString m_errorMessage;
};

} // namespace debrief

#include "PrivacyController.h"

#include "VaultController.h"
#include "vault/VaultEraser.h"

#include <QDir>
#include <memory>

namespace debrief {

PrivacyController::PrivacyController(VaultController& vault, const QString& dataFolder,
                                     const QString& settingsFile, QObject* parent)
    : QObject(parent)
    , m_task([&vault](VaultError* error) { return vault.openConnection(error); })
    , m_dataFolder(QDir::toNativeSeparators(QDir(dataFolder).absolutePath()))
    , m_settingsFile(QDir::toNativeSeparators(settingsFile))
{
}

void PrivacyController::clearMessages()
{
    setMessages({}, {});
}

void PrivacyController::setMessages(const QString& result, const QString& error)
{
    if (result == m_resultMessage && error == m_errorMessage)
        return;
    m_resultMessage = result;
    m_errorMessage = error;
    emit messagesChanged();
}

bool PrivacyController::eraseEverything()
{
    if (m_task.running())
        return false;
    setMessages({}, {});
    emit aboutToErase();
    // The content goes in one transaction; tidying the file afterwards may meet a reader on
    // another connection, which only delays it.
    auto tidied = std::make_shared<bool>(false);
    return m_task.start(
        [tidied](Database& db, ShareProgress*, ShareError* error) {
            VaultEraser eraser(db);
            if (const VaultError e = eraser.deleteContent())
                return failWith(error, ShareError::fromVault(e));
            *tidied = !eraser.compact();
            return true;
        },
        [this, tidied](const ShareError& error) {
            if (error) {
                setMessages({}, tr("Nothing was erased: %1").arg(error.message()));
                return;
            }
            setMessages(*tidied ? tr("Everything was erased. Your vault is empty and ready for "
                                     "new reflections.")
                                : tr("Everything was erased. Your vault is empty and ready for "
                                     "new reflections; Debrief finishes tidying the file by "
                                     "itself."),
                        {});
            emit erased();
        });
}

} // namespace debrief

#include "SharingKeyController.h"

#include "share/ShareKeys.h"

#include <QClipboard>
#include <QGuiApplication>

namespace debrief {

SharingKeyController::SharingKeyController(QObject* parent)
    : QObject(parent)
{
}

void SharingKeyController::setDatabase(Database* db)
{
    m_db = db;
    if (!m_publicKey.isEmpty()) {
        m_publicKey.clear();
        emit publicKeyChanged();
    }
    if (!m_displayName.isEmpty()) {
        m_displayName.clear();
        emit displayNameChanged();
    }
}

void SharingKeyController::load()
{
    if (!m_db)
        return setError(tr("The vault is locked."));
    ShareKeys keys(*m_db);
    ShareError error;
    const auto key = keys.publicKey(&error);
    if (!key)
        return setError(error.message());
    const QString name = keys.displayName(&error);
    if (error)
        return setError(error.message());
    setError({});
    if (*key != m_publicKey) {
        m_publicKey = *key;
        emit publicKeyChanged();
    }
    if (name != m_displayName) {
        m_displayName = name;
        emit displayNameChanged();
    }
}

bool SharingKeyController::copyKey()
{
    if (m_publicKey.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(m_publicKey);
    return true;
}

bool SharingKeyController::setDisplayName(const QString& name)
{
    if (!m_db) {
        setError(tr("The vault is locked."));
        return false;
    }
    const QString trimmed = name.trimmed();
    ShareError error;
    if (!ShareKeys(*m_db).setDisplayName(trimmed, &error)) {
        setError(error.message());
        return false;
    }
    setError({});
    if (trimmed != m_displayName) {
        m_displayName = trimmed;
        emit displayNameChanged();
    }
    return true;
}

void SharingKeyController::setError(const QString& message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace debrief

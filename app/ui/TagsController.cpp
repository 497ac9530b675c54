#include "TagsController.h"

namespace debrief {

TagsController::TagsController(QObject* parent)
    : QObject(parent)
{
}

void TagsController::setStore(TagStore* store)
{
    m_store = store;
    m_suggestions.setStore(store);
    if (!store)
        load(0);
}

void TagsController::load(qint64 reflectionId)
{
    m_reflectionId = reflectionId;
    setError({});
    reread();
}

bool TagsController::reread()
{
    QStringList tags;
    VaultError error;
    if (m_store && m_reflectionId > 0)
        tags = m_store->tagsOf(m_reflectionId, &error);
    setError(error.message());
    if (tags != m_tags) {
        m_tags = tags;
        emit tagsChanged();
    }
    m_suggestions.setExclude(m_tags);
    return !error;
}

bool TagsController::add(const QString& name)
{
    const QString tag = name.trimmed();
    if (tag.isEmpty())
        return false;
    if (!m_store || m_reflectionId <= 0) {
        setError(tr("The vault is locked."));
        return false;
    }
    if (VaultError e = m_store->addTag(m_reflectionId, tag)) {
        setError(e.message());
        return false;
    }
    const bool ok = reread();
    m_suggestions.refresh();
    emit changed(m_reflectionId);
    return ok;
}

bool TagsController::remove(const QString& name)
{
    if (!m_store || m_reflectionId <= 0) {
        setError(tr("The vault is locked."));
        return false;
    }
    if (VaultError e = m_store->removeTag(m_reflectionId, name)) {
        setError(e.message());
        return false;
    }
    const bool ok = reread();
    m_suggestions.refresh();
    emit changed(m_reflectionId);
    return ok;
}

void TagsController::onEntryChanged(qint64 reflectionId)
{
    if (reflectionId == m_reflectionId)
        reread();
}

void TagsController::setError(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace debrief

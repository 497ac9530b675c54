#include "EntryController.h"

#include "vault/LoopStore.h"
#include "vault/ReflectionStore.h"
#include "vault/Transaction.h"
#include "vault/VaultKey.h"

namespace debrief {

EntryController::EntryController(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
}

void EntryController::setStore(ReflectionStore* store)
{
    m_store = store;
    forgetRemoved();
}

void EntryController::forgetRemoved(qint64 reflectionId)
{
    if (reflectionId != 0 && (!m_removed || m_removed->id != reflectionId))
        return;
    m_removedLoop.reset();
    // The audio is the bulk of it: overwritten before the memory goes back (best effort: a
    // copy someone else still shares is left to them).
    for (AudioStore::SavedRecording& recording : m_removedAudio) {
        for (QByteArray& chunk : recording.chunks) {
            if (chunk.isDetached())
                wipe(chunk);
        }
    }
    m_removedAudio.clear();
    m_removedNudges.reset();
    if (m_removed) {
        m_removed.reset();
        emit canUndoRemoveChanged();
    }
}

bool EntryController::fail(const QString& message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
    return false;
}

void EntryController::clearError()
{
    if (!m_errorMessage.isEmpty()) {
        m_errorMessage.clear();
        emit errorMessageChanged();
    }
}

qint64 EntryController::add(const QString& text)
{
    if (!m_store)
        return fail(tr("The vault is locked.")), 0;
    if (text.trimmed().isEmpty())
        return fail(tr("Write something first.")), 0;
    VaultError error;
    const ReflectionId id = m_store->add(text, LocalMoment::fromDateTime(m_clock()), &error);
    if (error)
        return fail(error.message()), 0;
    clearError();
    emit added(id);
    return id;
}

QVariantMap EntryController::load(qint64 id)
{
    if (!m_store)
        return fail(tr("The vault is locked.")), QVariantMap();
    VaultError error;
    const auto r = m_store->get(id, &error);
    if (!r)
        return fail(error.message()), QVariantMap();
    clearError();
    return {{QStringLiteral("id"), r->id},
            {QStringLiteral("text"), r->text},
            {QStringLiteral("created"), r->created.local()},
            {QStringLiteral("updated"), r->updated.local()}};
}

bool EntryController::save(qint64 id, const QString& text)
{
    if (!m_store)
        return fail(tr("The vault is locked."));
    // A voice reflection may be without text: the recording is its content.
    if (text.trimmed().isEmpty() && !hasVoiceNote(id))
        return fail(tr("A reflection cannot be empty. To remove it, use Delete."));
    if (VaultError e = m_store->update(id, text, LocalMoment::fromDateTime(m_clock())))
        return fail(e.message());
    clearError();
    emit changed(id);
    return true;
}

bool EntryController::hasVoiceNote(qint64 id) const
{
    VaultError error;
    const auto summary = m_store->summary(id, &error);
    return summary && summary->voiceDurationMs >= 0;
}

bool EntryController::remove(qint64 id)
{
    if (!m_store)
        return fail(tr("The vault is locked."));
    emit aboutToRemove(id);
    VaultError error;
    auto reflection = m_store->get(id, &error);
    if (!reflection)
        return fail(error.message());
    std::optional<LoopRecord> loop;
    if (m_loops && !(loop = m_loops->load(id, &error)))
        return fail(error.message());
    QVector<AudioStore::SavedRecording> audio;
    if (m_audio && (audio = m_audio->copyOut(id, &error), error))
        return fail(error.message());
    std::optional<NudgeStore::Choices> nudges;
    if (m_nudges && (nudges = m_nudges->choices(id, &error), error))
        return fail(error.message());
    if (VaultError e = m_store->remove(id))
        return fail(e.message());
    // The only copy now lives in memory, for Undo; it goes away with the next delete or lock.
    m_removed = std::move(reflection);
    m_removedLoop = std::move(loop);
    m_removedAudio = std::move(audio);
    m_removedNudges = std::move(nudges);
    clearError();
    emit removed(id);
    emit canUndoRemoveChanged();
    return true;
}

qint64 EntryController::undoRemove()
{
    if (!m_store || !m_removed)
        return 0;
    // The reflection, its recordings and its loop come back together or not at all: on an error
    // (a full disk) nothing is half restored and everything stays here for another Undo.
    const VaultError error = inTransaction(m_store->database(), [&]() -> VaultError {
        if (VaultError e = m_store->restore(*m_removed))
            return e;
        if (m_audio && !m_removedAudio.isEmpty())
            if (VaultError e = m_audio->restore(m_removedAudio))
                return e;
        if (m_removedLoop && m_loops)
            if (VaultError e = m_loops->restore(*m_removedLoop))
                return e;
        if (m_removedNudges && m_nudges)
            return m_nudges->restoreChoices(m_removed->id, *m_removedNudges);
        return {};
    });
    if (error)
        return fail(error.message()), 0;
    const qint64 id = m_removed->id;
    m_removed.reset();
    m_removedAudio.clear();
    m_removedLoop.reset();
    m_removedNudges.reset();
    clearError();
    emit canUndoRemoveChanged();
    emit added(id);
    return id;
}

} // namespace debrief

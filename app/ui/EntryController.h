#pragma once

#include "core/LoopRecord.h"
#include "core/Reflection.h"
#include "vault/AudioStore.h"
#include "vault/NudgeStore.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

namespace debrief {

class LoopStore;
class ReflectionStore;

// Saves, loads, edits and deletes single reflections for the capture and entry pages; a
// delete can be undone until the next one.
class EntryController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(bool canUndoRemove READ canUndoRemove NOTIFY canUndoRemoveChanged)

public:
    using Clock = std::function<QDateTime()>;
    explicit EntryController(QObject* parent = nullptr);

    void setStore(ReflectionStore* store);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // With it, a delete keeps the entry's loop for Undo too (answers, lessons, experiments…).
    void setLoopStore(LoopStore* loops) { m_loops = loops; }
    // With it, a delete keeps the entry's voice recordings for Undo too.
    void setAudioStore(AudioStore* audio) { m_audio = audio; }
    // With it, a delete keeps the entry's nudge choices (muted, snoozed, Not now) for Undo too.
    void setNudgeStore(NudgeStore* nudges) { m_nudges = nudges; }

    QString errorMessage() const { return m_errorMessage; }
    bool canUndoRemove() const { return m_removed.has_value(); }

    // Returns the new id, or 0 with errorMessage set (the caller keeps the text).
    Q_INVOKABLE qint64 add(const QString& text);
    // {id, text, created, updated} or an empty map with errorMessage set.
    Q_INVOKABLE QVariantMap load(qint64 id);
    Q_INVOKABLE bool save(qint64 id, const QString& text);
    Q_INVOKABLE bool remove(qint64 id);
    Q_INVOKABLE qint64 undoRemove();
    // The Undo offer is over (its message went away, or everything was erased): the in-memory
    // copy of the deleted entry goes, so the deleted content is nowhere any more. With
    // reflectionId, only when that is the entry kept (0: whichever).
    Q_INVOKABLE void forgetRemoved(qint64 reflectionId = 0);

signals:
    void added(qint64 id);
    void changed(qint64 id);
    void removed(qint64 id);
    // Just before a delete: whoever holds unwritten parts of the entry writes them now, so
    // Undo brings them back too.
    void aboutToRemove(qint64 id);
    void errorMessageChanged();
    void canUndoRemoveChanged();

private:
    bool fail(const QString& message);
    void clearError();
    bool hasVoiceNote(qint64 id) const;
    ReflectionStore* m_store = nullptr;
    Clock m_clock;
    std::optional<Reflection> m_removed;
    LoopStore* m_loops = nullptr;
    std::optional<LoopRecord> m_removedLoop;
    AudioStore* m_audio = nullptr;
    QVector<AudioStore::SavedRecording> m_removedAudio; // in memory only, like m_removed
    NudgeStore* m_nudges = nullptr;
    std::optional<NudgeStore::Choices> m_removedNudges;
    QString m_errorMessage;
};

} // namespace debrief

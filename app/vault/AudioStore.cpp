#include "vault/AudioStore.h"

#include "vault/Database.h"
#include "vault/ReflectionStore.h"
#include "vault/Statement.h"
#include "vault/Transaction.h"

#include <sqlite3.h>

namespace debrief {

namespace {

#define RECORDING_COLUMNS                                                                          \
    "SELECT id, reflection_id, prompt_id, format, state, duration_ms, byte_count FROM recordings "

RecordingInfo infoFrom(const Statement& q)
{
    RecordingInfo info;
    info.id = q.int64(0);
    info.reflectionId = q.int64(1);
    info.promptId = q.text(2);
    info.format = q.text(3);
    info.state = RecordingState(q.int64(4));
    info.durationMs = q.int64(5);
    info.byteCount = q.int64(6);
    return info;
}

VaultError notFound(const char* what)
{
    return {VaultError::Kind::NotFound, QString::fromLatin1(what)};
}

} // namespace

AudioStore::AudioStore(Database& db)
    : m_db(db)
{
}

RecordingInfo AudioStore::insertRecording(ReflectionId reflection, const QString& promptId,
                                          const QString& format, VaultError* error)
{
    Statement q(m_db, "INSERT INTO recordings (reflection_id, prompt_id, format, state) "
                      "VALUES (?1, ?2, ?3, ?4);");
    q.bind(1, reflection)
        .bind(2, promptId)
        .bind(3, format)
        .bind(4, qint64(RecordingState::Recording));
    if ((*error = q.run()))
        return {};
    RecordingInfo info;
    info.id = sqlite3_last_insert_rowid(m_db.handle());
    info.reflectionId = reflection;
    info.promptId = promptId;
    info.format = format;
    return info;
}

RecordingInfo AudioStore::startVoiceReflection(const LocalMoment& when, const QString& format,
                                               VaultError* error)
{
    RecordingInfo info;
    *error = inTransaction(m_db, [&]() -> VaultError {
        VaultError e;
        Reflection reflection;
        reflection.created = when;
        reflection.updated = when;
        // Through ReflectionStore, so the new reflection is indexed like every other.
        const ReflectionId id = ReflectionStore(m_db).insertInTransaction(reflection, &e);
        if (e)
            return e;
        info = insertRecording(id, QString(), format, &e);
        return e;
    });
    return *error ? RecordingInfo() : info;
}

RecordingInfo AudioStore::startAnswer(ReflectionId reflection, const QString& promptId,
                                      const QString& format, VaultError* error)
{
    RecordingInfo info;
    *error = inTransaction(m_db, [&]() -> VaultError {
        VaultError e;
        if (infoFor(reflection, promptId, &e))
            return {VaultError::Kind::AlreadyExists, QStringLiteral("recording for that prompt")};
        if (e)
            return e;
        Statement exists(m_db, "SELECT 1 FROM reflections WHERE id = ?1;");
        exists.bind(1, reflection);
        if (!exists.next())
            return exists.error() ? exists.error() : notFound("reflection");
        info = insertRecording(reflection, promptId, format, &e);
        return e;
    });
    return *error ? RecordingInfo() : info;
}

namespace {

VaultError insertChunk(Database& db, RecordingId id, const QByteArray& data)
{
    Statement q(db, "INSERT INTO recording_chunks (recording_id, seq, data) VALUES (?1, (SELECT "
                    "coalesce(max(seq), 0) + 1 FROM recording_chunks WHERE recording_id = ?1), "
                    "?2);");
    return q.bind(1, id).bindBlob(2, data).run();
}

VaultError updateLength(Database& db, RecordingId id, qint64 addedBytes, qint64 durationMs,
                        std::optional<RecordingState> state = std::nullopt)
{
    Statement q(db, "UPDATE recordings SET byte_count = byte_count + ?2, duration_ms = ?3, "
                    "state = coalesce(?4, state) WHERE id = ?1;");
    q.bind(1, id).bind(2, addedBytes).bind(3, durationMs);
    if (state)
        q.bind(4, qint64(*state));
    else
        q.bindNull(4);
    if (VaultError e = q.run())
        return e;
    return sqlite3_changes(db.handle()) == 1 ? VaultError() : notFound("recording");
}

} // namespace

VaultError AudioStore::appendChunk(RecordingId id, const QByteArray& data, qint64 durationMs)
{
    return inTransaction(m_db, [&]() -> VaultError {
        if (!data.isEmpty()) {
            if (VaultError e = insertChunk(m_db, id, data))
                return e;
        }
        return updateLength(m_db, id, data.size(), durationMs);
    });
}

VaultError AudioStore::finish(RecordingId id, const QByteArray& lastData, qint64 durationMs)
{
    return inTransaction(m_db, [&]() -> VaultError {
        if (!lastData.isEmpty()) {
            if (VaultError e = insertChunk(m_db, id, lastData))
                return e;
        }
        return updateLength(m_db, id, lastData.size(), durationMs, RecordingState::Complete);
    });
}

VaultError AudioStore::discard(RecordingId id)
{
    VaultError e;
    const auto recording = info(id, &e);
    if (!recording)
        return e;
    if (recording->promptId.isEmpty()) {
        ReflectionStore reflections(m_db);
        const auto reflection = reflections.get(recording->reflectionId, &e);
        if (!reflection)
            return e;
        // Made for this voice note and still empty: it goes with it (the chunks by cascade).
        if (reflection->text.trimmed().isEmpty())
            return reflections.remove(recording->reflectionId);
    }
    return inTransaction(m_db, [&] {
        Statement q(m_db, "DELETE FROM recordings WHERE id = ?1;");
        return q.bind(1, id).run();
    });
}

std::optional<RecordingInfo> AudioStore::info(RecordingId id, VaultError* error) const
{
    Statement q(m_db, RECORDING_COLUMNS "WHERE id = ?1;");
    q.bind(1, id);
    if (q.next()) {
        *error = {};
        return infoFrom(q);
    }
    *error = q.error() ? q.error() : notFound("recording");
    return std::nullopt;
}

std::optional<RecordingInfo> AudioStore::infoFor(ReflectionId reflection, const QString& promptId,
                                                 VaultError* error) const
{
    Statement q(m_db, RECORDING_COLUMNS "WHERE reflection_id = ?1 AND prompt_id = ?2;");
    q.bind(1, reflection).bind(2, promptId);
    if (q.next()) {
        *error = {};
        return infoFrom(q);
    }
    *error = q.error();
    return std::nullopt;
}

QVector<RecordingInfo> AudioStore::recordingsOf(ReflectionId reflection, VaultError* error) const
{
    Statement q(m_db, RECORDING_COLUMNS "WHERE reflection_id = ?1 ORDER BY prompt_id, id;");
    q.bind(1, reflection);
    QVector<RecordingInfo> out;
    while (q.next())
        out.append(infoFrom(q));
    *error = q.error();
    return out;
}

QByteArray AudioStore::read(RecordingId id, VaultError* error) const
{
    const auto recording = info(id, error);
    if (!recording)
        return {};
    QByteArray audio;
    audio.reserve(recording->byteCount);
    Statement q(m_db, "SELECT data FROM recording_chunks WHERE recording_id = ?1 ORDER BY seq;");
    q.bind(1, id);
    while (q.next())
        audio.append(q.bytes(0));
    *error = q.error();
    return *error ? QByteArray() : audio;
}

QVector<AudioStore::SavedRecording> AudioStore::copyOut(ReflectionId reflection,
                                                        VaultError* error) const
{
    QVector<SavedRecording> saved;
    for (const RecordingInfo& info : recordingsOf(reflection, error)) {
        SavedRecording copy{info, {}};
        Statement q(m_db, "SELECT data FROM recording_chunks WHERE recording_id = ?1 "
                          "ORDER BY seq;");
        q.bind(1, info.id);
        while (q.next())
            copy.chunks.append(q.bytes(0));
        if ((*error = q.error()))
            return {};
        saved.append(std::move(copy));
    }
    return *error ? QVector<SavedRecording>() : saved;
}

VaultError AudioStore::restore(const QVector<SavedRecording>& recordings)
{
    return inTransaction(m_db, [&]() -> VaultError {
        for (const SavedRecording& r : recordings) {
            Statement q(m_db, "INSERT INTO recordings (id, reflection_id, prompt_id, format, "
                              "state, duration_ms, byte_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                              "?7);");
            q.bind(1, r.info.id)
                .bind(2, r.info.reflectionId)
                .bind(3, r.info.promptId)
                .bind(4, r.info.format)
                .bind(5, qint64(r.info.state))
                .bind(6, r.info.durationMs)
                .bind(7, r.info.byteCount);
            if (VaultError e = q.run())
                return e;
            for (const QByteArray& chunk : r.chunks) {
                if (VaultError e = insertChunk(m_db, r.info.id, chunk))
                    return e;
            }
        }
        return VaultError();
    });
}

int AudioStore::markInterrupted(VaultError* error)
{
    // Cut off before any audio was stored: nothing to keep.
    QVector<RecordingId> empty;
    {
        Statement q(m_db, "SELECT id FROM recordings WHERE state = ?1 AND duration_ms <= 0;");
        q.bind(1, qint64(RecordingState::Recording));
        while (q.next())
            empty.append(q.int64(0));
        if ((*error = q.error()))
            return 0;
    }
    for (RecordingId id : empty) {
        if ((*error = discard(id)))
            return 0;
    }
    int recovered = 0;
    *error = inTransaction(m_db, [&] {
        Statement q(m_db, "UPDATE recordings SET state = ?2 WHERE state = ?1;");
        q.bind(1, qint64(RecordingState::Recording)).bind(2, qint64(RecordingState::Recovered));
        const VaultError e = q.run();
        recovered = sqlite3_changes(m_db.handle());
        return e;
    });
    return *error ? 0 : recovered;
}

} // namespace debrief

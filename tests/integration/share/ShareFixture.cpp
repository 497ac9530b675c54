#include "ShareFixture.h"

#include "TestEnvironment.h"
#include "ToneRecording.h"
#include "core/Recording.h"
#include "vault/AudioStore.h"
#include "vault/LoopStore.h"
#include "vault/Migrations.h"
#include "vault/ReflectionStore.h"
#include "vault/Statement.h"
#include "vault/TagStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <catch2/catch_test_macros.hpp>

namespace debrief::test {

namespace {

LocalMoment at(int day, int minute)
{
    return {QDateTime(QDate(2024, 3, day), QTime(8, 0), Qt::UTC).addSecs(minute * 60LL),
            QByteArrayLiteral("Europe/Berlin")};
}

QByteArray recordInto(AudioStore& audio, RecordingInfo info, const QByteArray& bytes)
{
    const qint64 half = bytes.size() / 2;
    REQUIRE_FALSE(audio.appendChunk(info.id, bytes.left(half), 500));
    REQUIRE_FALSE(audio.finish(info.id, bytes.mid(half), 1000));
    return bytes;
}

// The digest queries: every table's content in a stable order, joined to entry ids (uuid)
// instead of row ids, which differ between vaults.
struct DigestQuery
{
    QString table;
    int columns;
    const char* sql;
};
const QList<DigestQuery> DigestQueries = {
    {QStringLiteral("reflections"), 16,
     "SELECT uuid, text, created_utc, created_tz, updated_utc, updated_tz, stage, failure_type, "
     "spectrum_point, is_example, voice_state, experiment_count, waiting_since_utc, reached, "
     "analysed_utc, applied_utc FROM reflections ORDER BY uuid;"},
    {QStringLiteral("tags"), 4, "SELECT name, key, folded, use_count FROM tags ORDER BY key;"},
    {QStringLiteral("entry_tags"), 2,
     "SELECT r.uuid, t.key FROM entry_tags et JOIN reflections r ON r.id = et.reflection_id "
     "JOIN tags t ON t.id = et.tag_id ORDER BY r.uuid, t.key;"},
    {QStringLiteral("stage_answers"), 8,
     "SELECT r.uuid, a.prompt_id, a.field, a.prompt_version, a.text, a.value, a.updated_utc, "
     "a.updated_tz FROM stage_answers a JOIN reflections r ON r.id = a.reflection_id "
     "ORDER BY r.uuid, a.prompt_id, a.field;"},
    {QStringLiteral("stage_transitions"), 7,
     "SELECT r.uuid, t.kind, t.from_stage, t.to_stage, t.reason, t.at_utc, t.at_tz FROM "
     "stage_transitions t JOIN reflections r ON r.id = t.reflection_id ORDER BY r.uuid, t.id;"},
    {QStringLiteral("lessons"), 7,
     "SELECT r.uuid, l.stage, l.text, l.created_utc, l.created_tz, l.updated_utc, l.updated_tz "
     "FROM lessons l JOIN reflections r ON r.id = l.reflection_id ORDER BY r.uuid, l.id;"},
    {QStringLiteral("possible_changes"), 5,
     "SELECT r.uuid, c.position, c.text, c.impact, c.feasibility FROM possible_changes c JOIN "
     "reflections r ON r.id = c.reflection_id ORDER BY r.uuid, c.position;"},
    {QStringLiteral("experiments"), 13,
     "SELECT r.uuid, c.position, x.hypothesis, x.action, x.check_date, x.signal, x.result, "
     "x.decision, x.status, x.created_utc, x.created_tz, x.checked_utc, x.checked_tz FROM "
     "experiments x JOIN reflections r ON r.id = x.reflection_id LEFT JOIN possible_changes c "
     "ON c.id = x.change_id ORDER BY r.uuid, x.id;"},
    {QStringLiteral("recordings"), 7,
     "SELECT r.uuid, rec.prompt_id, rec.format, rec.state, rec.duration_ms, rec.byte_count, "
     "(SELECT group_concat(hex(data), '') FROM (SELECT data FROM recording_chunks ch WHERE "
     "ch.recording_id = rec.id ORDER BY ch.seq)) FROM recordings rec JOIN reflections r ON "
     "r.id = rec.reflection_id ORDER BY r.uuid, rec.prompt_id;"},
    {QStringLiteral("share_identity"), 4,
     "SELECT secret_key, recipient, display_name, created_utc FROM share_identity;"},
    {QStringLiteral("coaches"), 3,
     "SELECT name, recipient, added_utc FROM coaches ORDER BY recipient;"},
    {QStringLiteral("share_senders"), 3,
     "SELECT name, recipient, last_received_utc FROM share_senders ORDER BY recipient;"},
    {QStringLiteral("received_entries"), 8,
     "SELECT s.recipient, e.entry_uuid, e.created_utc, e.received_utc, e.content, c.text, "
     "c.updated_utc, c.updated_tz FROM received_entries e JOIN share_senders s ON s.id = "
     "e.sender_id LEFT JOIN received_comments c ON c.received_id = e.id ORDER BY s.recipient, "
     "e.entry_uuid;"},
    {QStringLiteral("received_audio"), 5,
     "SELECT s.recipient, e.entry_uuid, a.prompt_id, a.duration_ms, hex(a.data) FROM "
     "received_audio a JOIN received_entries e ON e.id = a.received_id JOIN share_senders s ON "
     "s.id = e.sender_id ORDER BY s.recipient, e.entry_uuid, a.prompt_id;"},
    {QStringLiteral("entry_comments"), 7,
     "SELECT r.uuid, c.coach_name, c.coach_recipient, c.text, c.written_utc, c.written_tz, "
     "c.received_utc FROM entry_comments c JOIN reflections r ON r.id = c.reflection_id ORDER "
     "BY r.uuid, c.coach_recipient;"},
};

} // namespace

TestVault makeVault(const QString& name)
{
    TestVault v;
    v.dir = freshDir(name);
    VaultError error;
    v.db = Database::open(QDir(v.dir).filePath(QStringLiteral("vault.db")), VaultKey::generate(),
                          &error);
    REQUIRE(v.db);
    REQUIRE_FALSE(migrations::migrate(*v.db));
    return v;
}

EntryMarkers markersFor(const QString& prefix, int n)
{
    const QString base = prefix + QString::number(n);
    return {base + QStringLiteral("Txt"), base + QStringLiteral("Ans"),
            base + QStringLiteral("Les"), base + QStringLiteral("Cmt")};
}

SampleEntry addSampleEntry(Database& db, const EntryMarkers& m, int n)
{
    SampleEntry s;
    AudioStore audio(db);
    VaultError error;
    // A voice reflection, then its text written beside the voice note.
    const RecordingInfo voice = audio.startVoiceReflection(at(n, 0), oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    s.id = voice.reflectionId;
    s.voice = recordInto(audio, voice, toneRecording(1200 + 100 * n, 330.0 + 10 * n));
    ReflectionStore reflections(db);
    REQUIRE_FALSE(reflections.update(
        s.id, QStringLiteral("Entry %1: the demo crashed.\nWhat I noticed: %2").arg(n).arg(m.text),
        at(n, 1)));
    TagStore tags(db);
    REQUIRE_FALSE(tags.addTag(s.id, QStringLiteral("Demo")));
    REQUIRE_FALSE(tags.addTag(s.id, QStringLiteral("tag") + m.text));

    LoopRecord loop;
    loop.reflectionId = s.id;
    loop.stage = Stage::Apply;
    loop.failureType = FailureType::Complex;
    loop.spectrumPoint = SpectrumPoint::ProcessComplexity;
    loop.answers.set(QStringLiteral("detect.expected"), {},
                     {QStringLiteral("It should have run. ") + m.answers, 0, 1, at(n, 5)});
    loop.answers.set(QStringLiteral("detect.feeling"), {},
                     {QStringLiteral("embarrassed"), 4, 1, at(n, 6)});
    loop.transitions.append(
        {0, TransitionKind::Advance, Stage::Detect, Stage::Analyse, {}, at(n, 10)});
    loop.transitions.append({0, TransitionKind::Skip, Stage::Analyse, Stage::Apply,
                             QStringLiteral("no time ") + m.answers, at(n, 11)});
    loop.lessons.append({0, s.id, Stage::Apply, QStringLiteral("Rehearse first ") + m.lessons,
                         at(n, 20), at(n, 21)});
    const qint64 firstChange = 1000 * n;
    loop.changes.append({firstChange, s.id, QStringLiteral("Dry run ") + m.lessons, 0.7, 0.4});
    loop.changes.append({firstChange + 1, s.id, QStringLiteral("Spare laptop"), 0.5, 0.9});
    Experiment x;
    x.reflectionId = s.id;
    x.changeId = firstChange + 1;
    x.hypothesis = QStringLiteral("A spare avoids it ") + m.lessons;
    x.action = QStringLiteral("Bring one");
    x.checkDate = QDate(2024, 4, n);
    x.signal = QStringLiteral("No crash");
    x.created = at(n, 30);
    loop.experiments.append(x);
    REQUIRE_FALSE(LoopStore(db).restore(loop));

    const RecordingInfo spoken =
        audio.startAnswer(s.id, QStringLiteral("detect.expected"), oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    s.spoken = recordInto(audio, spoken, toneRecording(700, 550.0));
    return s;
}

QMap<QString, QString> vaultDigest(Database& db)
{
    QMap<QString, QString> digest;
    for (const DigestQuery& d : DigestQueries) {
        Statement q(db, d.sql);
        REQUIRE(q.isValid());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        int rows = 0;
        while (q.next()) {
            ++rows;
            for (int c = 0; c < d.columns; ++c) {
                const QByteArray value = q.isNull(c) ? QByteArray("\x01NULL") : q.bytes(c);
                hash.addData(QByteArray::number(value.size()) + ':' + value + ';');
            }
            hash.addData("\n");
        }
        REQUIRE_FALSE(q.error());
        digest.insert(d.table, QStringLiteral("%1 rows, sha256 %2")
                                   .arg(rows)
                                   .arg(QString::fromLatin1(hash.result().toHex().left(16))));
    }
    return digest;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool containsAnyEncoding(const QByteArray& haystack, const QString& needle)
{
    const QByteArray utf16(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2);
    return haystack.contains(needle.toUtf8()) || haystack.contains(utf16);
}

} // namespace debrief::test

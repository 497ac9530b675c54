#pragma once

// A vault for the history, tag, insights and example tests: real SQLCipher file, the stores,
// and ways to put entries where a test needs them, each through the stores as the app does.

#include "VaultTestHelpers.h"

#include "core/Recording.h"
#include "vault/AudioStore.h"
#include "vault/HistoryQuery.h"
#include "vault/LoopStore.h"
#include "vault/TagStore.h"

#include <catch2/catch_test_macros.hpp>

namespace debrief::test {

inline void requireOk(const VaultError& error)
{
    INFO(Catch::StringMaker<VaultError>::convert(error));
    REQUIRE_FALSE(error);
}

struct HistoryFixture
{
    explicit HistoryFixture(const char* name = "history")
        : dir(freshDir(QString::fromLatin1(name)))
        , db(openMigrated(dir + QStringLiteral("/vault.db"), key))
    {
    }

    QString dir;
    VaultKey key = VaultKey::generate();
    std::unique_ptr<Database> db;
    ReflectionStore store{*db};
    LoopStore loops{*db};
    TagStore tags{*db};
    AudioStore audio{*db};
    HistoryQuery history{*db};

    ReflectionId add(const QString& text, qint64 utcMs, const QByteArray& zone = "Europe/Berlin")
    {
        VaultError error;
        const ReflectionId id = store.add(text, momentAt(utcMs, zone), &error);
        requireOk(error);
        return id;
    }

    // A voice reflection: its recording finished (or still going), and its text.
    ReflectionId addVoice(const QString& text, qint64 utcMs, bool finished = true)
    {
        VaultError error;
        const RecordingInfo rec =
            audio.startVoiceReflection(momentAt(utcMs), oggOpusFormat(), &error);
        requireOk(error);
        if (finished)
            requireOk(audio.finish(rec.id, QByteArray("OggS voice"), 4200));
        if (!text.isEmpty())
            requireOk(store.update(rec.reflectionId, text, momentAt(utcMs)));
        return rec.reflectionId;
    }

    // Moves an entry on to stage by skipping (a reason, no answers needed), a minute apart.
    void moveTo(ReflectionId id, Stage stage, qint64 utcMs)
    {
        VaultError error;
        auto record = loops.load(id, &error);
        requireOk(error);
        for (Stage at = record->stage; at != stage;) {
            utcMs += 60000;
            const auto verdict = loops.transition(id, TransitionKind::Skip, QStringLiteral("test"),
                                                  momentAt(utcMs), &error);
            requireOk(error);
            REQUIRE(verdict.allowed);
            at = verdict.to;
        }
    }

    void tag(ReflectionId id, const QString& name) { requireOk(tags.addTag(id, name)); }

    QVector<HistoryRow> page(const HistoryFilter& filter, int offset = 0, int limit = 100,
                             const QTimeZone& zone = QTimeZone("Europe/Berlin"))
    {
        VaultError error;
        const QVector<HistoryRow> rows = history.page(filter, zone, offset, limit, &error);
        requireOk(error);
        return rows;
    }

    QList<ReflectionId> ids(const HistoryFilter& filter, int offset = 0, int limit = 100,
                            const QTimeZone& zone = QTimeZone("Europe/Berlin"))
    {
        QList<ReflectionId> out;
        for (const HistoryRow& row : page(filter, offset, limit, zone))
            out.append(row.summary.id);
        return out;
    }

    qint64 count(const HistoryFilter& filter, const QTimeZone& zone = QTimeZone("Europe/Berlin"))
    {
        VaultError error;
        const qint64 n = history.count(filter, zone, &error);
        requireOk(error);
        return n;
    }

    // The matches of words alone, in any order (sorted), for set comparisons.
    QList<ReflectionId> found(const QString& words)
    {
        HistoryFilter f;
        f.words = words;
        QList<ReflectionId> out = ids(f);
        std::sort(out.begin(), out.end());
        return out;
    }
};

inline QList<ReflectionId> sorted(QList<ReflectionId> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace debrief::test

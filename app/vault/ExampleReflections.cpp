#include "vault/ExampleReflections.h"

#include "core/Clock.h"
#include "core/LoopRecord.h"
#include "core/PromptCatalog.h"
#include "vault/Database.h"
#include "vault/ExampleData.h"
#include "vault/LoopStore.h"
#include "vault/NudgeStore.h"
#include "vault/ReflectionStore.h"
#include "vault/SearchIndex.h"
#include "vault/Statement.h"
#include "vault/Transaction.h"

#include <QCoreApplication>
#include <vector>

namespace debrief {

namespace {

using examples::Example;

// The texts below are marked with QT_TRANSLATE_NOOP("ExampleReflections", ) (QT_TRANSLATE_NOOP) for
// lupdate and translated here.
QString translated(const char* text)
{
    return text ? QCoreApplication::translate("ExampleReflections", text) : QString();
}

// The time LoopStore gives writes that take none (an experiment's plan and result).
class FixedClock final : public Clock
{
public:
    QDateTime at;
    QTimeZone zone;
    QDateTime nowUtc() const override { return at; }
    QTimeZone timeZone() const override { return zone; }
};

constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Day = 24 * Hour;

// Writes one example through the stores, as a person working through the loop would have.
VaultError write(Database& db, const Example& x, const QDateTime& nowUtc, const QByteArray& zoneId)
{
    const PromptCatalog catalog = PromptCatalog::standard();
    const QTimeZone zone(zoneId);
    auto at = [&](qint64 ms) {
        return LocalMoment{nowUtc.addMSecs(ms), zoneId};
    };
    const qint64 captured = -qint64(x.daysAgo) * Day - 2 * Hour;

    Reflection r;
    r.text =
        QCoreApplication::translate("ExampleReflections", "Example: %1").arg(translated(x.title)) +
        QStringLiteral("\n\n") + translated(x.body);
    r.created = r.updated = at(captured);
    for (const char* tag : x.tags)
        r.tags.append(translated(tag));
    r.example = true;
    VaultError e;
    const ReflectionId id = ReflectionStore(db).insertInTransaction(r, &e);
    if (e)
        return e;
    FixedClock clock;
    clock.zone = zone;
    LoopStore loop(db);
    loop.setClock(clock);

    auto answer = [&](Stage stage, qint64 when) -> VaultError {
        QVector<StageAnswers::Entry> entries;
        for (const examples::Answer& a : x.answers) {
            const Prompt* prompt = catalog.find(QString::fromLatin1(a.promptId));
            if (!prompt || prompt->stage() != stage)
                continue;
            entries.append({prompt->idString(),
                            QString::fromLatin1(a.field),
                            {translated(a.text), a.value, prompt->version(), {}}});
        }
        return entries.isEmpty() ? VaultError() : loop.setAnswers(id, entries, at(when));
    };
    auto advance = [&](qint64 when) -> VaultError {
        const auto verdict = loop.transition(id, TransitionKind::Advance, {}, at(when), &e);
        if (e)
            return e;
        return verdict ? VaultError()
                       : VaultError(VaultError::Kind::Io, QStringLiteral("example loop refused"));
    };
    const auto reached = [&](Stage s) {
        return int(x.stage) >= int(s);
    };

    if ((e = answer(Stage::Detect, captured + Hour / 4)))
        return e;
    if (!reached(Stage::Analyse))
        return {};
    const qint64 analysed = captured + Day;
    if ((e = advance(analysed)) || (e = answer(Stage::Analyse, analysed + Hour)))
        return e;
    if (x.point != SpectrumPoint::None && (e = loop.setSpectrumPoint(id, x.point)))
        return e;
    if (!reached(Stage::Apply))
        return {};
    const qint64 applied = captured + 3 * Day;
    if ((e = advance(applied)) || (e = answer(Stage::Apply, applied + Hour)))
        return e;
    for (const char* lesson : x.lessons) {
        loop.addLesson(id, Stage::Apply, translated(lesson), at(applied + Hour), &e);
        if (e)
            return e;
    }
    ChangeId tested = 0;
    for (const examples::Change& c : x.changes) {
        const ChangeId change = loop.addChange(id, translated(c.text), c.impact, c.feasibility, &e);
        if (e)
            return e;
        if (!tested)
            tested = change;
    }
    ExperimentId experiment = 0;
    if (x.trial) {
        experiment = loop.addExperiment(id, tested, at(applied + 2 * Hour), &e);
        clock.at = nowUtc.addMSecs(applied + 2 * Hour);
        const QDate checkDay =
            nowUtc.addMSecs(applied).toTimeZone(zone).date().addDays(x.trial->checkInDays);
        if (e || (e = loop.updateExperimentPlan(experiment, tested, translated(x.trial->hypothesis),
                                                translated(x.trial->action), checkDay,
                                                translated(x.trial->signal))))
            return e;
    }
    if (!reached(Stage::Continue))
        return {};
    const qint64 continued = applied + qint64(x.trial ? x.trial->checkInDays : 2) * Day + 2 * Hour;
    if ((e = advance(continued)))
        return e;
    if (x.trial) {
        clock.at = nowUtc.addMSecs(continued + Hour);
        if ((e = loop.setExperimentResult(experiment, translated(x.trial->result))) ||
            (e = loop.decideExperiment(experiment, x.trial->decision, at(continued + Hour))))
            return e;
    }
    if ((e = answer(Stage::Continue, continued + 2 * Hour)))
        return e;
    if (x.keepLesson) {
        loop.addLesson(id, Stage::Continue, translated(x.keepLesson), at(continued + 2 * Hour), &e);
        if (e)
            return e;
    }
    if (!reached(Stage::Closed))
        return {};
    return advance(continued + Day);
}

} // namespace

ExampleReflections::ExampleReflections(Database& db)
    : m_db(db)
{
}

VaultError ExampleReflections::add(const QDateTime& nowUtc, const QByteArray& timeZoneId)
{
    return inTransaction(m_db, [&]() -> VaultError {
        VaultError e;
        if (present(&e) || e)
            return e;
        NudgeStore nudges(m_db);
        for (const Example& x : examples::all()) {
            if ((e = write(m_db, x, nowUtc, timeZoneId)))
                return e;
        }
        // Nobody should be reminded to work on an example: they are all muted.
        Statement ids(m_db, "SELECT id FROM reflections WHERE is_example = 1;");
        while (ids.next()) {
            if ((e = nudges.setMuted(ids.int64(0), true)))
                return e;
        }
        return ids.error();
    });
}

bool ExampleReflections::present(VaultError* error) const
{
    Statement q(m_db, "SELECT EXISTS (SELECT 1 FROM reflections WHERE is_example = 1);");
    const bool found = q.next() && q.int64(0) != 0;
    *error = q.error();
    return found;
}

VaultError ExampleReflections::remove()
{
    return inTransaction(m_db, [&]() -> VaultError {
        // Out of the search index first: the delete takes their loops and tags with them.
        QVector<ReflectionId> ids;
        {
            Statement q(m_db, "SELECT id FROM reflections WHERE is_example = 1;");
            while (q.next())
                ids.append(q.int64(0));
            if (q.error())
                return q.error();
        }
        SearchIndex index(m_db);
        for (const ReflectionId id : ids) {
            if (VaultError e = index.unindex(id))
                return e;
        }
        Statement q(m_db, "DELETE FROM reflections WHERE is_example = 1;");
        return q.run();
    });
}

} // namespace debrief

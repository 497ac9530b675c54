// LoopController's edits of the loop's own rows: the failure type, lessons, possible changes,
// the experiment and the next smart risk (the state, loading and stage moves are in
// LoopController.cpp).

#include "LoopController.h"

#include "LoopText.h"
#include "core/LoopPolicy.h"
#include "vault/LoopStore.h"
#include "vault/ReflectionStore.h"

namespace debrief {

// ---- analyse ------------------------------------------------------------------------------

bool LoopController::setSpectrumPoint(int point)
{
    const auto p = spectrumPointFromStorage(point);
    if (!p)
        return fail(tr("Pick a point on the spectrum."));
    if (!ready() || !saveNow())
        return false;
    return wrote(m_loops->setSpectrumPoint(m_record->reflectionId, *p));
}

bool LoopController::setFailureType(int type)
{
    const auto t = failureTypeFromStorage(type);
    if (!t)
        return fail(tr("Pick basic, complex or intelligent."));
    if (!ready() || !saveNow())
        return false;
    return wrote(m_loops->setFailureType(m_record->reflectionId, *t));
}

// ---- lessons ------------------------------------------------------------------------------

qint64 LoopController::addLesson(const QString& text, int stage)
{
    const auto s = stageFromStorage(stage);
    if (!s || *s == debrief::Stage::Closed)
        return fail(tr("A lesson belongs to a stage of the loop.")), 0;
    if (text.trimmed().isEmpty())
        return fail(tr("Write the lesson first.")), 0;
    if (!ready() || !saveNow())
        return 0;
    VaultError error;
    const LessonId id = m_loops->addLesson(m_record->reflectionId, *s, text, now(), &error);
    return wrote(error, true) ? id : 0;
}

bool LoopController::updateLesson(qint64 lessonId, const QString& text)
{
    if (text.trimmed().isEmpty())
        return fail(tr("A lesson cannot be empty. To remove it, use Remove."));
    if (!ready() || !saveNow())
        return false;
    return wrote(m_loops->updateLesson(lessonId, text, now()), true);
}

bool LoopController::removeLesson(qint64 lessonId)
{
    if (!ready() || !saveNow())
        return false;
    return wrote(m_loops->removeLesson(lessonId), true);
}

// ---- changes ------------------------------------------------------------------------------

qint64 LoopController::addChange(const QString& text, double impact, double feasibility)
{
    if (text.trimmed().isEmpty())
        return fail(tr("Describe the change first.")), 0;
    if (!ready() || !saveNow())
        return 0;
    VaultError error;
    const ChangeId id =
        m_loops->addChange(m_record->reflectionId, text, impact, feasibility, &error);
    return wrote(error) ? id : 0;
}

bool LoopController::updateChange(qint64 changeId, const QString& text)
{
    if (text.trimmed().isEmpty())
        return fail(tr("A change cannot be empty. To remove it, use Remove."));
    if (!ready() || !saveNow())
        return false;
    return wrote(m_loops->updateChange(changeId, text), false, true);
}

bool LoopController::rateChange(qint64 changeId, double impact, double feasibility)
{
    if (!ready() || !saveNow())
        return false;
    return wrote(m_loops->rateChange(changeId, impact, feasibility));
}

bool LoopController::removeChange(qint64 changeId)
{
    if (!ready() || !saveNow())
        return false;
    return wrote(m_loops->removeChange(changeId), false, true);
}

bool LoopController::moveChange(qint64 changeId, int toRow)
{
    if (!ready() || !saveNow())
        return false;
    return wrote(m_loops->moveChange(changeId, toRow));
}

// ---- experiment ---------------------------------------------------------------------------

qint64 LoopController::chooseExperiment(qint64 changeId)
{
    if (!ready() || !saveNow())
        return 0;
    if (changeId != 0 && m_changes.rowOf(changeId) < 0)
        return fail(tr("That change is no longer in the list.")), 0;
    const Experiment* open = current() && current()->isOpen() ? current() : nullptr;
    if (open) {
        const ExperimentId id = open->id;
        const bool ok =
            wrote(m_loops->updateExperimentPlan(id, changeId, open->hypothesis, open->action,
                                                open->checkDate, open->signal),
                  false, true);
        return ok ? id : 0;
    }
    VaultError error;
    const ExperimentId id = m_loops->addExperiment(m_record->reflectionId, changeId, now(), &error);
    return wrote(error, false, true) ? id : 0;
}

bool LoopController::saveExperiment(const QString& hypothesis, const QString& action,
                                    const QString& checkDate, const QString& signal)
{
    const QDate date = looptext::parseIsoDate(checkDate);
    if (!checkDate.trimmed().isEmpty() && !date.isValid())
        return fail(tr("Use a date like %1.").arg(suggestedCheckDate(7)));
    if (!ready() || !saveNow())
        return false;
    if (!current() || !current()->isOpen()) {
        // The first plan, or the next one after a decision: a new experiment.
        if (!chooseExperiment(0))
            return false;
    }
    const Experiment* e = current();
    return wrote(
        m_loops->updateExperimentPlan(e->id, e->changeId, hypothesis, action, date, signal), false,
        true);
}

bool LoopController::setExperimentResult(const QString& result)
{
    if (!ready() || !saveNow())
        return false;
    if (!current())
        return fail(tr("Plan an experiment first."));
    return wrote(m_loops->setExperimentResult(current()->id, result), false, true);
}

bool LoopController::decide(int decision)
{
    const auto d = experimentDecisionFromStorage(decision);
    if (!d)
        return fail(tr("Choose keep, adjust or drop."));
    if (!ready() || !saveNow())
        return false;
    if (!current())
        return fail(tr("Plan an experiment first."));
    return wrote(m_loops->decideExperiment(current()->id, *d, now()), false, true);
}

QString LoopController::suggestedCheckDate(int days) const
{
    return looptext::isoDate(today().addDays(days));
}

QString LoopController::dateLabel(const QString& isoDate) const
{
    return looptext::dateLabel(looptext::parseIsoDate(isoDate));
}

// ---- next smart risk ----------------------------------------------------------------------

std::optional<QString> LoopController::nextRiskToActOn()
{
    if (!ready())
        return std::nullopt;
    const QString risk = nextRisk().trimmed();
    if (risk.isEmpty()) {
        fail(tr("Name your next smart risk first."));
        return std::nullopt;
    }
    if (!saveNow())
        return std::nullopt;
    return risk;
}

qint64 LoopController::nextRiskAsReflection()
{
    const auto risk = nextRiskToActOn();
    if (!risk)
        return 0;
    VaultError error;
    const ReflectionId id = m_reflections->add(*risk, now(), &error);
    if (error)
        return fail(error.message()), 0;
    setError({});
    emit written();
    emit added(id);
    return id;
}

qint64 LoopController::nextRiskAsExperiment()
{
    const auto risk = nextRiskToActOn();
    if (!risk)
        return 0;
    if (current() && current()->isOpen() && current()->isPlanned())
        return fail(tr("Decide on the current experiment first.")), 0;
    VaultError error;
    const ExperimentId id = m_loops->addExperiment(m_record->reflectionId, 0, now(), &error);
    if (error)
        return wrote(error), 0;
    return wrote(m_loops->updateExperimentPlan(id, 0, *risk, {}, today().addDays(7), {}), false,
                 true)
               ? id
               : 0;
}

} // namespace debrief

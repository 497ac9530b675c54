#include "LoopController.h"

#include "LoopText.h"
#include "core/LoopPolicy.h"
#include "vault/AudioStore.h"
#include "vault/LoopStore.h"
#include "vault/ReflectionStore.h"

namespace debrief {

namespace {

const QString NextRiskPrompt = QStringLiteral("continue.next_risk");

bool sameLessons(const QVector<Lesson>& a, const QVector<Lesson>& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].text != b[i].text || a[i].stage != b[i].stage)
            return false;
    }
    return true;
}

QString changeText(const QVector<PossibleChange>& changes, ChangeId id)
{
    for (const PossibleChange& c : changes) {
        if (c.id == id)
            return c.text;
    }
    return {};
}

bool sameExperiment(const Experiment* a, const Experiment* b)
{
    if (!a || !b)
        return a == b;
    return a->id == b->id && a->changeId == b->changeId && a->hypothesis == b->hypothesis &&
           a->action == b->action && a->checkDate == b->checkDate && a->signal == b->signal &&
           a->result == b->result && a->decision == b->decision && a->status == b->status;
}

} // namespace

LoopController::LoopController(const PromptCatalog& catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_prompts(catalog)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(800);
    connect(&m_saveTimer, &QTimer::timeout, this, &LoopController::saveNow);
}

LoopController::~LoopController() = default;

void LoopController::setStores(ReflectionStore* reflections, LoopStore* loops)
{
    saveNow();
    m_pending.clear();
    m_reflections = reflections;
    m_loops = loops;
    unload();
}

// ---- state shown ------------------------------------------------------------------------

QString LoopController::stageLabel() const
{
    return m_record ? debrief::stageLabel(m_record->stage) : QString();
}

QVariantList LoopController::history() const
{
    QVariantList out;
    if (!m_record)
        return out;
    for (const StageTransition& t : m_record->transitions)
        out.append(QVariantMap{{QStringLiteral("kind"), int(t.kind)},
                               {QStringLiteral("from"), int(t.from)},
                               {QStringLiteral("to"), int(t.to)},
                               {QStringLiteral("fromLabel"), debrief::stageLabel(t.from)},
                               {QStringLiteral("toLabel"), debrief::stageLabel(t.to)},
                               {QStringLiteral("reason"), t.reason},
                               {QStringLiteral("at"), t.at.local()}});
    return out;
}

void LoopController::setViewedStage(int stage)
{
    const auto s = stageFromStorage(stage);
    if (!m_record || !s || *s == debrief::Stage::Closed || *s == m_viewed)
        return;
    m_viewed = *s;
    m_prompts.show(m_viewed, m_record->answers, m_record->spokenAnswers);
    emit viewedStageChanged();
    emit progressChanged(); // stageDone and whatCompletesStage are about the viewed stage
}

QVariantList LoopController::steps() const
{
    QVariantList out;
    if (!m_record)
        return out;
    const auto states = LoopPolicy::steps(*m_record);
    for (int i = 0; i < int(LoopStages.size()); ++i) {
        const debrief::Stage s = LoopStages.at(std::size_t(i));
        out.append(QVariantMap{{QStringLiteral("stage"), int(s)},
                               {QStringLiteral("number"), i + 1},
                               {QStringLiteral("label"), debrief::stageLabel(s)},
                               {QStringLiteral("state"), looptext::stepStateKey(states.at(i))}});
    }
    return out;
}

QString LoopController::nextStepLabel() const
{
    return m_record ? LoopPolicy::nextStep(*m_record).label : QString();
}

bool LoopController::nextStepMoves() const
{
    return m_record && LoopPolicy::nextStep(*m_record).transition.has_value();
}

int LoopController::nextStepStage() const
{
    return m_record ? int(LoopPolicy::nextStep(*m_record).target) : 0;
}

bool LoopController::stageDone() const
{
    return m_record && LoopPolicy::isStageDone(*m_record, m_viewed);
}

QString LoopController::whatCompletesStage() const
{
    return LoopPolicy::whatCompletes(m_viewed);
}

bool LoopController::canGoBack() const
{
    return m_record && LoopPolicy::check(*m_record, TransitionKind::Back).allowed;
}

bool LoopController::canSkip() const
{
    // Any short reason would do: is the move itself possible?
    return m_record &&
           LoopPolicy::check(*m_record, TransitionKind::Skip, QStringLiteral("-")).allowed;
}

bool LoopController::canClose() const
{
    return m_record &&
           LoopPolicy::check(*m_record, TransitionKind::Close, QStringLiteral("-")).allowed;
}

bool LoopController::canCloseWithoutReason() const
{
    return m_record && LoopPolicy::check(*m_record, TransitionKind::Close).allowed;
}

QString LoopController::failureTypeLabel() const
{
    return m_record ? debrief::failureTypeLabel(m_record->failureType) : QString();
}

QString LoopController::failureTypeDescription() const
{
    return m_record ? debrief::failureTypeDescription(m_record->failureType) : QString();
}

QVariantList LoopController::spectrumOptions() const
{
    QVariantList out;
    for (SpectrumPoint p : SpectrumPoints)
        out.append(QVariantMap{
            {QStringLiteral("point"), int(p)},
            {QStringLiteral("key"), spectrumPointKey(p)},
            {QStringLiteral("label"), spectrumPointLabel(p)},
            {QStringLiteral("description"), spectrumPointDescription(p)},
            {QStringLiteral("failureType"), int(failureTypeOf(p))},
            {QStringLiteral("failureTypeLabel"), debrief::failureTypeLabel(failureTypeOf(p))}});
    return out;
}

QVariantList LoopController::lessons() const
{
    QVariantList out;
    if (!m_record)
        return out;
    for (const Lesson& l : m_record->lessons)
        out.append(QVariantMap{{QStringLiteral("lessonId"), l.id},
                               {QStringLiteral("stage"), int(l.stage)},
                               {QStringLiteral("text"), l.text},
                               {QStringLiteral("created"), l.created.local()}});
    return out;
}

QVariantMap LoopController::experiment() const
{
    const Experiment* e = current();
    if (!e)
        return {};
    QVariantMap map = looptext::experimentMap(*e, today());
    map.insert(QStringLiteral("changeText"), m_changes.textOf(e->changeId));
    return map;
}

QString LoopController::nextRisk() const
{
    return m_record ? m_record->answers.get(NextRiskPrompt).text : QString();
}

QString LoopController::stageName(int stage) const
{
    const auto s = stageFromStorage(stage);
    return s ? debrief::stageLabel(*s) : QString();
}

// ---- plumbing -----------------------------------------------------------------------------

bool LoopController::ready()
{
    if (!m_loops || !m_reflections)
        return fail(tr("The vault is locked."));
    if (!m_record)
        return fail(tr("Open a reflection first."));
    return true;
}

bool LoopController::fail(const QString& message)
{
    setError(message);
    return false;
}

void LoopController::setError(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

LocalMoment LoopController::now() const
{
    return LocalMoment::fromDateTime(m_clock());
}

QDate LoopController::today() const
{
    return m_clock().date();
}

void LoopController::show(std::optional<LoopRecord> record, bool newEntry)
{
    const std::optional<LoopRecord> before = std::move(m_record);
    m_record = std::move(record);
    // Answers typed but not written yet stay on top of what the store has.
    if (m_record) {
        for (const auto& [key, answer] : m_pending)
            m_record->answers.set(key.first, key.second, answer);
    }
    const bool stageMoved = newEntry || !before || !m_record || before->stage != m_record->stage ||
                            before->transitions.size() != m_record->transitions.size();
    const ChangeId tested = current() ? current()->changeId : ChangeId(0);
    m_changes.show(m_record ? m_record->changes : QVector<PossibleChange>(), tested);

    if (newEntry || (stageMoved && m_record)) {
        const debrief::Stage target =
            !m_record ? debrief::Stage::Detect
            : m_record->stage == debrief::Stage::Closed
                ? m_record->closedFrom().value_or(debrief::Stage::Continue)
                : m_record->stage;
        const bool viewMoved = target != m_viewed;
        m_viewed = target;
        // Nothing loaded: no questions.
        m_prompts.show(m_record ? m_viewed : debrief::Stage::Closed,
                       m_record ? m_record->answers : StageAnswers(),
                       m_record ? m_record->spokenAnswers : QMap<QString, qint64>());
        if (viewMoved || newEntry)
            emit viewedStageChanged();
    } else if (m_record) {
        m_prompts.refresh(m_record->answers, m_record->spokenAnswers);
    }
    if (newEntry)
        emit entryChanged();
    if (stageMoved)
        emit stageChanged();
    emit progressChanged();
    if (newEntry || !before || !m_record || before->spectrumPoint != m_record->spectrumPoint ||
        before->failureType != m_record->failureType)
        emit spectrumChanged();
    if (newEntry || !before || !m_record || !sameLessons(before->lessons, m_record->lessons))
        emit lessonsChanged();
    const Experiment* was = before ? before->currentExperiment() : nullptr;
    if (newEntry || !sameExperiment(was, current()) ||
        (was && m_record &&
         changeText(before->changes, was->changeId) !=
             changeText(m_record->changes, was->changeId)))
        emit experimentChanged(); // its map also carries the tested change's text
    if (newEntry || !before || !m_record ||
        before->answers.get(NextRiskPrompt).text != m_record->answers.get(NextRiskPrompt).text)
        emit nextRiskChanged();
}

bool LoopController::reload()
{
    if (!m_record || !m_loops)
        return false;
    VaultError error;
    auto fresh = m_loops->load(m_record->reflectionId, &error);
    if (!fresh)
        return fail(error.message());
    show(std::move(fresh), false);
    return true;
}

bool LoopController::wrote(const VaultError& error, bool lessons, bool experiments)
{
    if (error) {
        reload();
        return fail(error.message());
    }
    if (!reload())
        return false;
    setError({});
    emit written();
    if (lessons)
        emit lessonsWritten();
    if (experiments)
        emit experimentsWritten();
    return true;
}

// ---- loading ------------------------------------------------------------------------------

bool LoopController::load(qint64 reflectionId)
{
    if (!m_loops)
        return fail(tr("The vault is locked."));
    if (!saveNow())
        return false; // the answers of the entry shown stay here until they can be written
    VaultError error;
    auto record = m_loops->load(reflectionId, &error);
    if (!record)
        return fail(error.message());
    setError({});
    show(std::move(record), true);
    return true;
}

void LoopController::unload()
{
    if (!m_record)
        return;
    saveNow();
    m_pending.clear();
    emit dirtyChanged();
    show(std::nullopt, true);
}

void LoopController::onRecorded(qint64 reflectionId)
{
    if (shows(reflectionId))
        reload();
}

void LoopController::onRemoved(qint64 reflectionId)
{
    if (!m_record || m_record->reflectionId != reflectionId)
        return;
    m_saveTimer.stop();
    const bool wasDirty = dirty();
    m_pending.clear(); // the entry is gone: its unsaved answers have nowhere to go
    if (wasDirty)
        emit dirtyChanged();
    show(std::nullopt, true);
}

// ---- answers ------------------------------------------------------------------------------

void LoopController::setAnswer(const QString& promptId, const QString& field, const QString& text,
                               int value)
{
    if (!m_record)
        return;
    const Prompt* prompt = m_catalog.find(promptId);
    if (!prompt) {
        fail(tr("That question is not part of Debrief."));
        return;
    }
    if (prompt->kind == PromptKind::Feeling)
        value = std::clamp(value, 0, 5);
    const StageAnswer answer{text, value, prompt->version(), now()};
    if (m_record->answers.get(promptId, field) == answer)
        return;
    const bool wasDirty = dirty();
    m_pending[{promptId, field}] = answer;
    const LoopRecord before = *m_record;
    m_record->answers.set(promptId, field, answer);
    m_prompts.answerEdited(promptId, field, answer);
    m_saveTimer.start();
    if (!wasDirty)
        emit dirtyChanged();
    // The indicator and the next step follow what is typed, before it is written.
    if (LoopPolicy::steps(before) != LoopPolicy::steps(*m_record) ||
        LoopPolicy::nextStep(before).label != LoopPolicy::nextStep(*m_record).label ||
        LoopPolicy::isStageDone(before, m_viewed) != LoopPolicy::isStageDone(*m_record, m_viewed))
        emit progressChanged();
    if (promptId == NextRiskPrompt)
        emit nextRiskChanged();
}

bool LoopController::saveNow()
{
    m_saveTimer.stop();
    if (m_pending.empty())
        return true;
    if (!m_loops || !m_record)
        return fail(tr("The vault is locked. Your answers are kept here; unlock to save them."));
    QVector<StageAnswers::Entry> entries;
    for (const auto& [key, answer] : m_pending)
        entries.append({key.first, key.second, answer});
    if (VaultError e = m_loops->setAnswers(m_record->reflectionId, entries, now()))
        return fail(e.message()); // kept in m_pending: the next edit or save tries again
    m_pending.clear();
    emit dirtyChanged();
    setError({});
    emit written();
    return true;
}

bool LoopController::removeSpokenAnswer(const QString& promptId)
{
    if (!ready())
        return false;
    if (!m_audio)
        return fail(tr("The vault is locked."));
    // (Never the reflection's own voice note: that one answers no prompt.)
    if (!m_record->spokenAnswers.contains(promptId))
        return fail(tr("There is no spoken answer to delete."));
    VaultError error;
    const auto recording = m_audio->infoFor(m_record->reflectionId, promptId, &error);
    if (!recording) {
        reload();
        return fail(error ? error.message() : tr("There is no spoken answer to delete."));
    }
    const ReflectionId id = m_record->reflectionId;
    if (!wrote(m_audio->discard(recording->id)))
        return false;
    emit spokenAnswerRemoved(id, promptId);
    return true;
}

// ---- stage moves --------------------------------------------------------------------------

bool LoopController::transition(TransitionKind kind, const QString& reason)
{
    if (!ready() || !saveNow())
        return false;
    VaultError error;
    const auto verdict = m_loops->transition(m_record->reflectionId, kind, reason, now(), &error);
    if (error)
        return fail(error.message());
    if (!verdict)
        return fail(verdict.reason);
    const ReflectionId id = m_record->reflectionId;
    if (!wrote({}, false, true))
        return false;
    emit changed(id);
    return true;
}

bool LoopController::advance()
{
    return transition(TransitionKind::Advance, {});
}

bool LoopController::back()
{
    return transition(TransitionKind::Back, {});
}

bool LoopController::skip(const QString& reason)
{
    return transition(TransitionKind::Skip, reason);
}

bool LoopController::close(const QString& reason)
{
    return transition(TransitionKind::Close, reason);
}

bool LoopController::reopen()
{
    return transition(TransitionKind::Reopen, {});
}

bool LoopController::takeNextStep()
{
    if (!ready())
        return false;
    const auto step = LoopPolicy::nextStep(*m_record);
    if (!step.transition)
        return fail(LoopPolicy::whatCompletes(m_record->stage));
    return transition(*step.transition, {});
}

void LoopController::retranslate()
{
    m_prompts.retranslate();
    m_changes.retranslate();
    emit languageChanged();
    emit stageChanged();
    emit viewedStageChanged();
    emit progressChanged();
    emit spectrumChanged();
    emit lessonsChanged();
    emit experimentChanged();
}

} // namespace debrief

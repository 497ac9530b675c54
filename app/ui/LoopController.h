#pragma once

#include "ChangesModel.h"
#include "PromptsModel.h"
#include "core/LoopRecord.h"
#include "core/PromptCatalog.h"
#include "vault/VaultError.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <map>
#include <optional>

namespace debrief {

class AudioStore;
class LoopStore;
class ReflectionStore;

// Takes one reflection through the loop for the entry and stage pages: its stage, the
// four-step indicator and the one next step, the prompts of a stage (from the PromptCatalog)
// with their answers, the spectrum, lessons, the changes grid, the experiment and its check,
// and the stage moves LoopPolicy allows (refusals arrive as errorMessage, in words).
// Typed answers are kept at once and written after a short pause (or saveNow()).
// API for QML authors: notes/loop-api.md.
class LoopController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(qint64 reflectionId READ reflectionId NOTIFY entryChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY entryChanged)
    Q_PROPERTY(int stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString stageLabel READ stageLabel NOTIFY stageChanged)
    Q_PROPERTY(bool closed READ closed NOTIFY stageChanged)
    Q_PROPERTY(QVariantList history READ history NOTIFY stageChanged)
    Q_PROPERTY(int viewedStage READ viewedStage WRITE setViewedStage NOTIFY viewedStageChanged)
    Q_PROPERTY(QString viewedStageLabel READ viewedStageLabel NOTIFY viewedStageChanged)
    Q_PROPERTY(QString stageIntro READ stageIntro NOTIFY viewedStageChanged)
    Q_PROPERTY(QString stageHint READ stageHint NOTIFY viewedStageChanged)
    Q_PROPERTY(QVariantList steps READ steps NOTIFY progressChanged)
    Q_PROPERTY(QString nextStepLabel READ nextStepLabel NOTIFY progressChanged)
    Q_PROPERTY(bool nextStepMoves READ nextStepMoves NOTIFY progressChanged)
    Q_PROPERTY(int nextStepStage READ nextStepStage NOTIFY progressChanged)
    Q_PROPERTY(bool stageDone READ stageDone NOTIFY progressChanged)
    Q_PROPERTY(QString whatCompletesStage READ whatCompletesStage NOTIFY progressChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY progressChanged)
    Q_PROPERTY(bool canSkip READ canSkip NOTIFY progressChanged)
    Q_PROPERTY(bool canClose READ canClose NOTIFY progressChanged)
    Q_PROPERTY(bool canCloseWithoutReason READ canCloseWithoutReason NOTIFY progressChanged)
    Q_PROPERTY(debrief::PromptsModel* prompts READ prompts CONSTANT)
    Q_PROPERTY(debrief::ChangesModel* changes READ changes CONSTANT)
    Q_PROPERTY(int spectrumPoint READ spectrumPoint NOTIFY spectrumChanged)
    Q_PROPERTY(int failureType READ failureType NOTIFY spectrumChanged)
    Q_PROPERTY(QString failureTypeLabel READ failureTypeLabel NOTIFY spectrumChanged)
    Q_PROPERTY(QString failureTypeDescription READ failureTypeDescription NOTIFY spectrumChanged)
    Q_PROPERTY(QVariantList spectrumOptions READ spectrumOptions NOTIFY languageChanged)
    Q_PROPERTY(QVariantList lessons READ lessons NOTIFY lessonsChanged)
    Q_PROPERTY(bool hasExperiment READ hasExperiment NOTIFY experimentChanged)
    Q_PROPERTY(QVariantMap experiment READ experiment NOTIFY experimentChanged)
    Q_PROPERTY(QString nextRisk READ nextRisk NOTIFY nextRiskChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    // The stored stage numbers (core/Stage.h), for QML: LoopController.Analyse …
    enum LoopStage
    {
        Detect = int(debrief::Stage::Detect),
        Analyse = int(debrief::Stage::Analyse),
        Apply = int(debrief::Stage::Apply),
        Continue = int(debrief::Stage::Continue),
        Closed = int(debrief::Stage::Closed),
    };
    Q_ENUM(LoopStage)
    enum Decision
    {
        NoDecision = int(ExperimentDecision::None),
        Keep = int(ExperimentDecision::Keep),
        Adjust = int(ExperimentDecision::Adjust),
        Drop = int(ExperimentDecision::Drop),
    };
    Q_ENUM(Decision)
    enum Failure
    {
        UnknownFailure = int(FailureType::Unknown),
        BasicFailure = int(FailureType::Basic),
        ComplexFailure = int(FailureType::Complex),
        IntelligentFailure = int(FailureType::Intelligent),
    };
    Q_ENUM(Failure)

    using Clock = std::function<QDateTime()>;
    // catalog must outlive this object.
    explicit LoopController(const PromptCatalog& catalog, QObject* parent = nullptr);
    ~LoopController() override;

    // Both stores, or neither (locked). Pending answers go to the old store first.
    void setStores(ReflectionStore* reflections, LoopStore* loops);
    // The open vault's recordings, for deleting spoken answers (null when locked).
    void setAudioStore(AudioStore* audio) { m_audio = audio; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // How long typing must pause before answers are written (default 800 ms).
    void setSaveDelay(int ms) { m_saveTimer.setInterval(ms); }

    qint64 reflectionId() const { return m_record ? m_record->reflectionId : 0; }
    bool loaded() const { return m_record.has_value(); }
    int stage() const { return m_record ? int(m_record->stage) : 0; }
    QString stageLabel() const;
    bool closed() const { return m_record && m_record->stage == debrief::Stage::Closed; }
    QVariantList history() const;
    int viewedStage() const { return int(m_viewed); }
    void setViewedStage(int stage);
    QString viewedStageLabel() const { return debrief::stageLabel(m_viewed); }
    QString stageIntro() const { return PromptCatalog::stageIntro(m_viewed); }
    QString stageHint() const { return PromptCatalog::stageHint(m_viewed); }
    QVariantList steps() const;
    QString nextStepLabel() const;
    bool nextStepMoves() const;
    int nextStepStage() const;
    bool stageDone() const;
    QString whatCompletesStage() const;
    bool canGoBack() const;
    bool canSkip() const;
    bool canClose() const;
    bool canCloseWithoutReason() const;
    PromptsModel* prompts() { return &m_prompts; }
    ChangesModel* changes() { return &m_changes; }
    int spectrumPoint() const { return m_record ? int(m_record->spectrumPoint) : 0; }
    int failureType() const { return m_record ? int(m_record->failureType) : 0; }
    QString failureTypeLabel() const;
    QString failureTypeDescription() const;
    QVariantList spectrumOptions() const;
    QVariantList lessons() const;
    bool hasExperiment() const { return m_record && m_record->currentExperiment(); }
    QVariantMap experiment() const;
    QString nextRisk() const;
    bool dirty() const { return !m_pending.empty(); }
    QString errorMessage() const { return m_errorMessage; }

    // Shows a reflection (pending answers of the one before are written first); the viewed
    // stage becomes its current one.
    Q_INVOKABLE bool load(qint64 reflectionId);
    Q_INVOKABLE void unload();
    // Whether this reflection's loop is the one shown (QML's tools cannot type the qint64
    // reflectionId property, so pages ask this before loading theirs again).
    Q_INVOKABLE bool shows(qint64 reflectionId) const
    {
        return m_record && m_record->reflectionId == reflectionId;
    }

    // Answers: kept at once (the indicator and next step follow), written after a pause.
    // field is "" except for an SCR ("situation", "complication", "resolution"); value is a
    // feeling's 1..5, a choice's or checklist's value (0 otherwise).
    Q_INVOKABLE void setAnswer(const QString& promptId, const QString& field, const QString& text,
                               int value = 0);
    // Writes pending answers now; false (errorMessage set, answers kept) when it failed.
    Q_INVOKABLE bool saveNow();
    // Deletes the spoken answer to a prompt (RecordController records them; the prompts'
    // hasVoice role shows them). The page asks first: this cannot be undone.
    Q_INVOKABLE bool removeSpokenAnswer(const QString& promptId);

    Q_INVOKABLE bool setSpectrumPoint(int point);
    Q_INVOKABLE bool setFailureType(int type);

    // Lessons of this entry; stage is where it is written (Apply or Continue).
    Q_INVOKABLE qint64 addLesson(const QString& text, int stage);
    Q_INVOKABLE bool updateLesson(qint64 lessonId, const QString& text);
    Q_INVOKABLE bool removeLesson(qint64 lessonId);

    // Possible changes; ratings 0..1 (write them when a drag or slider is released).
    Q_INVOKABLE qint64 addChange(const QString& text, double impact = 0.5,
                                 double feasibility = 0.5);
    Q_INVOKABLE bool updateChange(qint64 changeId, const QString& text);
    Q_INVOKABLE bool rateChange(qint64 changeId, double impact, double feasibility);
    Q_INVOKABLE bool removeChange(qint64 changeId);
    Q_INVOKABLE bool moveChange(qint64 changeId, int toRow);

    // Makes a change the one to test: the current open experiment now tests it, or a new
    // experiment is started (changeId 0: an experiment of its own). Returns the experiment id.
    Q_INVOKABLE qint64 chooseExperiment(qint64 changeId);
    // The plan of the current experiment. checkDate is 'YYYY-MM-DD' or "" (no date yet).
    Q_INVOKABLE bool saveExperiment(const QString& hypothesis, const QString& action,
                                    const QString& checkDate, const QString& signal);
    Q_INVOKABLE bool setExperimentResult(const QString& result);
    // Keep, Adjust or Drop checks the current experiment; NoDecision opens it again.
    Q_INVOKABLE bool decide(int decision);
    // 'YYYY-MM-DD' of today + days (local), and a date's readable label.
    Q_INVOKABLE QString suggestedCheckDate(int days) const;
    Q_INVOKABLE QString dateLabel(const QString& isoDate) const;

    // The next smart risk (Continue's "continue.next_risk" answer) as a new reflection, or as
    // a new experiment of this entry. Return the new id, or 0 with errorMessage set.
    Q_INVOKABLE qint64 nextRiskAsReflection();
    Q_INVOKABLE qint64 nextRiskAsExperiment();

    // Stage moves (LoopPolicy decides; a refusal sets errorMessage and returns false).
    Q_INVOKABLE bool advance();
    Q_INVOKABLE bool back();
    Q_INVOKABLE bool skip(const QString& reason);
    Q_INVOKABLE bool close(const QString& reason = {});
    Q_INVOKABLE bool reopen();
    // Does what nextStepLabel says: Advance, Close or Reopen (false when the stage needs work).
    Q_INVOKABLE bool takeNextStep();

    Q_INVOKABLE QString stageName(int stage) const;
    Q_INVOKABLE void clearError() { setError({}); }

public slots:
    // A spoken answer of a reflection was recorded or discarded: shown again if it is this one.
    void onRecorded(qint64 reflectionId);
    // A reflection was removed elsewhere (deleted): forget it if shown.
    void onRemoved(qint64 reflectionId);
    // The language changed (Settings): every text and date shown is read again.
    void retranslate();

signals:
    void entryChanged();
    void stageChanged();
    void viewedStageChanged();
    void progressChanged();
    void spectrumChanged();
    void lessonsChanged();
    void experimentChanged();
    void nextRiskChanged();
    void dirtyChanged();
    void errorMessageChanged();
    void languageChanged();
    // For the rest of the app: the reflection's history row (stage) changed; a reflection was
    // added (next risk); the lessons or open experiments across entries changed; anything was
    // written (the vault tidies up after).
    void changed(qint64 reflectionId);
    void added(qint64 reflectionId);
    void lessonsWritten();
    void experimentsWritten();
    void written();
    // A spoken answer was deleted (a player that holds it lets go).
    void spokenAnswerRemoved(qint64 reflectionId, const QString& promptId);

private:
    bool ready();
    // The named next smart risk, with every typed answer written first; nullopt (and a
    // message) when there is none or writing failed.
    std::optional<QString> nextRiskToActOn();
    bool fail(const QString& message);
    void setError(const QString& message);
    LocalMoment now() const;
    QDate today() const;
    // Reloads the record from the store and emits what changed; false on error.
    bool reload();
    void show(std::optional<LoopRecord> record, bool newEntry);
    bool transition(TransitionKind kind, const QString& reason);
    const Experiment* current() const { return m_record ? m_record->currentExperiment() : nullptr; }
    // Finishes a write: reloads, reports errors, tells the rest of the app.
    bool wrote(const VaultError& error, bool lessons = false, bool experiments = false);

    const PromptCatalog& m_catalog;
    ReflectionStore* m_reflections = nullptr;
    LoopStore* m_loops = nullptr;
    AudioStore* m_audio = nullptr;
    Clock m_clock;
    std::optional<LoopRecord> m_record; // with pending answers applied
    std::map<std::pair<QString, QString>, StageAnswer> m_pending;
    debrief::Stage m_viewed = debrief::Stage::Detect;
    PromptsModel m_prompts;
    ChangesModel m_changes;
    QTimer m_saveTimer;
    QString m_errorMessage;
};

} // namespace debrief

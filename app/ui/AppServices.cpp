#include "AppServices.h"

#include "audio/VoiceRecorder.h"
#include "vault/AudioStore.h"
#include "vault/BackgroundMaintenance.h"
#include "vault/ExampleReflections.h"
#include "vault/HistoryQuery.h"
#include "vault/InsightsStore.h"
#include "vault/LoopStore.h"
#include "vault/NudgeStore.h"
#include "vault/ReflectionStore.h"
#include "vault/TagStore.h"

#include <QGuiApplication>

namespace debrief {

AppServices::AppServices(VaultFiles files, const AppPlatform& platform)
    : m_opener(std::move(files))
    , m_permissions(platform.permissions)
    , m_shareSheet(platform.shareSheet)
    , m_clock(platform.clock)
    , m_vault(m_opener, platform.secrets)
    , m_appLock(VoiceSettings::standardFile(), m_vault, platform.secrets, m_attempts)
    , m_keys(m_vault, platform.secrets, m_attempts)
    , m_nudgeSettings(VoiceSettings::standardFile(), platform.startAtLogin)
    , m_reconciler(platform.clock, platform.scheduler, platform.notifier, platform.permissions)
    , m_nudges(m_reconciler, platform.clock)
{
    wireLanguage();
    // Wrong attempts count across restarts: the state sits beside the vault (no content).
    m_attempts.restore(m_opener.files().readAttempts());
    m_attempts.setPersist(
        [files = m_opener.files()](const QByteArray& state) { files.writeAttempts(state); });
    QObject::connect(&m_vault, &VaultController::unlocked, &m_vault, [this] { openStores(); });
    // A saved voice note shows in history; the recorder uses the microphone and the limit
    // chosen in the settings.
    QObject::connect(&m_record, &RecordController::saved, &m_history, &HistoryModel::onAdded);
    // A spoken answer shows on its prompt (and may finish the stage); a deleted one stops
    // playing.
    QObject::connect(&m_record, &RecordController::answerSaved, &m_loop,
                     &LoopController::onRecorded);
    QObject::connect(&m_loop, &LoopController::spokenAnswerRemoved, &m_answerPlayer,
                     &PlayerController::onAnswerRemoved);
    m_record.setInputDeviceId(m_voiceSettings.inputDeviceId());
    m_record.setLimitMs(m_voiceSettings.recordingLimitMs());
    QObject::connect(&m_voiceSettings, &VoiceSettings::inputDeviceIdChanged, &m_record,
                     [this] { m_record.setInputDeviceId(m_voiceSettings.inputDeviceId()); });
    QObject::connect(&m_voiceSettings, &VoiceSettings::recordingLimitMinutesChanged, &m_record,
                     [this] { m_record.setLimitMs(m_voiceSettings.recordingLimitMs()); });
    QObject::connect(&m_entries, &EntryController::added, &m_history, &HistoryModel::onAdded);
    QObject::connect(&m_entries, &EntryController::changed, &m_history, &HistoryModel::onChanged);
    QObject::connect(&m_entries, &EntryController::removed, &m_history, &HistoryModel::onRemoved);
    QObject::connect(&m_entries, &EntryController::removed, &m_selection,
                     &HistorySelection::onRemoved);
    // The loop: stage moves and new reflections show in history; lessons and experiments
    // across entries follow every change that touches them.
    QObject::connect(&m_loop, &LoopController::changed, &m_history, &HistoryModel::onChanged);
    QObject::connect(&m_loop, &LoopController::added, &m_history, &HistoryModel::onAdded);
    QObject::connect(&m_loop, &LoopController::lessonsWritten, &m_lessons, &LessonsModel::refresh);
    QObject::connect(&m_loop, &LoopController::experimentsWritten, &m_experiments,
                     &ExperimentsModel::refresh);
    QObject::connect(&m_entries, &EntryController::aboutToRemove, &m_loop,
                     &LoopController::saveNow);
    QObject::connect(&m_entries, &EntryController::removed, &m_loop, &LoopController::onRemoved);
    QObject::connect(&m_entries, &EntryController::removed, &m_player,
                     &PlayerController::onRemoved);
    QObject::connect(&m_entries, &EntryController::removed, &m_answerPlayer,
                     &PlayerController::onRemoved);
    // Reminders follow every change to an entry or its loop, and the preferences.
    m_reconciler.setPreferences(m_nudgeSettings.preferences());
    QObject::connect(&m_nudgeSettings, &NudgeSettings::changed, &m_reconciler,
                     [this] { m_reconciler.setPreferences(m_nudgeSettings.preferences()); });
    for (auto signal :
         {&EntryController::added, &EntryController::changed, &EntryController::removed})
        QObject::connect(&m_entries, signal, &m_reconciler, &NudgeReconciler::entryChanged);
    for (auto signal : {&LoopController::changed, &LoopController::added})
        QObject::connect(&m_loop, signal, &m_reconciler, &NudgeReconciler::entryChanged);
    QObject::connect(&m_loop, &LoopController::written, &m_reconciler,
                     [this] { m_reconciler.entryChanged(m_loop.reflectionId()); });
    QObject::connect(&m_record, &RecordController::saved, &m_reconciler,
                     &NudgeReconciler::entryChanged);
    QObject::connect(&m_record, &RecordController::answerSaved, &m_reconciler,
                     [this](qint64 reflectionId) { m_reconciler.entryChanged(reflectionId); });
    // The settings page shows which remembered microphone is connected.
    m_microphones.setPreferredId(m_voiceSettings.inputDeviceId());
    QObject::connect(&m_voiceSettings, &VoiceSettings::inputDeviceIdChanged, &m_microphones,
                     [this] { m_microphones.setPreferredId(m_voiceSettings.inputDeviceId()); });
    for (auto signal :
         {&EntryController::added, &EntryController::changed, &EntryController::removed}) {
        QObject::connect(&m_entries, signal, &m_lessons, &LessonsModel::refresh);
        QObject::connect(&m_entries, signal, &m_experiments, &ExperimentsModel::refresh);
    }
    wireHistoryReview();
    wireSharedWithMe();
    wireBackup();
    wireErase();
    wireAppLock(platform.secrets);
    wireKeyManagement();
}

// Rotating the vault key rekeys the vault's own connection: every store and worker closes
// first (the workers' connections would keep the old key) and opens again with the new key.
void AppServices::wireKeyManagement()
{
    m_keys.setRotationHooks([this] { return rotationRefusal(); }, [this] { closeStores(); },
                            [this] { openStores(); });
}

// Nothing may be writing on a connection of its own while the key changes.
QString AppServices::rotationRefusal()
{
    if (m_record.active())
        return QObject::tr("Stop the recording first; then the key can be rotated.");
    for (VaultTask* task : {m_share.task(), m_exports.task(), m_backup.task(), m_importer.task(),
                            m_sharedWithMe.task()}) {
        if (task->running())
            return QObject::tr("A file is being written. Rotate the key once it is finished.");
    }
    return {};
}

// The stores on the unlocked vault's connection and the workers with connections of their own;
// again after a key rotation (closeStores() before it), with the new key.
void AppServices::openStores()
{
    m_store = std::make_unique<ReflectionStore>(*m_vault.database());
    // Recordings cut off by a crash or kill become "recovered" voice notes before history
    // loads (if that fails they stay hidden, and the next start tries again).
    VaultError recoverError;
    AudioStore(*m_vault.database()).markInterrupted(&recoverError);
    m_entries.setStore(m_store.get());
    m_historyQuery = std::make_unique<HistoryQuery>(*m_vault.database());
    m_history.setQuery(m_historyQuery.get());
    m_loopStore = std::make_unique<LoopStore>(*m_vault.database());
    m_loopStore->setClock(m_clock);
    m_entries.setLoopStore(m_loopStore.get());
    m_loop.setStores(m_store.get(), m_loopStore.get());
    m_lessons.setStore(m_loopStore.get());
    m_experiments.setStore(m_loopStore.get());
    m_audioStore = std::make_unique<AudioStore>(*m_vault.database());
    m_player.setStore(m_audioStore.get());
    m_answerPlayer.setStore(m_audioStore.get());
    m_loop.setAudioStore(m_audioStore.get());
    m_entries.setAudioStore(m_audioStore.get());
    // Reminders: planned now (catching up on those missed while Debrief was closed).
    m_nudgeStore = std::make_unique<NudgeStore>(*m_vault.database());
    m_entries.setNudgeStore(m_nudgeStore.get()); // undo keeps an entry's reminder choices
    m_nudges.setStore(m_store.get());
    m_reconciler.setStores(m_nudgeStore.get(), m_store.get());
    // History review: tags, insights and the examples.
    m_tagStore = std::make_unique<TagStore>(*m_vault.database());
    m_tags.setStore(m_tagStore.get());
    m_tagSuggestions.setStore(m_tagStore.get());
    m_insightsStore = std::make_unique<InsightsStore>(*m_vault.database());
    m_insights.setStore(m_insightsStore.get());
    m_exampleStore = std::make_unique<ExampleReflections>(*m_vault.database());
    m_examples.setStores(m_exampleStore.get(), m_store.get()); // --demo fills it here
    // Sharing: my key, "Shared with me", comments that came back; then files named on the
    // command line open.
    m_sharingKey.setDatabase(m_vault.database());
    m_sharedWithMe.setDatabase(m_vault.database());
    m_entryComments.setDatabase(m_vault.database());
    m_importer.setReady(true);
    // Voice capture: encoding and storage on a worker thread with a connection of its own.
    VaultError recorderError;
    if (auto recorderConnection = m_vault.openConnection(&recorderError)) {
        m_voiceRecorder =
            std::make_unique<VoiceRecorder>(std::move(recorderConnection), m_permissions);
        m_record.setRecorder(m_voiceRecorder.get());
    }
    // Index merges and checkpoints on a worker with its own connection. Without it the
    // vault still works: FTS5's automerge and SQLite's auto-checkpoint remain.
    VaultError error;
    auto connection = m_vault.openConnection(&error);
    if (!connection)
        return;
    m_maintenance = std::make_unique<BackgroundMaintenance>(std::move(connection));
    for (auto signal :
         {&EntryController::added, &EntryController::changed, &EntryController::removed})
        QObject::connect(&m_entries, signal, m_maintenance.get(),
                         &BackgroundMaintenance::scheduleAfterWrite);
    QObject::connect(&m_loop, &LoopController::written, m_maintenance.get(),
                     &BackgroundMaintenance::scheduleAfterWrite);
    QObject::connect(&m_record, &RecordController::saved, m_maintenance.get(),
                     &BackgroundMaintenance::scheduleAfterWrite);
    QObject::connect(&m_record, &RecordController::answerSaved, m_maintenance.get(),
                     &BackgroundMaintenance::scheduleAfterWrite);
    QObject::connect(&m_tags, &TagsController::changed, m_maintenance.get(),
                     &BackgroundMaintenance::scheduleAfterWrite);
    QObject::connect(&m_examples, &ExamplesController::changed, m_maintenance.get(),
                     &BackgroundMaintenance::scheduleAfterWrite);
}

// The app lock: the vault knows whether to keep its key out of the keyring and counts wrong
// secrets; turning the lock off follows a re-ask; automatic locking watches while the vault
// is open with the lock on, and waits for a recording to be saved.
void AppServices::wireAppLock(platform::SecretStore& secrets)
{
    m_vault.setThrottle(&m_attempts);
    m_secretCheck.setSecretStore(&secrets);
    m_vault.setAppLockOn(m_appLock.enabled());
    m_appLock.setLockHooks([this] { return lockRefusal(); },
                           [this] {
                               closeStores();
                               m_vault.lock();
                           });
    QObject::connect(&m_secretCheck, &SecretCheck::verified, &m_appLock,
                     [this](const QString& purpose) {
                         if (purpose == QLatin1String(AppLockController::TurnOffPurpose))
                             m_appLock.turnOff();
                     });
    const auto watch = [this] {
        m_autoLock.setTimeoutMinutes(m_appLock.autoLockMinutes());
        m_autoLock.setWatching(m_appLock.enabled() &&
                               m_vault.state() == VaultController::State::Ready);
    };
    QObject::connect(&m_vault, &VaultController::stateChanged, &m_autoLock, watch);
    QObject::connect(&m_appLock, &AppLockController::enabledChanged, &m_autoLock, watch);
    QObject::connect(&m_appLock, &AppLockController::autoLockMinutesChanged, &m_autoLock, watch);
    QObject::connect(&m_record, &RecordController::stateChanged, &m_autoLock,
                     [this] { m_autoLock.setRecording(m_record.active()); });
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        QObject::connect(app, &QGuiApplication::applicationStateChanged, &m_appLock,
                         [this](Qt::ApplicationState state) { setApplicationState(state); });
}

void AppServices::setApplicationState(Qt::ApplicationState state)
{
    // The auto-lock time runs whenever another app is in front; the window's contents are
    // covered only once it is hidden or suspended (the app switcher's snapshot), not each time
    // another desktop window takes the focus.
    m_appLock.setInBackground(state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended);
    m_autoLock.setInBackground(state != Qt::ApplicationActive);
}

// A share, export, backup or import writes on a connection of its own: locking waits for it.
QString AppServices::lockRefusal()
{
    for (VaultTask* task : {m_share.task(), m_exports.task(), m_backup.task(), m_importer.task()}) {
        if (task->running())
            return QObject::tr("Debrief locks once the file being written is finished.");
    }
    // A key change works on the vault's own connection, which locking would close under it.
    if (m_keys.busy())
        return QObject::tr("Debrief locks once the key change is finished.");
    return {};
}

// The language chosen in Settings is in effect from here on; on a change, every model that
// formats words or dates in C++ shows them again (QML's qsTr() texts follow through the engine).
void AppServices::wireLanguage()
{
    m_uiLanguage.apply(m_languageSettings.language());
    QObject::connect(&m_languageSettings, &LanguageSettings::languageChanged, &m_uiLanguage,
                     [this] { m_uiLanguage.apply(m_languageSettings.language()); });
    QObject::connect(&m_uiLanguage, &UiLanguage::changed, &m_history, &HistoryModel::reload);
    QObject::connect(&m_uiLanguage, &UiLanguage::changed, &m_loop, &LoopController::retranslate);
    QObject::connect(&m_uiLanguage, &UiLanguage::changed, &m_lessons, &LessonsModel::refresh);
    QObject::connect(&m_uiLanguage, &UiLanguage::changed, &m_experiments,
                     &ExperimentsModel::refresh);
    QObject::connect(&m_uiLanguage, &UiLanguage::changed, &m_insights, &InsightsModel::invalidate);
    QObject::connect(&m_uiLanguage, &UiLanguage::changed, &m_microphones,
                     &MicrophoneModel::refresh);
    QObject::connect(&m_uiLanguage, &UiLanguage::changed, &m_sharedWithMe,
                     &SharedWithMeController::reload);
    QObject::connect(&m_uiLanguage, &UiLanguage::changed, &m_nudges,
                     [this] { m_nudges.due()->retranslate(); });
}

// Tags show in the list (and are forgotten with their last reflection); the insights follow
// every change; the examples change many reflections at once.
void AppServices::wireHistoryReview()
{
    m_history.setClock(&m_clock);
    QObject::connect(&m_tags, &TagsController::changed, &m_history, &HistoryModel::onChanged);
    QObject::connect(&m_tags, &TagsController::changed, &m_tagSuggestions,
                     &TagSuggestionsModel::refresh);
    QObject::connect(&m_entries, &EntryController::added, &m_tags,
                     &TagsController::onEntryChanged); // undo brings the tags back
    for (auto signal : {&EntryController::added, &EntryController::removed})
        QObject::connect(&m_entries, signal, &m_tagSuggestions, &TagSuggestionsModel::refresh);
    for (auto signal :
         {&EntryController::added, &EntryController::changed, &EntryController::removed})
        QObject::connect(&m_entries, signal, &m_insights, &InsightsModel::invalidate);
    QObject::connect(&m_loop, &LoopController::written, &m_insights, &InsightsModel::invalidate);
    QObject::connect(&m_loop, &LoopController::added, &m_insights, &InsightsModel::invalidate);
    QObject::connect(&m_record, &RecordController::saved, &m_insights, &InsightsModel::invalidate);
    QObject::connect(&m_examples, &ExamplesController::changed, &m_history, &HistoryModel::reload);
    QObject::connect(&m_examples, &ExamplesController::changed, &m_lessons, &LessonsModel::refresh);
    QObject::connect(&m_examples, &ExamplesController::changed, &m_experiments,
                     &ExperimentsModel::refresh);
    QObject::connect(&m_examples, &ExamplesController::changed, &m_tagSuggestions,
                     &TagSuggestionsModel::refresh);
    QObject::connect(&m_examples, &ExamplesController::changed, &m_insights,
                     &InsightsModel::invalidate);
    QObject::connect(&m_examples, &ExamplesController::changed, &m_reconciler,
                     &NudgeReconciler::everythingChanged);
}

// A restore adds many reflections (and what was shared with this vault) at once, on a
// connection of its own: every list, the insights and the reminders read the vault again.
void AppServices::wireBackup()
{
    QObject::connect(&m_backup, &BackupController::restored, &m_history, &HistoryModel::reload);
    QObject::connect(&m_backup, &BackupController::restored, &m_lessons, &LessonsModel::refresh);
    QObject::connect(&m_backup, &BackupController::restored, &m_experiments,
                     &ExperimentsModel::refresh);
    QObject::connect(&m_backup, &BackupController::restored, &m_tagSuggestions,
                     &TagSuggestionsModel::refresh);
    QObject::connect(&m_backup, &BackupController::restored, &m_insights,
                     &InsightsModel::invalidate);
    QObject::connect(&m_backup, &BackupController::restored, &m_examples,
                     &ExamplesController::refresh);
    QObject::connect(&m_backup, &BackupController::restored, &m_reconciler,
                     &NudgeReconciler::everythingChanged);
    QObject::connect(&m_backup, &BackupController::restored, &m_vault, [this] {
        if (m_maintenance)
            m_maintenance->scheduleAfterWrite();
    });
}

// Erase everything: a recording under way is thrown away and the open loop let go first; then
// nothing may show what was erased (the Undo copy of a delete, the selection, what plays) and
// every list, the insights and the reminders (their OS notifications cancelled) read the now
// empty vault again.
void AppServices::wireErase()
{
    QObject::connect(&m_privacy, &PrivacyController::aboutToErase, &m_vault, [this] {
        if (m_record.active())
            m_record.discard();
        m_loop.unload();
    });
    QObject::connect(&m_privacy, &PrivacyController::erased, &m_vault, [this] {
        m_entries.forgetRemoved();
        m_selection.clear();
        m_player.close(m_player.reflectionId());
        m_answerPlayer.close(m_answerPlayer.reflectionId());
        m_tags.load(0);
        m_entryComments.load(0);
        m_history.reload();
        m_lessons.refresh();
        m_experiments.refresh();
        m_tagSuggestions.refresh();
        m_insights.invalidate();
        m_examples.refresh();
        m_sharedWithMe.reload();
        m_backup.refresh();
        m_reconciler.everythingErased();
    });
}

// An opened share shows under "Shared with me"; comments that came back show on the entry
// page. Sent comments go to the OS's share sheet.
void AppServices::wireSharedWithMe()
{
    m_sharedWithMe.setShareSheet(&m_shareSheet);
    QObject::connect(&m_importer, &ImportController::sharesImported, &m_sharedWithMe,
                     &SharedWithMeController::reload);
    QObject::connect(&m_importer, &ImportController::commentsImported, &m_entryComments,
                     &EntryCommentsModel::reload);
    // A restored backup may bring both.
    QObject::connect(&m_backup, &BackupController::restored, &m_sharedWithMe,
                     &SharedWithMeController::reload);
    QObject::connect(&m_backup, &BackupController::restored, &m_entryComments,
                     &EntryCommentsModel::reload);
    for (auto signal : {&ImportController::sharesImported, &ImportController::commentsImported})
        QObject::connect(&m_importer, signal, &m_vault, [this] {
            if (m_maintenance)
                m_maintenance->scheduleAfterWrite();
        });
}

AppServices::~AppServices()
{
    closeStores();
}

void AppServices::closeStores()
{
    m_selection.clear();
    m_importer.setReady(false);
    // Comments still being typed are written before the connection closes.
    m_sharedWithMe.setDatabase(nullptr);
    m_entryComments.setDatabase(nullptr);
    m_sharingKey.setDatabase(nullptr);
    // A recording under way is saved before its connection closes.
    m_record.setRecorder(nullptr);
    m_voiceRecorder.reset();
    m_reconciler.setStores(nullptr, nullptr);
    m_nudges.setStore(nullptr);
    m_examples.setStores(nullptr, nullptr);
    m_insights.setStore(nullptr);
    m_tagSuggestions.setStore(nullptr);
    m_tags.setStore(nullptr);
    m_entries.setNudgeStore(nullptr);
    // Nothing may point at the store once it is gone.
    m_entries.setAudioStore(nullptr);
    m_player.setStore(nullptr);
    m_answerPlayer.setStore(nullptr);
    m_loop.setAudioStore(nullptr);
    m_loop.setStores(nullptr, nullptr); // writes answers still pending first
    m_lessons.setStore(nullptr);
    m_experiments.setStore(nullptr);
    m_entries.setLoopStore(nullptr);
    m_entries.setStore(nullptr);
    m_history.setQuery(nullptr);
    // The connections close: the workers' first, then the stores on the main one.
    m_maintenance.reset();
    m_exampleStore.reset();
    m_insightsStore.reset();
    m_tagStore.reset();
    m_historyQuery.reset();
    m_nudgeStore.reset();
    m_audioStore.reset();
    m_loopStore.reset();
    m_store.reset();
}

QVariantMap AppServices::qmlProperties()
{
    return {{QStringLiteral("vault"), QVariant::fromValue(&m_vault)},
            {QStringLiteral("secretCheck"), QVariant::fromValue(&m_secretCheck)},
            {QStringLiteral("appLock"), QVariant::fromValue(&m_appLock)},
            {QStringLiteral("keys"), QVariant::fromValue(&m_keys)},
            {QStringLiteral("history"), QVariant::fromValue(&m_history)},
            {QStringLiteral("entries"), QVariant::fromValue(&m_entries)},
            {QStringLiteral("loop"), QVariant::fromValue(&m_loop)},
            {QStringLiteral("lessons"), QVariant::fromValue(&m_lessons)},
            {QStringLiteral("experiments"), QVariant::fromValue(&m_experiments)},
            {QStringLiteral("player"), QVariant::fromValue(&m_player)},
            {QStringLiteral("answerPlayer"), QVariant::fromValue(&m_answerPlayer)},
            {QStringLiteral("voiceSettings"), QVariant::fromValue(&m_voiceSettings)},
            {QStringLiteral("microphones"), QVariant::fromValue(&m_microphones)},
            {QStringLiteral("recorder"), QVariant::fromValue(&m_record)},
            {QStringLiteral("nudgeSettings"), QVariant::fromValue(&m_nudgeSettings)},
            {QStringLiteral("languageSettings"), QVariant::fromValue(&m_languageSettings)},
            {QStringLiteral("nudges"), QVariant::fromValue(&m_nudges)},
            {QStringLiteral("tags"), QVariant::fromValue(&m_tags)},
            {QStringLiteral("tagSuggestions"), QVariant::fromValue(&m_tagSuggestions)},
            {QStringLiteral("insights"), QVariant::fromValue(&m_insights)},
            {QStringLiteral("selection"), QVariant::fromValue(&m_selection)},
            {QStringLiteral("share"), QVariant::fromValue(&m_share)},
            {QStringLiteral("exports"), QVariant::fromValue(&m_exports)},
            {QStringLiteral("examples"), QVariant::fromValue(&m_examples)},
            {QStringLiteral("sharingKey"), QVariant::fromValue(&m_sharingKey)},
            {QStringLiteral("importer"), QVariant::fromValue(&m_importer)},
            {QStringLiteral("sharedWithMe"), QVariant::fromValue(&m_sharedWithMe)},
            {QStringLiteral("entryComments"), QVariant::fromValue(&m_entryComments)},
            {QStringLiteral("backup"), QVariant::fromValue(&m_backup)},
            {QStringLiteral("privacy"), QVariant::fromValue(&m_privacy)}};
}

} // namespace debrief

#pragma once

#include "AppLockController.h"
#include "AutoLock.h"
#include "BackupController.h"
#include "EntryCommentsModel.h"
#include "EntryController.h"
#include "ExamplesController.h"
#include "ExperimentsModel.h"
#include "ExportController.h"
#include "HistoryModel.h"
#include "HistorySelection.h"
#include "ImportController.h"
#include "InsightsModel.h"
#include "KeyManagementController.h"
#include "LanguageSettings.h"
#include "LessonsModel.h"
#include "LoopController.h"
#include "MicrophoneModel.h"
#include "NudgeController.h"
#include "NudgeSettings.h"
#include "PlayerController.h"
#include "PrivacyController.h"
#include "RecordController.h"
#include "SecretCheck.h"
#include "ShareController.h"
#include "SharedWithMeController.h"
#include "SharingKeyController.h"
#include "TagsController.h"
#include "UiLanguage.h"
#include "VaultController.h"
#include "VoiceSettings.h"
#include "nudges/NudgeReconciler.h"
#include "vault/VaultOpener.h"

#include <QVariantMap>
#include <debrief/platform/BackgroundPresence.h>
#include <debrief/platform/Notifier.h>
#include <debrief/platform/NudgeScheduler.h>
#include <debrief/platform/Permissions.h>
#include <debrief/platform/SecretStore.h>
#include <debrief/platform/ShareSheet.h>
#include <memory>

namespace debrief {

class AudioStore;
class LoopStore;
class NudgeStore;
class ReflectionStore;
class BackgroundMaintenance;
class ExampleReflections;
class InsightsStore;
class VoiceRecorder;

// The OS capabilities and the clock the services run on, built by the platform factory in
// main.cpp and by fakes in the tests. Each must outlive the AppServices given it.
struct AppPlatform
{
    platform::SecretStore& secrets;
    platform::Permissions& permissions;
    platform::Notifier& notifier;
    platform::NudgeScheduler& scheduler;
    platform::StartAtLogin& startAtLogin;
    const Clock& clock;
    platform::ShareSheet& shareSheet; // hands finished shares and exports to the OS
};

// The services behind the UI and their wiring, built the same way by the composition root and
// the UI tests: the vault controller, the history model and the entry controller, which share
// one ReflectionStore once the vault is unlocked and stay in step through signals; the loop
// controller and the lessons and experiments lists, which share one LoopStore; the entry
// page's voice player (AudioStore) and the voice settings; the reminders, planned again after
// every change; after each change the vault tidies itself while the app is idle; sharing:
// the entries picked in history (which lose deleted ones), the Share page and readable exports,
// each running its file on a VaultTask of its own.
class AppServices
{
public:
    AppServices(VaultFiles files, const AppPlatform& platform);
    ~AppServices();
    AppServices(const AppServices&) = delete;
    AppServices& operator=(const AppServices&) = delete;

    VaultController& vault() { return m_vault; }
    // Growing delays after wrong secrets, shared by the unlock page and every re-ask.
    AttemptThrottle& attempts() { return m_attempts; }
    // Asks for the current secret again before share, export, backup, erase, lock off.
    SecretCheck& secretCheck() { return m_secretCheck; }
    // The optional app lock (settings, Lock now) and its automatic locking.
    AppLockController& appLock() { return m_appLock; }
    // Change the passphrase, a new recovery code, rotate the vault key (the keys page).
    KeyManagementController& keys() { return m_keys; }
    AutoLock& autoLock() { return m_autoLock; }
    // The application went to the background or came back (QGuiApplication's state): the
    // window hides its contents with the lock on, and auto-lock counts from here.
    void setApplicationState(Qt::ApplicationState state);
    HistoryModel& history() { return m_history; }
    EntryController& entries() { return m_entries; }
    LoopController& loop() { return m_loop; }
    LessonsModel& lessons() { return m_lessons; }
    ExperimentsModel& experiments() { return m_experiments; }
    PlayerController& player() { return m_player; }
    // The stage page's player of spoken answers.
    PlayerController& answerPlayer() { return m_answerPlayer; }
    VoiceSettings& voiceSettings() { return m_voiceSettings; }
    MicrophoneModel& microphones() { return m_microphones; }
    RecordController& recorder() { return m_record; }
    NudgeSettings& nudgeSettings() { return m_nudgeSettings; }
    // Settings > Language, in effect from the start (before QML loads) and at once on a change:
    // main.cpp and the tests give uiLanguage() the QML engine whose texts follow.
    LanguageSettings& languageSettings() { return m_languageSettings; }
    UiLanguage& uiLanguage() { return m_uiLanguage; }
    NudgeReconciler& reconciler() { return m_reconciler; }
    NudgeController& nudges() { return m_nudges; }
    // History review: the entry page's tags, the filter's tag suggestions, the Insights page,
    // and "Try it with examples".
    TagsController& tags() { return m_tags; }
    TagSuggestionsModel& tagSuggestions() { return m_tagSuggestions; }
    InsightsModel& insights() { return m_insights; }
    ExamplesController& examples() { return m_examples; }
    // Back up everything and restore a backup (Settings > Backup and restore).
    BackupController& backup() { return m_backup; }
    // The privacy page's facts and "Erase everything" (Settings > Security and privacy).
    PrivacyController& privacy() { return m_privacy; }
    // Hands finished shares and exports to the OS (share sheet, or the folder on desktops).
    platform::ShareSheet& shareSheet() { return m_shareSheet; }
    // Sharing with a coach: the entries picked in history, the Share page, readable exports.
    HistorySelection& selection() { return m_selection; }
    ShareController& share() { return m_share; }
    ExportController& exports() { return m_exports; }
    // The coach's side: my sharing key, opening received files, "Shared with me", and the
    // comments that came back on the entry page.
    SharingKeyController& sharingKey() { return m_sharingKey; }
    ImportController& importer() { return m_importer; }
    SharedWithMeController& sharedWithMe() { return m_sharedWithMe; }
    EntryCommentsModel& entryComments() { return m_entryComments; }
    // The open vault's history query once Ready, else null.
    const HistoryQuery* historyQuery() const { return m_historyQuery.get(); }
    // The open vault's recordings once Ready, else null.
    AudioStore* audioStore() const { return m_audioStore.get(); }
    // The open vault's loops once Ready, else null.
    LoopStore* loopStore() const { return m_loopStore.get(); }
    // The open vault's nudge choices once Ready, else null.
    NudgeStore* nudgeStore() const { return m_nudgeStore.get(); }
    // The open vault's reflections once Ready, else null.
    ReflectionStore* store() const { return m_store.get(); }

    // Main.qml's required properties, for QQmlApplicationEngine::setInitialProperties.
    QVariantMap qmlProperties();

private:
    void wireHistoryReview();
    void wireLanguage();
    void wireSharedWithMe();
    // Connections of their own to the unlocked vault, for work on a worker (VaultTask).
    VaultTask::ConnectionSource workerConnections()
    {
        return [this](VaultError* e) {
            return m_vault.openConnection(e);
        };
    }
    void wireBackup();
    void wireErase();
    void wireAppLock(platform::SecretStore& secrets);
    // Locking: every store and connection built on unlock goes, the models empty; the vault
    // then forgets its key (also what the destructor does first).
    void closeStores();
    void openStores();
    void wireKeyManagement();
    QString rotationRefusal();
    QString lockRefusal();

    const VaultOpener m_opener;
    platform::Permissions& m_permissions;
    platform::ShareSheet& m_shareSheet;
    const Clock& m_clock;
    VaultController m_vault;
    AttemptThrottle m_attempts{m_clock};
    SecretCheck m_secretCheck{m_opener.files(), m_attempts};
    AppLockController m_appLock;
    AutoLock m_autoLock{m_clock, [this] {
                            m_appLock.lockNow();
                        }};
    KeyManagementController m_keys;
    HistoryModel m_history;
    EntryController m_entries;
    const PromptCatalog m_catalog = PromptCatalog::standard();
    LoopController m_loop{m_catalog};
    LessonsModel m_lessons;
    ExperimentsModel m_experiments;
    PlayerController m_player;
    PlayerController m_answerPlayer;
    VoiceSettings m_voiceSettings{VoiceSettings::standardFile()};
    MicrophoneModel m_microphones;
    RecordController m_record;
    NudgeSettings m_nudgeSettings;
    LanguageSettings m_languageSettings{VoiceSettings::standardFile()};
    UiLanguage m_uiLanguage;
    NudgeReconciler m_reconciler;
    NudgeController m_nudges;
    TagsController m_tags;
    TagSuggestionsModel m_tagSuggestions;
    InsightsModel m_insights{m_clock};
    ExamplesController m_examples{m_clock};
    HistorySelection m_selection{m_history};
    ShareController m_share{m_vault, m_selection, m_shareSheet, m_clock};
    ExportController m_exports{m_vault, m_selection, m_shareSheet, m_clock};
    SharingKeyController m_sharingKey;
    ImportController m_importer{workerConnections()};
    SharedWithMeController m_sharedWithMe{workerConnections()};
    EntryCommentsModel m_entryComments;
    BackupController m_backup{m_vault, m_clock};
    PrivacyController m_privacy{m_vault, m_opener.files().directory(),
                                VoiceSettings::standardFile()};
    std::unique_ptr<ReflectionStore> m_store;
    std::unique_ptr<LoopStore> m_loopStore;
    std::unique_ptr<AudioStore> m_audioStore;
    std::unique_ptr<NudgeStore> m_nudgeStore;
    std::unique_ptr<VoiceRecorder> m_voiceRecorder; // records on a worker, own connection
    std::unique_ptr<BackgroundMaintenance>
        m_maintenance; // index merges, checkpoints off the UI thread
    std::unique_ptr<HistoryQuery> m_historyQuery;
    std::unique_ptr<TagStore> m_tagStore;
    std::unique_ptr<InsightsStore> m_insightsStore;
    std::unique_ptr<ExampleReflections> m_exampleStore;
};

} // namespace debrief

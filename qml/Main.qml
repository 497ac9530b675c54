import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

ApplicationWindow {
    id: window

    required property VaultController vault
    required property SecretCheck secretCheck
    required property AppLockController appLock
    required property KeyManagementController keys
    required property HistoryModel history
    required property EntryController entries
    required property LoopController loop
    required property LessonsModel lessons
    required property ExperimentsModel experiments
    required property PlayerController player
    required property PlayerController answerPlayer
    required property VoiceSettings voiceSettings
    required property MicrophoneModel microphones
    required property RecordController recorder
    required property NudgeSettings nudgeSettings
    required property LanguageSettings languageSettings
    required property NudgeController nudges
    required property TagsController tags
    required property TagSuggestionsModel tagSuggestions
    required property InsightsModel insights
    required property ExamplesController examples
    required property SharingKeyController sharingKey
    required property ImportController importer
    required property SharedWithMeController sharedWithMe
    required property EntryCommentsModel entryComments
    required property HistorySelection selection
    required property ShareController share
    required property ExportController exports
    required property BackupController backup
    required property PrivacyController privacy

    objectName: "mainWindow"
    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Debrief")
    Material.theme: Material.System
    // Calm colours: a muted teal for actions, blue grey where Material wants a primary.
    // (In the light theme a darker teal: text and chips in it keep 4.5:1 on white.)
    Material.accent: Material.theme === Material.Dark ? Material.Teal : Theme.filledAccent
    Material.primary: Material.BlueGrey
    // Right-to-left languages (the system's, or -reverse) mirror every row, anchor and control.
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    // Keyboard users see where they are: the control Tab lands on scrolls into view on its page
    // (lists move to their current row themselves).
    onActiveFocusItemChanged: {
        const item = window.activeFocusItem
        for (let up = item ? item.parent : null; up; up = up.parent) {
            const flick = up as Flickable
            if (!flick || (up as ListView) || (up as GridView))
                continue
            if (item.height > flick.height)
                return
            const top = item.mapToItem(flick.contentItem, 0, 0).y
            if (top < flick.contentY)
                flick.contentY = top
            else if (top + item.height > flick.contentY + flick.height)
                flick.contentY = top + item.height - flick.height
            return
        }
    }

    // A larger system font makes every control's text larger (Theme.fontScale); at the design
    // size the Material style keeps its own sizes per control.
    Binding {
        target: window
        property: "font.pixelSize"
        value: Theme.bodySize
        when: Theme.fontScale > 1
    }

    Loader {
        id: screen
        objectName: "screenLoader"
        anchors.fill: parent
        sourceComponent: {
            switch (window.vault.state) {
            case VaultController.FirstStart: return setup
            case VaultController.Locked: return unlock
            case VaultController.Damaged:
            case VaultController.Failed: return problem
            case VaultController.Ready: return workspace
            default: return starting
            }
        }
    }

    // The screens, created one at a time by the loader above. Qt 6.4's qmllint counts ids of
    // this file as unqualified inside inline components (6.5 has pragma ComponentBehavior: Bound);
    // at run time they resolve in this file's context as usual.
    // qmllint disable unqualified
    Component {
        id: starting
        Item {
            BusyIndicator {
                objectName: "startingIndicator"
                anchors.centerIn: parent
                running: true
            }
        }
    }
    Component {
        id: setup
        SetupPage {
            vault: window.vault
            onPrivacyRequested: privacyPopup.open()
        }
    }
    Component {
        id: unlock
        UnlockPage { vault: window.vault }
    }
    Component {
        id: problem
        ProblemPage { vault: window.vault }
    }
    Component {
        id: workspace
        Workspace {
            history: window.history
            entries: window.entries
            loop: window.loop
            lessons: window.lessons
            experiments: window.experiments
            player: window.player
            answerPlayer: window.answerPlayer
            voiceSettings: window.voiceSettings
            microphones: window.microphones
            recorder: window.recorder
            nudges: window.nudges
            nudgeSettings: window.nudgeSettings
            languageSettings: window.languageSettings
            tags: window.tags
            tagSuggestions: window.tagSuggestions
            insights: window.insights
            examples: window.examples
            sharingKey: window.sharingKey
            importer: window.importer
            sharedWithMe: window.sharedWithMe
            entryComments: window.entryComments
            selection: window.selection
            share: window.share
            exports: window.exports
            backup: window.backup
            privacy: window.privacy
            secretCheck: window.secretCheck
            appLock: window.appLock
            keys: window.keys
            notice: window.vault.notice
            keyringAvailable: window.vault.keyringAvailable
            wide: window.width >= Theme.wideBreakpoint
        }
    }
    // qmllint enable unqualified

    // The privacy page from the first start, over it (Settings opens it in the workspace).
    Popup {
        id: privacyPopup
        objectName: "privacyPopup"
        parent: Overlay.overlay
        width: parent.width
        height: parent.height
        modal: true
        padding: 0
        ColumnLayout {
            anchors.fill: parent
            spacing: 0
            PrivacyPage {
                privacy: window.privacy
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            Button {
                objectName: "closePrivacyButton"
                text: qsTr("Close")
                Accessible.name: qsTr("Close the privacy page")
                flat: true
                Layout.alignment: Qt.AlignRight
                Layout.margins: 8
                onClicked: privacyPopup.close()
            }
        }
    }

    // With the app lock on, nothing shows while Debrief is not in front (the app switcher).
    PrivacyCover {
        anchors.fill: parent
        active: window.appLock.enabled && window.vault.state === VaultController.Ready
                && window.appLock.inBackground
    }

    // A reminder's Open brings the window back (from the tray, or behind other windows); the
    // workspace then shows the entry.
    Connections {
        target: window.nudges
        function onOpenRequested() {
            window.bringToFront()
        }
        function onDueListRequested() {
            window.bringToFront()
        }
    }
    function bringToFront() {
        if (window.visible && window.active)
            return
        window.show()
        window.raise()
        window.requestActivate()
    }
}

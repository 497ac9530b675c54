import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The unlocked app. Phone: one column (capture -> history -> entry -> stage) with back
// navigation; the history's filters are a page of their own, the lists across reflections are
// in the toolbar's menu. Desktop (>= 900 px): three resizable panes, sections and filters |
// the history list | the capture or entry pane (Due, Lessons, Experiments and Insights show
// there too). Keyboard: Ctrl+F search, Up/Down and Enter in the list, Delete asks first,
// Ctrl+N new, Ctrl+R record, Esc back.
Page {
    id: workspace

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
    required property NudgeController nudges
    required property NudgeSettings nudgeSettings
    required property LanguageSettings languageSettings
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
    // The privacy page's facts and Erase everything.
    required property PrivacyController privacy
    // Asks for the passphrase or recovery code again before share, export, backup and erase.
    required property SecretCheck secretCheck
    // The optional app lock: Lock now (toolbar, menu, Ctrl+L) and its settings.
    required property AppLockController appLock
    // Change the passphrase, a new recovery code, rotate the vault key.
    required property KeyManagementController keys
    property string notice
    property bool keyringAvailable: true
    property bool wide: false
    // The reflection last opened (highlighted in the list); 0 once back on the capture page.
    property int openId: 0

    function newReflection() {
        stack.replace(null, captureComponent)
    }
    function showHistory() {
        if (!wide)
            stack.push(historyComponent)
    }
    function showEntry(id) {
        openId = id
        if (wide)
            stack.replace(null, entryComponent, { entryId: id })
        else
            stack.push(entryComponent, { entryId: id })
    }
    // The questions of the stage the loop shows, over the entry.
    function showStage(reflectionId, focusFirst) {
        stack.push(stageComponent, { entryId: reflectionId, focusFirst: focusFirst })
    }
    function showLessons() {
        if (stack.currentItem.objectName !== "lessonsPage")
            stack.push(lessonsComponent)
    }
    function showExperiments() {
        if (stack.currentItem.objectName !== "experimentsPage")
            stack.push(experimentsComponent)
    }
    function showDue() {
        if (stack.currentItem.objectName !== "duePage")
            stack.push(dueComponent)
    }
    // From a reminder or the Due list: the entry, then the page of the stage it needs.
    function openAtStage(reflectionId, stage) {
        showEntry(reflectionId)
        if (!loop.shows(reflectionId))
            loop.load(reflectionId)
        loop.viewedStage = stage
        showStage(reflectionId, true)
    }
    function showInsights() {
        if (stack.currentItem.objectName !== "insightsPage")
            stack.push(insightsComponent)
    }
    // A section of the desktop's left pane: the page beside the list, or the list alone.
    function showSection(page) {
        if (page === "duePage")
            showDue()
        else if (page === "lessonsPage")
            showLessons()
        else if (page === "experimentsPage")
            showExperiments()
        else if (page === "insightsPage")
            showInsights()
        else if (page === "sharedWithMePage")
            showSharedWithMe()
        else if (stack.depth > 1)
            stack.pop(stack.get(0))
    }
    // Share the reflections picked in history (the Share page beside the list, or over it).
    function showShare() {
        if (stack.currentItem.objectName !== "sharePage")
            stack.push(shareComponent)
    }
    function showFilters() {
        stack.push(filtersComponent)
    }
    // Ctrl+F: the search field above the list (on a phone, the history page first).
    function focusSearch() {
        if (wide) {
            searchBar.focusField()
            return
        }
        if (stack.currentItem.objectName !== "historyPage")
            stack.push(historyComponent, {}, StackView.Immediate)
        const page = stack.currentItem as HistoryPage
        page.focusSearch()
    }
    // The history list on screen (beside, or the phone's history page), or null.
    function visibleList() {
        if (wide)
            return sideList
        return stack.currentItem.objectName === "historyPage" ? (stack.currentItem as HistoryPage).list : null
    }
    // Delete: the row the keyboard is on in the list, or the open entry; asks first.
    function askDelete() {
        const list = visibleList()
        if (list && list.activeFocus && list.currentId() > 0) {
            confirmDelete.ask(list.currentId(), list.currentItem ? list.currentItem.firstLine : "")
            return
        }
        if (stack.currentItem.objectName === "entryPage") {
            const entry = stack.currentItem as EntryPage
            confirmDelete.ask(entry.entryId, (entry.entry.text || "").trim().split("\n")[0])
        }
    }
    function deleteNow(reflectionId) {
        if (!workspace.entries.remove(reflectionId))
            return
        snackbar.reflectionId = 0
        snackbar.show(qsTr("Reflection deleted."), qsTr("Undo"))
        snackbar.removedId = reflectionId
        if (openId === reflectionId) {
            if (wide)
                newReflection()
            else
                back()
        }
    }
    function showSettings() {
        if (stack.currentItem.objectName !== "settingsPage")
            stack.push(settingsComponent)
    }
    // Backup and restore: from the settings, the phone's menu, or an empty history.
    function showBackup() {
        if (stack.currentItem.objectName !== "backupPage")
            stack.push(backupComponent)
    }
    // The coach's side: what others shared, one sender's entries, my sharing key, and opening
    // a received file.
    function showSharedWithMe() {
        if (stack.currentItem.objectName !== "sharedWithMePage")
            stack.push(sharedWithMeComponent)
    }
    function showSender(senderId) {
        stack.push(senderComponent, { senderId: senderId })
    }
    function showKeys() {
        if (stack.currentItem.objectName !== "keysPage")
            stack.push(keysComponent)
    }
    // What Debrief keeps, where and how (from the settings).
    function showPrivacy() {
        if (stack.currentItem.objectName !== "privacyPage")
            stack.push(privacyComponent)
    }
    function showSharingKey() {
        if (stack.currentItem.objectName !== "sharingKeyPage")
            stack.push(sharingKeyComponent)
    }
    function openSharedFile() {
        importFlow.chooseFile()
    }
    function back() {
        if (stack.depth > 1 && wide)
            stack.pop(stack.get(0)) // the list is beside: skip a history page pushed on a phone
        else if (stack.depth > 1)
            stack.pop()
        else if (openId !== 0)
            newReflection()
    }

    // Widened with the history page (or its filters) on top: the list and the filters are
    // beside the content now, not twice.
    onWideChanged: {
        if (wide && stack.depth > 1 && (stack.currentItem.objectName === "historyPage"
                                        || stack.currentItem.objectName === "historyFiltersPage"))
            stack.pop(stack.get(0), StackView.Immediate)
    }

    objectName: "workspace"

    header: ToolBar {
        // A quiet bar in the page's own colour, with a hairline below.
        Material.foreground: workspace.Material.foreground
        Material.elevation: 0
        background: Rectangle {
            color: workspace.Material.backgroundColor
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: workspace.Material.dividerColor
            }
        }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 4
            anchors.rightMargin: 4
            spacing: 0
            ToolButton {
                objectName: "backButton"
                visible: stack.depth > 1
                // The arrow points where "back" is: right in a right-to-left layout.
                text: workspace.mirrored ? "\u2192" : "\u2190"
                font.pixelSize: Theme.textSize(20)
                Accessible.name: qsTr("Back")
                onClicked: workspace.back()
            }
            Label {
                objectName: "pageTitle"
                text: stack.currentItem ? (stack.currentItem as Page).title : qsTr("Debrief")
                font.pixelSize: Theme.textSize(18)
                font.weight: Font.DemiBold
                // Two lines before anything is cut off (large system text, long words).
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
                Layout.fillWidth: true
                Layout.leftMargin: stack.depth > 1 ? 4 : Theme.spacing
            }
            // Recording goes on while other pages are open: the time, and the way back to it.
            ToolButton {
                objectName: "recordingIndicator"
                Accessible.name: text
                visible: workspace.recorder.active && workspace.recorder.answerPromptId.length === 0
                         && stack.currentItem && stack.currentItem.objectName !== "capturePage"
                text: qsTr("\u25CF Recording %1").arg(Math.floor(workspace.recorder.elapsedMs / 60000) + ":"
                      + ("0" + Math.floor(workspace.recorder.elapsedMs / 1000) % 60).slice(-2))
                Material.foreground: Theme.dangerInk(Material.theme === Material.Dark)
                onClicked: workspace.newReflection()
            }
            ToolButton {
                objectName: "historyButton"
                Accessible.name: text
                visible: !workspace.wide && stack.depth === 1
                text: qsTr("History")
                onClicked: workspace.showHistory()
            }
            // Select mode: pick reflections to share or export (Ctrl/Shift+click work anyway).
            ToolButton {
                objectName: "selectButton"
                visible: workspace.wide || (stack.currentItem !== null && stack.currentItem.objectName === "historyPage")
                text: workspace.selection.active ? qsTr("Done") : qsTr("Select")
                Accessible.name: workspace.selection.active ? qsTr("Leave select mode") : qsTr("Select reflections to share or export")
                onClicked: {
                    if (workspace.selection.active)
                        workspace.selection.clear()
                    else
                        workspace.selection.active = true
                }
            }
            ToolButton {
                objectName: "openSharedToolButton"
                visible: workspace.wide
                text: qsTr("Open…")
                Accessible.name: qsTr("Open a shared file")
                onClicked: workspace.openSharedFile()
            }
            ToolButton {
                objectName: "lockNowButton"
                visible: workspace.appLock.enabled && workspace.wide
                text: qsTr("Lock")
                Accessible.name: qsTr("Lock now")
                onClicked: workspace.appLock.lockNow()
            }
            // On a phone a gear, so the page's title keeps its room (German "Einstellungen"
            // would take a third of the bar).
            ToolButton {
                objectName: "settingsButton"
                Accessible.name: qsTr("Settings")
                visible: !stack.currentItem || stack.currentItem.objectName !== "settingsPage"
                text: workspace.wide ? qsTr("Settings") : "\u2699\uFE0E"
                font.pixelSize: workspace.wide ? Theme.textSize(14) : Theme.textSize(20)
                ToolTip.visible: !workspace.wide && hovered
                ToolTip.delay: 700
                ToolTip.text: qsTr("Settings")
                onClicked: workspace.showSettings()
            }
            ToolButton {
                objectName: "newReflectionButton"
                visible: workspace.wide || stack.depth > 1
                text: qsTr("New")
                Accessible.name: qsTr("New reflection")
                onClicked: workspace.newReflection()
            }
            // On a phone, the lists across reflections are one tap further, in a menu.
            ToolButton {
                objectName: "moreButton"
                visible: !workspace.wide
                text: "\u22EE"
                font.pixelSize: Theme.textSize(20)
                Accessible.name: qsTr("More")
                onClicked: moreMenu.open()
                Menu {
                    id: moreMenu
                    y: parent.height
                    MenuItem {
                        objectName: "dueButton"
                        Accessible.name: text
                        text: workspace.nudges.due.waitingNow > 0
                              ? qsTr("Due (%1)").arg(workspace.nudges.due.waitingNow) : qsTr("Due")
                        onTriggered: workspace.showDue()
                    }
                    MenuItem {
                        objectName: "lessonsButton"
                        Accessible.name: text
                        text: qsTr("Lessons")
                        onTriggered: workspace.showLessons()
                    }
                    MenuItem {
                        objectName: "experimentsButton"
                        Accessible.name: text
                        text: workspace.experiments.overdueCount > 0
                              ? qsTr("Experiments (%1 due)").arg(workspace.experiments.overdueCount) : qsTr("Experiments")
                        onTriggered: workspace.showExperiments()
                    }
                    MenuItem {
                        objectName: "insightsButton"
                        Accessible.name: text
                        text: qsTr("Insights")
                        onTriggered: workspace.showInsights()
                    }
                    MenuItem {
                        objectName: "sharedWithMeButton"
                        Accessible.name: text
                        text: qsTr("Shared with me")
                        onTriggered: workspace.showSharedWithMe()
                    }
                    MenuItem {
                        objectName: "openSharedFileMenuItem"
                        Accessible.name: text
                        text: qsTr("Open a shared file…")
                        onTriggered: workspace.openSharedFile()
                    }
                    MenuItem {
                        objectName: "backupMenuButton"
                        Accessible.name: text
                        text: qsTr("Backup and restore")
                        onTriggered: workspace.showBackup()
                    }
                    MenuItem {
                        objectName: "lockNowMenuItem"
                        visible: workspace.appLock.enabled
                        height: visible ? implicitHeight : 0
                        text: qsTr("Lock now")
                        Accessible.name: text
                        onTriggered: workspace.appLock.lockNow()
                    }
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            objectName: "workspaceNotice"
            visible: text.length > 0
            text: workspace.notice.length > 0 ? workspace.notice
                  : (workspace.keyringAvailable ? "" : qsTr("No system keyring: Debrief will ask for your passphrase or recovery code at each start."))
            wrapMode: Text.Wrap
            leftPadding: Theme.margin
            rightPadding: Theme.margin
            topPadding: 10
            bottomPadding: 10
            Layout.fillWidth: true
            background: Rectangle {
                readonly property color tint: workspace.Material.accentColor
                color: Qt.rgba(tint.r, tint.g, tint.b, 0.1)
            }
        }

        // Desktop: sections and filters | list | content, each divider draggable. On a phone
        // the two left panes hide and the content takes the whole width.
        SplitView {
            id: panes
            objectName: "historyPanes"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // qmllint disable unqualified
            handle: Rectangle {
                implicitWidth: 5
                color: "transparent"
                Rectangle {
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: parent.SplitHandle.pressed || parent.SplitHandle.hovered ? 3 : 1
                    height: parent.height
                    color: parent.SplitHandle.pressed || parent.SplitHandle.hovered
                           ? workspace.Material.accentColor : workspace.Material.dividerColor
                }
            }
            // qmllint enable unqualified

            HistorySidebar {
                visible: workspace.wide
                history: workspace.history
                tagSuggestions: workspace.tagSuggestions
                nudges: workspace.nudges
                experiments: workspace.experiments
                currentPage: stack.currentItem ? stack.currentItem.objectName : ""
                // Like the list: the filters come right after the first frame.
                populated: sideList.populated
                SplitView.preferredWidth: Theme.sidebarWidth
                SplitView.minimumWidth: 160
                SplitView.maximumWidth: 400
                onSectionChosen: page => workspace.showSection(page)
            }
            ColumnLayout {
                objectName: "historyPane"
                visible: workspace.wide
                spacing: 0
                SplitView.preferredWidth: Theme.historyPaneWidth
                SplitView.minimumWidth: 240

                HistorySearchBar {
                    id: searchBar
                    history: workspace.history
                    Layout.fillWidth: true
                    onDownPressed: {
                        sideList.forceActiveFocus()
                        if (sideList.currentIndex < 0 && sideList.count > 0)
                            sideList.currentIndex = 0
                    }
                    onAccepted: {
                        if (sideList.count > 0)
                            workspace.showEntry(workspace.history.idAt(Math.max(sideList.currentIndex, 0)))
                    }
                }
                HistoryList {
                    id: sideList
                    history: workspace.history
                    examples: workspace.examples
                    // The capture page comes first: the list fills in right after that frame.
                    populated: false
                    selectedId: workspace.openId
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    onOpened: reflectionId => workspace.showEntry(reflectionId)
                    onLeftAtTop: searchBar.focusField()
                    onRestoreRequested: workspace.showBackup()
                    selection: workspace.selection
                }
                SelectionBar {
                    selection: workspace.selection
                    Layout.fillWidth: true
                    onShareRequested: workspace.showShare()
                    onExportRequested: format => exportFlow.ask(format)
                }
            }
            ColumnLayout {
                spacing: 0
                SplitView.fillWidth: true
                SplitView.minimumWidth: 320

                StackView {
                    id: stack
                    objectName: "contentStack"
                    initialItem: captureComponent
                    onCurrentItemChanged: {
                        if (currentItem && currentItem.objectName === "capturePage")
                            workspace.openId = 0
                    }
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
                Snackbar {
                    id: snackbar
                    property int reflectionId: 0
                    // The deleted entry whose Undo is on offer (set after show()).
                    property int removedId: 0
                    Layout.fillWidth: true
                    onActionTriggered: {
                        removedId = 0
                        if (reflectionId > 0) {
                            workspace.showEntry(reflectionId)
                        } else {
                            const restored = workspace.entries.undoRemove()
                            if (restored > 0)
                                workspace.showEntry(restored)
                        }
                    }
                    // Undo is no longer offered: the deleted entry's copy in memory goes too.
                    onDismissed: {
                        if (removedId > 0)
                            workspace.entries.forgetRemoved(removedId)
                        removedId = 0
                    }
                }
            }
        }
    }

    // Pages for the stack. Qt 6.4's qmllint counts this file's ids as unqualified inside inline
    // components (6.5 has pragma ComponentBehavior: Bound); at run time they resolve as usual.
    // qmllint disable unqualified
    Component {
        id: captureComponent
        CapturePage {
            entries: workspace.entries
            recorder: workspace.recorder
            showShortcutHint: workspace.wide
            onSaved: reflectionId => {
                snackbar.reflectionId = reflectionId
                snackbar.show(qsTr("Saved. It is encrypted on this device."), qsTr("Open"))
            }
        }
    }
    Component {
        id: historyComponent
        HistoryPage {
            history: workspace.history
            examples: workspace.examples
            onOpened: reflectionId => workspace.showEntry(reflectionId)
            onFiltersRequested: workspace.showFilters()
            selection: workspace.selection
            onShareRequested: workspace.showShare()
            onExportRequested: format => exportFlow.ask(format)
            onRestoreRequested: workspace.showBackup()
        }
    }
    Component {
        id: shareComponent
        SharePage {
            share: workspace.share
            secretCheck: workspace.secretCheck
        }
    }
    Component {
        id: filtersComponent
        HistoryFiltersPage {
            history: workspace.history
            tagSuggestions: workspace.tagSuggestions
            onDone: workspace.back()
        }
    }
    Component {
        id: insightsComponent
        InsightsPage {
            insights: workspace.insights
            examples: workspace.examples
        }
    }
    Component {
        id: entryComponent
        EntryPage {
            entries: workspace.entries
            loop: workspace.loop
            nudges: workspace.nudges
            player: workspace.player
            tags: workspace.tags
            comments: workspace.entryComments
            onStageRequested: (reflectionId, focusFirst) => workspace.showStage(reflectionId, focusFirst)
            onDeleted: reflectionId => {
                snackbar.reflectionId = 0
                snackbar.show(qsTr("Reflection deleted."), qsTr("Undo"))
                snackbar.removedId = reflectionId
                if (workspace.wide)
                    workspace.newReflection()
                else
                    workspace.back()
            }
        }
    }
    Component {
        id: stageComponent
        StagePage {
            loop: workspace.loop
            recorder: workspace.recorder
            answerPlayer: workspace.answerPlayer
            onOpenEntry: reflectionId => workspace.showEntry(reflectionId)
        }
    }
    Component {
        id: lessonsComponent
        LessonsPage {
            lessons: workspace.lessons
            onOpened: reflectionId => workspace.showEntry(reflectionId)
        }
    }
    Component {
        id: experimentsComponent
        ExperimentsPage {
            experiments: workspace.experiments
            onOpened: reflectionId => workspace.showEntry(reflectionId)
        }
    }
    Component {
        id: settingsComponent
        SettingsPage {
            settings: workspace.voiceSettings
            microphones: workspace.microphones
            nudgeSettings: workspace.nudgeSettings
            languageSettings: workspace.languageSettings
            appLock: workspace.appLock
            secretCheck: workspace.secretCheck
            onBackupRequested: workspace.showBackup()
            onSharingKeyRequested: workspace.showSharingKey()
            onKeysRequested: workspace.showKeys()
            onPrivacyRequested: workspace.showPrivacy()
            onEraseRequested: eraseFlow.ask()
        }
    }
    Component {
        id: keysComponent
        KeysPage {
            keys: workspace.keys
        }
    }
    Component {
        id: backupComponent
        BackupPage {
            backup: workspace.backup
            secretCheck: workspace.secretCheck
        }
    }
    Component {
        id: privacyComponent
        PrivacyPage {
            privacy: workspace.privacy
        }
    }
    Component {
        id: sharedWithMeComponent
        SharedWithMePage {
            sharedWithMe: workspace.sharedWithMe
            onSenderOpened: senderId => workspace.showSender(senderId)
            onOpenFileRequested: workspace.openSharedFile()
            onSharingKeyRequested: workspace.showSharingKey()
        }
    }
    Component {
        id: senderComponent
        SenderPage {
            sharedWithMe: workspace.sharedWithMe
            onForgotten: stack.pop() // back to the list of senders it came from
        }
    }
    Component {
        id: sharingKeyComponent
        SharingKeyPage {
            sharingKey: workspace.sharingKey
        }
    }
    Component {
        id: dueComponent
        DuePage {
            nudges: workspace.nudges
            onOpened: (reflectionId, stage) => workspace.openAtStage(reflectionId, stage)
        }
    }
    // qmllint enable unqualified

    Shortcut {
        sequences: ["Esc", "Alt+Left", "Back"]
        onActivated: workspace.back()
    }
    // The app lock: Ctrl+L (Command+L on macOS) locks now. What is being written is saved
    // first: it is content, and the vault closes.
    Shortcut {
        sequence: "Ctrl+L"
        enabled: workspace.appLock.enabled
        onActivated: workspace.appLock.lockNow()
    }
    Connections {
        target: workspace.appLock
        function onAboutToLock() {
            for (let i = 0; i < stack.depth; ++i) {
                const item = stack.get(i, StackView.DontLoad)
                if (item && item.objectName === "capturePage")
                    (item as CapturePage).saveBeforeLock()
                else if (item && item.objectName === "entryPage")
                    (item as EntryPage).saveChanges()
            }
        }
    }
    Shortcut {
        sequence: "Ctrl+N" // Command+N on macOS
        onActivated: workspace.newReflection()
    }
    Shortcut {
        sequence: "Ctrl+F" // Command+F on macOS
        onActivated: workspace.focusSearch()
    }
    // Not while typing: a text field takes the Delete key for itself.
    Shortcut {
        sequence: "Del"
        onActivated: workspace.askDelete()
    }
    // Export → Markdown / PDF: the "not encrypted" warning, the save dialog, progress, result.
    ExportFlow {
        id: exportFlow
        exports: workspace.exports
        secretCheck: workspace.secretCheck
    }
    // Settings > Erase everything: asked twice; afterwards a fresh start, nothing erased on screen.
    EraseFlow {
        id: eraseFlow
        privacy: workspace.privacy
        secretCheck: workspace.secretCheck
        onErased: {
            snackbar.hide()
            snackbar.removedId = 0
            workspace.newReflection()
        }
    }
    ConfirmDeleteDialog {
        id: confirmDelete
        onConfirmed: reflectionId => workspace.deleteNow(reflectionId)
        onClosed: {
            const list = workspace.visibleList()
            if (list && list.currentIndex >= 0)
                list.forceActiveFocus()
        }
    }
    // The examples went: an example open beside the list went with them.
    Connections {
        target: workspace.examples
        function onChanged() {
            if (!workspace.examples.present && workspace.openId !== 0)
                workspace.newReflection()
        }
    }
    // Voice: Ctrl+R (Command+R on macOS) records from anywhere, on the capture page, and stops.
    Shortcut {
        sequence: "Ctrl+R"
        enabled: workspace.recorder.available
        onActivated: {
            if (workspace.recorder.active) {
                workspace.recorder.stop()
                return
            }
            if (stack.currentItem.objectName !== "capturePage")
                workspace.newReflection()
            workspace.recorder.start()
        }
    }
    // Why the microphone, before the system asks (for a voice note and a spoken answer alike).
    MicRationaleDialog {
        recorder: workspace.recorder
    }
    // A reminder's Open: its entry at the stage it needs, or the Due list.
    Connections {
        target: workspace.nudges
        function onOpenRequested(reflectionId, stage) {
            workspace.openAtStage(reflectionId, stage)
        }
        function onDueListRequested() {
            workspace.showDue()
        }
    }
    Connections {
        target: workspace.recorder
        function onSaved(reflectionId) {
            snackbar.reflectionId = reflectionId
            snackbar.show(qsTr("Voice note saved. It is encrypted on this device."), qsTr("Open"))
        }
    }
    Connections {
        target: workspace.Window.window
        enabled: !sideList.populated
        function onFrameSwapped() {
            sideList.populated = true
        }
    }

    // A .debrief file someone sent: Ctrl+O (Command+O on macOS), the toolbar, the Shared with
    // me page, or dropped anywhere on the window. Last, so a drop reaches it over the pages.
    Shortcut {
        sequence: "Ctrl+O" // Command+O on macOS
        onActivated: workspace.openSharedFile()
    }
    ImportFlow {
        id: importFlow
        anchors.fill: parent
        importer: workspace.importer
        onShowSharedRequested: workspace.showSharedWithMe()
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The unlocked app. Phone: one column (capture -> history -> entry) with back navigation.
// Desktop (>= 900 px): the history list beside the capture or entry pane.
Page {
    id: workspace

    required property HistoryModel history
    required property EntryController entries
    property string notice
    property bool keyringAvailable: true
    property bool wide: false
    property int openId: 0

    function newReflection() {
        openId = 0
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
    function back() {
        if (stack.depth > 1)
            stack.pop()
        else if (openId !== 0)
            newReflection()
    }

    objectName: "workspace"

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 4
            anchors.rightMargin: 4
            ToolButton {
                objectName: "backButton"
                visible: stack.depth > 1
                text: "\u2190"
                Accessible.name: qsTr("Back")
                onClicked: workspace.back()
            }
            Label {
                text: stack.currentItem && stack.currentItem.title ? stack.currentItem.title : qsTr("Debrief")
                font.pixelSize: 18
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.leftMargin: stack.depth > 1 ? 0 : Theme.spacing
            }
            ToolButton {
                objectName: "historyButton"
                visible: !workspace.wide && stack.depth === 1
                text: qsTr("History")
                onClicked: workspace.showHistory()
            }
            ToolButton {
                objectName: "newReflectionButton"
                visible: workspace.wide || stack.depth > 1
                text: qsTr("New")
                Accessible.name: qsTr("New reflection")
                onClicked: workspace.newReflection()
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
            padding: Theme.spacing
            Layout.fillWidth: true
            background: Rectangle { color: workspace.Material.dialogColor }
        }

        RowLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.fillHeight: true

            HistoryList {
                id: sideList
                visible: workspace.wide
                history: workspace.history
                selectedId: workspace.openId
                Layout.preferredWidth: Theme.historyPaneWidth
                Layout.fillHeight: true
                onOpened: reflectionId => workspace.showEntry(reflectionId)
            }
            ToolSeparator {
                visible: workspace.wide
                orientation: Qt.Vertical
                Layout.fillHeight: true
            }
            StackView {
                id: stack
                objectName: "contentStack"
                initialItem: captureComponent
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }

    Component {
        id: captureComponent
        CapturePage {
            entries: workspace.entries
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
            onOpened: reflectionId => workspace.showEntry(reflectionId)
        }
    }
    Component {
        id: entryComponent
        EntryPage {
            entries: workspace.entries
            onDeleted: {
                snackbar.reflectionId = 0
                snackbar.show(qsTr("Reflection deleted."), qsTr("Undo"))
                workspace.back()
                if (workspace.wide)
                    workspace.newReflection()
            }
        }
    }

    Snackbar {
        id: snackbar
        property int reflectionId: 0
        onActionTriggered: {
            if (reflectionId > 0) {
                workspace.showEntry(reflectionId)
            } else {
                const restored = workspace.entries.undoRemove()
                if (restored > 0)
                    workspace.showEntry(restored)
            }
        }
    }

    Shortcut {
        sequences: [StandardKey.Back, "Esc"]
        onActivated: workspace.back()
    }
    Shortcut {
        sequence: StandardKey.New
        onActivated: workspace.newReflection()
    }
}

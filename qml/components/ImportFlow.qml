import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Debrief.Ui

// Opening a .debrief file someone sent: the file dialog (chooseFile), a file dropped anywhere
// on the window, or one named on the command line; its passphrase when it asks for one, the
// progress (with Cancel) and what came in — or why nothing did.
Item {
    id: flow

    required property ImportController importer
    // "Show": the entries that came in, under Shared with me.
    signal showSharedRequested()

    function chooseFile() {
        fileDialog.open()
    }
    function isDebrief(url) {
        return url.toString().toLowerCase().endsWith(".debrief")
    }

    objectName: "importFlow"

    FileDialog {
        id: fileDialog
        objectName: "openSharedFileDialog"
        title: qsTr("Open a shared file")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Debrief files (*.debrief)"), qsTr("All files (*)")]
        onAccepted: flow.importer.openFile(selectedFile)
    }

    // A .debrief file dragged over the window: say what dropping does.
    DropArea {
        id: drop
        objectName: "importDropArea"
        anchors.fill: parent
        onEntered: drag => {
            drag.accepted = drag.hasUrls && drag.urls.length > 0 && flow.isDebrief(drag.urls[0])
        }
        onDropped: drop => {
            if (drop.hasUrls && drop.urls.length > 0 && flow.isDebrief(drop.urls[0])) {
                drop.accept(Qt.CopyAction)
                flow.importer.openFile(drop.urls[0])
            }
        }
        Rectangle {
            anchors.fill: parent
            visible: drop.containsDrag
            readonly property color tint: flow.Material.accentColor
            color: Qt.rgba(tint.r, tint.g, tint.b, 0.12)
            border.width: 3
            border.color: tint
            Label {
                anchors.centerIn: parent
                text: qsTr("Drop to open the shared file")
                font.pixelSize: Theme.headingSize
            }
        }
    }

    Dialog {
        id: passphraseDialog
        objectName: "importPassphraseDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 440)
        modal: true
        focus: true
        closePolicy: Popup.NoAutoClose
        title: qsTr("Passphrase needed")
        onOpened: {
            passphraseField.text = ""
            passphraseField.forceActiveFocus()
        }
        onClosed: passphraseField.text = "" // not kept in memory longer than needed

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                text: qsTr("“%1” is protected by a passphrase. Type the one its sender gave you.").arg(flow.importer.fileName)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: passphraseField
                objectName: "importPassphraseField"
                echoMode: TextInput.Password
                enabled: !flow.importer.task.running
                placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
                placeholderText: qsTr("Passphrase")
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Passphrase of the shared file")
                Layout.fillWidth: true
                onAccepted: flow.importer.submitPassphrase(text)
            }
            ErrorBanner {
                objectName: "importPassphraseError"
                text: flow.importer.passphraseError
                Layout.fillWidth: true
            }
            ProgressBar {
                visible: flow.importer.task.running
                indeterminate: flow.importer.task.progress <= 0
                value: flow.importer.task.progress
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "importPassphraseCancelButton"
                    Accessible.name: text
                    text: qsTr("Cancel")
                    flat: true
                    onClicked: flow.importer.task.running ? flow.importer.task.cancel() : flow.importer.cancelPassphrase()
                }
                Button {
                    objectName: "importPassphraseOpenButton"
                    Accessible.name: text
                    text: qsTr("Open")
                    highlighted: true
                    Material.accent: Theme.filledAccent
                    enabled: !flow.importer.task.running && passphraseField.text.length > 0
                    onClicked: flow.importer.submitPassphrase(passphraseField.text)
                }
            }
        }
    }

    // Opening a file without a passphrase: how far, and Cancel.
    Popup {
        id: progressPopup
        objectName: "importProgress"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 400)
        modal: true
        closePolicy: Popup.NoAutoClose
        visible: flow.importer.task.running && !flow.importer.askingPassphrase
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                text: qsTr("Opening “%1”…").arg(flow.importer.fileName)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ProgressBar {
                value: flow.importer.task.progress
                Accessible.name: qsTr("Progress")
                Layout.fillWidth: true
            }
            Button {
                objectName: "importCancelButton"
                Accessible.name: text
                text: flow.importer.task.cancelling ? qsTr("Cancelling…") : qsTr("Cancel")
                enabled: !flow.importer.task.cancelling
                flat: true
                Layout.alignment: Qt.AlignRight
                onClicked: flow.importer.task.cancel()
            }
        }
    }

    Dialog {
        id: resultDialog
        objectName: "importResultDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 440)
        modal: true
        title: flow.importer.errorMessage.length > 0 ? qsTr("Nothing was imported") : qsTr("Shared file opened")
        onClosed: flow.importer.dismissResult()

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                objectName: "importResultText"
                text: flow.importer.errorMessage.length > 0 ? flow.importer.errorMessage : flow.importer.resultMessage
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Accessible.role: flow.importer.errorMessage.length > 0 ? Accessible.AlertMessage : Accessible.StaticText
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "importCloseButton"
                    Accessible.name: text
                    text: qsTr("Close")
                    flat: true
                    onClicked: resultDialog.close()
                }
                Button {
                    objectName: "importShowButton"
                    visible: flow.importer.result === ImportController.Shares
                    text: qsTr("Show")
                    highlighted: true
                    Material.accent: Theme.filledAccent
                    Accessible.name: qsTr("Show what was shared with you")
                    onClicked: {
                        resultDialog.close()
                        flow.showSharedRequested()
                    }
                }
            }
        }
    }

    Connections {
        target: flow.importer
        function onAskingPassphraseChanged() {
            if (flow.importer.askingPassphrase)
                passphraseDialog.open()
            else
                passphraseDialog.close()
        }
        function onResultChanged() {
            if (flow.importer.resultMessage.length > 0 || flow.importer.errorMessage.length > 0)
                resultDialog.open()
        }
    }
    // A file named on the command line may have asked before this was on screen.
    Component.onCompleted: {
        if (flow.importer.askingPassphrase)
            passphraseDialog.open()
        else if (flow.importer.resultMessage.length > 0 || flow.importer.errorMessage.length > 0)
            resultDialog.open()
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Debrief.Ui

// Export of the picked entries as a readable file: first a clear warning that the file is NOT
// encrypted, then the passphrase or recovery code again, then where to save it, then its progress (with Cancel) and the result, with a way
// to the file (its folder on desktops, the share sheet on phones).
Item {
    id: flow

    required property ExportController exports
    // Asks for the passphrase or recovery code again before the file is written (AU-2).
    required property SecretCheck secretCheck
    property int format: ExportController.Markdown

    // Export → Markdown / PDF: the warning comes first.
    function ask(chosenFormat) {
        flow.format = chosenFormat
        flow.exports.clearMessages()
        warning.open()
    }
    // The save dialog's answer (tests call it with a file of theirs).
    function exportTo(file) {
        if (flow.exports.exportTo(flow.format, file) || flow.exports.errorMessage.length > 0)
            status.open()
    }
    readonly property bool warningShown: warning.visible

    objectName: "exportFlow"

    Dialog {
        id: warning
        objectName: "exportWarningDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 460)
        modal: true
        focus: true
        title: qsTr("This file will NOT be encrypted")
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                objectName: "exportWarningText"
                text: qsTr("Anyone who gets this file, or the folder or cloud it lands in, can read every word of these reflections. The file says so at the top. To send reflections to a coach safely, use Share instead: it encrypts them.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "exportWarningCancel"
                    Accessible.name: text
                    text: qsTr("Cancel")
                    flat: true
                    onClicked: warning.reject()
                }
                Button {
                    objectName: "exportWarningContinue"
                    text: qsTr("Choose where to save…")
                    flat: true
                    highlighted: true
                    Accessible.name: qsTr("I understand it is not encrypted: confirm it is you, then choose where to save it")
                    onClicked: {
                        warning.accept()
                        confirmSecret.open()
                    }
                }
            }
        }
    }

    ConfirmSecretDialog {
        id: confirmSecret
        check: flow.secretCheck
        purpose: "export"
        explanation: qsTr("Enter your passphrase or recovery code to write these reflections to a file that is not encrypted.")
        onConfirmed: {
            saveDialog.selectedFile = flow.exports.suggestedFile(flow.format)
            saveDialog.open()
        }
    }
    FileDialog {
        id: saveDialog
        objectName: "exportSaveDialog"
        title: qsTr("Save the readable export (not encrypted)")
        fileMode: FileDialog.SaveFile
        defaultSuffix: flow.format === ExportController.Pdf ? "pdf" : "md"
        nameFilters: flow.format === ExportController.Pdf ? [qsTr("PDF (*.pdf)")] : [qsTr("Markdown (*.md)")]
        onAccepted: flow.exportTo(selectedFile)
    }

    // Progress while it runs, then what happened.
    Dialog {
        id: status
        objectName: "exportStatusDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 460)
        modal: true
        closePolicy: flow.exports.task.running ? Popup.NoAutoClose : Popup.CloseOnEscape
        title: flow.exports.task.running ? qsTr("Exporting…") : qsTr("Export")
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            ProgressBar {
                objectName: "exportProgress"
                visible: flow.exports.task.running
                indeterminate: flow.exports.task.progress <= 0
                value: flow.exports.task.progress
                Accessible.name: qsTr("Export progress")
                Layout.fillWidth: true
            }
            Label {
                objectName: "exportResult"
                visible: text.length > 0
                text: flow.exports.resultMessage
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ErrorBanner {
                objectName: "exportError"
                text: flow.exports.errorMessage
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "cancelExportButton"
                    Accessible.name: text
                    visible: flow.exports.task.running
                    enabled: !flow.exports.task.cancelling
                    text: qsTr("Cancel")
                    flat: true
                    onClicked: flow.exports.task.cancel()
                }
                Button {
                    objectName: "showExportButton"
                    Accessible.name: text
                    visible: !flow.exports.task.running && flow.exports.savedPath.length > 0
                    text: flow.exports.sheetSendsToApps ? qsTr("Share…") : qsTr("Show in folder")
                    flat: true
                    onClicked: flow.exports.showSaved()
                }
                Button {
                    objectName: "closeExportButton"
                    Accessible.name: text
                    visible: !flow.exports.task.running
                    text: qsTr("Close")
                    flat: true
                    onClicked: status.close()
                }
            }
        }
    }
}

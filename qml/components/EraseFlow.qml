import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Erase everything, confirmed twice: first what goes and what stays, then the passphrase or
// recovery code again (ConfirmSecretDialog); then the erase runs with a busy indicator and says
// what happened. Cancel at either step changes nothing.
Item {
    id: flow

    required property PrivacyController privacy
    required property SecretCheck secretCheck
    readonly property bool running: flow.privacy.task.running
    // The vault is empty now: the workspace leaves pages that showed what was erased.
    signal erased()

    // Settings' "Erase everything…": the first confirmation.
    function ask() {
        flow.privacy.clearMessages()
        whatGoes.open()
    }

    objectName: "eraseFlow"

    Dialog {
        id: whatGoes
        objectName: "eraseConfirmDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        modal: true
        focus: true
        title: qsTr("Erase everything?")
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                objectName: "eraseWhatGoes"
                text: qsTr("This removes, for good: every reflection and voice note, every answer, lesson, possible change and experiment, your tags and reminder choices, the comments coaches sent back, everything others shared with you, and the coaches you share with. Undo is not possible. Shares and exports you already sent or saved elsewhere are not affected.")
                wrapMode: Text.Wrap
                lineHeight: 1.15
                Layout.fillWidth: true
            }
            Label {
                objectName: "eraseWhatStays"
                text: qsTr("What stays: the empty vault with its passphrase or recovery code, your sharing key and name, and your settings, so you can start again right away. To keep a copy first, make a backup.")
                wrapMode: Text.Wrap
                lineHeight: 1.15
                opacity: 0.8
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "eraseConfirmCancel"
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel: keep everything")
                    flat: true
                    onClicked: whatGoes.reject()
                }
                Button {
                    objectName: "eraseConfirmContinue"
                    text: qsTr("Erase everything…")
                    Accessible.name: qsTr("Go on to erase everything: confirm with your passphrase or recovery code")
                    flat: true
                    Material.foreground: Theme.dangerInk(Material.theme === Material.Dark)
                    onClicked: {
                        whatGoes.accept()
                        confirmSecret.open()
                    }
                }
            }
        }
    }

    ConfirmSecretDialog {
        id: confirmSecret
        check: flow.secretCheck
        purpose: "erase"
        title: qsTr("Confirm to erase everything")
        explanation: qsTr("Enter your passphrase or recovery code to erase every reflection and everything shared with you. This cannot be undone.")
        confirmText: qsTr("Erase everything")
        onConfirmed: {
            if (flow.privacy.eraseEverything())
                status.open()
        }
    }

    // Busy while it runs (it cannot be stopped half way), then what happened.
    Dialog {
        id: status
        objectName: "eraseStatusDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 460)
        modal: true
        closePolicy: flow.running ? Popup.NoAutoClose : Popup.CloseOnEscape
        title: flow.running ? qsTr("Erasing…") : qsTr("Erase everything")
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            BusyIndicator {
                objectName: "eraseBusy"
                running: flow.running
                visible: running
                Accessible.name: qsTr("Erasing")
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                objectName: "eraseResult"
                visible: text.length > 0
                text: flow.privacy.resultMessage
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ErrorBanner {
                objectName: "eraseError"
                text: flow.privacy.errorMessage
                Layout.fillWidth: true
            }
            Button {
                objectName: "closeEraseButton"
                visible: !flow.running
                text: qsTr("Close")
                Accessible.name: text
                flat: true
                Layout.alignment: Qt.AlignRight
                onClicked: status.close()
            }
        }
    }
    Connections {
        target: flow.privacy
        function onErased() {
            flow.erased()
        }
    }
}

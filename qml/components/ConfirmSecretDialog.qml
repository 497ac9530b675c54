import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Asks for the passphrase or recovery code again before a sensitive action (share, export,
// backup, erase, turning the lock off). The secret is checked off the UI thread; wrong ones
// earn growing delays. confirmed() follows only a secret that opens this vault.
Dialog {
    id: dialog

    required property SecretCheck check
    // Echoed by the check, so several dialogs can share it without answering each other.
    property string purpose
    property string explanation: qsTr("Enter your passphrase or recovery code to go on.")
    property string confirmText: qsTr("Continue")
    signal confirmed()

    objectName: "confirmSecretDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 440)
    modal: true
    focus: true
    title: qsTr("Confirm it is you")
    onAboutToShow: {
        secretField.text = ""
        dialog.check.reset()
    }
    onOpened: secretField.forceActiveFocus()
    onClosed: secretField.text = ""

    Connections {
        target: dialog.check
        function onVerified(purpose) {
            if (!dialog.visible || purpose !== dialog.purpose)
                return
            secretField.text = ""
            dialog.close()
            dialog.confirmed()
        }
        function onErrorMessageChanged() {
            if (dialog.visible && dialog.check.errorMessage.length > 0)
                secretField.selectAll()
        }
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Label {
            objectName: "confirmSecretExplanation"
            text: dialog.explanation
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: secretField
            objectName: "confirmSecretField"
            echoMode: TextInput.Password
            placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
            placeholderText: qsTr("Passphrase or recovery code")
            Accessible.name: qsTr("Passphrase or recovery code")
            enabled: !dialog.check.busy
            Layout.fillWidth: true
            onAccepted: confirmButton.clicked()
        }
        ErrorBanner {
            objectName: "confirmSecretError"
            text: dialog.check.errorMessage
            Layout.fillWidth: true
        }
        BusyIndicator {
            running: dialog.check.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "confirmSecretCancel"
                text: qsTr("Cancel")
                Accessible.name: text
                flat: true
                onClicked: dialog.reject()
            }
            Button {
                id: confirmButton
                objectName: "confirmSecretButton"
                text: dialog.confirmText
                Accessible.name: text
                highlighted: true
                Material.accent: Theme.filledAccent
                enabled: !dialog.check.busy && dialog.check.waitSeconds === 0
                onClicked: dialog.check.verify(secretField.text, dialog.purpose)
            }
        }
    }
}

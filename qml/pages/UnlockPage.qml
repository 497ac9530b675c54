import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Debrief.Ui

// Unlock with the passphrase or recovery code when the keyring cannot (none, reset, stale).
Page {
    id: page

    required property VaultController vault

    objectName: "unlockPage"

    ColumnLayout {
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        anchors.centerIn: parent
        spacing: Theme.spacing

        Label {
            text: qsTr("Unlock Debrief")
            font.pixelSize: 26
            font.bold: true
            Layout.fillWidth: true
        }
        Label {
            text: page.vault.keyringAvailable
                  ? qsTr("Enter your passphrase or recovery code to open your reflections.")
                  : qsTr("This system has no keyring, so Debrief asks for your passphrase or recovery code each time it starts.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: secret
            objectName: "secretField"
            echoMode: TextInput.Password
            placeholderText: qsTr("Passphrase or recovery code")
            Accessible.name: qsTr("Passphrase or recovery code")
            focus: true
            enabled: !page.vault.busy
            Layout.fillWidth: true
            onAccepted: unlockButton.clicked()
        }
        Button {
            id: unlockButton
            objectName: "unlockButton"
            text: qsTr("Unlock")
            highlighted: true
            enabled: !page.vault.busy
            Layout.fillWidth: true
            onClicked: page.vault.unlock(secret.text)
        }
        ErrorBanner {
            text: page.vault.errorMessage
            Layout.fillWidth: true
        }
        BusyIndicator {
            running: page.vault.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
    }

    Component.onCompleted: secret.forceActiveFocus()
}

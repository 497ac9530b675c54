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
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxFormWidth)
        anchors.centerIn: parent
        spacing: Theme.spacing

        Label {
            text: qsTr("Unlock Debrief")
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: page.vault.keyringAvailable
                  ? qsTr("Enter your passphrase or recovery code to open your reflections.")
                  : qsTr("This system has no keyring, so Debrief asks for your passphrase or recovery code each time it starts.")
            wrapMode: Text.Wrap
            lineHeight: 1.15
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
        ErrorBanner {
            text: page.vault.errorMessage
            Layout.fillWidth: true
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
        BusyIndicator {
            running: page.vault.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
    }

    // After a wrong secret, typing again replaces it.
    Connections {
        target: page.vault
        function onErrorMessageChanged() {
            if (page.vault.errorMessage.length > 0) {
                secret.selectAll()
                secret.forceActiveFocus()
            }
        }
    }

    Component.onCompleted: secret.forceActiveFocus()
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Unlock with the passphrase or recovery code when the keyring cannot (none, reset, stale), or
// when the app lock is on: then with its PIN or passphrase, and the recovery code always works.
// After wrong secrets the button waits (growing delays, also across restarts).
Page {
    id: page

    required property VaultController vault
    // The person chose the recovery code (or passphrase) over the lock's PIN.
    property bool useCode: false
    readonly property bool pinMode: page.vault.pinUnlock && !page.useCode
    readonly property bool mayTry: !page.vault.busy && page.vault.waitSeconds === 0

    function submit() {
        if (!page.mayTry)
            return
        if (page.pinMode)
            page.vault.unlockWithPin(secret.text)
        else
            page.vault.unlock(secret.text)
    }

    objectName: "unlockPage"

    ColumnLayout {
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxFormWidth)
        anchors.centerIn: parent
        spacing: Theme.spacing

        Label {
            text: page.vault.appLockOn ? qsTr("Debrief is locked") : qsTr("Unlock Debrief")
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "unlockExplanation"
            text: page.pinMode ? qsTr("Enter your PIN to open your reflections.")
                  : page.vault.appLockOn || page.vault.keyringAvailable
                    ? qsTr("Enter your passphrase or recovery code to open your reflections.")
                    : qsTr("This system has no keyring, so Debrief asks for your passphrase or recovery code each time it starts.")
            wrapMode: Text.Wrap
            lineHeight: 1.15
            Layout.fillWidth: true
        }
        TextField {
            id: secret
            objectName: page.pinMode ? "pinField" : "secretField"
            echoMode: TextInput.Password
            placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
            placeholderText: page.pinMode ? qsTr("PIN") : qsTr("Passphrase or recovery code")
            Accessible.name: placeholderText
            inputMethodHints: page.pinMode ? Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                                           : Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            validator: RegularExpressionValidator {
                regularExpression: page.pinMode ? /[0-9]*/ : /.*/
            }
            focus: true
            enabled: !page.vault.busy
            Layout.fillWidth: true
            onAccepted: page.submit()
        }
        ErrorBanner {
            text: page.vault.errorMessage
            Layout.fillWidth: true
        }
        Label {
            objectName: "unlockWait"
            visible: page.vault.waitSeconds > 0
            text: qsTr("Too many wrong attempts. Try again in %n second(s).", "", page.vault.waitSeconds)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            id: unlockButton
            objectName: "unlockButton"
            text: qsTr("Unlock")
            Accessible.name: text
            highlighted: true
            Material.accent: Theme.filledAccent
            enabled: page.mayTry
            Layout.fillWidth: true
            onClicked: page.submit()
        }
        Button {
            objectName: "useRecoveryCodeButton"
            visible: page.vault.pinUnlock
            flat: true
            text: page.useCode ? qsTr("Use your PIN instead") : qsTr("Use your recovery code instead")
            Accessible.name: text
            Layout.alignment: Qt.AlignHCenter
            onClicked: {
                page.useCode = !page.useCode
                secret.clear()
                page.vault.clearError()
                secret.forceActiveFocus()
            }
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

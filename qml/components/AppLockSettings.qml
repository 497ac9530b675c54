import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The app lock in the settings: on with the vault's passphrase or a PIN (a PIN only where the
// system keyring can hold its pepper), the auto-lock time, Lock now, and off again after the
// secret is asked once more (the key then goes back to the keyring).
ColumnLayout {
    id: section

    required property AppLockController appLock
    required property SecretCheck secretCheck
    property bool pinChosen: false
    readonly property bool askRepeat: section.pinChosen || !section.appLock.hasPassphrase

    spacing: Theme.spacing

    function turnOn() {
        if (section.pinChosen)
            section.appLock.turnOnWithPin(secretField.text, repeatField.text)
        else
            section.appLock.turnOnWithPassphrase(secretField.text, repeatField.text)
    }

    Label {
        text: qsTr("App lock")
        font.weight: Font.DemiBold
        Layout.fillWidth: true
    }
    Label {
        objectName: "appLockState"
        text: !section.appLock.enabled
              ? qsTr("Off: Debrief opens without asking, with the key kept in the system keyring.")
              : section.appLock.usesPin
                ? qsTr("On with a PIN: Debrief asks for it when it starts and after it locks. Your recovery code always works too.")
                : qsTr("On with your passphrase: Debrief asks for it when it starts and after it locks. Your recovery code always works too.")
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
    }

    // Off: choose the secret and turn it on.
    ColumnLayout {
        visible: !section.appLock.enabled
        spacing: Theme.spacing
        Layout.fillWidth: true
        RowLayout {
            spacing: Theme.spacing
            visible: section.appLock.pinOffered
            RadioButton {
                objectName: "lockKindPassphrase"
                text: qsTr("Passphrase")
                Accessible.name: qsTr("Lock with the passphrase")
                checked: !section.pinChosen
                onClicked: section.pinChosen = false
            }
            RadioButton {
                objectName: "lockKindPin"
                text: qsTr("PIN")
                Accessible.name: qsTr("Lock with a PIN")
                checked: section.pinChosen
                onClicked: section.pinChosen = true
            }
        }
        TextField {
            id: secretField
            objectName: "lockSecretField"
            echoMode: TextInput.Password
            placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
            placeholderText: section.pinChosen
                             ? qsTr("New PIN (at least %n digits)", "", section.appLock.minimumPinLength)
                             : section.appLock.hasPassphrase ? qsTr("Your passphrase")
                             : qsTr("New passphrase (at least %n characters)", "", section.appLock.minimumPassphraseLength)
            Accessible.name: placeholderText
            inputMethodHints: section.pinChosen ? Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                                                : Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            enabled: !section.appLock.busy
            Layout.fillWidth: true
            onAccepted: section.askRepeat ? repeatField.forceActiveFocus() : section.turnOn()
        }
        TextField {
            id: repeatField
            objectName: "lockRepeatField"
            visible: section.askRepeat
            echoMode: TextInput.Password
            placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
            placeholderText: section.pinChosen ? qsTr("The PIN again") : qsTr("The passphrase again")
            Accessible.name: placeholderText
            inputMethodHints: secretField.inputMethodHints
            enabled: !section.appLock.busy
            Layout.fillWidth: true
            onAccepted: section.turnOn()
        }
        Button {
            objectName: "lockTurnOnButton"
            text: qsTr("Turn the lock on")
            Accessible.name: text
            highlighted: true
            Material.accent: Theme.filledAccent
            enabled: !section.appLock.busy && secretField.text.length > 0
            onClicked: section.turnOn()
        }
    }

    // On: the auto-lock time, Lock now, off.
    ColumnLayout {
        visible: section.appLock.enabled
        spacing: Theme.spacing
        Layout.fillWidth: true
        Label {
            text: qsTr("Lock automatically after")
            Layout.fillWidth: true
        }
        ComboBox {
            id: minutesChoice
            objectName: "autoLockChoice"
            model: section.appLock.autoLockChoices
            displayText: qsTr("%n minute(s) in the background or without use", "", section.appLock.autoLockMinutes)
            currentIndex: section.appLock.autoLockIndex
            Accessible.name: qsTr("Lock automatically after")
            Layout.fillWidth: true
            onActivated: index => {
                section.appLock.autoLockMinutes = section.appLock.autoLockChoices[index]
            }
            delegate: ItemDelegate {
                required property int index
                required property int modelData
                objectName: "autoLockOption_" + index
                text: qsTr("%n minute(s)", "", modelData)
                Accessible.name: text
                width: ListView.view ? ListView.view.width : implicitWidth
            }
        }
        RowLayout {
            spacing: Theme.spacing
            Button {
                objectName: "settingsLockNowButton"
                text: qsTr("Lock now")
                Accessible.name: text
                onClicked: section.appLock.lockNow()
            }
            Button {
                objectName: "lockTurnOffButton"
                text: qsTr("Turn the lock off…")
                Accessible.name: qsTr("Turn the lock off")
                enabled: !section.appLock.busy
                onClicked: confirmOff.open()
            }
        }
    }
    ErrorBanner {
        objectName: "appLockError"
        text: section.appLock.errorMessage
        Layout.fillWidth: true
    }

    Connections {
        target: section.appLock
        function onTurnedOn() {
            secretField.clear()
            repeatField.clear()
        }
    }
    ConfirmSecretDialog {
        id: confirmOff
        check: section.secretCheck
        purpose: "appLockOff"
        title: qsTr("Turn the lock off")
        explanation: section.appLock.usesPin
                     ? qsTr("Enter your PIN, passphrase or recovery code. The key then goes back to the system keyring and Debrief opens without asking.")
                     : qsTr("Enter your passphrase or recovery code. The key then goes back to the system keyring and Debrief opens without asking.")
        confirmText: qsTr("Turn off")
    }
}

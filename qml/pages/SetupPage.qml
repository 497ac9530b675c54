import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// First start: the one-time recovery code, or a passphrase of the person's choosing.
Page {
    id: page

    required property VaultController vault
    property bool usePassphrase: false

    objectName: "setupPage"

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 560)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { Layout.preferredHeight: Theme.margin }
            Label {
                text: qsTr("Welcome to Debrief")
                font.pixelSize: 26
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("What you write here is encrypted and stays on this device. Debrief keeps the key in your system keyring so it opens without a prompt.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            // Recovery code
            ColumnLayout {
                visible: !page.usePassphrase
                spacing: Theme.spacing
                Layout.fillWidth: true

                Label {
                    text: qsTr("This is your recovery code. It is the only way back in on a new device or if the keyring is lost. Write it down or keep it in a password manager: it is shown only once.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Frame {
                    Layout.fillWidth: true
                    TextEdit {
                        id: codeText
                        objectName: "recoveryCodeText"
                        width: parent.width
                        text: page.vault.recoveryCode
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.WrapAnywhere
                        horizontalAlignment: TextEdit.AlignHCenter
                        font.family: Theme.monospaceFamily
                        font.pixelSize: 22
                        color: page.Material.foreground
                        Accessible.name: qsTr("Recovery code")
                    }
                }
                Button {
                    objectName: "copyRecoveryCodeButton"
                    text: qsTr("Copy")
                    flat: true
                    onClicked: {
                        codeText.selectAll()
                        codeText.copy()
                        codeText.deselect()
                    }
                }
                Button {
                    objectName: "confirmRecoveryCodeButton"
                    text: qsTr("I have saved it")
                    highlighted: true
                    enabled: !page.vault.busy
                    Layout.fillWidth: true
                    onClicked: page.vault.createWithRecoveryCode()
                }
                Button {
                    objectName: "usePassphraseButton"
                    text: qsTr("Use a passphrase instead")
                    flat: true
                    onClicked: page.usePassphrase = true
                }
            }

            // Passphrase
            ColumnLayout {
                visible: page.usePassphrase
                spacing: Theme.spacing
                Layout.fillWidth: true

                Label {
                    text: qsTr("Choose a passphrase of at least %n characters. You will need it on a new device or if the keyring is lost; nobody can reset it for you.", "", page.vault.minimumPassphraseLength)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                TextField {
                    id: passphrase
                    objectName: "passphraseField"
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Passphrase")
                    Accessible.name: qsTr("Passphrase")
                    Layout.fillWidth: true
                }
                TextField {
                    id: repeated
                    objectName: "passphraseRepeatField"
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Passphrase again")
                    Accessible.name: qsTr("Passphrase again")
                    Layout.fillWidth: true
                    onAccepted: createButton.clicked()
                }
                Button {
                    id: createButton
                    objectName: "createWithPassphraseButton"
                    text: qsTr("Create my vault")
                    highlighted: true
                    enabled: !page.vault.busy
                    Layout.fillWidth: true
                    onClicked: page.vault.createWithPassphrase(passphrase.text, repeated.text)
                }
                Button {
                    objectName: "useRecoveryCodeButton"
                    text: qsTr("Use a recovery code instead")
                    flat: true
                    onClicked: page.usePassphrase = false
                }
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
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// First start: the one-time recovery code, or a passphrase of the person's choosing.
Page {
    id: page

    required property VaultController vault
    // "How Debrief keeps your reflections private": the privacy page, before anything is written.
    signal privacyRequested()
    property bool usePassphrase: false
    property bool copied: false

    function choosePassphrase(use) {
        page.vault.clearError()
        page.usePassphrase = use
        if (use)
            passphrase.forceActiveFocus()
    }

    objectName: "setupPage"

    Flickable {
        id: scroll
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(column.implicitHeight + 2 * Theme.wideMargin, height)
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.maxFormWidth)
            x: (scroll.width - width) / 2
            // A little above the middle when there is room.
            y: Math.max(Theme.wideMargin, (scroll.height - implicitHeight) * 0.4)
            spacing: Theme.spacing

            Label {
                text: qsTr("Welcome to Debrief")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("What you write here is encrypted and stays on this device. Debrief keeps the key in your system keyring so it opens without a prompt.")
                wrapMode: Text.Wrap
                lineHeight: 1.15
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
                    lineHeight: 1.15
                    Layout.fillWidth: true
                }
                Rectangle {
                    readonly property color tint: page.Material.accentColor
                    radius: Theme.radius
                    color: Qt.rgba(tint.r, tint.g, tint.b, 0.08)
                    border.width: 1
                    border.color: Qt.rgba(tint.r, tint.g, tint.b, 0.35)
                    implicitHeight: codeText.implicitHeight + 2 * 20
                    Layout.fillWidth: true
                    Layout.topMargin: 4

                    TextMetrics {
                        id: codeMetrics
                        font.family: Theme.monospaceFamily
                        font.pixelSize: Theme.textSize(24)
                        text: page.vault.recoveryCode
                    }
                    TextEdit {
                        id: codeText
                        objectName: "recoveryCodeText"
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.margin
                        text: page.vault.recoveryCode
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        horizontalAlignment: TextEdit.AlignHCenter
                        font.family: Theme.monospaceFamily
                        // As large as fits on one line (24 px at most, at the system's text
                        // size), never below 14 px.
                        font.pixelSize: Math.max(Theme.textSize(14), Math.min(codeMetrics.font.pixelSize,
                                                 Math.floor(codeMetrics.font.pixelSize * width / (codeMetrics.advanceWidth + 4))))
                        font.weight: Font.Medium
                        color: page.Material.foreground
                        selectionColor: page.Material.accentColor
                        Accessible.name: qsTr("Recovery code")
                    }
                }
                Button {
                    objectName: "copyRecoveryCodeButton"
                    Accessible.name: text
                    text: page.copied ? qsTr("Copied") : qsTr("Copy")
                    flat: true
                    Layout.alignment: Qt.AlignHCenter
                    onClicked: {
                        codeText.selectAll()
                        codeText.copy()
                        codeText.deselect()
                        page.copied = true
                        copiedTimer.restart()
                    }
                    Timer {
                        id: copiedTimer
                        interval: 2500
                        onTriggered: page.copied = false
                    }
                }
                Button {
                    objectName: "confirmRecoveryCodeButton"
                    Accessible.name: text
                    text: qsTr("I have saved it")
                    highlighted: true
                    Material.accent: Theme.filledAccent
                    enabled: !page.vault.busy
                    Layout.fillWidth: true
                    onClicked: page.vault.createWithRecoveryCode()
                }
                ErrorBanner {
                    text: page.vault.errorMessage
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "usePassphraseButton"
                    Accessible.name: text
                    text: qsTr("Use a passphrase instead")
                    flat: true
                    Layout.alignment: Qt.AlignHCenter
                    onClicked: page.choosePassphrase(true)
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
                    lineHeight: 1.15
                    Layout.fillWidth: true
                }
                TextField {
                    id: passphrase
                    objectName: "passphraseField"
                    echoMode: TextInput.Password
                    placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
                    placeholderText: qsTr("Passphrase")
                    Accessible.name: qsTr("Passphrase")
                    Layout.fillWidth: true
                    onAccepted: repeated.forceActiveFocus()
                }
                TextField {
                    id: repeated
                    objectName: "passphraseRepeatField"
                    echoMode: TextInput.Password
                    placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
                    placeholderText: qsTr("Passphrase again")
                    Accessible.name: qsTr("Passphrase again")
                    Layout.fillWidth: true
                    onAccepted: createButton.clicked()
                }
                ErrorBanner {
                    text: page.vault.errorMessage
                    Layout.fillWidth: true
                }
                Button {
                    id: createButton
                    objectName: "createWithPassphraseButton"
                    Accessible.name: text
                    text: qsTr("Create my vault")
                    highlighted: true
                    Material.accent: Theme.filledAccent
                    enabled: !page.vault.busy
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    onClicked: page.vault.createWithPassphrase(passphrase.text, repeated.text)
                }
                Button {
                    objectName: "useRecoveryCodeButton"
                    Accessible.name: text
                    text: qsTr("Use a recovery code instead")
                    flat: true
                    Layout.alignment: Qt.AlignHCenter
                    onClicked: page.choosePassphrase(false)
                }
            }

            BusyIndicator {
                running: page.vault.busy
                visible: running
                Layout.alignment: Qt.AlignHCenter
            }
            Button {
                objectName: "setupPrivacyLink"
                text: qsTr("How Debrief keeps your reflections private")
                Accessible.name: text
                flat: true
                Layout.alignment: Qt.AlignHCenter
                onClicked: page.privacyRequested()
            }
        }
    }
}

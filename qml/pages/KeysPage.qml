import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Passphrase and keys (Settings > Security and privacy): change or add the passphrase, make a
// new recovery code, rotate the vault key. Each asks for the current passphrase or recovery
// code; a new code is shown once, before it replaces the old one.
Page {
    id: page

    required property KeyManagementController keys
    // The form last used, whose error shows under it: "passphrase", "code" or "rotate".
    property string activeForm: ""
    property bool copied: false

    function errorFor(form) {
        return page.activeForm === form ? page.keys.errorMessage : ""
    }
    function changePassphrase() {
        page.activeForm = "passphrase"
        page.keys.changePassphrase(currentForPassphrase.text, newPassphrase.text, repeatPassphrase.text)
    }
    function newCode() {
        page.activeForm = "code"
        page.keys.prepareRecoveryCode(currentForCode.text)
    }
    function rotate() {
        page.activeForm = "rotate"
        page.keys.prepareRotation(currentForRotation.text, rotationPin.text)
    }
    function clearFields() {
        for (const field of [currentForPassphrase, newPassphrase, repeatPassphrase, currentForCode,
                             currentForRotation, rotationPin])
            field.clear()
    }

    objectName: "keysPage"
    title: qsTr("Passphrase and keys")

    Flickable {
        id: scroll
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.maxFormWidth)
            x: (scroll.width - width) / 2
            y: Theme.margin + 4
            spacing: Theme.spacing

            Label {
                objectName: "keysResult"
                visible: text.length > 0
                text: page.keys.resultMessage
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
                Layout.fillWidth: true
            }

            // A new recovery code, shown once before it replaces the old one.
            ColumnLayout {
                objectName: "newCodePanel"
                visible: page.keys.pendingCode.length > 0
                spacing: Theme.spacing
                Layout.fillWidth: true

                Label {
                    text: qsTr("Your new recovery code")
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                }
                Label {
                    text: page.keys.pendingRotation
                          ? qsTr("The new vault key comes with a new recovery code. Write it down or keep it in a password manager: it is shown only once. The key changes when you confirm; after that the old code no longer works.")
                          : qsTr("Write it down or keep it in a password manager: it is shown only once. It replaces your old code when you confirm; after that the old code no longer works.")
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

                    TextEdit {
                        id: codeText
                        objectName: "newRecoveryCodeText"
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.margin
                        text: page.keys.pendingCode
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        horizontalAlignment: TextEdit.AlignHCenter
                        font.family: Theme.monospaceFamily
                        font.pixelSize: Theme.textSize(20)
                        font.weight: Font.Medium
                        color: page.Material.foreground
                        selectionColor: page.Material.accentColor
                        Accessible.name: qsTr("New recovery code")
                    }
                }
                Button {
                    objectName: "copyNewCodeButton"
                    text: page.copied ? qsTr("Copied") : qsTr("Copy")
                    flat: true
                    Accessible.name: qsTr("Copy the new recovery code")
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
                ErrorBanner {
                    objectName: "newCodeError"
                    text: page.keys.errorMessage
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "confirmNewCodeButton"
                    text: page.keys.pendingRotation ? qsTr("I have written it down: rotate the key")
                                                    : qsTr("I have written it down")
                    Accessible.name: text
                    highlighted: true
                    Material.accent: Theme.filledAccent
                    enabled: !page.keys.busy
                    Layout.fillWidth: true
                    onClicked: page.keys.confirmPendingCode()
                }
                Button {
                    objectName: "cancelNewCodeButton"
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel: keep the old recovery code")
                    flat: true
                    enabled: !page.keys.busy
                    Layout.alignment: Qt.AlignHCenter
                    onClicked: page.keys.cancelPending()
                }
            }

            ColumnLayout {
                visible: page.keys.pendingCode.length === 0
                spacing: Theme.spacing
                Layout.fillWidth: true

                // The passphrase: changed, or added to a vault that has only a recovery code.
                Label {
                    text: page.keys.hasPassphrase ? qsTr("Change your passphrase") : qsTr("Add a passphrase")
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                }
                Label {
                    text: page.keys.hasPassphrase
                          ? qsTr("The new passphrase opens Debrief from now on; the old one stops working. Your recovery code stays as it is.")
                          : qsTr("A passphrase you can remember opens Debrief when the keyring cannot, besides your recovery code.")
                    wrapMode: Text.Wrap
                    opacity: 0.75
                    Layout.fillWidth: true
                }
                TextField {
                    id: currentForPassphrase
                    objectName: "passphraseCurrentField"
                    echoMode: TextInput.Password
                    placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
                    placeholderText: qsTr("Current passphrase or recovery code")
                    Accessible.name: qsTr("Current passphrase or recovery code")
                    Layout.fillWidth: true
                    onAccepted: newPassphrase.forceActiveFocus()
                }
                TextField {
                    id: newPassphrase
                    objectName: "newPassphraseField"
                    echoMode: TextInput.Password
                    placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
                    placeholderText: qsTr("New passphrase")
                    Accessible.name: qsTr("New passphrase")
                    Layout.fillWidth: true
                    onAccepted: repeatPassphrase.forceActiveFocus()
                }
                TextField {
                    id: repeatPassphrase
                    objectName: "newPassphraseRepeatField"
                    echoMode: TextInput.Password
                    placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
                    placeholderText: qsTr("New passphrase again")
                    Accessible.name: qsTr("New passphrase again")
                    Layout.fillWidth: true
                    onAccepted: page.changePassphrase()
                }
                PassphraseMeter {
                    visible: newPassphrase.text.length > 0
                    score: page.keys.passphraseScore(newPassphrase.text)
                    label: page.keys.passphraseStrength(newPassphrase.text)
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("At least %n characters. Several unrelated words are strong and easy to remember. Nobody can reset it for you.", "", page.keys.minimumPassphraseLength)
                    wrapMode: Text.Wrap
                    opacity: 0.7
                    font.pixelSize: Theme.smallSize
                    Layout.fillWidth: true
                }
                ErrorBanner {
                    objectName: "passphraseError"
                    text: page.errorFor("passphrase")
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "changePassphraseButton"
                    text: page.keys.hasPassphrase ? qsTr("Change passphrase") : qsTr("Add passphrase")
                    Accessible.name: text
                    highlighted: true
                    Material.accent: Theme.filledAccent
                    enabled: !page.keys.busy && page.keys.waitSeconds === 0
                    onClicked: page.changePassphrase()
                }

                // The recovery code.
                Label {
                    text: page.keys.hasRecoveryCode ? qsTr("New recovery code") : qsTr("Make a recovery code")
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.wideMargin
                }
                Label {
                    text: qsTr("If your code may have been seen, or you lost it, make a new one. It is shown once; the old code stops working when you confirm.")
                    wrapMode: Text.Wrap
                    opacity: 0.75
                    Layout.fillWidth: true
                }
                TextField {
                    id: currentForCode
                    objectName: "codeCurrentField"
                    echoMode: TextInput.Password
                    placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
                    placeholderText: qsTr("Current passphrase or recovery code")
                    Accessible.name: qsTr("Current passphrase or recovery code, for a new recovery code")
                    Layout.fillWidth: true
                    onAccepted: page.newCode()
                }
                ErrorBanner {
                    objectName: "codeError"
                    text: page.errorFor("code")
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "newRecoveryCodeButton"
                    text: qsTr("Make a new recovery code")
                    Accessible.name: text
                    enabled: !page.keys.busy && page.keys.waitSeconds === 0
                    onClicked: page.newCode()
                }

                // The vault key.
                Label {
                    text: qsTr("Rotate the vault key")
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.wideMargin
                }
                Label {
                    text: page.keys.hasRecoveryCode
                          ? qsTr("If you think someone got hold of your vault's key (a copy of the keyring, an old recovery code), give the vault a new key. Everything is encrypted again with it, and you get a new recovery code; your passphrase stays the same. This can take a while for a large vault.")
                          : qsTr("If you think someone got hold of your vault's key, give the vault a new key. Everything is encrypted again with it; your passphrase stays the same. This can take a while for a large vault.")
                    wrapMode: Text.Wrap
                    opacity: 0.75
                    Layout.fillWidth: true
                }
                TextField {
                    id: currentForRotation
                    objectName: "rotateCurrentField"
                    echoMode: TextInput.Password
                    placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
                    placeholderText: page.keys.hasPassphrase ? qsTr("Your passphrase") : qsTr("Your recovery code")
                    Accessible.name: placeholderText
                    Layout.fillWidth: true
                    onAccepted: page.rotate()
                }
                TextField {
                    id: rotationPin
                    objectName: "rotatePinField"
                    visible: page.keys.hasPin
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhDigitsOnly
                    placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
                    placeholderText: qsTr("Your app lock PIN")
                    Accessible.name: qsTr("Your app lock PIN")
                    Layout.fillWidth: true
                    onAccepted: page.rotate()
                }
                ErrorBanner {
                    objectName: "rotateError"
                    text: page.errorFor("rotate")
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "rotateKeyButton"
                    text: qsTr("Rotate the key…")
                    Accessible.name: qsTr("Rotate the vault key")
                    enabled: !page.keys.busy && page.keys.waitSeconds === 0
                    onClicked: page.rotate()
                }
            }

            BusyIndicator {
                objectName: "keysBusy"
                running: page.keys.busy
                visible: running
                Layout.alignment: Qt.AlignHCenter
            }
        }
    }

    // Done: the typed secrets are not kept on screen.
    Connections {
        target: page.keys
        function onPassphraseChanged() {
            page.clearFields()
        }
        function onRecoveryCodeChanged() {
            page.clearFields()
        }
        function onKeyRotated() {
            page.clearFields()
        }
        function onPendingChanged() {
            if (page.keys.pendingCode.length > 0)
                page.clearFields()
        }
    }

    Component.onCompleted: {
        page.keys.refresh()
        page.keys.clearMessages()
    }
    Component.onDestruction: page.keys.cancelPending()
}

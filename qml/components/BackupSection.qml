import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Debrief.Ui

// "Back up everything": the protection (a new passphrase typed twice, or the recovery code),
// then the vault's passphrase or recovery code again (AU-2), then where to save the file; the
// backup runs with its progress and Cancel below.
ColumnLayout {
    id: section

    required property BackupController backup
    required property SecretCheck secretCheck
    property bool useRecoveryCode: false
    // Why the typed protection cannot be used yet ("" when it can).
    property string problem: ""

    // The save dialog's answer (tests call it with a file of theirs): starts the backup.
    function backUpTo(file) {
        const secret = section.useRecoveryCode ? codeField.text : passphraseField.text
        section.backup.backUp(file, secret, section.useRecoveryCode)
    }
    // Checks the protection first, then asks for the secret again, then where to save.
    function chooseFile() {
        section.backup.clearMessages()
        section.problem = section.useRecoveryCode
                ? section.backup.recoveryCodeProblem(codeField.text)
                : section.backup.passphraseProblem(passphraseField.text, repeatField.text)
        if (section.problem.length > 0)
            return
        confirmSecret.open()
    }
    function chooseProtection(recoveryCode) {
        section.useRecoveryCode = recoveryCode
        section.problem = ""
        if (recoveryCode)
            codeField.forceActiveFocus()
        else
            passphraseField.forceActiveFocus()
    }

    objectName: "backupSection"
    spacing: Theme.spacing

    Label {
        text: qsTr("Back up everything")
        font.pixelSize: Theme.headingSize
        font.weight: Font.DemiBold
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("One encrypted file with all your reflections, their loops, tags and voice notes, your sharing key and coaches, what others shared with you and the comments coaches sent back. Settings and reminders are not included.")
        wrapMode: Text.Wrap
        lineHeight: 1.15
        Layout.fillWidth: true
    }

    Label {
        text: qsTr("Protect it with")
        font.weight: Font.DemiBold
        Layout.topMargin: 4
    }
    ColumnLayout {
        spacing: 0
        Layout.fillWidth: true
        RadioButton {
            objectName: "backupUsePassphrase"
            Accessible.name: text
            text: qsTr("A new passphrase")
            checked: !section.useRecoveryCode
            onClicked: section.chooseProtection(false)
        }
        RadioButton {
            objectName: "backupUseRecoveryCode"
            Accessible.name: text
            visible: section.backup.hasRecoveryCode
            text: qsTr("My recovery code")
            checked: section.useRecoveryCode
            onClicked: section.chooseProtection(true)
        }
    }

    TextField {
        id: passphraseField
        objectName: "backupPassphraseField"
        visible: !section.useRecoveryCode
        echoMode: TextInput.Password
        placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
        placeholderText: qsTr("Passphrase")
        Accessible.name: qsTr("Passphrase for the backup")
        Layout.fillWidth: true
        onTextChanged: section.problem = ""
        onAccepted: repeatField.forceActiveFocus()
    }
    TextField {
        id: repeatField
        objectName: "backupRepeatField"
        visible: !section.useRecoveryCode
        echoMode: TextInput.Password
        placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
        placeholderText: qsTr("Passphrase again")
        Accessible.name: qsTr("Passphrase for the backup, again")
        Layout.fillWidth: true
        onTextChanged: section.problem = ""
        onAccepted: section.chooseFile()
    }
    // How hard it is to guess (zxcvbn): a backup can be attacked offline for as long as anyone likes.
    RowLayout {
        visible: !section.useRecoveryCode && passphraseField.text.length > 0
        spacing: Theme.spacing
        Layout.fillWidth: true
        ProgressBar {
            from: 0
            to: 4
            value: section.backup.passphraseScore(passphraseField.text)
            Accessible.name: qsTr("Passphrase strength")
            Layout.fillWidth: true
        }
        Label {
            objectName: "backupStrengthLabel"
            text: qsTr("Strength: %1").arg(section.backup.passphraseStrength(passphraseField.text))
        }
    }
    Label {
        objectName: "backupPassphraseRule"
        visible: !section.useRecoveryCode
        text: qsTr("At least %n characters. Several unrelated words are strong and easy to remember. Nobody can reset it: without it, the backup cannot be opened.", "", section.backup.minimumPassphraseLength)
        wrapMode: Text.Wrap
        opacity: 0.7
        font.pixelSize: Theme.smallSize
        Layout.fillWidth: true
    }
    TextField {
        id: codeField
        objectName: "backupRecoveryCodeField"
        visible: section.useRecoveryCode
        echoMode: TextInput.Password
        placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
        placeholderText: qsTr("Recovery code")
        Accessible.name: qsTr("Your recovery code")
        font.family: Theme.monospaceFamily
        Layout.fillWidth: true
        onTextChanged: section.problem = ""
        onAccepted: section.chooseFile()
    }
    Label {
        visible: section.useRecoveryCode
        text: qsTr("Type the recovery code you wrote down when you started Debrief. With it you can restore the backup on a new device.")
        wrapMode: Text.Wrap
        opacity: 0.7
        font.pixelSize: Theme.smallSize
        Layout.fillWidth: true
    }
    ErrorBanner {
        objectName: "backupProblem"
        text: section.problem
        Layout.fillWidth: true
    }
    Button {
        objectName: "backupButton"
        text: qsTr("Back up…")
        highlighted: true
        Material.accent: Theme.filledAccent
        enabled: !section.backup.task.running
        Accessible.name: qsTr("Back up everything: choose where to save the file")
        Layout.fillWidth: true
        onClicked: section.chooseFile()
    }
    BackupStatus {
        backup: section.backup
        forRestore: false
        Layout.fillWidth: true
    }

    ConfirmSecretDialog {
        id: confirmSecret
        check: section.secretCheck
        purpose: "backup"
        explanation: qsTr("Enter your passphrase or recovery code to back up everything.")
        onConfirmed: {
            saveDialog.selectedFile = section.backup.suggestedFile()
            saveDialog.open()
        }
    }
    FileDialog {
        id: saveDialog
        objectName: "backupSaveDialog"
        title: qsTr("Save the backup")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "debrief"
        nameFilters: [qsTr("Debrief backups (*.debrief)"), qsTr("All files (*)")]
        onAccepted: section.backUpTo(selectedFile)
    }
    // A finished backup: the typed protection is not kept on screen.
    Connections {
        target: section.backup
        function onBackedUp() {
            passphraseField.clear()
            repeatField.clear()
            codeField.clear()
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Debrief.Ui

// "Restore from a backup": the file, its passphrase (or the recovery code that protects it),
// and how: everything into an empty vault, or merged into this one without duplicates.
ColumnLayout {
    id: section

    required property BackupController backup
    // The chosen file's URL ("" until one is chosen).
    property string file: ""

    // The open dialog's answer (tests call it with a file of theirs).
    function chooseFile(chosen) {
        section.backup.clearMessages()
        section.file = String(chosen)
        secretField.forceActiveFocus()
    }
    function restoreNow() {
        section.backup.restore(section.file, secretField.text, mergeButton.checked)
    }
    function fileName(chosen) {
        const text = decodeURIComponent(chosen)
        return text.substring(text.lastIndexOf("/") + 1)
    }
    // The choice follows the vault: "everything" only while it is empty.
    function followVault() {
        if (section.backup.vaultEmpty)
            everythingButton.checked = true
        else
            mergeButton.checked = true
    }

    objectName: "restoreSection"
    spacing: Theme.spacing

    Label {
        text: qsTr("Restore from a backup")
        font.pixelSize: Theme.headingSize
        font.weight: Font.DemiBold
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("Bring back a backup made with “Back up everything”, on this device or another one.")
        wrapMode: Text.Wrap
        lineHeight: 1.15
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Button {
            objectName: "restoreChooseButton"
            text: qsTr("Choose a backup…")
            enabled: !section.backup.task.running
            Accessible.name: qsTr("Choose the backup file to restore")
            onClicked: openDialog.open()
        }
        Label {
            objectName: "restoreFileLabel"
            text: section.file.length > 0 ? section.fileName(section.file) : qsTr("No file chosen")
            elide: Text.ElideMiddle
            opacity: section.file.length > 0 ? 1 : 0.7
            Layout.fillWidth: true
        }
    }
    TextField {
        id: secretField
        objectName: "restoreSecretField"
        echoMode: TextInput.Password
        placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
        placeholderText: qsTr("Passphrase or recovery code")
        Accessible.name: qsTr("The backup's passphrase or your recovery code")
        Layout.fillWidth: true
        onAccepted: {
            if (restoreButton.enabled)
                section.restoreNow()
        }
    }
    ColumnLayout {
        spacing: 0
        Layout.fillWidth: true
        RadioButton {
            id: everythingButton
            objectName: "restoreEverything"
            Accessible.name: text
            visible: section.backup.vaultEmpty
            text: qsTr("Restore everything")
        }
        RadioButton {
            id: mergeButton
            objectName: "restoreMerge"
            Accessible.name: text
            text: qsTr("Into this vault (merge, no duplicates)")
        }
    }
    Label {
        text: mergeButton.checked
              ? qsTr("Reflections already here are kept as they are; only what is missing is added.")
              : qsTr("Your vault is empty: everything in the backup comes back as it was.")
        wrapMode: Text.Wrap
        opacity: 0.7
        font.pixelSize: Theme.smallSize
        Layout.fillWidth: true
    }
    Button {
        id: restoreButton
        objectName: "restoreButton"
        Accessible.name: text
        text: qsTr("Restore")
        highlighted: true
        Material.accent: Theme.filledAccent
        enabled: !section.backup.task.running && section.file.length > 0
                 && secretField.text.length > 0
        Layout.fillWidth: true
        onClicked: section.restoreNow()
    }
    BackupStatus {
        backup: section.backup
        forRestore: true
        Layout.fillWidth: true
    }

    FileDialog {
        id: openDialog
        objectName: "restoreOpenDialog"
        title: qsTr("Choose a backup")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Debrief backups (*.debrief)"), qsTr("All files (*)")]
        onAccepted: section.chooseFile(selectedFile)
    }
    Connections {
        target: section.backup
        function onVaultEmptyChanged() {
            section.followVault()
        }
        // Restored: the passphrase is not kept on screen.
        function onRestored() {
            secretField.clear()
            section.file = ""
        }
    }
    Component.onCompleted: section.followVault()
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Under "Back up everything" or "Restore from a backup": the progress of the running job with
// its Cancel, then what it did or why it failed. Shows only for its own kind of job.
ColumnLayout {
    id: status

    required property BackupController backup
    // True under the restore section, false under the backup one.
    property bool forRestore: false
    // objectName prefix of the items inside: "backup" or "restore".
    readonly property string prefix: forRestore ? "restore" : "backup"
    readonly property bool mine: backup.restoring === forRestore
    readonly property VaultTask task: backup.task

    spacing: 8

    RowLayout {
        visible: status.mine && status.task.running
        spacing: Theme.spacing
        Layout.fillWidth: true
        ProgressBar {
            objectName: status.prefix + "Progress"
            from: 0
            to: 1
            value: status.task.progress
            Accessible.name: status.forRestore ? qsTr("Restore progress") : qsTr("Backup progress")
            Layout.fillWidth: true
        }
        Button {
            objectName: status.prefix + "CancelButton"
            text: status.task.cancelling ? qsTr("Cancelling…") : qsTr("Cancel")
            enabled: !status.task.cancelling
            flat: true
            Accessible.name: status.forRestore ? qsTr("Cancel the restore") : qsTr("Cancel the backup")
            onClicked: status.task.cancel()
        }
    }
    Label {
        visible: status.mine && status.task.running
        text: status.forRestore ? qsTr("Restoring… Nothing changes in your vault until it is complete.")
                                : qsTr("Backing up… The file appears only when it is complete.")
        wrapMode: Text.Wrap
        opacity: 0.7
        font.pixelSize: Theme.smallSize
        Layout.fillWidth: true
    }
    Label {
        objectName: status.prefix + "Result"
        visible: status.mine && !status.task.running && text.length > 0
        text: status.backup.resultMessage
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        Layout.fillWidth: true
    }
    ErrorBanner {
        objectName: status.prefix + "Error"
        visible: status.mine && !status.task.running && text.length > 0
        text: status.backup.errorMessage
        Layout.fillWidth: true
    }
}

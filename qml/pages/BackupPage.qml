import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Backup and restore (from Settings, the phone's menu, or an empty history): everything to one
// encrypted file, and back, into an empty vault or merged into this one.
Page {
    id: page

    required property BackupController backup
    // Asks for the passphrase or recovery code again before a backup is written (AU-2).
    required property SecretCheck secretCheck
    // With nothing to back up yet (a new device), the restore section comes first; decided
    // when the page opens, so the sections stay in place after a restore.
    property bool restoreFirst: false

    objectName: "backupPage"
    title: qsTr("Backup and restore")

    Flickable {
        id: scroll
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        // One column; with nothing to back up yet (a new device), the restore comes first.
        GridLayout {
            id: column
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.maxFormWidth)
            x: (scroll.width - width) / 2
            y: Theme.margin + 4
            columns: 1
            rowSpacing: Theme.wideMargin

            BackupSection {
                backup: page.backup
                secretCheck: page.secretCheck
                Layout.row: page.restoreFirst ? 1 : 0
                Layout.fillWidth: true
            }
            RestoreSection {
                backup: page.backup
                Layout.row: page.restoreFirst ? 0 : 1
                Layout.fillWidth: true
            }
        }
    }

    Component.onCompleted: {
        page.backup.refresh()
        page.backup.clearMessages()
        page.restoreFirst = page.backup.vaultEmpty
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Debrief.Ui

// What one person shared with this vault, read-only, newest first: read it, play its voice
// notes, comment on each entry, send the comments back (a file only they can open), or forget
// this sender and everything they shared.
Page {
    id: page

    required property SharedWithMeController sharedWithMe
    required property int senderId
    readonly property string shownName: page.sharedWithMe.senderName.length > 0
                                        ? page.sharedWithMe.senderName : qsTr("Someone who gave no name")
    // The sender was forgotten: the page goes.
    signal forgotten()

    objectName: "senderPage"
    title: page.shownName

    Flickable {
        id: scroll
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.maxReadableWidth)
            x: (scroll.width - width) / 2
            y: Theme.margin
            spacing: Theme.spacing

            Label {
                text: qsTr("Shared with you by %1. Read-only: your comments go back to them only when you send them.").arg(page.shownName)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                opacity: 0.75
                Layout.fillWidth: true
            }
            Flow {
                spacing: 8
                Layout.fillWidth: true
                Button {
                    objectName: "sendCommentsButton"
                    text: qsTr("Send comments back…")
                    highlighted: true
                    Material.accent: Theme.filledAccent
                    enabled: !page.sharedWithMe.task.running
                    Accessible.name: qsTr("Send your comments back to %1").arg(page.shownName)
                    onClicked: {
                        page.sharedWithMe.saveComments()
                        saveDialog.selectedFile = page.sharedWithMe.suggestedCommentsFile()
                        saveDialog.open()
                    }
                }
                Button {
                    objectName: "forgetSenderButton"
                    text: qsTr("Forget this sender")
                    flat: true
                    Material.foreground: Theme.dangerInk(Material.theme === Material.Dark)
                    Accessible.name: qsTr("Forget %1 and everything they shared").arg(page.shownName)
                    onClicked: forgetDialog.open()
                }
            }
            RowLayout {
                visible: page.sharedWithMe.task.running
                spacing: Theme.spacing
                Layout.fillWidth: true
                ProgressBar {
                    value: page.sharedWithMe.task.progress
                    Accessible.name: qsTr("Saving the comments")
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "sendCommentsCancelButton"
                    Accessible.name: text
                    text: qsTr("Cancel")
                    flat: true
                    enabled: !page.sharedWithMe.task.cancelling
                    onClicked: page.sharedWithMe.task.cancel()
                }
            }
            Label {
                objectName: "sharedMessage"
                visible: text.length > 0
                text: page.sharedWithMe.message
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ErrorBanner {
                objectName: "sharedError"
                text: page.sharedWithMe.errorMessage
                Layout.fillWidth: true
            }
            Repeater {
                model: page.sharedWithMe.entries
                // qmllint disable unqualified
                delegate: ReceivedEntryCard {
                    sharedWithMe: page.sharedWithMe
                    Layout.fillWidth: true
                }
                // qmllint enable unqualified
            }
        }
    }

    FileDialog {
        id: saveDialog
        objectName: "sendCommentsDialog"
        title: qsTr("Save the comments for %1").arg(page.shownName)
        fileMode: FileDialog.SaveFile
        defaultSuffix: "debrief"
        nameFilters: [qsTr("Debrief files (*.debrief)")]
        onAccepted: page.sharedWithMe.sendComments(selectedFile)
    }

    Dialog {
        id: forgetDialog
        objectName: "forgetSenderDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 440)
        modal: true
        title: qsTr("Forget %1?").arg(page.shownName)
        onAccepted: {
            if (page.sharedWithMe.forgetSender(page.senderId))
                page.forgotten()
        }

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                text: qsTr("Everything %1 shared with you, and your comments on it, is removed from this vault. Comments you already sent stay with them.").arg(page.shownName)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                opacity: 0.8
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "cancelForgetButton"
                    Accessible.name: text
                    text: qsTr("Cancel")
                    flat: true
                    onClicked: forgetDialog.reject()
                }
                Button {
                    objectName: "confirmForgetButton"
                    Accessible.name: text
                    text: qsTr("Forget")
                    flat: true
                    Material.foreground: Theme.dangerInk(Material.theme === Material.Dark)
                    onClicked: forgetDialog.accept()
                }
            }
        }
    }

    Component.onCompleted: page.sharedWithMe.showSender(page.senderId)
    StackView.onActivating: {
        if (page.sharedWithMe.senderId !== page.senderId)
            page.sharedWithMe.showSender(page.senderId)
    }
    // Comments typed are written when the page goes; what played stops.
    StackView.onDeactivating: {
        page.sharedWithMe.saveComments()
        page.sharedWithMe.player.pause()
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Debrief.Ui

// Share the reflections picked in history with a coach: what of each goes along, a preview of
// exactly what the coach will read, the protection (their key, or a passphrase), and where to
// save the encrypted .debrief file (after the passphrase or recovery code again); then it can
// go to the OS's share sheet (or its folder).
Page {
    id: page

    required property ShareController share
    // Asks for the passphrase or recovery code again before the file is made (AU-2).
    required property SecretCheck secretCheck
    property bool editingName: false

    // The save dialog's answer (tests call it with a file of theirs).
    function saveTo(file) {
        page.share.save(file)
    }
    function chooseFile() {
        saveDialog.selectedFile = page.share.suggestedFile()
        saveDialog.open()
    }
    function saveName() {
        if (page.share.setDisplayName(nameField.text))
            page.editingName = false
    }

    objectName: "sharePage"
    title: qsTr("Share with a coach")

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
            y: Theme.margin + 4
            spacing: Theme.spacing

            Label {
                objectName: "shareIntro"
                text: qsTr("%n reflection(s) for your coach, in one encrypted file: only the person you choose below can open it.", "", page.share.choices.count)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            // Who sends it: the coach sees this name.
            Label {
                text: qsTr("Your name")
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
            }
            RowLayout {
                visible: page.share.displayName.length > 0 && !page.editingName
                spacing: 8
                Layout.fillWidth: true
                Label {
                    objectName: "shareSenderName"
                    text: qsTr("Your coach will see it comes from %1.").arg(page.share.displayName)
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "changeDisplayNameButton"
                    text: qsTr("Change")
                    flat: true
                    Accessible.name: qsTr("Change your name")
                    onClicked: {
                        nameField.text = page.share.displayName
                        page.editingName = true
                    }
                }
            }
            RowLayout {
                visible: page.share.displayName.length === 0 || page.editingName
                spacing: 8
                Layout.fillWidth: true
                TextField {
                    id: nameField
                    objectName: "shareDisplayName"
                    placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
                    placeholderText: qsTr("How your coach knows you")
                    Accessible.name: qsTr("Your name, as your coach will see it")
                    Layout.fillWidth: true
                    onAccepted: page.saveName()
                }
                Button {
                    objectName: "saveDisplayNameButton"
                    Accessible.name: text
                    text: qsTr("Use this name")
                    enabled: nameField.text.trim().length > 0
                    onClicked: page.saveName()
                }
            }

            Label {
                text: qsTr("What goes in")
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                Layout.topMargin: Theme.spacing
            }
            ShareEntryChoices {
                model: page.share.choices
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Preview")
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                Layout.topMargin: Theme.spacing
            }
            Label {
                text: qsTr("Exactly what your coach will read (entries.md in the file); voice notes go along as audio files.")
                wrapMode: Text.Wrap
                opacity: 0.75
                font.pixelSize: Theme.smallSize
                Layout.fillWidth: true
            }
            ScrollView {
                objectName: "sharePreviewScroll"
                Layout.fillWidth: true
                Layout.preferredHeight: 300
                TextArea {
                    objectName: "sharePreview"
                    readOnly: true
                    text: page.share.preview
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.Wrap
                    font.family: Theme.monospaceFamily
                    font.pixelSize: Theme.textSize(13)
                    Accessible.name: qsTr("Preview of what your coach will read")
                }
            }

            Label {
                text: qsTr("Protection")
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                Layout.topMargin: Theme.spacing
            }
            ShareProtectionForm {
                id: protectionForm
                protection: page.share.protection
                Layout.fillWidth: true
            }

            Label {
                objectName: "shareProblem"
                visible: text.length > 0 && !page.share.task.running
                text: page.share.problem
                wrapMode: Text.Wrap
                opacity: 0.75
                Layout.fillWidth: true
            }
            Button {
                objectName: "saveShareButton"
                text: qsTr("Save encrypted file…")
                highlighted: true
                Material.accent: Theme.filledAccent
                enabled: page.share.canSave
                Accessible.name: qsTr("Save the encrypted file: confirm it is you, then choose where")
                Layout.fillWidth: true
                onClicked: confirmSecret.open()
            }
            RowLayout {
                visible: page.share.task.running
                spacing: Theme.spacing
                Layout.fillWidth: true
                ProgressBar {
                    objectName: "shareProgress"
                    indeterminate: page.share.task.progress <= 0
                    value: page.share.task.progress
                    Accessible.name: qsTr("Encrypting")
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "cancelShareButton"
                    Accessible.name: text
                    text: page.share.task.cancelling ? qsTr("Cancelling…") : qsTr("Cancel")
                    enabled: !page.share.task.cancelling
                    flat: true
                    onClicked: page.share.task.cancel()
                }
            }
            Label {
                objectName: "shareResult"
                visible: text.length > 0
                text: page.share.resultMessage
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "showSharedFileButton"
                visible: page.share.savedPath.length > 0 && !page.share.task.running
                text: page.share.sheetSendsToApps ? qsTr("Share…") : qsTr("Show in folder")
                Accessible.name: page.share.sheetSendsToApps ? qsTr("Send the file with another app")
                                                             : qsTr("Show the saved file in its folder")
                onClicked: page.share.showSaved()
            }
            ErrorBanner {
                objectName: "shareError"
                text: page.share.errorMessage
                Layout.fillWidth: true
            }
        }
    }

    ConfirmSecretDialog {
        id: confirmSecret
        check: page.secretCheck
        purpose: "share"
        explanation: qsTr("Enter your passphrase or recovery code to save these reflections for your coach.")
        onConfirmed: page.chooseFile()
    }
    FileDialog {
        id: saveDialog
        objectName: "shareSaveDialog"
        title: qsTr("Save the encrypted file")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "debrief"
        nameFilters: [qsTr("Debrief files (*.debrief)"), qsTr("All files (*)")]
        onAccepted: page.saveTo(selectedFile)
    }
    Connections {
        target: page.share
        function onSaved() {
            protectionForm.clearPassphrase()
        }
    }
    Component.onCompleted: page.share.begin()
    Component.onDestruction: page.share.end()
}

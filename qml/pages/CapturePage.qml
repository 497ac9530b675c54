import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Home: write a reflection and save it, two actions from launch (type, then Save or Ctrl+Enter),
// or record it: one tap (or Ctrl+R).
Page {
    id: page

    required property EntryController entries
    required property RecordController recorder
    property bool showShortcutHint: true
    signal saved(int reflectionId)

    function save() {
        const id = page.entries.add(writing.text)
        if (id > 0) {
            writing.editor.clear()
            page.saved(id)
        }
        writing.editor.forceActiveFocus()
    }

    // The app lock closes the vault: text being written is kept as a reflection first.
    function saveBeforeLock() {
        if (writing.text.trim().length > 0 && page.entries.add(writing.text) > 0)
            writing.editor.clear()
    }

    objectName: "capturePage"
    title: qsTr("New reflection")

    ColumnLayout {
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxReadableWidth)
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.topMargin: Theme.margin + 4
        anchors.bottomMargin: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("What just happened?")
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("While it is fresh: what did you expect, and what actually happened?")
            opacity: 0.7
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.bottomMargin: 4
        }
        RecordControl {
            recorder: page.recorder
            showShortcutHint: page.showShortcutHint
            Layout.fillWidth: true
            Layout.bottomMargin: 4
        }
        WritingArea {
            id: writing
            editorName: "captureText"
            placeholderText: qsTr("Start writing…")
            focus: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            onSubmitted: page.save()
        }
        ErrorBanner {
            text: page.entries.errorMessage
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Label {
                // Kept in the layout either way (toggling visibility left it misplaced).
                text: qsTr("Ctrl+Enter saves")
                opacity: page.showShortcutHint ? 0.7 : 0
                font.pixelSize: Theme.smallSize
                Layout.fillWidth: true
            }
            Button {
                objectName: "saveButton"
                Accessible.name: text
                text: qsTr("Save")
                highlighted: true
                Material.accent: Theme.filledAccent
                enabled: writing.text.trim().length > 0
                onClicked: page.save()
            }
        }
    }

    // Back to writing whenever the page comes back (after the history, an entry, a delete).
    StackView.onActivated: writing.editor.forceActiveFocus()
    Component.onCompleted: writing.editor.forceActiveFocus()
}

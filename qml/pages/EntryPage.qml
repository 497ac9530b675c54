import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Debrief.Ui

// One reflection: read it, edit it, delete it (the workspace offers Undo).
Page {
    id: page

    required property EntryController entries
    required property int entryId
    property var entry: ({})
    property string savedText: ""
    signal deleted(int reflectionId)

    function reload() {
        entry = page.entries.load(page.entryId)
        savedText = entry.text || ""
        editor.text = savedText
    }
    function saveChanges() {
        if (page.entries.save(page.entryId, editor.text))
            savedText = editor.text
    }

    objectName: "entryPage"
    title: qsTr("Reflection")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            objectName: "entryDate"
            text: page.entry.created ? page.entry.created.toLocaleString(Qt.locale(), Locale.LongFormat) : ""
            opacity: 0.7
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                id: editor
                objectName: "entryText"
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Reflection text")
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_S && (event.modifiers & Qt.ControlModifier)) {
                        event.accepted = true
                        page.saveChanges()
                    }
                }
            }
        }
        ErrorBanner {
            text: page.entries.errorMessage
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "deleteButton"
                text: qsTr("Delete")
                flat: true
                onClicked: {
                    if (page.entries.remove(page.entryId))
                        page.deleted(page.entryId)
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "saveChangesButton"
                text: qsTr("Save changes")
                highlighted: true
                enabled: editor.text !== page.savedText
                onClicked: page.saveChanges()
            }
        }
    }

    Component.onCompleted: reload()
}

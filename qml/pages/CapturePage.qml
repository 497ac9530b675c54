import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Debrief.Ui

// Home: write a reflection and save it, two actions from launch (type, then Save or Ctrl+Enter).
Page {
    id: page

    required property EntryController entries
    signal saved(int reflectionId)

    function save() {
        const id = page.entries.add(editor.text)
        if (id > 0) {
            editor.clear()
            page.saved(id)
        }
        editor.forceActiveFocus()
    }

    objectName: "capturePage"
    title: qsTr("New reflection")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("What just happened?")
            font.pixelSize: 22
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                id: editor
                objectName: "captureText"
                focus: true
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("While it is fresh: what did you expect, and what actually happened?")
                Accessible.name: qsTr("Reflection text")
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && (event.modifiers & Qt.ControlModifier)) {
                        event.accepted = true
                        page.save()
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
            Label {
                text: qsTr("Ctrl+Enter saves")
                opacity: 0.6
                font.pixelSize: 12
                Layout.fillWidth: true
            }
            Button {
                objectName: "saveButton"
                text: qsTr("Save")
                highlighted: true
                enabled: editor.text.trim().length > 0
                onClicked: page.save()
            }
        }
    }

    Component.onCompleted: editor.forceActiveFocus()
}

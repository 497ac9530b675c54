import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Delete from the keyboard asks first: the reflection's first line, what goes with it, and
// that Undo brings it back right after. Enter deletes, Esc cancels.
Dialog {
    id: dialog

    property int reflectionId: 0
    property string firstLine
    signal confirmed(int reflectionId)

    function ask(id, line) {
        reflectionId = id
        firstLine = line
        open()
    }

    objectName: "confirmDeleteDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 440)
    modal: true
    focus: true
    title: qsTr("Delete this reflection?")
    onOpened: deleteButton.forceActiveFocus()
    onAccepted: dialog.confirmed(dialog.reflectionId)

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Label {
            objectName: "confirmDeleteText"
            text: (dialog.firstLine.length > 0 ? "“" + dialog.firstLine + "”\n\n" : "")
                  + qsTr("Its answers, lessons, experiments, tags and voice notes go with it. You can undo this right after.")
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
                id: cancelButton
                objectName: "cancelDeleteButton"
                Accessible.name: text
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.reject()
            }
            Button {
                id: deleteButton
                objectName: "confirmDeleteButton"
                Accessible.name: text
                text: qsTr("Delete")
                flat: true
                Material.foreground: Theme.dangerInk(Material.theme === Material.Dark)
                onClicked: dialog.accept()
            }
        }
    }
    // Enter does what the button with the keyboard says (Delete unless Cancel was chosen).
    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: dialog.visible
        onActivated: cancelButton.activeFocus ? dialog.reject() : dialog.accept()
    }
}

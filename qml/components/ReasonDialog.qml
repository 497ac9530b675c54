import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Asks for a short reason (skipping a stage, closing early) before the move. The page tries the
// move on confirmed(); a refusal goes into error and the dialog stays open, the reason kept.
Dialog {
    id: dialog

    property string message
    property alias placeholderText: field.placeholderText
    property alias fieldName: field.objectName
    property alias confirmName: confirmButton.objectName
    property alias confirmText: confirmButton.text
    property string error
    signal confirmed(string reason)

    function confirm() {
        if (field.text.trim().length > 0)
            confirmed(field.text)
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 440)
    modal: true
    focus: true
    onAboutToShow: {
        field.clear()
        error = ""
    }
    onOpened: field.forceActiveFocus()

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Label {
            text: dialog.message
            wrapMode: Text.Wrap
            opacity: 0.8
            Layout.fillWidth: true
        }
        TextField {
            id: field
            focus: true
            maximumLength: 280
            selectByMouse: true
            Layout.fillWidth: true
            Accessible.name: dialog.title
            onAccepted: dialog.confirm()
        }
        ErrorBanner {
            objectName: "reasonDialogError"
            text: dialog.error
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Layout.topMargin: 4
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "cancelReasonButton"
                Accessible.name: text
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }
            Button {
                id: confirmButton
                highlighted: true
                Material.accent: Theme.filledAccent
                enabled: field.text.trim().length > 0
                onClicked: dialog.confirm()
            }
        }
    }
}

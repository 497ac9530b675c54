import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A short message at the bottom with one optional action (Undo, Open).
Popup {
    id: bar

    property string message
    property string actionText
    signal actionTriggered()

    function show(text, action) {
        message = text
        actionText = action || ""
        open()
        timer.restart()
    }

    objectName: "snackbar"
    x: (parent.width - width) / 2
    y: parent.height - height - Theme.margin
    width: Math.min(parent.width - 2 * Theme.margin, 560)
    closePolicy: Popup.CloseOnEscape
    Material.theme: Material.Dark

    Timer {
        id: timer
        interval: Theme.snackbarMs
        onTriggered: bar.close()
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        Label {
            objectName: "snackbarMessage"
            text: bar.message
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "snackbarAction"
            visible: bar.actionText.length > 0
            text: bar.actionText
            flat: true
            onClicked: {
                bar.close()
                bar.actionTriggered()
            }
        }
    }
}

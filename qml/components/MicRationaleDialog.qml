import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Why Debrief needs the microphone, before the system asks (the first recording, or again when
// the system wants an explanation after a refusal). Continue lets the system ask; Not now goes
// back with nothing recorded and nothing asked.
Dialog {
    id: dialog

    required property RecordController recorder

    objectName: "micRationaleDialog"
    title: qsTr("Use the microphone?")
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 440)
    modal: true
    focus: true
    // Esc or a tap beside it is "Not now" (see onClosed).
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    // Any way of closing it while the recorder still waits is "Not now".
    onClosed: {
        if (dialog.recorder.rationaleNeeded)
            dialog.recorder.declineRationale()
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Label {
            objectName: "micRationaleText"
            text: qsTr("Debrief needs the microphone to record your reflection. The recording stays encrypted on this device and is never sent anywhere.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Next, your system asks whether Debrief may use the microphone.")
            wrapMode: Text.Wrap
            opacity: 0.75
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
                objectName: "micRationaleCancel"
                Accessible.name: text
                text: qsTr("Not now")
                flat: true
                onClicked: dialog.close()
            }
            Button {
                objectName: "micRationaleContinue"
                Accessible.name: text
                text: qsTr("Continue")
                highlighted: true
                Material.accent: Theme.filledAccent
                onClicked: {
                    dialog.recorder.acceptRationale()
                    dialog.close()
                }
            }
        }
    }

    Connections {
        target: dialog.recorder
        function onStateChanged() {
            if (dialog.recorder.rationaleNeeded)
                dialog.open()
            else
                dialog.close()
        }
    }
}

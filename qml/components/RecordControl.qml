import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// One tap to record a voice reflection: a big Record button; while recording, the running
// time, a live level meter, Pause/Resume, Stop (saves) and Discard (asks first); a notice
// before the recording limit, and a plain message when something goes wrong.
ColumnLayout {
    id: control

    required property RecordController recorder
    property bool showShortcutHint: true
    // The recorder's recording (or its last one) is a voice reflection, not a spoken answer to a
    // loop question (the stage page shows those).
    readonly property bool mine: recorder.answerPromptId.length === 0
    readonly property bool active: mine && recorder.active
    readonly property bool starting: active && recorder.state === RecordController.Starting
    readonly property bool recording: active && recorder.state === RecordController.Recording
    readonly property bool paused: active && recorder.state === RecordController.Paused

    // "0:07", "12:34", "1:02:03".
    function clock(ms) {
        const total = Math.floor(Math.max(0, ms) / 1000)
        const h = Math.floor(total / 3600)
        const m = Math.floor(total / 60) % 60
        const s = total % 60
        const ss = (s < 10 ? "0" : "") + s
        if (h > 0)
            return h + ":" + (m < 10 ? "0" : "") + m + ":" + ss
        return m + ":" + ss
    }

    objectName: "recordControl"
    spacing: 8

    // Not recording: the one big button.
    RowLayout {
        visible: !control.active
        spacing: Theme.spacing
        Layout.fillWidth: true
        Button {
            objectName: "recordButton"
            text: qsTr("\u25CF  Record")
            enabled: control.recorder.available && !control.recorder.active
            // Material draws a disabled highlighted button white on near white: without a
            // microphone it shows as a plain disabled button, readable.
            highlighted: enabled
            font.pixelSize: Theme.textSize(17)
            Material.accent: Theme.filledDanger
            Accessible.name: qsTr("Record a voice reflection")
            Layout.preferredHeight: 56
            Layout.preferredWidth: Math.max(implicitWidth, 180)
            onClicked: control.recorder.start()
        }
        Label {
            text: control.showShortcutHint ? qsTr("Talk it through; Ctrl+R starts and stops.")
                                           : qsTr("Talk it through instead of typing.")
            opacity: 0.7
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    // Recording: time, level, and what to do next.
    Pane {
        objectName: "recordingPanel"
        visible: control.active
        padding: Theme.spacing
        Layout.fillWidth: true
        background: Rectangle {
            radius: Theme.radius
            color: control.Material.dialogColor
            border.width: 1
            border.color: control.recording ? Material.color(Material.Red) : control.Material.dividerColor
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 10

            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                // A red dot while sound goes in; steady while paused.
                Rectangle {
                    width: 12
                    height: 12
                    radius: 6
                    color: Material.color(Material.Red)
                    opacity: control.recording ? 1 : 0.35
                    SequentialAnimation on opacity {
                        running: control.recording
                        loops: Animation.Infinite
                        NumberAnimation { to: 0.3; duration: 600 }
                        NumberAnimation { to: 1; duration: 600 }
                    }
                }
                Label {
                    objectName: "recordTime"
                    text: control.recorder.askingPermission || control.recorder.rationaleNeeded
                          ? qsTr("Debrief needs the microphone only to record what you say; the recording stays encrypted on this device.")
                          : control.starting ? qsTr("Starting the microphone\u2026")
                          : control.clock(control.recorder.elapsedMs)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: control.starting
                    font.pixelSize: Theme.textSize(control.starting ? 15 : 22)
                    Accessible.name: qsTr("Recorded time")
                }
                Label {
                    visible: control.paused
                    text: qsTr("Paused")
                    opacity: 0.7
                }
                // The level meter: how loud the microphone hears you right now.
                Item {
                    id: meter
                    objectName: "levelMeter"
                    readonly property real value: control.recorder.level
                    visible: !control.starting
                    implicitHeight: 8
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                    Accessible.name: qsTr("Microphone level")
                    Rectangle {
                        anchors.fill: parent
                        radius: height / 2
                        color: control.Material.dividerColor
                    }
                    Rectangle {
                        width: parent.width * Math.min(1, meter.value)
                        height: parent.height
                        radius: height / 2
                        color: meter.value > 0.92 ? Material.color(Material.Orange) : control.Material.accentColor
                        Behavior on width {
                            NumberAnimation { duration: 60 }
                        }
                    }
                }
            }

            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Button {
                    objectName: control.paused ? "resumeButton" : "pauseButton"
                    Accessible.name: text
                    text: control.paused ? qsTr("Resume") : qsTr("Pause")
                    enabled: control.recording || control.paused
                    onClicked: control.paused ? control.recorder.resume() : control.recorder.pause()
                }
                Button {
                    objectName: "stopButton"
                    Accessible.name: text
                    text: qsTr("Stop and save")
                    highlighted: true
                    Material.accent: Theme.filledAccent
                    enabled: !control.starting
                    onClicked: control.recorder.stop()
                }
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "discardButton"
                    Accessible.name: text
                    text: qsTr("Discard")
                    flat: true
                    onClicked: discardDialog.open()
                }
            }
        }
    }

    Label {
        objectName: "limitNotice"
        visible: text.length > 0
        text: !control.mine ? ""
              : control.recorder.nearLimit
              ? qsTr("%1 left: at the limit the recording stops and is saved.").arg(control.clock(control.recorder.remainingMs))
              : (control.recorder.state === RecordController.Saved && control.recorder.stoppedAtLimit
                 ? qsTr("The recording reached the limit of %1 and was saved.").arg(control.clock(control.recorder.limitMs)) : "")
        color: Material.color(Material.Orange, Material.theme === Material.Dark ? Material.Shade200 : Material.Shade900)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "deviceNotice"
        visible: text.length > 0
        text: control.mine ? control.recorder.deviceNotice : ""
        opacity: 0.8
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ErrorBanner {
        objectName: "recordError"
        text: control.mine ? control.recorder.errorMessage : ""
        Layout.fillWidth: true
    }

    Dialog {
        id: discardDialog
        objectName: "discardDialog"
        title: qsTr("Discard this recording?")
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 420)
        modal: true

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                text: qsTr("What you have recorded so far will be deleted. This cannot be undone.")
                wrapMode: Text.Wrap
                opacity: 0.8
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
                    objectName: "discardCancelButton"
                    Accessible.name: text
                    text: qsTr("Keep recording")
                    flat: true
                    onClicked: discardDialog.close()
                }
                Button {
                    objectName: "discardConfirmButton"
                    Accessible.name: text
                    text: qsTr("Discard")
                    highlighted: true
                    Material.accent: Theme.filledDanger
                    onClicked: {
                        discardDialog.close()
                        control.recorder.discard()
                    }
                }
            }
        }
    }
    // Nothing left to discard (stopped at the limit, a device problem): the question goes too.
    Connections {
        target: control.recorder
        function onStateChanged() {
            if (!control.active)
                discardDialog.close()
        }
    }
}

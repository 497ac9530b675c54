import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// A short spoken answer to one question, beside the typed one. "Speak" records it with the app's
// one recorder (running time, level, Stop saves, Discard asks first); once saved, a compact
// player (play or pause, time) and "Delete spoken answer" (asks first). One recording at a time:
// while another is under way the recorder refuses, and this says why.
ColumnLayout {
    id: speak

    required property LoopController loop
    required property RecordController recorder
    required property PlayerController player
    required property PromptData prompt
    // The reflection the question is asked about.
    required property int reflectionId
    // Why the last tap on Speak was refused ("" when it was not).
    property string refusal

    // The recorder's recording under way (or its last one) answers this question.
    readonly property bool mine: recorder.answerPromptId === prompt.promptId
                                 && recorder.answers(reflectionId, prompt.promptId)
    readonly property bool recording: mine && recorder.active
    readonly property bool starting: recording && recorder.state === RecordController.Starting
    // The player holds this answer (it plays one answer at a time).
    readonly property bool loaded: player.promptId === prompt.promptId && player.holds(reflectionId, prompt.promptId)
    readonly property int durationMs: loaded && player.durationMs > 0 ? player.durationMs : prompt.voiceDurationMs
    readonly property int positionMs: loaded ? player.positionMs : 0

    // "0:07", "12:34".
    function clock(ms) {
        const total = Math.floor(Math.max(0, ms) / 1000)
        const s = total % 60
        return Math.floor(total / 60) + ":" + (s < 10 ? "0" : "") + s
    }
    function start() {
        refusal = ""
        speak.recorder.startAnswer(speak.reflectionId, speak.prompt.promptId)
    }
    function playOrPause() {
        if (!loaded)
            speak.player.loadAnswer(speak.reflectionId, speak.prompt.promptId)
        if (speak.player.playing)
            speak.player.pause()
        else
            speak.player.play()
    }

    objectName: "spokenAnswer_" + prompt.key
    spacing: 6

    // Nothing spoken yet: one small button.
    RowLayout {
        visible: !speak.prompt.hasVoice && !speak.recording
        spacing: 8
        Layout.fillWidth: true
        Button {
            objectName: "speakButton_" + speak.prompt.key
            flat: true
            enabled: speak.recorder.available
            leftPadding: 10
            rightPadding: 12
            Material.foreground: Material.accent
            Accessible.name: qsTr("Speak your answer to: %1").arg(speak.prompt.question)
            contentItem: RowLayout {
                spacing: 8
                MicGlyph {
                    color: speak.Material.accentColor
                    Layout.alignment: Qt.AlignVCenter
                }
                Label {
                    text: qsTr("Speak your answer")
                    color: speak.Material.accentColor
                    font.weight: Font.Medium
                }
            }
            onClicked: speak.start()
        }
    }

    // Recording: compact time, level, Stop and Discard.
    Pane {
        objectName: "speakingPanel_" + speak.prompt.key
        visible: speak.recording
        padding: 8
        leftPadding: Theme.spacing
        Layout.fillWidth: true
        background: Rectangle {
            radius: Theme.radius
            color: speak.Material.dialogColor
            border.width: 1
            border.color: speak.starting ? speak.Material.dividerColor : Material.color(Material.Red)
        }

        RowLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 10
            Rectangle {
                width: 10
                height: 10
                radius: 5
                color: Material.color(Material.Red)
                opacity: speak.recorder.state === RecordController.Recording ? 1 : 0.35
            }
            Label {
                objectName: "speakTime_" + speak.prompt.key
                text: speak.starting ? qsTr("Starting the microphone\u2026") : speak.clock(speak.recorder.elapsedMs)
                font.pixelSize: Theme.textSize(speak.starting ? 14 : 17)
                wrapMode: Text.Wrap
                Layout.fillWidth: speak.starting
                Accessible.name: qsTr("Recorded time")
            }
            // How loud the microphone hears you right now.
            Item {
                id: meter
                objectName: "speakLevel_" + speak.prompt.key
                readonly property real value: speak.recorder.level
                visible: !speak.starting
                implicitHeight: 6
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                Accessible.name: qsTr("Microphone level")
                Rectangle {
                    anchors.fill: parent
                    radius: height / 2
                    color: speak.Material.dividerColor
                }
                Rectangle {
                    width: parent.width * Math.min(1, meter.value)
                    height: parent.height
                    radius: height / 2
                    color: speak.Material.accentColor
                }
            }
            Button {
                objectName: "stopSpeakingButton_" + speak.prompt.key
                text: qsTr("Stop")
                highlighted: true
                Material.accent: Theme.filledAccent
                enabled: !speak.starting
                Accessible.name: qsTr("Stop and save the spoken answer")
                onClicked: speak.recorder.stop()
            }
            Button {
                objectName: "discardSpeakingButton_" + speak.prompt.key
                Accessible.name: text
                text: qsTr("Discard")
                flat: true
                onClicked: discardDialog.open()
            }
        }
    }
    Label {
        objectName: "speakLimitNotice_" + speak.prompt.key
        visible: speak.recording && speak.recorder.nearLimit
        text: qsTr("%1 left: at the limit the recording stops and is saved.").arg(speak.clock(speak.recorder.remainingMs))
        color: Material.color(Material.Orange, Material.theme === Material.Dark ? Material.Shade200 : Material.Shade900)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // Spoken: play it, see how long it is, or delete it (below, on a narrow screen).
    GridLayout {
        objectName: "answerPlayer_" + speak.prompt.key
        visible: speak.prompt.hasVoice && !speak.recording
        columns: speak.width >= 480 ? 3 : 2
        columnSpacing: 8
        rowSpacing: 0
        Layout.fillWidth: true
        RoundButton {
            objectName: "playAnswerButton_" + speak.prompt.key
            text: speak.loaded && speak.player.playing ? "\u275A\u275A" : "\u25B6"
            highlighted: true
            Material.accent: Theme.filledAccent
            Accessible.name: speak.loaded && speak.player.playing ? qsTr("Pause the spoken answer")
                                                                  : qsTr("Play the spoken answer")
            onClicked: speak.playOrPause()
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                objectName: "answerTime_" + speak.prompt.key
                text: speak.loaded ? qsTr("Spoken answer · %1 / %2").arg(speak.clock(speak.positionMs)).arg(speak.clock(speak.durationMs))
                                   : qsTr("Spoken answer · %1").arg(speak.clock(speak.durationMs))
                font.pixelSize: Theme.textSize(14)
                opacity: 0.8
            }
            // How far it has played.
            Rectangle {
                implicitHeight: 3
                radius: 1.5
                color: speak.Material.dividerColor
                Layout.fillWidth: true
                Rectangle {
                    width: speak.durationMs > 0 ? parent.width * Math.min(1, speak.positionMs / speak.durationMs) : 0
                    height: parent.height
                    radius: parent.radius
                    color: speak.Material.accentColor
                }
            }
        }
        Button {
            objectName: "deleteSpokenAnswer_" + speak.prompt.key
            Accessible.name: text
            text: qsTr("Delete spoken answer")
            flat: true
            Layout.columnSpan: speak.width >= 480 ? 1 : 2
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            onClicked: deleteDialog.open()
        }
    }

    Label {
        objectName: "speakRefusal_" + speak.prompt.key
        visible: text.length > 0
        text: speak.refusal
        wrapMode: Text.Wrap
        color: Material.color(Material.Orange, Material.theme === Material.Dark ? Material.Shade200 : Material.Shade900)
        Layout.fillWidth: true
    }
    Label {
        visible: text.length > 0
        text: speak.mine ? speak.recorder.deviceNotice : ""
        opacity: 0.8
        font.pixelSize: Theme.textSize(13)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ErrorBanner {
        objectName: "speakError_" + speak.prompt.key
        text: speak.mine && !speak.recording && speak.recorder.errorMessage.length > 0 ? speak.recorder.errorMessage
              : (speak.loaded ? speak.player.errorMessage : "")
        Layout.fillWidth: true
    }

    Dialog {
        id: discardDialog
        objectName: "discardSpeakingDialog"
        title: qsTr("Discard this spoken answer?")
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 420)
        modal: true

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                text: qsTr("What you have said so far will be deleted. This cannot be undone.")
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
                    objectName: "keepSpeakingButton_" + speak.prompt.key
                    Accessible.name: text
                    text: qsTr("Keep recording")
                    flat: true
                    onClicked: discardDialog.close()
                }
                Button {
                    objectName: "confirmDiscardSpeaking_" + speak.prompt.key
                    Accessible.name: text
                    text: qsTr("Discard")
                    highlighted: true
                    Material.accent: Theme.filledDanger
                    onClicked: {
                        discardDialog.close()
                        speak.recorder.discard()
                    }
                }
            }
        }
    }
    Dialog {
        id: deleteDialog
        objectName: "deleteSpokenAnswerDialog"
        title: qsTr("Delete this spoken answer?")
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 420)
        modal: true

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                text: qsTr("The recording of your answer will be deleted. This cannot be undone; a typed answer stays.")
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
                    objectName: "cancelDeleteSpokenAnswer_" + speak.prompt.key
                    Accessible.name: text
                    text: qsTr("Keep it")
                    flat: true
                    onClicked: deleteDialog.close()
                }
                Button {
                    objectName: "confirmDeleteSpokenAnswer_" + speak.prompt.key
                    Accessible.name: text
                    text: qsTr("Delete")
                    highlighted: true
                    Material.accent: Theme.filledDanger
                    onClicked: {
                        deleteDialog.close()
                        speak.loop.removeSpokenAnswer(speak.prompt.promptId)
                    }
                }
            }
        }
    }

    Connections {
        target: speak.recorder
        function onRefused(promptId, message) {
            if (promptId === speak.prompt.promptId)
                speak.refusal = message
        }
        function onStateChanged() {
            // The other recording ended, or this one started: the refusal is old news.
            if (!speak.recorder.active || speak.mine)
                speak.refusal = ""
            // Nothing left to discard (stopped at the limit, a device problem): the question goes.
            if (!speak.recording)
                discardDialog.close()
        }
    }
    // The question goes away (another stage, the page closes) while it is being answered: what
    // was said is kept, as Stop would.
    Component.onDestruction: {
        if (speak.recording)
            speak.recorder.stop()
    }
}

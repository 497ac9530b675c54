import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The voice note of a reflection: play or pause, seek, elapsed and total time, and the speed
// (1×, 1.5×, 2×; the voice keeps its pitch). Shown only when the reflection has one.
Rectangle {
    id: bar

    required property PlayerController player

    // "m:ss" for a time in milliseconds.
    function clock(ms) {
        const seconds = Math.floor(Math.max(0, ms) / 1000)
        const rest = seconds % 60
        return Math.floor(seconds / 60) + ":" + (rest < 10 ? "0" : "") + rest
    }
    function isRate(rate) {
        return Math.abs(bar.player.rate - rate) < 0.01
    }

    objectName: "voicePlayerBar"
    visible: bar.player.hasVoice || bar.player.errorMessage.length > 0
    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Material.dialogColor
    border.width: 1
    border.color: Material.dividerColor

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4

        RowLayout {
            visible: bar.player.hasVoice
            spacing: Theme.spacing
            Layout.fillWidth: true

            RoundButton {
                objectName: "playPauseButton"
                // Pause bars or a play triangle; the accessible name says which.
                text: bar.player.playing ? "\u275A\u275A" : "\u25B6"
                highlighted: true
                Material.accent: Theme.filledAccent
                Accessible.name: bar.player.playing ? qsTr("Pause") : qsTr("Play")
                onClicked: {
                    if (bar.player.playing)
                        bar.player.pause()
                    else
                        bar.player.play()
                }
            }
            Slider {
                id: seekSlider
                objectName: "seekSlider"
                from: 0
                to: Math.max(1, bar.player.durationMs)
                Accessible.name: qsTr("Position in the recording")
                Layout.fillWidth: true
                // Dragging moves only the handle; the player jumps there on release.
                onPressedChanged: {
                    if (!pressed)
                        bar.player.seek(value)
                }
                onMoved: {
                    if (!pressed)
                        bar.player.seek(value) // arrow keys
                }
                Binding {
                    target: seekSlider
                    property: "value"
                    value: bar.player.positionMs
                    when: !seekSlider.pressed
                    restoreMode: Binding.RestoreNone
                }
            }
            Label {
                objectName: "voiceTime"
                //: playback position / length, both minutes:seconds
                text: qsTr("%1 / %2").arg(bar.clock(seekSlider.pressed ? seekSlider.value : bar.player.positionMs))
                                     .arg(bar.clock(bar.player.durationMs))
                opacity: 0.8
            }
        }
        RowLayout {
            visible: bar.player.hasVoice
            spacing: 4
            Layout.fillWidth: true

            Label {
                text: qsTr("Speed")
                opacity: 0.7
                font.pixelSize: Theme.smallSize
                Layout.rightMargin: 4
            }
            Button {
                objectName: "speed1xButton"
                text: qsTr("1×")
                flat: true
                highlighted: bar.isRate(1.0)
                Accessible.name: qsTr("Normal speed")
                onClicked: bar.player.setRate(1.0)
            }
            Button {
                objectName: "speed1_5xButton"
                text: qsTr("1.5×")
                flat: true
                highlighted: bar.isRate(1.5)
                Accessible.name: qsTr("One and a half times as fast")
                onClicked: bar.player.setRate(1.5)
            }
            Button {
                objectName: "speed2xButton"
                text: qsTr("2×")
                flat: true
                highlighted: bar.isRate(2.0)
                Accessible.name: qsTr("Twice as fast")
                onClicked: bar.player.setRate(2.0)
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                objectName: "recoveredLabel"
                visible: bar.player.recovered
                text: qsTr("Recovered recording")
                font.pixelSize: Theme.smallSize
                opacity: 0.7
                Accessible.description: qsTr("Debrief closed while this was being recorded; everything up to then was kept.")
            }
        }
        ErrorBanner {
            objectName: "voiceError"
            text: bar.player.errorMessage
            Layout.fillWidth: true
        }
    }
}

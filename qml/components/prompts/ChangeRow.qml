import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// One possible change under the grid: its number (as on its dot), its words, where it sits, two
// sliders for impact and feasibility, and "Test this one".
Pane {
    id: row

    required property LoopController loop
    required property int index
    required property var changeId
    required property string text
    required property real impact
    required property real feasibility
    required property string quadrant
    required property string quadrantLabel
    required property bool tested

    function rate() {
        row.loop.rateChange(row.changeId, impactSlider.value, feasibilitySlider.value)
    }

    objectName: "changeRow_" + changeId
    padding: Theme.spacing
    background: Rectangle {
        readonly property color tint: row.Material.accentColor
        radius: Theme.radius
        color: row.tested ? Qt.rgba(tint.r, tint.g, tint.b, 0.08) : "transparent"
        border.width: 1
        border.color: row.tested ? tint : row.Material.dividerColor
    }

    // Keyboard moves of a slider are written once they pause.
    Timer {
        id: rateLater
        interval: 400
        onTriggered: row.rate()
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 6

        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Rectangle {
                width: 28
                height: 28
                radius: 14
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 8
                color: row.tested ? row.Material.accentColor : row.Material.color(Material.BlueGrey, Material.Shade600)
                Label {
                    anchors.centerIn: parent
                    text: row.index + 1
                    color: row.tested ? row.Material.backgroundColor : "white"
                    font.weight: Font.Bold
                }
            }
            AnswerArea {
                function commit() {
                    if (text.trim().length > 0 && text !== row.text)
                        row.loop.updateChange(row.changeId, text)
                }
                objectName: "changeText_" + row.changeId
                text: row.text
                minimumHeight: 44
                submitOnReturn: true
                Accessible.name: qsTr("Change %1").arg(row.index + 1)
                Layout.fillWidth: true
                onSubmitted: commit()
                onEditingFinished: commit()
            }
            ToolButton {
                objectName: "removeChange_" + row.changeId
                text: "\u2715"
                Accessible.name: qsTr("Remove change %1").arg(row.index + 1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove")
                Layout.alignment: Qt.AlignTop
                onClicked: row.loop.removeChange(row.changeId)
            }
        }
        GridLayout {
            columns: 2
            columnSpacing: 8
            rowSpacing: 0
            Layout.fillWidth: true
            Label {
                text: qsTr("Impact")
                font.pixelSize: Theme.textSize(13)
                opacity: 0.8
            }
            Slider {
                id: impactSlider
                objectName: "impactSlider_" + row.changeId
                from: 0
                to: 1
                value: row.impact
                Accessible.name: qsTr("Impact of change %1").arg(row.index + 1)
                Layout.fillWidth: true
                onMoved: rateLater.restart()
                onPressedChanged: {
                    if (!pressed) {
                        rateLater.stop()
                        row.rate()
                    }
                }
            }
            Label {
                text: qsTr("Feasibility")
                font.pixelSize: Theme.textSize(13)
                opacity: 0.8
            }
            Slider {
                id: feasibilitySlider
                objectName: "feasibilitySlider_" + row.changeId
                from: 0
                to: 1
                value: row.feasibility
                Accessible.name: qsTr("Feasibility of change %1").arg(row.index + 1)
                Layout.fillWidth: true
                onMoved: rateLater.restart()
                onPressedChanged: {
                    if (!pressed) {
                        rateLater.stop()
                        row.rate()
                    }
                }
            }
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Label {
                objectName: "quadrantLabel_" + row.changeId
                text: row.quadrantLabel
                font.pixelSize: Theme.textSize(13)
                font.weight: row.quadrant === "quickWin" ? Font.DemiBold : Font.Normal
                opacity: 0.8
                Layout.fillWidth: true
            }
            Label {
                visible: row.tested
                text: qsTr("Being tested")
                font.pixelSize: Theme.textSize(13)
                font.weight: Font.DemiBold
                color: row.Material.accentColor
            }
            Button {
                objectName: "testChangeButton_" + row.changeId
                Accessible.name: text
                visible: !row.tested
                text: qsTr("Test this one")
                flat: true
                Material.foreground: Material.accent
                onClicked: row.loop.chooseExperiment(row.changeId)
            }
        }
    }
}

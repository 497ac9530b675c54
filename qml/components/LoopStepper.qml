import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The four-step indicator of a reflection's loop: Detect, Analyse, Apply, Continue, each done,
// skipped, current or upcoming. Every step is a button (it shows that stage's questions); with
// showViewed, the stage on screen is underlined.
Item {
    id: stepper

    required property LoopController loop
    property bool showViewed: false
    readonly property var keys: ["", "detect", "analyse", "apply", "continue"]
    readonly property var steps: loop.steps
    // A skipped step says so on a second line.
    readonly property bool anySkipped: steps.some(s => s.state === "skipped")
    signal stepClicked(int stage)

    objectName: "loopStepper"
    implicitWidth: 320
    implicitHeight: anySkipped ? 80 : 66

    // A Row, not a RowLayout: in Qt 6.4 a Repeater directly inside a Quick Layout whose model
    // changes (every move replaces steps) is a use-after-free in the layout's next polish.
    Row {
        id: stepRow
        anchors.fill: parent

        Repeater {
            model: stepper.steps
            // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has pragma
            // ComponentBehavior: Bound); at run time they resolve as usual.
            // qmllint disable unqualified
            delegate: AbstractButton {
                id: step
                required property var modelData
                required property int index
                readonly property string stepState: modelData.state
                readonly property int circleTop: 6
                readonly property int circleSize: 30
                readonly property bool done: stepState === "done"
                readonly property bool current: stepState === "current"
                readonly property bool skipped: stepState === "skipped"
                readonly property bool viewed: stepper.showViewed && stepper.loop.viewedStage === modelData.stage
                readonly property color accent: Material.accentColor
                readonly property string stateText: done ? qsTr("done") : current ? qsTr("current")
                                                  : skipped ? qsTr("skipped") : qsTr("to come")

                objectName: "loopStep_" + stepper.keys[modelData.stage]
                implicitHeight: stepper.anySkipped ? 80 : 66
                width: stepRow.width / Math.max(1, stepper.steps.length)
                height: stepRow.height
                focusPolicy: Qt.StrongFocus
                hoverEnabled: true
                Accessible.name: qsTr("Step %1 of 4, %2: %3").arg(modelData.number).arg(modelData.label).arg(stateText)
                onClicked: stepper.stepClicked(modelData.stage)

                background: Rectangle {
                    readonly property color ink: step.Material.foreground
                    radius: 4
                    color: step.down ? Qt.rgba(ink.r, ink.g, ink.b, 0.10)
                         : step.hovered ? Qt.rgba(ink.r, ink.g, ink.b, 0.04) : "transparent"
                    border.width: step.visualFocus ? 2 : 0
                    border.color: step.accent
                    // The stage on screen.
                    Rectangle {
                        visible: step.viewed
                        anchors.bottom: parent.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: Math.min(parent.width - 16, 56)
                        height: 3
                        radius: 1.5
                        color: step.accent
                    }
                }

                contentItem: Item {
                    // The line joining the circles, drawn in two halves behind each circle.
                    Rectangle {
                        visible: step.index > 0
                        x: 0
                        y: step.circleTop + step.circleSize / 2 - 1
                        width: parent.width / 2 - step.circleSize / 2 - 4
                        height: 2
                        color: step.done || step.current || step.skipped ? step.accent : step.Material.dividerColor
                        opacity: step.done || step.current || step.skipped ? 0.6 : 1
                    }
                    Rectangle {
                        visible: step.index < 3
                        x: parent.width / 2 + step.circleSize / 2 + 4
                        y: step.circleTop + step.circleSize / 2 - 1
                        width: parent.width / 2 - step.circleSize / 2 - 4
                        height: 2
                        color: step.done || step.skipped ? step.accent : step.Material.dividerColor
                        opacity: step.done || step.skipped ? 0.6 : 1
                    }
                    Rectangle {
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: step.circleTop
                        width: step.circleSize
                        height: step.circleSize
                        radius: step.circleSize / 2
                        readonly property color tint: step.accent
                        color: step.done ? tint : step.current ? Qt.rgba(tint.r, tint.g, tint.b, 0.15) : "transparent"
                        border.width: step.done ? 0 : 2
                        border.color: step.current ? tint : step.Material.hintTextColor
                        Label {
                            anchors.centerIn: parent
                            text: step.done ? "\u2713" : step.skipped ? "\u21B7" : step.modelData.number
                            color: step.done ? step.Material.backgroundColor : step.current ? step.accent : step.Material.foreground
                            opacity: step.done || step.current ? 1 : 0.7
                            font.pixelSize: Theme.textSize(14)
                            font.weight: Font.Bold
                        }
                    }
                    Label {
                        y: step.circleTop + step.circleSize + 4
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: parent.width - 4
                        horizontalAlignment: Text.AlignHCenter
                        text: step.modelData.label
                        // A long one-word name (German "Analysieren") shrinks a little to fit
                        // a phone's quarter width before it would be cut.
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.textSize(10)
                        elide: Text.ElideRight
                        font.pixelSize: Theme.textSize(13)
                        font.weight: step.current || step.viewed ? Font.DemiBold : Font.Normal
                        opacity: step.stepState === "upcoming" ? 0.65 : 1
                    }
                    Label {
                        visible: step.skipped
                        y: step.circleTop + step.circleSize + 22
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: qsTr("skipped")
                        font.pixelSize: Theme.textSize(11)
                        font.italic: true
                        opacity: 0.7
                    }
                }
            }
            // qmllint enable unqualified
        }
    }
}

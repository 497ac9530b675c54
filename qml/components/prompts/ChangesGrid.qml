import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Debrief.Ui

// The impact x feasibility grid: each possible change is a numbered dot; drag it to where it
// belongs (high impact up, easier to the right). The sliders under each change do the same
// without dragging.
Item {
    id: grid

    required property LoopController loop
    readonly property int dotSize: 40
    readonly property int axisRoom: 22

    // Earlier dots within a few hundredths of this spot.
    function overlapOf(index, impact, feasibility, count) {
        let n = 0
        for (let j = 0; j < Math.min(index, count); ++j) {
            const other = dots.itemAt(j) as ChangeDot
            if (other && Math.abs(other.impact - impact) < 0.05
                    && Math.abs(other.feasibility - feasibility) < 0.05)
                ++n
        }
        return n
    }

    objectName: "changesGrid"
    implicitHeight: 300

    // Impact, up the left edge.
    Label {
        text: qsTr("Impact \u2192")
        font.pixelSize: Theme.smallSize
        opacity: 0.7
        rotation: -90
        transformOrigin: Item.Center
        x: (grid.axisRoom - width) / 2
        y: plot.y + (plot.height - height) / 2
    }
    // Feasibility, along the bottom.
    Label {
        text: qsTr("Easier to do \u2192")
        font.pixelSize: Theme.smallSize
        opacity: 0.7
        anchors.bottom: parent.bottom
        x: plot.x + (plot.width - width) / 2
    }

    Rectangle {
        id: plot
        objectName: "changesPlot"
        x: grid.axisRoom
        width: parent.width - grid.axisRoom
        height: parent.height - grid.axisRoom
        radius: Theme.radius
        color: "transparent"
        border.width: 1
        border.color: grid.Material.dividerColor
        clip: true

        // Quadrants: the quick wins (high impact, easy) are tinted with the accent.
        Repeater {
            model: [
                { key: "bigBet", label: qsTr("Big bets"), col: 0, row: 0 },
                { key: "quickWin", label: qsTr("Quick wins"), col: 1, row: 0 },
                { key: "notNow", label: qsTr("Not now"), col: 0, row: 1 },
                { key: "easyExtra", label: qsTr("Easy extras"), col: 1, row: 1 }
            ]
            // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has
            // pragma ComponentBehavior: Bound); at run time they resolve as usual.
            // qmllint disable unqualified
            delegate: Rectangle {
                required property var modelData
                readonly property color tint: grid.Material.accentColor
                readonly property color ink: grid.Material.foreground
                x: modelData.col * plot.width / 2
                y: modelData.row * plot.height / 2
                width: plot.width / 2
                height: plot.height / 2
                color: modelData.key === "quickWin" ? Qt.rgba(tint.r, tint.g, tint.b, 0.12)
                     : Qt.rgba(ink.r, ink.g, ink.b, modelData.key === "notNow" ? 0.04 : 0.0)
                Label {
                    text: parent.modelData.label
                    font.pixelSize: Theme.smallSize
                    font.weight: Font.DemiBold
                    opacity: 0.7
                    anchors.margins: 8
                    anchors.top: parent.modelData.row === 0 ? parent.top : undefined
                    anchors.bottom: parent.modelData.row === 1 ? parent.bottom : undefined
                    anchors.left: parent.modelData.col === 0 ? parent.left : undefined
                    anchors.right: parent.modelData.col === 1 ? parent.right : undefined
                }
            }
            // qmllint enable unqualified
        }
        Rectangle {
            x: plot.width / 2
            width: 1
            height: plot.height
            color: grid.Material.dividerColor
        }
        Rectangle {
            y: plot.height / 2
            width: plot.width
            height: 1
            color: grid.Material.dividerColor
        }

        Repeater {
            id: dots
            model: grid.loop.changes
            // qmllint disable unqualified
            delegate: ChangeDot {
                loop: grid.loop
                area: plot
                width: grid.dotSize
                height: grid.dotSize
                overlap: grid.overlapOf(index, impact, feasibility, dots.count)
            }
            // qmllint enable unqualified
        }
    }
}

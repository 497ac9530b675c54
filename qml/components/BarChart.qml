import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// Horizontal bars, one per row of `bars` ({key, label, count, fraction}): the loop funnel.
Column {
    // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has
    // pragma ComponentBehavior: Bound); at run time they resolve as usual.
    // qmllint disable unqualified
    id: chart

    property var bars: []
    property color color: Material.accentColor
    property int labelWidth: 84

    spacing: 6

    Repeater {
        model: chart.bars
        Row {
            id: barRow
            required property var modelData
            required property int index
            objectName: "bar_" + modelData.key
            spacing: 8
            Label {
                width: chart.labelWidth
                text: barRow.modelData.label
                font.pixelSize: Theme.textSize(13)
                elide: Text.ElideRight
                anchors.verticalCenter: parent.verticalCenter
            }
            Item {
                width: Math.max(0, chart.width - chart.labelWidth - countLabel.width - 2 * barRow.spacing)
                height: 20
                Rectangle {
                    anchors.fill: parent
                    radius: 3
                    color: Qt.rgba(chart.color.r, chart.color.g, chart.color.b, 0.08)
                }
                Rectangle {
                    objectName: "barFill"
                    width: Math.max(barRow.modelData.count > 0 ? 3 : 0, parent.width * barRow.modelData.fraction)
                    height: parent.height
                    radius: 3
                    color: chart.color
                    opacity: 1.0 - barRow.index * 0.12
                }
            }
            Label {
                id: countLabel
                width: 36
                text: barRow.modelData.count
                font.pixelSize: Theme.textSize(13)
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignRight
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
    // qmllint enable unqualified
}

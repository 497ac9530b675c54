import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// One bar split into parts ({key, label, count, fraction}) in the colours given, with a legend:
// how experiments turned out.
Column {
    // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has
    // pragma ComponentBehavior: Bound); at run time they resolve as usual.
    // qmllint disable unqualified
    id: chart

    property var parts: []
    property var colors: []

    spacing: 8

    Row {
        width: chart.width
        height: 22
        Repeater {
            model: chart.parts
            Rectangle {
                required property var modelData
                required property int index
                width: chart.width * modelData.fraction
                height: 22
                color: chart.colors[index % chart.colors.length]
            }
        }
    }
    Flow {
        width: chart.width
        spacing: 12
        Repeater {
            model: chart.parts
            Row {
                id: legend
                required property var modelData
                required property int index
                spacing: 6
                Rectangle {
                    width: 10
                    height: 10
                    radius: 2
                    color: chart.colors[legend.index % chart.colors.length]
                    anchors.verticalCenter: parent.verticalCenter
                }
                Label {
                    text: legend.modelData.label + " " + legend.modelData.count
                    font.pixelSize: Theme.textSize(13)
                }
            }
        }
    }
    // qmllint enable unqualified
}

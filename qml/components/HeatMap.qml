import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A calendar heat map: one column per week, one square per day (darker: more reflections),
// month names above. days: [{date, count, level 0..4, label}] from a week's first day.
Item {
    // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has
    // pragma ComponentBehavior: Bound); at run time they resolve as usual.
    // qmllint disable unqualified
    id: map

    property var days: []
    property var months: []
    property int weeks: 26
    property color color: Material.accentColor
    readonly property int gap: 3
    readonly property int labelWidth: 28
    readonly property int cell: Math.max(6, Math.min(16, Math.floor((width - labelWidth) / weeks) - gap))

    implicitHeight: 18 + 7 * (cell + gap)

    // Month names over the columns where a month begins.
    Repeater {
        model: map.months
        Label {
            required property var modelData
            x: map.labelWidth + modelData.column * (map.cell + map.gap)
            y: 0
            text: modelData.label
            font.pixelSize: Theme.textSize(11)
            opacity: 0.65
        }
    }
    // The first, middle and last day of the week at the left.
    Repeater {
        model: [0, 3, 6]
        Label {
            required property int modelData
            x: 0
            y: 18 + modelData * (map.cell + map.gap)
            height: map.cell
            verticalAlignment: Text.AlignVCenter
            text: Qt.locale().dayName((Qt.locale().firstDayOfWeek + modelData) % 7, Locale.NarrowFormat)
            font.pixelSize: Theme.textSize(10)
            opacity: 0.7
        }
    }
    Grid {
        objectName: "heatGrid"
        x: map.labelWidth
        y: 18
        rows: 7
        flow: Grid.TopToBottom
        spacing: map.gap
        Repeater {
            model: map.days
            Rectangle {
                required property var modelData
                width: map.cell
                height: map.cell
                radius: 2
                color: modelData.level === 0
                       ? Qt.rgba(map.color.r, map.color.g, map.color.b, 0.07)
                       : Qt.rgba(map.color.r, map.color.g, map.color.b, 0.2 + 0.2 * modelData.level)
                Accessible.role: Accessible.Cell
                Accessible.name: modelData.label
            }
        }
    }
    // qmllint enable unqualified
}

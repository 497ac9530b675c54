import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A ring split into parts ({key, label, count, fraction}) drawn on a Canvas, the legend beside
// it: the failure-type mix.
Row {
    // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has
    // pragma ComponentBehavior: Bound); at run time they resolve as usual.
    // qmllint disable unqualified
    id: chart

    property var parts: []
    property var colors: []
    property color emptyColor: Material.dividerColor

    spacing: Theme.margin
    onPartsChanged: ring.requestPaint()

    Canvas {
        id: ring
        objectName: "donutCanvas"
        width: 120
        height: 120
        renderStrategy: Canvas.Cooperative
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const cx = width / 2
            const cy = height / 2
            const r = Math.min(cx, cy) - 10
            ctx.lineWidth = 18
            let total = 0
            for (const part of chart.parts)
                total += part.count
            if (total === 0) {
                ctx.strokeStyle = chart.emptyColor
                ctx.beginPath()
                ctx.arc(cx, cy, r, 0, 2 * Math.PI)
                ctx.stroke()
                return
            }
            let start = -Math.PI / 2
            for (let i = 0; i < chart.parts.length; ++i) {
                const sweep = 2 * Math.PI * chart.parts[i].count / total
                if (sweep <= 0)
                    continue
                ctx.strokeStyle = chart.colors[i % chart.colors.length]
                ctx.beginPath()
                ctx.arc(cx, cy, r, start, start + sweep)
                ctx.stroke()
                start += sweep
            }
        }
    }
    Column {
        width: Math.max(0, chart.width - ring.width - chart.spacing)
        spacing: 6
        anchors.verticalCenter: parent.verticalCenter
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
                    radius: 5
                    color: chart.colors[legend.index % chart.colors.length]
                    anchors.verticalCenter: parent.verticalCenter
                }
                Label {
                    width: parent.parent.width - 16
                    //: chart legend: %1 is a failure type, %2 how many reflections
                    text: qsTr("%1: %2").arg(legend.modelData.label).arg(legend.modelData.count)
                    font.pixelSize: Theme.textSize(13)
                    elide: Text.ElideRight
                }
            }
        }
    }
    // qmllint enable unqualified
}

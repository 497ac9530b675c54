import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Debrief.Ui

// One possible change on the grid: a numbered dot placed by its impact (up) and feasibility
// (right). Drag it; on release the new ratings are written. Dots on the same spot (new changes
// start in the middle) are drawn side by side so each can be grabbed.
Rectangle {
    id: dot

    required property LoopController loop
    required property Item area
    required property int index
    required property var changeId
    required property string text
    required property real impact
    required property real feasibility
    required property string quadrantLabel
    required property bool tested
    // How many earlier dots sit on the same spot.
    property int overlap: 0
    readonly property real freeWidth: area.width - width
    readonly property real freeHeight: area.height - height
    property bool dragging: false
    property point dragAt

    objectName: "changeDot_" + changeId
    radius: width / 2
    x: {
        if (dragging)
            return dragAt.x
        const at = feasibility * freeWidth
        const shift = overlap * width * 0.7
        return at + shift <= freeWidth ? at + shift : Math.max(0, at - shift)
    }
    y: dragging ? dragAt.y : (1 - impact) * freeHeight
    z: dragging ? 2 : 1
    color: tested ? Material.accentColor : Material.color(Material.BlueGrey, Material.Shade600)
    border.width: dragging ? 3 : 2
    border.color: Material.backgroundColor
    Accessible.role: Accessible.Graphic
    //: %1 is the change's number, %2 its text, %3 its place on the impact/feasibility grid
    Accessible.name: Theme.fill(qsTr("Change %1: %2, %3"), [String(index + 1), text, quadrantLabel])

    Label {
        anchors.centerIn: parent
        text: dot.index + 1
        // On the accent (light in the dark theme) the page's colour; on blue grey, white.
        color: dot.tested ? dot.Material.backgroundColor : "white"
        font.pixelSize: Theme.textSize(16)
        font.weight: Font.Bold
    }
    MouseArea {
        property point grab
        anchors.fill: parent
        // The page scrolls; a drag that starts on a dot moves the dot.
        preventStealing: true
        cursorShape: dot.dragging ? Qt.ClosedHandCursor : Qt.OpenHandCursor
        onPressed: mouse => {
            grab = Qt.point(mouse.x, mouse.y)
            dot.dragAt = Qt.point(dot.x, dot.y)
            dot.dragging = true
        }
        onPositionChanged: mouse => {
            const at = mapToItem(dot.area, mouse.x, mouse.y)
            dot.dragAt = Qt.point(Math.max(0, Math.min(dot.freeWidth, at.x - grab.x)),
                                  Math.max(0, Math.min(dot.freeHeight, at.y - grab.y)))
        }
        onReleased: {
            dot.loop.rateChange(dot.changeId, 1 - dot.dragAt.y / dot.freeHeight,
                                dot.dragAt.x / dot.freeWidth)
            dot.dragging = false
        }
        onCanceled: dot.dragging = false
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A one-line answer on the stage page, outlined like the answer areas.
TextField {
    id: field

    selectByMouse: true
    placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: 10
    bottomPadding: 10
    font.pixelSize: Theme.textSize(15)
    implicitHeight: Math.max(contentHeight + topPadding + bottomPadding, 44)

    background: Rectangle {
        radius: Theme.radius
        color: field.Material.dialogColor
        border.width: field.activeFocus ? 2 : 1
        border.color: field.activeFocus ? field.Material.accentColor : field.Material.dividerColor
    }
}

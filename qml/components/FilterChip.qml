import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A compact checkable chip for the history filters: outlined, tinted with the accent when on.
AbstractButton {
    id: chip

    checkable: true
    focusPolicy: Qt.StrongFocus
    leftPadding: 10
    rightPadding: 10
    topPadding: 5
    bottomPadding: 5
    font.pixelSize: Theme.textSize(13)
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked

    contentItem: Label {
        text: (chip.checked ? "\u2713 " : "") + chip.text
        font: chip.font
        color: chip.Material.foreground
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        readonly property color tint: chip.Material.accentColor
        readonly property color ink: chip.Material.foreground
        radius: height / 2
        color: chip.checked ? Qt.rgba(tint.r, tint.g, tint.b, 0.18)
             : chip.down ? Qt.rgba(ink.r, ink.g, ink.b, 0.10)
             : chip.hovered ? Qt.rgba(ink.r, ink.g, ink.b, 0.04) : "transparent"
        // The keyboard's focus: a ring in the text colour, distinct from being on.
        border.width: chip.visualFocus ? 3 : chip.checked ? 2 : 1
        border.color: chip.visualFocus ? ink : chip.checked ? tint : chip.Material.dividerColor
    }
}

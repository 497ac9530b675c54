import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A checkable choice drawn as an outlined chip, filled with a tint of the accent when chosen:
// the feeling's strength, a choice, the failure type, the decision. Text stays in the normal ink
// colour so it reads well on both.
Button {
    id: chip

    checkable: true
    flat: true
    leftPadding: 16
    rightPadding: 16
    font.capitalization: Font.MixedCase
    font.weight: checked ? Font.DemiBold : Font.Normal
    Accessible.name: text

    background: Rectangle {
        readonly property color tint: chip.Material.accentColor
        readonly property color ink: chip.Material.foreground
        implicitWidth: 44
        implicitHeight: 36
        radius: height / 2
        color: chip.checked ? Qt.rgba(tint.r, tint.g, tint.b, 0.18)
             : chip.down ? Qt.rgba(ink.r, ink.g, ink.b, 0.10)
             : chip.hovered ? Qt.rgba(ink.r, ink.g, ink.b, 0.04) : "transparent"
        // The keyboard's focus: a ring in the text colour, distinct from being chosen.
        border.width: chip.visualFocus ? 3 : chip.checked ? 2 : 1
        border.color: chip.visualFocus ? ink : chip.checked ? tint : chip.Material.hintTextColor
    }
}

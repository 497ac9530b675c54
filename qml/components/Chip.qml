import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A small rounded label in a tint (a stage, "Example"): read, not pressed.
Label {
    id: chip

    property color tint: Material.accentColor

    font.pixelSize: Theme.textSize(11)
    font.weight: Font.DemiBold
    color: tint
    leftPadding: 7
    rightPadding: 7
    topPadding: 1
    bottomPadding: 1
    background: Rectangle {
        radius: height / 2
        // Faint enough that the tint's text keeps 4.5:1 on it, on a tinted row as well.
        color: Qt.rgba(chip.tint.r, chip.tint.g, chip.tint.b, 0.08)
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A switch whose label wraps instead of being cut off (phones, long German words).
Switch {
    id: control

    Accessible.name: text

    contentItem: Label {
        text: control.text
        font: control.font
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        leftPadding: control.indicator.width + control.spacing
        color: control.enabled ? control.Material.foreground : control.Material.hintTextColor
    }
}

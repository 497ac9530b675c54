import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A plain-language error shown in place, never a dialog that hides the person's text.
Label {
    id: banner
    objectName: "errorBanner"
    visible: text.length > 0
    wrapMode: Text.Wrap
    color: Material.color(Material.Red, Material.theme === Material.Dark ? Material.Shade200 : Material.Shade800)
    Accessible.role: Accessible.AlertMessage
}

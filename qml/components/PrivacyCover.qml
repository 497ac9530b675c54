import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// Hides the window's contents while Debrief is in the background with the app lock on, so the
// app switcher and a glance at the screen show no reflection (SECURITY.md LK-4).
Rectangle {
    id: cover

    // Covered while true (the lock is on, the vault open, the app not in front).
    property bool active: false

    objectName: "privacyCover"
    visible: cover.active
    color: cover.Material.backgroundColor
    z: 1000

    Label {
        anchors.centerIn: parent
        text: qsTr("Debrief")
        font.pixelSize: Theme.titleSize
        opacity: 0.7
    }
}

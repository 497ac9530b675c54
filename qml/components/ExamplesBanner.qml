import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// While the examples are in the vault: says so, and takes them away in one click.
Pane {
    id: banner

    required property ExamplesController examples

    objectName: "examplesBanner"
    visible: examples.present
    height: visible ? implicitHeight : 0
    leftPadding: Theme.margin
    rightPadding: 8
    topPadding: 6
    bottomPadding: 6
    background: Rectangle {
        readonly property color tint: banner.Material.color(Material.DeepPurple)
        color: Qt.rgba(tint.r, tint.g, tint.b, 0.08)
    }

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 8
        Label {
            text: qsTr("Examples show how the loop works. Removing them keeps yours.")
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "removeExamplesButton"
            Accessible.name: text
            text: qsTr("Remove examples")
            flat: true
            onClicked: banner.examples.remove()
        }
    }
}

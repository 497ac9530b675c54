import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The baseline: a bare Qt Quick Controls window in Debrief's style and size.
ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    title: "Bare"
    Material.theme: Material.System

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16

        TextArea {
            placeholderText: "Text"
            wrapMode: TextEdit.Wrap
            focus: true
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        Button {
            text: "Save"
            highlighted: true
            Layout.alignment: Qt.AlignRight
        }
    }
}

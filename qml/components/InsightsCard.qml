import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One figure of the Insights page: a heading, the chart, and the same in words below it (also
// what a screen reader says for the chart).
Pane {
    id: card

    property string heading
    property string summary
    property alias summaryName: summaryLabel.objectName
    default property alias chart: chartArea.data

    padding: Theme.margin
    Accessible.role: Accessible.Chart
    Accessible.name: heading
    Accessible.description: summary
    background: Rectangle {
        radius: Theme.radius
        color: card.Material.dialogColor
        border.width: 1
        border.color: card.Material.dividerColor
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Label {
            text: card.heading
            font.pixelSize: Theme.textSize(16)
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Item {
            id: chartArea
            implicitHeight: childrenRect.height
            Layout.fillWidth: true
        }
        Label {
            id: summaryLabel
            text: card.summary
            font.pixelSize: Theme.textSize(13)
            opacity: 0.75
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}

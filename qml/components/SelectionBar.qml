import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Under the history list while entries are picked: how many, and what to do with them: Share
// (encrypted, for a coach), Export (readable Markdown or PDF, not encrypted), Clear.
Pane {
    id: bar

    required property HistorySelection selection
    signal shareRequested()
    signal exportRequested(int format)

    objectName: "selectionBar"
    visible: bar.selection.active
    padding: 6
    leftPadding: Theme.margin
    Material.elevation: 2
    Accessible.role: Accessible.ToolBar
    Accessible.name: countLabel.text

    RowLayout {
        anchors.fill: parent
        spacing: 4
        Label {
            id: countLabel
            objectName: "selectionCount"
            text: bar.selection.count > 0 ? qsTr("%n selected", "", bar.selection.count)
                                          : qsTr("Tap reflections to select them")
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Button {
            objectName: "shareSelectedButton"
            text: qsTr("Share")
            flat: true
            highlighted: true
            enabled: bar.selection.count > 0
            Accessible.name: qsTr("Share the selected reflections with a coach")
            onClicked: bar.shareRequested()
        }
        Button {
            objectName: "exportSelectedButton"
            text: qsTr("Export")
            flat: true
            enabled: bar.selection.count > 0
            Accessible.name: qsTr("Export the selected reflections as a readable file")
            onClicked: exportMenu.open()
            Menu {
                id: exportMenu
                y: -implicitHeight
                MenuItem {
                    objectName: "exportMarkdownButton"
                    Accessible.name: text
                    text: qsTr("Markdown (.md)")
                    onTriggered: bar.exportRequested(ExportController.Markdown)
                }
                MenuItem {
                    objectName: "exportPdfButton"
                    Accessible.name: text
                    text: qsTr("PDF")
                    onTriggered: bar.exportRequested(ExportController.Pdf)
                }
            }
        }
        Button {
            objectName: "clearSelectionButton"
            text: qsTr("Clear")
            flat: true
            Accessible.name: qsTr("Clear the selection and leave select mode")
            onClicked: bar.selection.clear()
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The history list: newest first, a date and the first line per entry, loaded as it scrolls.
ListView {
    id: list

    required property HistoryModel history
    property int selectedId: 0
    signal opened(int reflectionId)

    objectName: "historyList"
    model: history
    clip: true
    currentIndex: -1
    keyNavigationEnabled: true
    ScrollBar.vertical: ScrollBar {}

    delegate: ItemDelegate {
        id: row
        required property int index
        required property int reflectionId
        required property string firstLine
        required property date created

        objectName: "historyRow_" + index
        width: ListView.view.width
        highlighted: row.reflectionId === list.selectedId
        Accessible.name: created.toLocaleString(Qt.locale(), Locale.ShortFormat) + ", " + firstLine
        onClicked: list.opened(row.reflectionId)

        contentItem: ColumnLayout {
            spacing: 2
            Label {
                text: row.created.toLocaleString(Qt.locale(), Locale.ShortFormat)
                font.pixelSize: 12
                opacity: 0.7
                Layout.fillWidth: true
            }
            Label {
                text: row.firstLine
                elide: Text.ElideRight
                maximumLineCount: 1
                Layout.fillWidth: true
            }
        }
    }

    Label {
        objectName: "historyEmpty"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        visible: list.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        opacity: 0.7
        text: qsTr("No reflections yet. Right after something goes differently than you hoped, write down what happened: it takes a minute, and it stays encrypted on this device.")
    }
}

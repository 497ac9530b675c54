import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The history list: newest first, a date and the first line per entry, loaded as it scrolls.
ListView {
    id: list

    required property HistoryModel history
    // False until the caller wants rows: lets a window show its first frame before the list
    // reads its first page from the vault.
    property bool populated: true
    property int selectedId: 0
    signal opened(int reflectionId)

    // "Today, 9:15 AM", "Yesterday, …", "Monday, …", then the date.
    function when(moment) {
        const time = moment.toLocaleTimeString(Qt.locale(), Locale.ShortFormat)
        const now = new Date()
        const today = new Date(now.getFullYear(), now.getMonth(), now.getDate())
        const day = new Date(moment.getFullYear(), moment.getMonth(), moment.getDate())
        const days = Math.round((today.getTime() - day.getTime()) / 86400000)
        if (days === 0)
            return qsTr("Today, %1").arg(time)
        if (days === 1)
            return qsTr("Yesterday, %1").arg(time)
        if (days > 1 && days < 7)
            return qsTr("%1, %2").arg(moment.toLocaleDateString(Qt.locale(), "dddd")).arg(time)
        if (moment.getFullYear() === now.getFullYear())
            return moment.toLocaleDateString(Qt.locale(), qsTr("MMMM d", "date in the history list, this year"))
        return moment.toLocaleDateString(Qt.locale(), qsTr("MMMM d, yyyy", "date in the history list, an earlier year"))
    }

    objectName: "historyList"
    model: populated ? history : null
    clip: true
    currentIndex: -1
    keyNavigationEnabled: true
    topMargin: 4
    bottomMargin: Theme.margin
    ScrollBar.vertical: ScrollBar {}

    delegate: ItemDelegate {
        id: row
        required property int index
        required property int reflectionId
        required property string firstLine
        required property date created
        readonly property HistoryList view: ListView.view as HistoryList

        objectName: "historyRow_" + index
        width: ListView.view.width
        topPadding: 10
        bottomPadding: 10
        highlighted: row.reflectionId === row.view.selectedId
        Accessible.name: row.view.when(row.created) + ", " + row.firstLine
        onClicked: row.view.opened(row.reflectionId)

        // The open entry is tinted with the accent and marked at the edge; no grey slabs.
        background: Rectangle {
            readonly property color tint: row.Material.accentColor
            readonly property color ink: row.Material.foreground
            color: row.highlighted ? Qt.rgba(tint.r, tint.g, tint.b, 0.12)
                 : row.down ? Qt.rgba(ink.r, ink.g, ink.b, 0.10)
                 : row.hovered ? Qt.rgba(ink.r, ink.g, ink.b, 0.04) : "transparent"
            border.width: row.visualFocus ? 2 : 0
            border.color: tint
            Rectangle {
                visible: row.highlighted
                width: 3
                height: parent.height
                color: parent.tint
            }
        }

        contentItem: ColumnLayout {
            spacing: 3
            Label {
                text: row.firstLine
                font.pixelSize: 15
                elide: Text.ElideRight
                maximumLineCount: 1
                Layout.fillWidth: true
            }
            Label {
                text: row.view.when(row.created)
                font.pixelSize: Theme.smallSize
                opacity: 0.65
                elide: Text.ElideRight
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
        lineHeight: 1.2
        text: qsTr("No reflections yet. Right after something goes differently than you hoped, write down what happened: it takes a minute, and it stays encrypted on this device.")
    }
}

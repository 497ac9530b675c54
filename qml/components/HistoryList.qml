import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The history list: newest first, a date, the first line and the loop stage per entry, loaded
// as it scrolls.
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
        required property int stage
        required property string stageLabel
        required property real voiceDurationMs
        required property bool voiceRecovered
        readonly property HistoryList view: ListView.view as HistoryList
        readonly property bool voice: voiceDurationMs >= 0
        // "1:23" for a voice note's length.
        readonly property string voiceLength: Math.floor(voiceDurationMs / 60000) + ":"
                                              + ("0" + Math.floor(voiceDurationMs / 1000) % 60).slice(-2)
        readonly property color stageColor: stage === LoopController.Closed ? Material.hintTextColor : Material.accentColor

        objectName: "historyRow_" + index
        width: ListView.view.width
        topPadding: 10
        bottomPadding: 10
        highlighted: row.reflectionId === row.view.selectedId
        Accessible.name: row.view.when(row.created) + ", " + row.firstLine
                         + (row.voice ? ", " + qsTr("voice note, %1").arg(row.voiceLength) : "")
                         + (row.voiceRecovered ? ", " + qsTr("recovered") : "") + ", " + row.stageLabel
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
                // A voice note nobody has written beside yet is still something to open.
                text: row.firstLine.length > 0 || !row.voice ? row.firstLine : qsTr("Voice note")
                font.italic: row.firstLine.length === 0
                font.pixelSize: 15
                elide: Text.ElideRight
                maximumLineCount: 1
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Label {
                    text: row.view.when(row.created)
                    font.pixelSize: Theme.smallSize
                    opacity: 0.65
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                // A voice note: the mark and its length; "recovered" when a crash cut it short.
                MicGlyph {
                    visible: row.voice
                    color: row.Material.foreground
                    opacity: 0.7
                    Layout.alignment: Qt.AlignVCenter
                }
                Label {
                    objectName: "voiceMark"
                    visible: row.voice
                    text: row.voiceLength + (row.voiceRecovered ? " \u00B7 " + qsTr("recovered") : "")
                    font.pixelSize: Theme.smallSize
                    opacity: 0.8
                    Layout.leftMargin: -4
                }
                // Where the reflection is in the loop; closed ones are quieter.
                Label {
                    objectName: "stageChip"
                    text: row.stageLabel
                    font.pixelSize: 11
                    font.weight: Font.DemiBold
                    color: row.stageColor
                    leftPadding: 7
                    rightPadding: 7
                    topPadding: 1
                    bottomPadding: 1
                    background: Rectangle {
                        readonly property color tint: row.stageColor
                        radius: height / 2
                        color: Qt.rgba(tint.r, tint.g, tint.b, 0.12)
                    }
                }
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

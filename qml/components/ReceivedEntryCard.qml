import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// One entry someone shared, read-only: what they chose to share, its voice notes, and this
// person's comment on it (kept as it is typed; sent back with "Send comments back").
Rectangle {
    id: card

    required property SharedWithMeController sharedWithMe
    required property int index
    required property var receivedId
    required property string title
    required property date created
    required property string stageLabel
    required property string content
    required property string comment
    required property var voiceNotes
    readonly property bool playingHere: card.sharedWithMe.playingEntryId === card.receivedId

    // "m:ss" for a length in milliseconds.
    function clock(ms) {
        const seconds = Math.round(Math.max(0, ms) / 1000)
        const rest = seconds % 60
        return Math.floor(seconds / 60) + ":" + (rest < 10 ? "0" : "") + rest
    }

    objectName: "receivedEntry_" + index
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: "transparent"
    border.width: 1
    border.color: Material.dividerColor

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: 8

        Label {
            objectName: "receivedTitle_" + card.index
            text: card.title
            textFormat: Text.PlainText
            font.pixelSize: Theme.textSize(17)
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            //: %1 is a date and time, %2 the name of a loop stage
            text: qsTr("Written %1 · %2").arg(card.created.toLocaleString(Qt.locale(), Locale.ShortFormat)).arg(card.stageLabel)
            font.pixelSize: Theme.smallSize
            opacity: 0.65
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // Rich text without images or links (SafeRichText): showing it loads nothing.
        Text {
            objectName: "receivedContent_" + card.index
            text: card.content
            textFormat: Text.RichText
            wrapMode: Text.Wrap
            color: card.Material.foreground
            font.pixelSize: Theme.textSize(15)
            Accessible.role: Accessible.StaticText
            Accessible.name: card.title
            Layout.fillWidth: true
        }
        Repeater {
            model: card.voiceNotes
            // qmllint disable unqualified
            delegate: Button {
                id: voiceButton
                required property int index
                required property var modelData
                objectName: "receivedVoice_" + card.index + "_" + index
                //: %1 names a voice note, %2 is its length (minutes:seconds)
                text: "\u25B6 " + Theme.fill(qsTr("%1 (%2)"), [voiceButton.modelData.label, card.clock(voiceButton.modelData.durationMs)])
                flat: true
                Accessible.name: qsTr("Play: %1").arg(voiceButton.modelData.label)
                Layout.fillWidth: true
                contentItem: Label {
                    text: voiceButton.text
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: card.Material.accentColor
                }
                onClicked: {
                    card.sharedWithMe.loadVoice(card.receivedId, voiceButton.modelData.promptId)
                    card.sharedWithMe.player.play()
                }
            }
            // qmllint enable unqualified
        }
        // The player shows under the entry whose voice note it holds.
        VoicePlayerBar {
            player: card.sharedWithMe.player
            visible: card.playingHere && (player.hasVoice || player.errorMessage.length > 0)
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Your comment")
            font.weight: Font.DemiBold
            Layout.topMargin: 4
        }
        TextArea {
            id: commentField
            // Filled once: the text typed here is the truth while the card lives.
            property bool filled: false
            objectName: "commentField_" + card.index
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
            placeholderText: qsTr("Write what you noticed, a question, an encouragement…")
            Accessible.name: qsTr("Your comment on “%1”").arg(card.title)
            Layout.fillWidth: true
            Component.onCompleted: {
                text = card.comment
                filled = true
            }
            onTextChanged: {
                if (filled)
                    card.sharedWithMe.editComment(card.receivedId, text)
            }
            onEditingFinished: card.sharedWithMe.saveComments()
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// On the entry page: what coaches wrote back about this reflection (who, when, what),
// read-only. Hidden while there is none.
ColumnLayout {
    id: section

    required property EntryCommentsModel comments

    objectName: "coachComments"
    visible: section.comments.count > 0 || section.comments.errorMessage.length > 0
    spacing: 6

    Label {
        text: qsTr("Coach comments")
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
        Layout.fillWidth: true
    }
    Repeater {
        model: section.comments
        // qmllint disable unqualified
        delegate: Rectangle {
            id: comment
            required property int index
            required property string coachName
            required property date written
            required property string text
            readonly property string author: coachName.length > 0 ? coachName : qsTr("A coach")

            objectName: "coachComment_" + index
            implicitHeight: body.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            readonly property color tint: section.Material.accentColor
            color: Qt.rgba(tint.r, tint.g, tint.b, 0.08)
            Accessible.role: Accessible.StaticText
            //: %1 is the coach's name, %2 the comment
            Accessible.name: Theme.fill(qsTr("%1 wrote: %2"), [comment.author, comment.text])
            Layout.fillWidth: true

            ColumnLayout {
                id: body
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacing
                spacing: 4
                Label {
                    objectName: "coachCommentAuthor_" + comment.index
                    //: %1 is the coach's name, %2 when the comment was written
                    text: qsTr("%1 · %2").arg(comment.author)
                                         .arg(comment.written.toLocaleString(Qt.locale(), Locale.ShortFormat))
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.smallSize
                    opacity: 0.7
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "coachCommentText_" + comment.index
                    text: comment.text
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
        // qmllint enable unqualified
    }
    ErrorBanner {
        text: section.comments.errorMessage
        Layout.fillWidth: true
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Every lesson across reflections, newest first, or those matching the search (by their own
// words); each row opens the reflection it came from.
Page {
    id: page

    required property LessonsModel lessons
    signal opened(int reflectionId)

    // Search matches arrive wrapped in U+E000 … U+E001: shown bold, everything else as plain text.
    function marked(snippet) {
        const escaped = snippet.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
        return escaped.replace(/\uE000/g, "<b>").replace(/\uE001/g, "</b>")
    }

    objectName: "lessonsPage"
    title: qsTr("Lessons")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        AnswerField {
            id: search
            objectName: "lessonsSearchField"
            text: page.lessons.query
            placeholderText: qsTr("Search your lessons")
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Search lessons")
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxReadableWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.margins: Theme.margin
            Layout.bottomMargin: 8
            onTextChanged: page.lessons.query = text
        }
        ErrorBanner {
            objectName: "lessonsError"
            text: page.lessons.errorMessage
            leftPadding: Theme.margin
            rightPadding: Theme.margin
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "lessonsList"
            model: page.lessons
            clip: true
            bottomMargin: Theme.margin
            keyNavigationEnabled: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}

            // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has
            // pragma ComponentBehavior: Bound); at run time they resolve as usual.
            // qmllint disable unqualified
            delegate: ItemDelegate {
                id: row
                required property var lessonId
                required property var reflectionId
                // "text" is the delegate's own (final) property: the lesson's words come as model.text.
                required property var model
                readonly property string lessonText: model.text
                required property string snippet
                required property string stageLabel
                required property date created
                required property string entryFirstLine

                objectName: "lessonRow_" + lessonId
                width: ListView.view.width
                topPadding: 12
                bottomPadding: 12
                leftPadding: Math.max(Theme.margin, (width - Theme.maxReadableWidth) / 2)
                rightPadding: leftPadding
                Accessible.name: row.lessonText
                onClicked: page.opened(row.reflectionId)

                contentItem: ColumnLayout {
                    spacing: 4
                    Label {
                        text: row.snippet.length > 0 ? page.marked(row.snippet) : row.lessonText
                        textFormat: row.snippet.length > 0 ? Text.StyledText : Text.PlainText
                        font.pixelSize: Theme.textSize(16)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: row.entryFirstLine.length > 0
                              //: %1 is a date, %2 the name of a loop stage, %3 the first line of the reflection
                              ? qsTr("%1 · %2 · from “%3”").arg(row.created.toLocaleDateString(Qt.locale(), Locale.ShortFormat)).arg(row.stageLabel).arg(row.entryFirstLine)
                              //: %1 is a date, %2 the name of a loop stage
                              : qsTr("%1 · %2 · from a voice note").arg(row.created.toLocaleDateString(Qt.locale(), Locale.ShortFormat)).arg(row.stageLabel)
                        font.pixelSize: Theme.textSize(13)
                        opacity: 0.65
                        elide: Text.ElideRight
                        maximumLineCount: 1
                        Layout.fillWidth: true
                    }
                }
            }
            // qmllint enable unqualified

            Label {
                objectName: "lessonsEmpty"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                opacity: 0.7
                lineHeight: 1.2
                text: page.lessons.query.length > 0
                      ? qsTr("No lesson matches “%1”.").arg(page.lessons.query)
                      : qsTr("No lessons yet. In Apply, write what you learned as a rule you can reuse: it shows up here.")
            }
        }
    }
}

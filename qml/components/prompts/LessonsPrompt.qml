import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Lessons written at this stage: each one a general rule, editable and removable; a new one is
// written below. They also show on the Lessons page, across reflections.
PromptBody {
    id: body

    // "apply.rule" -> "apply": where the lesson is written.
    readonly property string stageKey: prompt.promptId.split(".")[0]
    readonly property var allLessons: loop.lessons
    readonly property var stageLessons: allLessons.filter(l => l.stage === loop.viewedStage)

    function add() {
        if (body.loop.addLesson(newLesson.text, body.loop.viewedStage) > 0)
            newLesson.clear()
    }

    focusTarget: newLesson
    spacing: 8

    Repeater {
        model: body.stageLessons
        // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has pragma
        // ComponentBehavior: Bound); at run time they resolve as usual.
        // qmllint disable unqualified
        delegate: RowLayout {
            id: lesson
            required property var modelData
            objectName: "lessonItem_" + modelData.lessonId
            spacing: 4
            Layout.fillWidth: true

            AnswerArea {
                function commit() {
                    if (text.trim().length > 0 && text !== lesson.modelData.text)
                        body.loop.updateLesson(lesson.modelData.lessonId, text)
                }
                objectName: "lessonText_" + lesson.modelData.lessonId
                text: lesson.modelData.text
                minimumHeight: 44
                submitOnReturn: true
                Accessible.name: qsTr("Lesson")
                Layout.fillWidth: true
                onSubmitted: commit()
                onEditingFinished: commit()
            }
            ToolButton {
                objectName: "removeLesson_" + lesson.modelData.lessonId
                text: "\u2715"
                Accessible.name: qsTr("Remove lesson")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove lesson")
                Layout.alignment: Qt.AlignTop
                onClicked: body.loop.removeLesson(lesson.modelData.lessonId)
            }
        }
        // qmllint enable unqualified
    }
    RowLayout {
        spacing: 8
        Layout.fillWidth: true
        AnswerArea {
            id: newLesson
            objectName: "lessonField_" + body.stageKey
            placeholderText: qsTr("When …, I …")
            minimumHeight: 44
            submitOnReturn: true
            Accessible.name: qsTr("New lesson")
            Layout.fillWidth: true
            onSubmitted: body.add()
        }
        Button {
            objectName: "addLessonButton_" + body.stageKey
            Accessible.name: text
            text: qsTr("Add lesson")
            Layout.alignment: Qt.AlignTop
            enabled: newLesson.text.trim().length > 0
            onClicked: body.add()
        }
    }
}

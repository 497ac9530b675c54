import QtQuick
import QtQuick.Layouts

// A question answered in the person's own words.
PromptBody {
    id: body

    focusTarget: area

    AnswerArea {
        id: area
        objectName: "answer_" + body.prompt.key
        text: body.prompt.answer
        placeholderText: qsTr("Your answer…")
        Accessible.name: body.prompt.question
        Layout.fillWidth: true
        onTextChanged: body.send("", text, 0)
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A feeling: one word, and how strong it is from 1 (a little) to 5 (a lot).
PromptBody {
    id: body

    focusTarget: word

    AnswerField {
        id: word
        objectName: "feelingWord_" + body.prompt.key
        text: body.prompt.answer
        placeholderText: qsTr("One word, like “embarrassed”")
        Accessible.name: qsTr("How you feel, in one word")
        Layout.fillWidth: true
        Layout.maximumWidth: 320
        onTextChanged: body.send("", text, body.prompt.value)
    }
    RowLayout {
        objectName: "feelingScale_" + body.prompt.key
        spacing: 6
        Layout.fillWidth: true
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("How strongly, 1 to 5")

        Label {
            text: qsTr("A little")
            font.pixelSize: Theme.smallSize
            opacity: 0.7
        }
        Repeater {
            model: 5
            // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has
            // pragma ComponentBehavior: Bound); at run time they resolve as usual.
            // qmllint disable unqualified
            delegate: ChoiceChip {
                id: point
                required property int index
                readonly property int strength: index + 1
                objectName: "feelingScale_" + body.prompt.key + "_" + strength
                text: strength
                checked: body.prompt.value === strength
                leftPadding: 0
                rightPadding: 0
                Layout.preferredWidth: 44
                Accessible.name: qsTr("Strength %1 of 5").arg(strength)
                // Tapping the chosen strength again clears it.
                onClicked: body.send("", word.text, body.prompt.value === strength ? 0 : strength)
            }
            // qmllint enable unqualified
        }
        Label {
            text: qsTr("A lot")
            font.pixelSize: Theme.smallSize
            opacity: 0.7
        }
        Item {
            Layout.fillWidth: true
        }
    }
}

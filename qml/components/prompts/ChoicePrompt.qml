import QtQuick
import QtQuick.Layouts

// One of a few options (tap the chosen one again to clear it).
PromptBody {
    id: body

    Flow {
        spacing: 8
        Layout.fillWidth: true

        Repeater {
            model: body.prompt.options
            // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has
            // pragma ComponentBehavior: Bound); at run time they resolve as usual.
            // qmllint disable unqualified
            delegate: ChoiceChip {
                required property var modelData
                readonly property int optionValue: modelData.value
                objectName: "option_" + body.prompt.key + "_" + optionValue
                text: modelData.label
                checked: body.prompt.value === optionValue
                onClicked: body.send("", "", body.prompt.value === optionValue ? 0 : optionValue)
            }
            // qmllint enable unqualified
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Statements to tick; the answer's value holds one bit per ticked option.
PromptBody {
    id: body

    spacing: 0

    Repeater {
        model: body.prompt.options
        // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has pragma
        // ComponentBehavior: Bound); at run time they resolve as usual.
        // qmllint disable unqualified
        delegate: CheckBox {
            required property var modelData
            readonly property int bit: modelData.value
            objectName: "option_" + body.prompt.key + "_" + bit
            text: modelData.label
            checked: (body.prompt.value & bit) !== 0
            Layout.fillWidth: true
            onToggled: body.send("", "", checked ? (body.prompt.value | bit) : (body.prompt.value & ~bit))
        }
        // qmllint enable unqualified
    }
}

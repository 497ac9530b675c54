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
            id: option
            required property var modelData
            readonly property int bit: modelData.value
            objectName: "option_" + body.prompt.key + "_" + bit
            text: modelData.label
            Accessible.name: text
            checked: (body.prompt.value & bit) !== 0
            Layout.fillWidth: true
            // Long options wrap instead of being cut off (phones, long German words).
            contentItem: Label {
                text: option.text
                font: option.font
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
                leftPadding: option.indicator.width + option.spacing
            }
            onToggled: body.send("", "", checked ? (body.prompt.value | bit) : (body.prompt.value & ~bit))
        }
        // qmllint enable unqualified
    }
}

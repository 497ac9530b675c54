import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Situation, Complication, Resolution: one sentence each.
PromptBody {
    id: body

    Repeater {
        id: fieldRepeater
        // By position, so a field is not rebuilt (losing the cursor) when its text comes back.
        model: body.prompt.fields.length
        // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has pragma
        // ComponentBehavior: Bound); at run time they resolve as usual.
        // qmllint disable unqualified
        delegate: ColumnLayout {
            id: part
            required property int index
            readonly property var field: body.prompt.fields[index]
            spacing: 4
            Layout.fillWidth: true

            Label {
                text: part.field.label
                font.weight: Font.DemiBold
                font.pixelSize: Theme.textSize(14)
            }
            AnswerArea {
                id: area
                objectName: "scr_" + part.field.field
                text: part.field.text
                minimumHeight: 52
                Accessible.name: part.field.label
                Layout.fillWidth: true
                onTextChanged: body.send(part.field.field, text, 0)
                Component.onCompleted: {
                    if (part.index === 0)
                        body.focusTarget = area
                }
            }
        }
        // qmllint enable unqualified
    }
}

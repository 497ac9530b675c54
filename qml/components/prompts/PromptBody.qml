import QtQuick
import QtQuick.Layouts
import Debrief.Ui

// What every answer control of the stage page shares: the loop, its question (the delegate
// with the model's roles), the item to focus, and answers that are only sent once the control
// is built (so showing an answer never counts as typing it).
ColumnLayout {
    id: body

    required property LoopController loop
    required property PromptData prompt
    property Item focusTarget: null
    property bool live: false

    // Keeps an answer (the controller writes it after a pause).
    function send(field, text, value) {
        if (live)
            loop.setAnswer(prompt.promptId, field, text, value)
    }

    spacing: Theme.spacing
    Component.onCompleted: live = true
}

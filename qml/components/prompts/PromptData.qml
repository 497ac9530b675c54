import QtQml

// The question an answer control works on: one row of loop.prompts. Kept apart from
// PromptDelegate so the delegate and the controls it loads do not name each other (QML type
// cycles never finish loading).
QtObject {
    required property string promptId
    required property string question
    required property string answer
    required property int value
    required property var fields
    required property var options
    required property bool answered
    // A spoken answer is recorded for it, this long.
    required property bool hasVoice
    required property int voiceDurationMs
    // "analyse.why_difference" -> "analyse_why_difference", for objectNames.
    readonly property string key: promptId.replace(/\./g, "_")
    // A control asks to open another reflection (the next risk, once it is one).
    signal openEntry(int reflectionId)
}

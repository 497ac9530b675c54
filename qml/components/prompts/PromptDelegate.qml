import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// One question of the stage page, as the PromptCatalog words it: the question, its hint, the
// older wording an answer was given to, the answer control its kind asks for (questions answered
// in words may also be answered by voice), and the source. The stage page is a list of these,
// so no stage is a hand-made page.
ColumnLayout {
    id: row

    required property LoopController loop
    required property RecordController recorder
    required property PlayerController answerPlayer
    // The reflection whose loop this is (the stage page's).
    required property int reflectionId
    required property int index
    required property string promptId
    required property string kind
    required property string question
    required property string hint
    required property string source
    required property string answer
    required property int value
    required property var fields
    required property var options
    required property bool answered
    required property string answeredQuestion
    required property bool hasVoice
    required property int voiceDurationMs
    // Answered in the person's own words, so also by voice (a spoken answer always shows).
    readonly property bool speakable: hasVoice || kind === "freeText" || kind === "nextRisk"
                                      || (kind === "result" && loop.hasExperiment)
    readonly property string key: promptData.key
    readonly property PromptData promptData: PromptData {
        promptId: row.promptId
        question: row.question
        answer: row.answer
        value: row.value
        fields: row.fields
        options: row.options
        answered: row.answered
        hasVoice: row.hasVoice
        voiceDurationMs: row.voiceDurationMs
        onOpenEntry: reflectionId => row.openEntry(reflectionId)
    }
    signal openEntry(int reflectionId)

    // Puts the keyboard in the answer (false when this kind has nothing to type or pick).
    function focusAnswer() {
        const body = answerLoader.item as PromptBody
        if (!body || !body.focusTarget)
            return false
        body.focusTarget.forceActiveFocus()
        return true
    }

    objectName: "prompt_" + key
    // Deciding needs an experiment; the result question says where to plan one.
    visible: kind !== "decision" || loop.hasExperiment
    spacing: 4

    Label {
        objectName: "question_" + row.key
        text: row.question
        font.pixelSize: Theme.textSize(17)
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: row.hint.length > 0
        text: row.hint
        font.pixelSize: Theme.textSize(14)
        opacity: 0.72
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "answeredQuestion_" + row.key
        visible: row.answeredQuestion.length > 0
        text: qsTr("You answered an earlier wording: “%1”").arg(row.answeredQuestion)
        font.pixelSize: Theme.textSize(13)
        font.italic: true
        opacity: 0.72
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Loader {
        id: answerLoader
        sourceComponent: {
            switch (row.kind) {
            case "feeling": return feeling
            case "choice": return choice
            case "checklist": return checklist
            case "scr": return scr
            case "spectrum": return spectrum
            case "lesson": return lessons
            case "changes": return changes
            case "experiment": return experiment
            case "result": return result
            case "decision": return decision
            case "nextRisk": return nextRisk
            default: return freeText
            }
        }
        Layout.fillWidth: true
        Layout.topMargin: 6
    }
    Loader {
        active: row.speakable
        visible: active
        sourceComponent: spoken
        Layout.fillWidth: true
    }
    Label {
        text: row.source
        font.pixelSize: Theme.textSize(11)
        opacity: 0.7
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: 2
    }

    // The answer controls, one per kind. Qt 6.4's qmllint counts this file's ids as unqualified
    // inside inline components; at run time they resolve in this file's context as usual.
    // qmllint disable unqualified
    Component {
        id: freeText
        FreeTextPrompt { loop: row.loop; prompt: row.promptData }
    }
    Component {
        id: feeling
        FeelingPrompt { loop: row.loop; prompt: row.promptData }
    }
    Component {
        id: choice
        ChoicePrompt { loop: row.loop; prompt: row.promptData }
    }
    Component {
        id: checklist
        ChecklistPrompt { loop: row.loop; prompt: row.promptData }
    }
    Component {
        id: scr
        ScrPrompt { loop: row.loop; prompt: row.promptData }
    }
    Component {
        id: spectrum
        SpectrumPrompt { loop: row.loop; prompt: row.promptData }
    }
    Component {
        id: lessons
        LessonsPrompt { loop: row.loop; prompt: row.promptData }
    }
    Component {
        id: changes
        ChangesPrompt { loop: row.loop; prompt: row.promptData }
    }
    Component {
        id: experiment
        ExperimentPrompt { loop: row.loop; prompt: row.promptData }
    }
    Component {
        id: result
        ResultPrompt { loop: row.loop; prompt: row.promptData }
    }
    Component {
        id: decision
        DecisionPrompt { loop: row.loop; prompt: row.promptData }
    }
    Component {
        id: nextRisk
        NextRiskPrompt { loop: row.loop; prompt: row.promptData }
    }
    Component {
        id: spoken
        SpokenAnswer {
            loop: row.loop
            recorder: row.recorder
            player: row.answerPlayer
            prompt: row.promptData
            reflectionId: row.reflectionId
        }
    }
    // qmllint enable unqualified
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Debrief.Ui

// Keep, adjust or drop the change the experiment tested (tap the chosen one again to undo).
PromptBody {
    id: body

    readonly property var experiment: loop.experiment
    readonly property int decision: experiment.decision || LoopController.NoDecision

    spacing: 6

    Flow {
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: [
                { decision: LoopController.Keep, name: "decisionKeep", label: qsTr("Keep it") },
                { decision: LoopController.Adjust, name: "decisionAdjust", label: qsTr("Adjust it") },
                { decision: LoopController.Drop, name: "decisionDrop", label: qsTr("Drop it") }
            ]
            // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has
            // pragma ComponentBehavior: Bound); at run time they resolve as usual.
            // qmllint disable unqualified
            delegate: ChoiceChip {
                required property var modelData
                objectName: modelData.name
                text: modelData.label
                checked: body.decision === modelData.decision
                onClicked: body.loop.decide(body.decision === modelData.decision
                                            ? LoopController.NoDecision : modelData.decision)
            }
            // qmllint enable unqualified
        }
    }
    Label {
        objectName: "decisionText"
        visible: body.decision !== LoopController.NoDecision
        text: qsTr("Decided: %1. The experiment is checked.").arg(body.experiment.decisionLabel)
        opacity: 0.75
        font.pixelSize: Theme.textSize(13)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The next smart risk, in words; it can become a new reflection (to go through the loop) or an
// experiment of this one.
PromptBody {
    id: body

    readonly property var experiment: loop.experiment
    property int addedReflection: 0
    property string outcome

    focusTarget: area
    spacing: 8

    AnswerArea {
        id: area
        objectName: "nextRiskField"
        text: body.prompt.answer
        placeholderText: qsTr("This week I will …")
        Accessible.name: body.prompt.question
        Layout.fillWidth: true
        onTextChanged: body.send("", text, 0)
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Button {
            objectName: "nextRiskAsReflectionButton"
            Accessible.name: text
            text: qsTr("Make it a new reflection")
            flat: true
            enabled: body.loop.nextRisk.trim().length > 0
            onClicked: {
                const id = body.loop.nextRiskAsReflection()
                if (id > 0) {
                    body.addedReflection = id
                    body.outcome = qsTr("Added to your history, at Detect.")
                }
            }
        }
        Button {
            objectName: "nextRiskAsExperimentButton"
            Accessible.name: text
            text: qsTr("Plan it as an experiment")
            flat: true
            enabled: body.loop.nextRisk.trim().length > 0
            onClicked: {
                if (body.loop.nextRiskAsExperiment() > 0) {
                    body.addedReflection = 0
                    body.outcome = qsTr("Planned as an experiment: check on %1.").arg(body.experiment.checkDateLabel)
                }
            }
        }
    }
    RowLayout {
        visible: body.outcome.length > 0
        spacing: 8
        Layout.fillWidth: true
        Label {
            objectName: "nextRiskOutcome"
            text: body.outcome
            wrapMode: Text.Wrap
            color: body.Material.accentColor
            Layout.fillWidth: true
        }
        Button {
            objectName: "openNextRiskButton"
            Accessible.name: text
            visible: body.addedReflection > 0
            text: qsTr("Open it")
            flat: true
            onClicked: body.prompt.openEntry(body.addedReflection)
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// How the experiment went, written beside the prediction it tests. Saved after a pause.
PromptBody {
    id: body

    readonly property var experiment: loop.experiment
    readonly property bool edited: loop.hasExperiment && resultField.text !== (experiment.result || "")
    // The experiment the field was filled from: filled again only for another one, so a decision
    // written meanwhile never replaces what is being typed.
    property int filledFrom: -1

    function fill() {
        filledFrom = experiment.experimentId || 0
        resultField.text = experiment.result || ""
    }
    function save() {
        saveLater.stop()
        if (edited)
            loop.setExperimentResult(resultField.text)
    }

    focusTarget: loop.hasExperiment ? resultField : null
    spacing: 8

    Timer {
        id: saveLater
        interval: 800
        onTriggered: body.save()
    }

    ColumnLayout {
        visible: !body.loop.hasExperiment
        spacing: 6
        Layout.fillWidth: true
        Label {
            objectName: "noExperimentText"
            text: qsTr("No experiment yet. Plan one in Apply, then come back to record how it went.")
            wrapMode: Text.Wrap
            opacity: 0.8
            Layout.fillWidth: true
        }
        Button {
            objectName: "planInApplyButton"
            Accessible.name: text
            text: qsTr("Plan it in Apply")
            flat: true
            Material.foreground: Material.accent
            onClicked: body.loop.viewedStage = LoopController.Apply
        }
    }

    Pane {
        objectName: "predictionPane"
        visible: body.loop.hasExperiment
        padding: Theme.spacing
        Layout.fillWidth: true
        background: Rectangle {
            readonly property color ink: body.Material.foreground
            radius: Theme.radius
            color: Qt.rgba(ink.r, ink.g, ink.b, 0.04)
        }
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 4
            Label {
                text: qsTr("Your prediction")
                font.pixelSize: Theme.smallSize
                font.weight: Font.DemiBold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 0.6
                opacity: 0.65
            }
            Label {
                objectName: "predictionText"
                text: body.experiment.hypothesis || qsTr("(no hypothesis written)")
                font.pixelSize: Theme.textSize(15)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: text.length > 0
                text: {
                    const parts = []
                    if (body.experiment.action)
                        parts.push(qsTr("Action: %1").arg(body.experiment.action))
                    if (body.experiment.signalText)
                        parts.push(qsTr("Signal: %1").arg(body.experiment.signalText))
                    if (body.experiment.checkDateLabel)
                        parts.push(body.experiment.overdue
                                   ? qsTr("Check was due %1").arg(body.experiment.checkDateLabel)
                                   : qsTr("Check on %1").arg(body.experiment.checkDateLabel))
                    return parts.join("\n")
                }
                font.pixelSize: Theme.textSize(13)
                opacity: 0.75
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
    AnswerArea {
        id: resultField
        objectName: "resultField"
        visible: body.loop.hasExperiment
        placeholderText: qsTr("What happened, compared with what you expected?")
        Accessible.name: qsTr("Result of the experiment")
        Layout.fillWidth: true
        onTextChanged: {
            if (body.live && body.edited)
                saveLater.restart()
        }
        onEditingFinished: body.save()
    }

    Connections {
        target: body.loop
        function onExperimentChanged() {
            if ((body.experiment.experimentId || 0) !== body.filledFrom)
                body.fill()
        }
    }
    Component.onCompleted: fill()
    Component.onDestruction: save()
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The loop on the entry page: the four-step indicator and the one next step. When the stage
// still needs work, the next step opens its questions instead of moving on.
ColumnLayout {
    id: summary

    required property LoopController loop
    // Show the questions of loop.viewedStage; focusFirst puts the keyboard in the first one
    // still open.
    signal stageRequested(bool focusFirst)

    function takeNextStep() {
        if (!loop.nextStepMoves) {
            loop.viewedStage = loop.stage
            stageRequested(true)
        } else if (loop.takeNextStep() && !loop.closed) {
            stageRequested(false)
        }
    }

    spacing: 6

    LoopStepper {
        loop: summary.loop
        Layout.fillWidth: true
        onStepClicked: stage => {
            summary.loop.viewedStage = stage
            summary.stageRequested(false)
        }
    }
    // Side by side when there is room; on a phone the button gets a row of its own.
    GridLayout {
        columns: summary.width >= 520 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: 4
        Layout.fillWidth: true
        Label {
            objectName: "loopStageText"
            text: summary.loop.closed ? qsTr("This reflection is closed.")
                  //: %1 is the stage number, %2 the name of the loop stage
                  : qsTr("Stage %1 of 4: %2").arg(summary.loop.stage).arg(summary.loop.stageLabel)
            font.pixelSize: Theme.textSize(14)
            opacity: 0.75
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "nextStepButton"
            Accessible.name: text
            text: summary.loop.nextStepLabel
            highlighted: true
            Material.accent: Theme.filledAccent
            Layout.fillWidth: summary.width < 520
            onClicked: summary.takeNextStep()
        }
    }
    ErrorBanner {
        objectName: "loopErrorBanner"
        text: summary.loop.errorMessage
        Layout.fillWidth: true
    }
}

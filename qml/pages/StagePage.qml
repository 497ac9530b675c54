import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The one stage page: the questions of the stage being viewed, straight from the PromptCatalog
// (a delegate per kind), under the four-step indicator; below, the next step and the other moves
// (back a stage, skip with a reason, close early, reopen). Answers are written after a pause and
// when the page goes away.
Page {
    id: page

    required property LoopController loop
    required property RecordController recorder
    required property PlayerController answerPlayer
    required property int entryId
    // Put the keyboard in the first open question once shown.
    property bool focusFirst: false
    signal openEntry(int reflectionId)

    readonly property bool narrow: width < 600
    readonly property var moves: loop.history
    readonly property bool viewingOther: !loop.closed && loop.viewedStage !== loop.stage

    // Scrolls so the item is in view, a little below the top.
    function reveal(item) {
        const at = item.mapToItem(column, 0, 0)
        const wanted = Math.max(0, Math.min(at.y - Theme.margin, scroll.contentHeight - scroll.height))
        if (at.y < scroll.contentY || at.y + Math.min(item.height, scroll.height / 2) > scroll.contentY + scroll.height)
            scroll.contentY = wanted
    }
    function holds(item) {
        for (let p = item; p; p = p.parent) {
            if (p === column)
                return true
        }
        return false
    }
    function focusFirstPrompt() {
        for (let i = 0; i < promptRepeater.count; ++i) {
            const prompt = promptRepeater.itemAt(i) as PromptDelegate
            if (prompt && prompt.visible && !prompt.answered && prompt.focusAnswer()) {
                reveal(prompt)
                return
            }
        }
        for (let j = 0; j < promptRepeater.count; ++j) {
            const first = promptRepeater.itemAt(j) as PromptDelegate
            if (first && first.visible && first.focusAnswer()) {
                reveal(first)
                return
            }
        }
    }
    // Why a closed reflection was closed early ("" when its loop was complete).
    function closeReason() {
        for (let i = moves.length - 1; i >= 0; --i) {
            if (moves[i].to === LoopController.Closed)
                return moves[i].reason
        }
        return ""
    }
    // Leaving the page keeps a spoken answer being recorded, as Stop would, and stops playback.
    function letGo() {
        page.loop.saveNow()
        if (page.recorder.active && page.recorder.answerPromptId.length > 0)
            page.recorder.stop()
        page.answerPlayer.pause()
    }
    function takeNextStep() {
        if (!loop.nextStepMoves) {
            loop.viewedStage = loop.stage
            focusFirstPrompt()
        } else {
            loop.takeNextStep()
        }
    }

    objectName: "stagePage"
    title: loop.viewedStageLabel

    // The field with the keyboard stays in view (Tab, or focus moved on a phone).
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            const item = page.Window.activeFocusItem
            if (page.StackView.status === StackView.Active && item && page.holds(item))
                page.reveal(item)
        }
    }
    Connections {
        target: page.loop
        // A new stage's questions start at the top; an answer of the last one stops playing.
        function onViewedStageChanged() {
            scroll.contentY = 0
            page.answerPlayer.pause()
        }
    }

    Flickable {
        id: scroll
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin + 4
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.maxReadableWidth)
            x: (scroll.width - width) / 2
            y: Theme.margin
            spacing: Theme.spacing

            LoopStepper {
                loop: page.loop
                showViewed: true
                Layout.fillWidth: true
                onStepClicked: stage => page.loop.viewedStage = stage
            }

            Label {
                objectName: "stageHeading"
                //: %1 is the name of a loop stage (Detect, Analyse, Apply, Continue)
                text: page.loop.closed ? qsTr("%1 (closed)").arg(page.loop.viewedStageLabel) : page.loop.viewedStageLabel
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: 4
            }
            Label {
                objectName: "stageIntroText"
                text: page.loop.stageIntro
                opacity: 0.75
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            // "What, not who" (Analyse): prominent, above every question.
            Pane {
                visible: page.loop.stageHint.length > 0
                padding: Theme.spacing
                leftPadding: Theme.margin
                Layout.fillWidth: true
                background: Rectangle {
                    readonly property color tint: page.Material.accentColor
                    radius: Theme.radius
                    color: Qt.rgba(tint.r, tint.g, tint.b, 0.12)
                    Rectangle {
                        width: 4
                        height: parent.height
                        radius: 2
                        color: parent.tint
                    }
                }
                Label {
                    objectName: "stageHintText"
                    anchors.left: parent.left
                    anchors.right: parent.right
                    text: page.loop.stageHint
                    font.pixelSize: Theme.textSize(16)
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
            }
            // Closed: why, and what Reopen does.
            Pane {
                visible: page.loop.closed
                padding: Theme.spacing
                leftPadding: Theme.margin
                Layout.fillWidth: true
                background: Rectangle {
                    readonly property color ink: page.Material.foreground
                    radius: Theme.radius
                    color: Qt.rgba(ink.r, ink.g, ink.b, 0.05)
                }
                Label {
                    objectName: "closedText"
                    anchors.left: parent.left
                    anchors.right: parent.right
                    text: page.closeReason().length > 0
                          //: %1 is the person's reason for closing; %2 is the name of a loop stage
                          ? Theme.fill(qsTr("Closed early: “%1”. You can still read and change the answers; Reopen takes it on from %2."),
                                      [page.closeReason(), page.loop.stageName(page.loop.nextStepStage)])
                          : qsTr("Closed: the loop is complete. You can still read and change the answers, or reopen it.")
                    wrapMode: Text.Wrap
                }
            }
            // Looking at another stage than the one the reflection is at.
            RowLayout {
                visible: page.viewingOther
                spacing: 8
                Layout.fillWidth: true
                Label {
                    objectName: "viewingOtherStageText"
                    //: %1 is the name of a loop stage (Detect, Analyse, Apply, Continue)
                    text: qsTr("This reflection is at %1; you can still change these answers.").arg(page.loop.stageLabel)
                    font.pixelSize: Theme.textSize(13)
                    opacity: 0.8
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "viewCurrentStageButton"
                    Accessible.name: text
                    //: button: %1 is the name of a loop stage
                    text: qsTr("Go to %1").arg(page.loop.stageLabel)
                    flat: true
                    Material.foreground: Material.accent
                    onClicked: page.loop.viewedStage = page.loop.stage
                }
            }

            ColumnLayout {
                objectName: "promptList"
                spacing: Theme.margin + 12
                Layout.fillWidth: true
                Layout.topMargin: 8

                Repeater {
                    id: promptRepeater
                    model: page.loop.prompts
                    // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5
                    // has pragma ComponentBehavior: Bound); at run time they resolve as usual.
                    // qmllint disable unqualified
                    delegate: PromptDelegate {
                        loop: page.loop
                        recorder: page.recorder
                        answerPlayer: page.answerPlayer
                        reflectionId: page.entryId
                        Layout.fillWidth: true
                        onOpenEntry: reflectionId => page.openEntry(reflectionId)
                    }
                    // qmllint enable unqualified
                }
            }

            // The moves so far (skips and early closes with their reasons).
            ColumnLayout {
                visible: page.loop.history.length > 0
                spacing: 2
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                Label {
                    text: qsTr("So far")
                    font.pixelSize: Theme.smallSize
                    font.weight: Font.DemiBold
                    font.capitalization: Font.AllUppercase
                    font.letterSpacing: 0.6
                    opacity: 0.7
                }
                Repeater {
                    model: page.loop.history
                    // qmllint disable unqualified
                    delegate: Label {
                        required property var modelData
                        objectName: "historyLine"
                        text: {
                            const when = modelData.at.toLocaleDateString(Qt.locale(), Locale.ShortFormat)
                            let what = ""
                            switch (modelData.kind) {
                            //: loop history: %1 is the name of the loop stage moved to
                            case 1: what = qsTr("On to %1").arg(modelData.toLabel); break
                            //: loop history: %1 is the name of the loop stage moved back to
                            case 2: what = qsTr("Back to %1").arg(modelData.toLabel); break
                            //: loop history: %1 is the name of the skipped stage, %2 the person's reason
                            case 3: what = qsTr("Skipped %1: %2").arg(modelData.fromLabel).arg(modelData.reason); break
                            case 4: what = modelData.reason.length > 0
                                         //: loop history: %1 is the name of a loop stage, %2 the person's reason
                                         ? qsTr("Closed at %1: %2").arg(modelData.fromLabel).arg(modelData.reason)
                                         : qsTr("Closed"); break
                            //: loop history: %1 is the name of a loop stage
                            case 5: what = qsTr("Reopened at %1").arg(modelData.toLabel); break
                            }
                            return qsTr("%1 · %2").arg(when).arg(what)
                        }
                        font.pixelSize: Theme.textSize(13)
                        opacity: 0.7
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    // qmllint enable unqualified
                }
            }
        }
    }

    footer: Pane {
        objectName: "stageFooter"
        topPadding: 8
        bottomPadding: 8
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        background: Rectangle {
            color: page.Material.backgroundColor
            Rectangle {
                width: parent.width
                height: 1
                color: page.Material.dividerColor
            }
        }

        ColumnLayout {
            width: Math.min(parent.width, Theme.maxReadableWidth)
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: 4

            ErrorBanner {
                objectName: "loopErrorBanner"
                text: page.loop.errorMessage
                Layout.fillWidth: true
            }
            GridLayout {
                columns: page.narrow ? 1 : 2
                columnSpacing: Theme.spacing
                rowSpacing: 0
                Layout.fillWidth: true

                Flow {
                    spacing: 0
                    Layout.fillWidth: true
                    Button {
                        objectName: "backStageButton"
                        Accessible.name: text
                        visible: page.loop.canGoBack
                        text: qsTr("Back a stage")
                        flat: true
                        onClicked: page.loop.back()
                    }
                    Button {
                        objectName: "skipStageButton"
                        Accessible.name: text
                        visible: page.loop.canSkip
                        text: qsTr("Skip…")
                        flat: true
                        onClicked: skipDialog.open()
                    }
                    Button {
                        objectName: "closeLoopButton"
                        Accessible.name: text
                        visible: page.loop.canClose && !page.loop.canCloseWithoutReason
                        text: qsTr("Close early…")
                        flat: true
                        onClicked: closeDialog.open()
                    }
                }
                Button {
                    objectName: "nextStepButton"
                    Accessible.name: text
                    visible: !page.loop.closed
                    text: page.loop.nextStepLabel
                    highlighted: page.loop.nextStepMoves
                    Material.accent: Theme.filledAccent
                    Layout.fillWidth: page.narrow
                    Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                    onClicked: page.takeNextStep()
                }
                Button {
                    objectName: "reopenButton"
                    Accessible.name: text
                    visible: page.loop.closed
                    text: qsTr("Reopen")
                    highlighted: true
                    Material.accent: Theme.filledAccent
                    Layout.fillWidth: page.narrow
                    Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                    onClicked: page.loop.reopen()
                }
            }
        }
    }

    ReasonDialog {
        id: skipDialog
        objectName: "skipDialog"
        //: dialog title: %1 is the name of a loop stage
        title: qsTr("Skip %1?").arg(page.loop.stageLabel)
        message: qsTr("A few words on why, for when you look back.")
        placeholderText: qsTr("For example: nothing to change here")
        fieldName: "skipReasonField"
        confirmName: "confirmSkipButton"
        confirmText: qsTr("Skip")
        onConfirmed: reason => {
            if (page.loop.skip(reason))
                skipDialog.close()
            else
                skipDialog.error = page.loop.errorMessage
        }
    }
    ReasonDialog {
        id: closeDialog
        objectName: "closeDialog"
        title: qsTr("Close this reflection early?")
        message: qsTr("Why close it now? You can reopen it at any time.")
        placeholderText: qsTr("For example: it no longer matters")
        fieldName: "closeReasonField"
        confirmName: "confirmCloseButton"
        confirmText: qsTr("Close")
        onConfirmed: reason => {
            if (page.loop.close(reason))
                closeDialog.close()
            else
                closeDialog.error = page.loop.errorMessage
        }
    }

    // Shown again (back from another entry): show this reflection's loop.
    StackView.onActivating: {
        if (!page.loop.shows(page.entryId))
            page.loop.load(page.entryId)
    }
    StackView.onDeactivating: page.letGo()
    // Once the questions are built.
    Timer {
        running: page.focusFirst
        interval: 0
        onTriggered: page.focusFirstPrompt()
    }
    Component.onDestruction: {
        page.letGo()
        page.answerPlayer.close(page.entryId)
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// One reflection: read it, edit it, delete it (the workspace offers Undo), and see where it is in
// the loop with its one next step.
Page {
    id: page

    required property EntryController entries
    required property PlayerController player
    required property LoopController loop
    required property NudgeController nudges
    required property TagsController tags
    // What coaches wrote back about this reflection.
    required property EntryCommentsModel comments
    required property int entryId
    property var entry: ({})
    property string savedText: ""
    signal deleted(int reflectionId)
    // Show the questions of loop.viewedStage (see LoopSummary).
    signal stageRequested(int reflectionId, bool focusFirst)

    function reload() {
        page.player.load(page.entryId)
        entry = page.entries.load(page.entryId)
        page.loop.load(page.entryId)
        page.tags.load(page.entryId)
        page.comments.load(page.entryId)
        savedText = entry.text || ""
        writing.text = savedText
    }
    function saveChanges() {
        if (writing.text !== savedText && page.entries.save(page.entryId, writing.text))
            savedText = writing.text
    }
    function describe(when) {
        if (!when)
            return ""
        //: %1 is a long date, %2 a time of day
        return qsTr("%1 at %2").arg(when.toLocaleDateString(Qt.locale(), Locale.LongFormat))
                               .arg(when.toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
    }

    objectName: "entryPage"
    title: qsTr("Reflection")

    ColumnLayout {
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxReadableWidth)
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.topMargin: Theme.margin + 4
        anchors.bottomMargin: Theme.margin
        spacing: Theme.spacing

        Label {
            objectName: "entryDate"
            text: page.describe(page.entry.created)
            font.pixelSize: Theme.textSize(14)
            opacity: 0.7
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TagEditor {
            tags: page.tags
            Layout.fillWidth: true
        }
        LoopSummary {
            loop: page.loop
            Layout.fillWidth: true
            onStageRequested: focusFirst => page.stageRequested(page.entryId, focusFirst)
        }
        VoicePlayerBar {
            player: page.player
            Layout.fillWidth: true
        }
        WritingArea {
            id: writing
            editorName: "entryText"
            placeholderText: page.player.hasVoice ? qsTr("Add notes beside the recording…") : ""
            Layout.fillWidth: true
            Layout.fillHeight: true
            onSubmitted: page.saveChanges()
        }
        CoachComments {
            comments: page.comments
            Layout.fillWidth: true
        }
        ErrorBanner {
            text: page.entries.errorMessage
            Layout.fillWidth: true
        }
        // The reminders switch beside the actions, or above them where both do not fit in one
        // line (a phone in German): each keeps its whole words.
        GridLayout {
            id: entryActions
            columns: width >= remindSwitch.implicitWidth + actionsRow.implicitWidth + Theme.spacing ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: 0
            Layout.fillWidth: true
            // Reminders for this entry (Closed entries get none, so the switch hides).
            Switch {
                id: remindSwitch
                objectName: "entryRemindersSwitch"
                visible: !page.loop.closed
                text: qsTr("Reminders")
                Accessible.name: qsTr("Reminders for this reflection")
                Accessible.description: qsTr("When off, Debrief does not remind you about this reflection.")
                checked: !page.nudges.muted(page.entryId)
                onToggled: page.nudges.setMuted(page.entryId, !checked)
                Connections {
                    target: page.nudges
                    function onPlanChanged() {
                        remindSwitch.checked = !page.nudges.muted(page.entryId)
                    }
                }
            }
            RowLayout {
                id: actionsRow
                spacing: Theme.spacing
                Layout.fillWidth: true
                Button {
                    objectName: "deleteButton"
                    Accessible.name: text
                    text: qsTr("Delete")
                    flat: true
                    onClicked: {
                        if (page.entries.remove(page.entryId))
                            page.deleted(page.entryId)
                    }
                }
                Label {
                    text: writing.text !== page.savedText ? qsTr("Unsaved changes") : ""
                    opacity: 0.7
                    font.pixelSize: Theme.smallSize
                    horizontalAlignment: Text.AlignRight
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "saveChangesButton"
                    Accessible.name: text
                    text: qsTr("Save changes")
                    highlighted: true
                    Material.accent: Theme.filledAccent
                    enabled: writing.text !== page.savedText
                    onClicked: page.saveChanges()
                }
            }
        }
    }

    Component.onCompleted: reload()
    // Back from a page that showed another reflection's loop: show this one's again.
    StackView.onActivating: {
        if (!page.loop.shows(page.entryId))
            page.loop.load(page.entryId)
        page.tags.load(page.entryId)
        page.comments.load(page.entryId)
    }
    // The recording stops when the page goes (another entry, the settings, back to the list).
    StackView.onDeactivated: page.player.pause()
    Component.onDestruction: page.player.close(page.entryId)
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Everything waiting for its next step, in the order its reminders come (due now first). Each
// row opens the entry at the stage it needs; its menu snoozes, says "Not now", or turns the
// entry's reminders off or on.
Page {
    id: page

    required property NudgeController nudges
    // Open the entry at this stage's page.
    signal opened(int reflectionId, int stage)

    objectName: "duePage"
    title: qsTr("Due")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            objectName: "dueSummary"
            visible: list.count > 0
            text: page.nudges.due.waitingNow > 0
                  ? qsTr("%n waiting now", "", page.nudges.due.waitingNow)
                  : qsTr("Nothing waiting right now. Coming up:")
            font.pixelSize: Theme.textSize(13)
            opacity: 0.7
            leftPadding: Math.max(Theme.margin, (page.width - Theme.maxReadableWidth) / 2)
            topPadding: Theme.margin
            bottomPadding: 4
            Layout.fillWidth: true
        }
        ErrorBanner {
            objectName: "dueError"
            text: page.nudges.errorMessage
            leftPadding: Theme.margin
            rightPadding: Theme.margin
            Layout.fillWidth: true
        }
        Label {
            objectName: "notificationsRefused"
            visible: !page.nudges.notificationsAllowed
            text: qsTr("Notifications are off for Debrief in your system settings, so reminders only show here.")
            wrapMode: Text.Wrap
            leftPadding: Math.max(Theme.margin, (page.width - Theme.maxReadableWidth) / 2)
            rightPadding: leftPadding
            bottomPadding: 4
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "dueList"
            model: page.nudges.due
            clip: true
            bottomMargin: Theme.margin
            keyNavigationEnabled: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}

            // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has
            // pragma ComponentBehavior: Bound); at run time they resolve as usual.
            // qmllint disable unqualified
            delegate: ItemDelegate {
                id: row
                required property int index
                required property var reflectionId
                required property string firstLine
                required property string stageLabel
                required property string nextStep
                required property int stage
                required property string dueText
                required property bool overdue
                required property bool muted
                required property bool dismissed

                readonly property string status: row.muted ? qsTr("Reminders off")
                    : row.dismissed ? qsTr("Not now: no reminder until it changes")
                    : row.dueText

                objectName: "dueRow_" + reflectionId
                width: ListView.view.width
                topPadding: 12
                bottomPadding: 12
                leftPadding: Math.max(Theme.margin, (width - Theme.maxReadableWidth) / 2)
                rightPadding: leftPadding
                Accessible.name: row.nextStep + ", " + row.firstLine + ", " + row.status
                onClicked: page.opened(row.reflectionId, row.stage)

                Menu {
                    id: rowMenu
                    x: row.width - width - row.rightPadding
                    y: row.height / 2
                    MenuItem {
                        objectName: "snoozeHour"
                        Accessible.name: text
                        enabled: !row.muted
                        text: qsTr("Snooze 1 hour")
                        onTriggered: page.nudges.snooze(row.reflectionId, NudgeController.SnoozeHour)
                    }
                    MenuItem {
                        objectName: "snoozeEvening"
                        Accessible.name: text
                        enabled: !row.muted
                        text: qsTr("Snooze until this evening")
                        onTriggered: page.nudges.snooze(row.reflectionId, NudgeController.SnoozeEvening)
                    }
                    MenuItem {
                        objectName: "snoozeTomorrow"
                        Accessible.name: text
                        enabled: !row.muted
                        text: qsTr("Snooze until tomorrow")
                        onTriggered: page.nudges.snooze(row.reflectionId, NudgeController.SnoozeTomorrow)
                    }
                    MenuItem {
                        objectName: "notNow"
                        Accessible.name: text
                        enabled: !row.muted && !row.dismissed
                        text: qsTr("Not now")
                        onTriggered: page.nudges.notNow(row.reflectionId)
                    }
                    MenuItem {
                        objectName: "toggleMute"
                        Accessible.name: text
                        text: row.muted ? qsTr("Turn reminders on for this entry") : qsTr("Turn reminders off for this entry")
                        onTriggered: page.nudges.setMuted(row.reflectionId, !row.muted)
                    }
                }

                contentItem: RowLayout {
                    spacing: 8
                    ColumnLayout {
                        spacing: 4
                        Layout.fillWidth: true
                        RowLayout {
                            spacing: 8
                            Layout.fillWidth: true
                            Label {
                                objectName: "dueNowBadge"
                                visible: row.overdue && !row.muted && !row.dismissed
                                text: qsTr("Now")
                                color: "white"
                                font.pixelSize: Theme.smallSize
                                font.weight: Font.DemiBold
                                leftPadding: 8
                                rightPadding: 8
                                topPadding: 2
                                bottomPadding: 2
                                background: Rectangle {
                                    radius: height / 2
                                    color: row.Material.color(Material.Teal, Material.Shade700)
                                }
                            }
                            Label {
                                objectName: "dueNextStep"
                                text: row.nextStep
                                font.pixelSize: Theme.textSize(13)
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            text: row.firstLine
                            font.pixelSize: Theme.textSize(16)
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "dueWhen"
                            //: %1 is the name of a loop stage, %2 what is waiting
                            text: qsTr("%1 · %2").arg(row.stageLabel).arg(row.status)
                            font.pixelSize: Theme.textSize(13)
                            opacity: 0.65
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    ToolButton {
                        objectName: "dueMenuButton_" + row.reflectionId
                        text: "\u22EE"
                        font.pixelSize: Theme.textSize(20)
                        Accessible.name: qsTr("Reminder options")
                        onClicked: rowMenu.open()
                    }
                }
            }
            // qmllint enable unqualified

            Label {
                objectName: "dueEmpty"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                opacity: 0.7
                lineHeight: 1.2
                text: qsTr("Nothing is waiting. After you capture a reflection, Debrief reminds you at a good time to look at it more closely, to try one small experiment, to check how it went and to take your next smart risk. Each step shows up here.")
            }
        }
    }
}

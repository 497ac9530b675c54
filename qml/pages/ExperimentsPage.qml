import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The experiments still open, by check date: overdue ones first (marked), those without a date
// last. Each row opens the reflection to record how it went.
Page {
    id: page

    required property ExperimentsModel experiments
    signal opened(int reflectionId)

    objectName: "experimentsPage"
    title: qsTr("Experiments")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            objectName: "experimentsSummary"
            visible: page.experiments.count > 0
            text: page.experiments.overdueCount > 0
                  ? qsTr("%n open, %1 waiting for a check", "", page.experiments.count).arg(page.experiments.overdueCount)
                  : qsTr("%n open", "", page.experiments.count)
            font.pixelSize: Theme.textSize(13)
            opacity: 0.7
            leftPadding: Math.max(Theme.margin, (page.width - Theme.maxReadableWidth) / 2)
            topPadding: Theme.margin
            bottomPadding: 4
            Layout.fillWidth: true
        }
        ErrorBanner {
            objectName: "experimentsError"
            text: page.experiments.errorMessage
            leftPadding: Theme.margin
            rightPadding: Theme.margin
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "experimentsList"
            model: page.experiments
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
                required property var experimentId
                required property var reflectionId
                required property string hypothesis
                // "action" is the delegate's own (final) property: the plan's comes as model.action.
                required property var model
                readonly property string plannedAction: model.action
                required property string checkDateLabel
                required property var daysLeft
                required property bool overdue
                required property bool dueToday
                required property string entryFirstLine

                readonly property string when: checkDateLabel.length === 0 ? qsTr("No check date")
                    : overdue ? qsTr("Check was due %1").arg(checkDateLabel)
                    : dueToday ? qsTr("Check today")
                    : daysLeft === 1 ? qsTr("Check tomorrow, %1").arg(checkDateLabel)
                    : qsTr("Check on %1 (in %n days)", "", daysLeft).arg(checkDateLabel)

                objectName: "experimentRow_" + experimentId
                width: ListView.view.width
                topPadding: 12
                bottomPadding: 12
                leftPadding: Math.max(Theme.margin, (width - Theme.maxReadableWidth) / 2)
                rightPadding: leftPadding
                Accessible.name: row.hypothesis + ", " + row.when
                onClicked: page.opened(row.reflectionId)

                contentItem: ColumnLayout {
                    spacing: 4
                    RowLayout {
                        spacing: 8
                        Layout.fillWidth: true
                        Label {
                            objectName: "overdueBadge"
                            visible: row.overdue
                            text: qsTr("Overdue")
                            color: "white"
                            font.pixelSize: Theme.smallSize
                            font.weight: Font.DemiBold
                            leftPadding: 8
                            rightPadding: 8
                            topPadding: 2
                            bottomPadding: 2
                            background: Rectangle {
                                radius: height / 2
                                color: row.Material.color(Material.DeepOrange, Material.Shade700)
                            }
                        }
                        Label {
                            objectName: "experimentWhen"
                            text: row.when
                            font.pixelSize: Theme.textSize(13)
                            font.weight: row.overdue || row.dueToday ? Font.DemiBold : Font.Normal
                            opacity: row.overdue || row.dueToday ? 1 : 0.7
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        text: row.hypothesis.length > 0 ? row.hypothesis
                              : (row.plannedAction.length > 0 ? row.plannedAction : qsTr("(not written yet)"))
                        font.pixelSize: Theme.textSize(16)
                        wrapMode: Text.Wrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: row.entryFirstLine.length > 0
                        text: qsTr("From “%1”").arg(row.entryFirstLine)
                        font.pixelSize: Theme.textSize(13)
                        opacity: 0.65
                        elide: Text.ElideRight
                        maximumLineCount: 1
                        Layout.fillWidth: true
                    }
                }
            }
            // qmllint enable unqualified

            Label {
                objectName: "experimentsEmpty"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                opacity: 0.7
                lineHeight: 1.2
                text: qsTr("No open experiments. In Apply, pick one change to test with a check date: it shows up here until you decide to keep, adjust or drop it.")
            }
        }
    }

    // "Overdue" depends on today: read the list again whenever the page is shown.
    StackView.onActivating: page.experiments.refresh()
    Component.onCompleted: page.experiments.refresh()
}

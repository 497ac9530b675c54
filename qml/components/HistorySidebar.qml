import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Desktop's left pane: where to look (all reflections, what is due, lessons, experiments,
// insights) and the filters of the history list.
Flickable {
    id: sidebar

    required property HistoryModel history
    required property TagSuggestionsModel tagSuggestions
    required property NudgeController nudges
    required property ExperimentsModel experiments
    // The objectName of the page shown beside ("duePage", "insightsPage" …).
    property string currentPage
    // False until the caller wants the filters: the window's first frame comes without them.
    property bool populated: true
    signal sectionChosen(string page)

    objectName: "historySidebar"
    contentWidth: width
    contentHeight: column.implicitHeight + Theme.margin
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    ScrollBar.vertical: ScrollBar {}

    // Qt 6.4's qmllint counts this file's ids as unqualified inside inline components (6.5 has
    // pragma ComponentBehavior: Bound); at run time they resolve as usual.
    // qmllint disable unqualified
    component SectionButton: ItemDelegate {
        id: section
        property string page
        width: parent ? parent.width : 0
        leftPadding: Theme.margin
        font.pixelSize: Theme.textSize(14)
        highlighted: sidebar.currentPage === page
        Accessible.name: text
        onClicked: sidebar.sectionChosen(page)
        background: Rectangle {
            readonly property color tint: section.Material.accentColor
            readonly property color ink: section.Material.foreground
            color: section.highlighted ? Qt.rgba(tint.r, tint.g, tint.b, 0.12)
                 : section.down ? Qt.rgba(ink.r, ink.g, ink.b, 0.10)
                 : section.hovered ? Qt.rgba(ink.r, ink.g, ink.b, 0.04) : "transparent"
            border.width: section.visualFocus ? 2 : 0
            border.color: tint
        }
    }
    // qmllint enable unqualified

    ColumnLayout {
        id: column
        width: sidebar.width
        spacing: 0

        Column {
            Layout.fillWidth: true
            Layout.topMargin: 8
            SectionButton {
                objectName: "sectionAll"
                page: ""
                text: qsTr("All reflections")
                highlighted: sidebar.currentPage !== "duePage" && sidebar.currentPage !== "lessonsPage"
                             && sidebar.currentPage !== "experimentsPage" && sidebar.currentPage !== "insightsPage"
                             && sidebar.currentPage !== "sharedWithMePage" && sidebar.currentPage !== "senderPage"
            }
            SectionButton {
                objectName: "dueButton"
                page: "duePage"
                text: sidebar.nudges.due.waitingNow > 0
                      ? qsTr("Due (%1)").arg(sidebar.nudges.due.waitingNow) : qsTr("Due")
            }
            SectionButton {
                objectName: "lessonsButton"
                page: "lessonsPage"
                text: qsTr("Lessons")
            }
            SectionButton {
                objectName: "experimentsButton"
                page: "experimentsPage"
                text: sidebar.experiments.overdueCount > 0
                      ? qsTr("Experiments (%1 due)").arg(sidebar.experiments.overdueCount) : qsTr("Experiments")
            }
            SectionButton {
                objectName: "insightsButton"
                page: "insightsPage"
                text: qsTr("Insights")
            }
            SectionButton {
                objectName: "sectionSharedWithMe"
                page: "sharedWithMePage"
                text: qsTr("Shared with me")
                highlighted: sidebar.currentPage === "sharedWithMePage" || sidebar.currentPage === "senderPage"
            }
        }
        Rectangle {
            color: sidebar.Material.dividerColor
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            Layout.topMargin: 8
            Layout.bottomMargin: 8
        }
        // Nothing to filter in an empty vault.
        Loader {
            active: sidebar.populated
            visible: !sidebar.history.vaultEmpty
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin - 4
            // qmllint disable unqualified
            sourceComponent: HistoryFilters {
                history: sidebar.history
                tagSuggestions: sidebar.tagSuggestions
            }
            // qmllint enable unqualified
        }
    }
}

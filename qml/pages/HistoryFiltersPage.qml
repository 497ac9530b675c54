import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The history filters on a phone, over the list; Back (or "Show") returns to it.
Page {
    id: page

    required property HistoryModel history
    required property TagSuggestionsModel tagSuggestions
    signal done()

    objectName: "historyFiltersPage"
    title: qsTr("Filters")

    Flickable {
        id: scroll
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.maxFormWidth)
            x: (scroll.width - width) / 2
            y: Theme.margin
            spacing: Theme.spacing
            HistoryFilters {
                history: page.history
                tagSuggestions: page.tagSuggestions
                Layout.fillWidth: true
            }
            Button {
                objectName: "showResultsButton"
                Accessible.name: text
                highlighted: true
                Material.accent: Theme.filledAccent
                text: page.history.total === 1 ? qsTr("Show 1 reflection")
                                               : qsTr("Show %n reflections", "", page.history.total)
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                onClicked: page.done()
            }
        }
    }
}

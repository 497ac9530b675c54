import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Debrief.Ui

// History on a phone: the search, the list, and the filters one tap away (a page of their own).
Page {
    id: page

    required property HistoryModel history
    required property ExamplesController examples
    // The reflections picked to share or export (select mode: the toolbar's Select, or a long
    // press on a row).
    required property HistorySelection selection
    signal shareRequested()
    signal exportRequested(int format)
    signal opened(int reflectionId)
    signal filtersRequested()
    // The empty history's "Restore from a backup".
    signal restoreRequested()

    function focusSearch() {
        search.focusField()
    }
    readonly property bool searchFocused: search.fieldFocused
    readonly property HistoryList list: historyList

    objectName: "historyPage"
    title: qsTr("History")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        HistorySearchBar {
            id: search
            history: page.history
            showFiltersButton: true
            Layout.fillWidth: true
            onFiltersRequested: page.filtersRequested()
            onDownPressed: {
                historyList.forceActiveFocus()
                if (historyList.currentIndex < 0 && historyList.count > 0)
                    historyList.currentIndex = 0
            }
            onAccepted: {
                if (historyList.count > 0)
                    page.opened(page.history.idAt(Math.max(historyList.currentIndex, 0)))
            }
        }
        HistoryList {
            id: historyList
            history: page.history
            examples: page.examples
            focus: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            onOpened: reflectionId => page.opened(reflectionId)
            onLeftAtTop: search.focusField()
            selection: page.selection
            onRestoreRequested: page.restoreRequested()
        }
        SelectionBar {
            selection: page.selection
            Layout.fillWidth: true
            onShareRequested: page.shareRequested()
            onExportRequested: format => page.exportRequested(format)
        }
    }
}

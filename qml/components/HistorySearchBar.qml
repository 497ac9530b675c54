import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Above the history list: search as you type (Down goes to the list, Enter opens the first
// match), how many reflections show, and the order and grouping. On a phone it also opens
// the filters.
ColumnLayout {
    id: bar

    required property HistoryModel history
    property bool showFiltersButton: false
    signal downPressed()
    signal accepted()
    signal filtersRequested()

    function focusField() {
        field.forceActiveFocus()
        field.selectAll()
    }
    readonly property bool fieldFocused: field.activeFocus
    readonly property var sortChoices: [
        { value: HistoryModel.Newest, text: qsTr("Newest first") },
        { value: HistoryModel.Oldest, text: qsTr("Oldest first") },
        { value: HistoryModel.NeedsAttention, text: qsTr("Needs attention") },
        { value: HistoryModel.Relevance, text: qsTr("Best match") }
    ]
    readonly property var groupingChoices: [
        { value: HistoryModel.ByMonth, text: qsTr("By month") },
        { value: HistoryModel.ByWeek, text: qsTr("By week") },
        { value: HistoryModel.NoGrouping, text: qsTr("No grouping") }
    ]
    function sortText() {
        for (const choice of sortChoices) {
            if (choice.value === history.sort)
                return choice.text
        }
        return ""
    }

    spacing: 4

    RowLayout {
        spacing: 4
        Layout.fillWidth: true
        Layout.leftMargin: Theme.margin
        Layout.rightMargin: Theme.margin - 4
        Layout.topMargin: Theme.spacing
        AnswerField {
            id: field
            objectName: "historySearchField"
            text: bar.history.searchText
            placeholderText: qsTr("Search reflections")
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Search reflections")
            Accessible.description: qsTr("Finds words in reflections, answers, lessons and experiments as you type.")
            rightPadding: clearButton.visible ? clearButton.width + 4 : Theme.spacing
            Layout.fillWidth: true
            onTextEdited: bar.history.searchText = text
            onAccepted: {
                bar.history.searchNow()
                bar.accepted()
            }
            // Esc first clears the search (before the window's Esc goes back).
            Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape && field.text.length > 0
            Keys.onEscapePressed: bar.history.searchText = ""
            Keys.onDownPressed: {
                bar.history.searchNow()
                bar.downPressed()
            }
            ToolButton {
                id: clearButton
                objectName: "clearSearchButton"
                visible: field.text.length > 0
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: "\u2715"
                font.pixelSize: Theme.textSize(14)
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Clear search")
                onClicked: {
                    bar.history.searchText = ""
                    field.forceActiveFocus()
                }
            }
        }
        ToolButton {
            objectName: "filtersButton"
            Accessible.name: text
            visible: bar.showFiltersButton
            text: bar.history.activeFilterCount > 0 ? qsTr("Filters (%1)").arg(bar.history.activeFilterCount) : qsTr("Filters")
            onClicked: bar.filtersRequested()
        }
    }
    RowLayout {
        spacing: 0
        Layout.fillWidth: true
        Layout.leftMargin: Theme.margin
        Layout.rightMargin: 4
        Label {
            objectName: "historyCount"
            readonly property int n: bar.history.total
            readonly property bool narrowed: bar.history.searching || bar.history.activeFilterCount > 0
            text: narrowed ? qsTr("%n reflections match", "", n) : qsTr("%n reflections", "", n)
            font.pixelSize: Theme.smallSize
            opacity: 0.65
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        ToolButton {
            id: viewButton
            objectName: "historyViewButton"
            text: bar.sortText() + " \u25BE"
            font.pixelSize: Theme.smallSize
            Accessible.name: qsTr("Order and grouping: %1").arg(bar.sortText())
            onClicked: viewMenu.open()
            Menu {
                id: viewMenu
                y: viewButton.height
                MenuItem {
                    objectName: "sortNewest"
                    Accessible.name: text
                    text: bar.sortChoices[0].text
                    checkable: true
                    checked: bar.history.sort === HistoryModel.Newest
                    onTriggered: bar.history.sort = HistoryModel.Newest
                }
                MenuItem {
                    objectName: "sortOldest"
                    Accessible.name: text
                    text: bar.sortChoices[1].text
                    checkable: true
                    checked: bar.history.sort === HistoryModel.Oldest
                    onTriggered: bar.history.sort = HistoryModel.Oldest
                }
                MenuItem {
                    objectName: "sortAttention"
                    Accessible.name: text
                    text: bar.sortChoices[2].text
                    checkable: true
                    checked: bar.history.sort === HistoryModel.NeedsAttention
                    onTriggered: bar.history.sort = HistoryModel.NeedsAttention
                }
                MenuItem {
                    objectName: "sortRelevance"
                    Accessible.name: text
                    text: bar.sortChoices[3].text
                    checkable: true
                    checked: bar.history.sort === HistoryModel.Relevance
                    onTriggered: bar.history.sort = HistoryModel.Relevance
                }
                MenuSeparator {}
                MenuItem {
                    objectName: "groupMonth"
                    Accessible.name: text
                    text: bar.groupingChoices[0].text
                    checkable: true
                    checked: bar.history.grouping === HistoryModel.ByMonth
                    onTriggered: bar.history.grouping = HistoryModel.ByMonth
                }
                MenuItem {
                    objectName: "groupWeek"
                    Accessible.name: text
                    text: bar.groupingChoices[1].text
                    checkable: true
                    checked: bar.history.grouping === HistoryModel.ByWeek
                    onTriggered: bar.history.grouping = HistoryModel.ByWeek
                }
                MenuItem {
                    objectName: "groupNone"
                    Accessible.name: text
                    text: bar.groupingChoices[2].text
                    checkable: true
                    checked: bar.history.grouping === HistoryModel.NoGrouping
                    onTriggered: bar.history.grouping = HistoryModel.NoGrouping
                }
            }
        }
    }
    ErrorBanner {
        objectName: "historyError"
        text: bar.history.errorMessage
        Layout.fillWidth: true
        Layout.leftMargin: Theme.margin
        Layout.rightMargin: Theme.margin
    }
}

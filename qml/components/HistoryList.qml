import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The history list: a date, the first line, the loop stage, tags and (when searching) the
// matching words per entry, grouped into weeks or months with a one-line summary each, loaded
// as it scrolls. Keyboard: Up/Down move, Enter opens, Delete asks first (the workspace's
// shortcut). Empty, it explains the loop and offers the examples; filtered to nothing, it says
// so and offers to clear the filters.
ListView {
    id: list

    required property HistoryModel history
    required property ExamplesController examples
    // False until the caller wants rows: lets a window show its first frame before the list
    // reads its first page from the vault.
    property bool populated: true
    property int selectedId: 0
    // The entries picked to share or export (RowSelection: Ctrl/Shift+click, the checks); in
    // select mode (or after a long press) a tap or Space toggles a row instead of opening it.
    property HistorySelection selection: null
    readonly property bool selecting: selection !== null && selection.active
    signal opened(int reflectionId)
    // Up from the first row: back to the search field above.
    signal leftAtTop()
    // Empty: the person has a backup to bring back (a new device).
    signal restoreRequested()

    // "Today, 9:15 AM", "Yesterday, …", "Monday, …", then the date.
    function when(moment) {
        const time = moment.toLocaleTimeString(Qt.locale(), Locale.ShortFormat)
        const now = new Date()
        const today = new Date(now.getFullYear(), now.getMonth(), now.getDate())
        const day = new Date(moment.getFullYear(), moment.getMonth(), moment.getDate())
        const days = Math.round((today.getTime() - day.getTime()) / 86400000)
        if (days === 0)
            //: %1 is a time of day
            return qsTr("Today, %1").arg(time)
        if (days === 1)
            //: %1 is a time of day
            return qsTr("Yesterday, %1").arg(time)
        if (days > 1 && days < 7)
            //: %1 is a weekday name, %2 a time of day
            return qsTr("%1, %2").arg(moment.toLocaleDateString(Qt.locale(), "dddd")).arg(time)
        if (moment.getFullYear() === now.getFullYear())
            return moment.toLocaleDateString(Qt.locale(), qsTr("MMMM d", "date in the history list, this year"))
        return moment.toLocaleDateString(Qt.locale(), qsTr("MMMM d, yyyy", "date in the history list, an earlier year"))
    }
    function openCurrent() {
        if (currentIndex >= 0 && currentIndex < count)
            opened(history.idAt(currentIndex))
    }
    // The reflection the keyboard is on (0: none).
    function currentId() {
        return currentIndex >= 0 && currentIndex < count ? history.idAt(currentIndex) : 0
    }

    objectName: "historyList"
    model: populated ? history : null
    clip: true
    currentIndex: -1
    keyNavigationEnabled: true
    highlightMoveDuration: 0
    // Rows are made as they come into view, never ahead in the background: Qt 6.4's ListView
    // loses track of a row it is making ahead when a new search or filter replaces the rows
    // ("DelegateModel::cancel: index out range").
    cacheBuffer: 0
    topMargin: 4
    bottomMargin: Theme.margin
    ScrollBar.vertical: ScrollBar {}
    Accessible.name: qsTr("Reflections")

    Keys.onSpacePressed: event => {
        if (list.selecting && list.currentId() > 0)
            list.selection.toggle(list.currentId())
        else
            event.accepted = false
    }
    Keys.onReturnPressed: list.openCurrent()
    Keys.onEnterPressed: list.openCurrent()
    Keys.onUpPressed: event => {
        if (list.currentIndex <= 0)
            list.leftAtTop()
        else
            event.accepted = false
    }
    // A new search or filter starts at the top, nothing chosen yet.
    Connections {
        target: list.history
        function onRowsReplaced() {
            list.currentIndex = -1
            list.positionViewAtBeginning()
        }
    }

    // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has
    // pragma ComponentBehavior: Bound); at run time they resolve as usual.
    // qmllint disable unqualified
    header: ExamplesBanner {
        examples: list.examples
        width: list.width
    }

    // Timeline: a title and a summary above each week or month, staying at the top while it
    // scrolls.
    section.property: history.grouped ? "sectionKey" : ""
    section.criteria: ViewSection.FullString
    section.labelPositioning: ViewSection.InlineLabels | ViewSection.CurrentLabelAtStart
    // The label reads "section" from its context: Qt 6.4's ListView reuses section labels and
    // then updates only that, not a required property.
    section.delegate: Pane {
        objectName: "historySection_" + section
        width: list.width
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        topPadding: 10
        bottomPadding: 6
        Material.elevation: 0
        background: Rectangle {
            color: list.Material.backgroundColor
        }
        // Two lines of fixed height (a ListView does not move its rows when a label grows).
        FontMetrics {
            id: periodFont
            font.pixelSize: Theme.smallSize
        }
        Column {
            objectName: "periodSummary"
            readonly property string text: periodTitle.text + " \u00B7 " + periodCounts.text
            width: parent.width
            Accessible.role: Accessible.Heading
            Accessible.name: text
            Label {
                id: periodTitle
                width: parent.width
                height: periodFont.height
                text: list.history.periodTitle(section)
                font.pixelSize: Theme.smallSize
                font.weight: Font.DemiBold
                opacity: 0.75
                elide: Text.ElideRight
            }
            Label {
                id: periodCounts
                width: parent.width
                height: periodFont.height
                text: {
                    list.history.periodsRevision // read again when the summaries are
                    return list.history.periodCounts(section)
                }
                font.pixelSize: Theme.smallSize
                opacity: 0.7
                elide: Text.ElideRight
            }
        }
    }
    // qmllint enable unqualified

    delegate: ItemDelegate {
        id: row
        required property int index
        required property int reflectionId
        required property string firstLine
        required property date created
        required property int stage
        required property string stageLabel
        required property real voiceDurationMs
        required property bool voiceRecovered
        required property string snippetMarkup
        required property var tags
        required property string failureTypeLabel
        required property bool example
        readonly property HistoryList view: ListView.view as HistoryList
        readonly property bool voice: voiceDurationMs >= 0
        readonly property bool keyboardCurrent: ListView.isCurrentItem && view.activeFocus
        readonly property bool picked: picker.picked // to share or export
        // "1:23" for a voice note's length.
        readonly property string voiceLength: Math.floor(voiceDurationMs / 60000) + ":"
                                              + ("0" + Math.floor(voiceDurationMs / 1000) % 60).slice(-2)
        readonly property color stageColor: stage === LoopController.Closed ? Material.hintTextColor : Material.accentColor

        objectName: "historyRow_" + index
        width: ListView.view.width
        topPadding: 10
        bottomPadding: 10
        focusPolicy: Qt.NoFocus
        leftPadding: row.view.selecting ? 52 : Theme.margin
        highlighted: row.reflectionId === row.view.selectedId
        Accessible.name: row.view.when(row.created) + ", " + row.firstLine
                         + (row.example ? ", " + qsTr("example") : "")
                         + (row.voice ? ", " + qsTr("voice note, %1").arg(row.voiceLength) : "")
                         + (row.voiceRecovered ? ", " + qsTr("recovered") : "") + ", " + row.stageLabel
                         + (row.tags.length > 0 ? ", " + qsTr("tags: %1").arg(row.tags.join(", ")) : "")
                         + (row.picked ? ", " + qsTr("selected") : "")
        onClicked: {
            row.view.currentIndex = row.index
            if (row.view.selecting)
                row.view.selection.toggle(row.reflectionId)
            else
                row.view.opened(row.reflectionId)
        }
        onPressAndHold: picker.startSelecting()
        RowSelection {
            id: picker
            selection: row.view.selection
            reflectionId: row.reflectionId
            rowIndex: row.index
            label: row.firstLine
            onTouched: row.view.currentIndex = row.index
        }

        // The open entry is tinted with the accent and marked at the edge; the keyboard's row
        // (when another) is outlined.
        background: Rectangle {
            readonly property color tint: row.Material.accentColor
            readonly property color ink: row.Material.foreground
            color: row.picked ? Qt.rgba(tint.r, tint.g, tint.b, 0.2)
                 : row.highlighted ? Qt.rgba(tint.r, tint.g, tint.b, 0.12)
                 : row.down ? Qt.rgba(ink.r, ink.g, ink.b, 0.10)
                 : row.hovered ? Qt.rgba(ink.r, ink.g, ink.b, 0.04) : "transparent"
            border.width: row.keyboardCurrent && !row.highlighted ? 2 : 0
            border.color: tint
            Rectangle {
                visible: row.highlighted
                width: 3
                height: parent.height
                color: parent.tint
            }
        }

        contentItem: ColumnLayout {
            spacing: 3
            Label {
                // A voice note nobody has written beside yet is still something to open.
                text: row.firstLine.length > 0 || !row.voice ? row.firstLine : qsTr("Voice note")
                font.italic: row.firstLine.length === 0
                font.pixelSize: Theme.textSize(15)
                elide: Text.ElideRight
                maximumLineCount: 1
                Layout.fillWidth: true
            }
            // When searching: where the words matched, in bold (escaped: shown as written).
            Label {
                objectName: "historySnippet"
                visible: row.snippetMarkup.length > 0
                text: row.snippetMarkup
                textFormat: Text.StyledText
                font.pixelSize: Theme.textSize(13)
                opacity: 0.85
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Label {
                    objectName: "rowDate"
                    text: row.view.when(row.created)
                    font.pixelSize: Theme.smallSize
                    opacity: 0.65
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                // A voice note: the mark and its length; "recovered" when a crash cut it short.
                MicGlyph {
                    visible: row.voice
                    color: row.Material.foreground
                    opacity: 0.7
                    Layout.alignment: Qt.AlignVCenter
                }
                Label {
                    objectName: "voiceMark"
                    visible: row.voice
                    text: row.voiceLength + (row.voiceRecovered ? " \u00B7 " + qsTr("recovered") : "")
                    font.pixelSize: Theme.smallSize
                    opacity: 0.8
                    Layout.leftMargin: -4
                }
                Chip {
                    objectName: "exampleChip"
                    visible: row.example
                    text: qsTr("Example")
                    tint: row.Material.color(Material.DeepPurple, row.Material.theme === Material.Dark ? Material.Shade200 : Material.Shade500)
                }
                // Where the reflection is in the loop; closed ones are quieter.
                Chip {
                    objectName: "stageChip"
                    text: row.stageLabel
                    tint: row.stageColor
                }
            }
            Flow {
                visible: row.tags.length > 0 || row.failureTypeLabel.length > 0
                spacing: 6
                Layout.fillWidth: true
                Label {
                    visible: row.failureTypeLabel.length > 0
                    text: row.failureTypeLabel
                    font.pixelSize: Theme.textSize(11)
                    opacity: 0.7
                }
                // qmllint disable unqualified
                Repeater {
                    model: row.tags
                    Label {
                        required property string modelData
                        objectName: "rowTag"
                        text: "#" + modelData
                        font.pixelSize: Theme.textSize(11)
                        color: row.Material.accentColor
                    }
                }
                // qmllint enable unqualified
            }
        }
    }

    // Nothing at all yet: what Debrief does, and a way to see it with examples.
    ColumnLayout {
        objectName: "historyEmptyVault"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 420)
        visible: list.populated && list.count === 0 && list.history.vaultEmpty
        spacing: Theme.spacing
        Label {
            objectName: "historyEmpty"
            text: qsTr("No reflections yet")
            font.pixelSize: Theme.textSize(18)
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Right after something goes differently than you hoped, write down what happened: it takes a minute, and it stays encrypted on this device. Debrief then walks it through four steps: Detect what happened, Analyse why, Apply one small change as an experiment, and Continue with your next smart risk.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            opacity: 0.7
            lineHeight: 1.2
            Layout.fillWidth: true
        }
        Button {
            objectName: "tryExamplesButton"
            Accessible.name: text
            text: qsTr("Try it with examples")
            highlighted: true
            Material.accent: Theme.filledAccent
            Layout.alignment: Qt.AlignHCenter
            onClicked: list.examples.add()
        }
        Label {
            text: qsTr("Adds a few example reflections, marked “Example”, in every step of the loop. You can remove them at any time.")
            font.pixelSize: Theme.smallSize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            opacity: 0.7
            Layout.fillWidth: true
        }
        ErrorBanner {
            text: list.examples.errorMessage
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Button {
            objectName: "restoreFromBackupButton"
            text: qsTr("Restore from a backup")
            flat: true
            Accessible.name: qsTr("Restore your reflections from a backup")
            Layout.alignment: Qt.AlignHCenter
            onClicked: list.restoreRequested()
        }
    }

    // Filtered to nothing: say so, and offer the way back.
    ColumnLayout {
        objectName: "historyNoMatch"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 420)
        visible: list.populated && list.count === 0 && !list.history.vaultEmpty
        spacing: Theme.spacing
        Label {
            text: list.history.searchText.trim().length > 0
                  ? qsTr("No reflection matches “%1”.").arg(list.history.searchText.trim())
                  : qsTr("No reflection matches these filters.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            opacity: 0.7
            Layout.fillWidth: true
        }
        Button {
            objectName: "clearSearchAndFiltersButton"
            Accessible.name: text
            text: qsTr("Show all reflections")
            flat: true
            Layout.alignment: Qt.AlignHCenter
            onClicked: {
                list.history.clearFilters()
                list.history.searchText = ""
            }
        }
    }
}

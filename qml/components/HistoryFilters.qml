import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The history filters: stage, failure type, when, voice and tags. They combine with each other
// and with the search words; "Clear" turns them all off.
ColumnLayout {
    id: filters

    required property HistoryModel history
    required property TagSuggestionsModel tagSuggestions
    // The chosen "last N days" (0: any time, -1: dates typed in).
    property int chosenDays: 0
    readonly property bool anyTime: history.fromDate.length === 0 && history.toDate.length === 0

    function contains(list, value) {
        for (let i = 0; i < list.length; ++i) {
            if (list[i] === value)
                return true
        }
        return false
    }
    function hasStage(stage) {
        return contains(history.stages, stage)
    }
    function hasFailureType(type) {
        return contains(history.failureTypes, type)
    }
    function chooseDays(days) {
        chosenDays = days
        if (days >= 0)
            history.setLastDays(days)
    }

    spacing: 6

    Binding {
        target: filters.tagSuggestions
        property: "exclude"
        value: filters.history.tags
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("Filters")
            font.pixelSize: Theme.smallSize
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 0.8
            opacity: 0.7
            Layout.fillWidth: true
        }
        Button {
            objectName: "clearFiltersButton"
            Accessible.name: text
            visible: filters.history.activeFilterCount > 0
            text: qsTr("Clear")
            flat: true
            font.pixelSize: Theme.smallSize
            topInset: 0
            bottomInset: 0
            implicitHeight: 28
            onClicked: {
                filters.chosenDays = 0
                filters.history.clearFilters()
            }
        }
    }

    Label {
        text: qsTr("Stage")
        font.pixelSize: Theme.textSize(13)
        font.weight: Font.DemiBold
        Layout.topMargin: 4
    }
    Flow {
        spacing: 6
        Layout.fillWidth: true
        FilterChip {
            objectName: "filterStage_detect"
            text: qsTr("Detect")
            checked: filters.hasStage(LoopController.Detect)
            onClicked: filters.history.toggleStage(LoopController.Detect)
        }
        FilterChip {
            objectName: "filterStage_analyse"
            text: qsTr("Analyse")
            checked: filters.hasStage(LoopController.Analyse)
            onClicked: filters.history.toggleStage(LoopController.Analyse)
        }
        FilterChip {
            objectName: "filterStage_apply"
            text: qsTr("Apply")
            checked: filters.hasStage(LoopController.Apply)
            onClicked: filters.history.toggleStage(LoopController.Apply)
        }
        FilterChip {
            objectName: "filterStage_continue"
            text: qsTr("Continue")
            checked: filters.hasStage(LoopController.Continue)
            onClicked: filters.history.toggleStage(LoopController.Continue)
        }
        FilterChip {
            objectName: "filterStage_closed"
            text: qsTr("Closed")
            checked: filters.hasStage(LoopController.Closed)
            onClicked: filters.history.toggleStage(LoopController.Closed)
        }
    }

    Label {
        text: qsTr("Failure type")
        font.pixelSize: Theme.textSize(13)
        font.weight: Font.DemiBold
        Layout.topMargin: 8
    }
    Flow {
        spacing: 6
        Layout.fillWidth: true
        FilterChip {
            objectName: "filterFailure_intelligent"
            text: qsTr("Intelligent")
            checked: filters.hasFailureType(LoopController.IntelligentFailure)
            onClicked: filters.history.toggleFailureType(LoopController.IntelligentFailure)
        }
        FilterChip {
            objectName: "filterFailure_complex"
            text: qsTr("Complex")
            checked: filters.hasFailureType(LoopController.ComplexFailure)
            onClicked: filters.history.toggleFailureType(LoopController.ComplexFailure)
        }
        FilterChip {
            objectName: "filterFailure_basic"
            text: qsTr("Basic")
            checked: filters.hasFailureType(LoopController.BasicFailure)
            onClicked: filters.history.toggleFailureType(LoopController.BasicFailure)
        }
        FilterChip {
            objectName: "filterFailure_unknown"
            text: qsTr("Not placed")
            checked: filters.hasFailureType(LoopController.UnknownFailure)
            onClicked: filters.history.toggleFailureType(LoopController.UnknownFailure)
        }
    }

    Label {
        text: qsTr("When")
        font.pixelSize: Theme.textSize(13)
        font.weight: Font.DemiBold
        Layout.topMargin: 8
    }
    Flow {
        spacing: 6
        Layout.fillWidth: true
        FilterChip {
            objectName: "filterDate_any"
            text: qsTr("Any time")
            checked: filters.anyTime && filters.chosenDays >= 0
            onClicked: filters.chooseDays(0)
        }
        FilterChip {
            objectName: "filterDate_7"
            text: qsTr("7 days")
            checked: !filters.anyTime && filters.chosenDays === 7
            onClicked: filters.chooseDays(7)
        }
        FilterChip {
            objectName: "filterDate_30"
            text: qsTr("30 days")
            checked: !filters.anyTime && filters.chosenDays === 30
            onClicked: filters.chooseDays(30)
        }
        FilterChip {
            objectName: "filterDate_365"
            text: qsTr("12 months")
            checked: !filters.anyTime && filters.chosenDays === 365
            onClicked: filters.chooseDays(365)
        }
        FilterChip {
            objectName: "filterDate_custom"
            text: qsTr("Dates…")
            checked: filters.chosenDays < 0
            onClicked: filters.chooseDays(-1)
        }
    }
    // Dates typed as YYYY-MM-DD, each end optional.
    GridLayout {
        visible: filters.chosenDays < 0
        columns: 2
        columnSpacing: 6
        rowSpacing: 4
        Layout.fillWidth: true
        Label {
            text: qsTr("From")
            font.pixelSize: Theme.textSize(13)
        }
        AnswerField {
            objectName: "filterFromDate"
            text: filters.history.fromDate
            placeholderText: qsTr("YYYY-MM-DD")
            font.pixelSize: Theme.textSize(13)
            implicitHeight: 34
            inputMethodHints: Qt.ImhDate
            validator: RegularExpressionValidator { regularExpression: /\d{0,4}-?\d{0,2}-?\d{0,2}/ }
            Accessible.name: qsTr("From date")
            Layout.fillWidth: true
            onEditingFinished: filters.history.fromDate = text
        }
        Label {
            text: qsTr("To")
            font.pixelSize: Theme.textSize(13)
        }
        AnswerField {
            objectName: "filterToDate"
            text: filters.history.toDate
            placeholderText: qsTr("YYYY-MM-DD")
            font.pixelSize: Theme.textSize(13)
            implicitHeight: 34
            inputMethodHints: Qt.ImhDate
            validator: RegularExpressionValidator { regularExpression: /\d{0,4}-?\d{0,2}-?\d{0,2}/ }
            Accessible.name: qsTr("To date")
            Layout.fillWidth: true
            onEditingFinished: filters.history.toDate = text
        }
    }

    Label {
        text: qsTr("Voice")
        font.pixelSize: Theme.textSize(13)
        font.weight: Font.DemiBold
        Layout.topMargin: 8
    }
    Flow {
        spacing: 6
        Layout.fillWidth: true
        FilterChip {
            objectName: "filterVoice_any"
            text: qsTr("Any")
            checked: filters.history.voice === HistoryModel.AnyVoice
            onClicked: filters.history.voice = HistoryModel.AnyVoice
        }
        FilterChip {
            objectName: "filterVoice_with"
            text: qsTr("With voice")
            checked: filters.history.voice === HistoryModel.WithVoice
            onClicked: filters.history.voice = HistoryModel.WithVoice
        }
        FilterChip {
            objectName: "filterVoice_without"
            text: qsTr("Text only")
            checked: filters.history.voice === HistoryModel.WithoutVoice
            onClicked: filters.history.voice = HistoryModel.WithoutVoice
        }
    }

    Label {
        text: qsTr("Tags")
        font.pixelSize: Theme.textSize(13)
        font.weight: Font.DemiBold
        Layout.topMargin: 8
    }
    Flow {
        visible: filters.history.tags.length > 0
        spacing: 6
        Layout.fillWidth: true
        // qmllint disable unqualified
        Repeater {
            model: filters.history.tags
            FilterChip {
                required property string modelData
                objectName: "filterTag_" + modelData
                text: "#" + modelData + "  \u2715"
                checked: true
                Accessible.name: qsTr("Tag %1: remove from the filter").arg(modelData)
                onClicked: filters.history.removeTag(modelData)
            }
        }
        // qmllint enable unqualified
    }
    TagField {
        objectName: "filterTagField"
        suggestions: filters.tagSuggestions
        placeholderText: qsTr("Filter by tag")
        Accessible.name: qsTr("Filter by tag")
        Layout.fillWidth: true
        onChosen: tag => filters.history.addTag(tag)
    }
}

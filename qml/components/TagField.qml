import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Debrief.Ui

// Typing a tag with suggestions below (most used first): Down/Up choose one, Enter or a click
// takes it (or the typed word when none is chosen), Esc closes the suggestions.
AnswerField {
    id: field

    required property TagSuggestionsModel suggestions
    // Esc (or taking one) hid the suggestions until the next key.
    property bool dismissed: false
    signal chosen(string tag)

    function take(tag) {
        const t = tag.trim()
        if (t.length === 0)
            return
        field.clear()
        field.suggestions.prefix = ""
        list.currentIndex = -1
        field.dismissed = true // until the next key: the chips stay in reach
        field.chosen(t)
    }

    maximumLength: 40
    font.pixelSize: Theme.textSize(14)
    topPadding: 7
    bottomPadding: 7
    implicitHeight: Math.max(contentHeight + topPadding + bottomPadding, 36)
    inputMethodHints: Qt.ImhNoPredictiveText
    onTextEdited: {
        field.dismissed = false
        field.suggestions.prefix = text
        list.currentIndex = -1
    }
    onActiveFocusChanged: {
        if (activeFocus)
            field.suggestions.refresh()
    }
    onAccepted: field.take(list.currentIndex >= 0 ? field.suggestions.nameAt(list.currentIndex) : text)
    Keys.onDownPressed: list.currentIndex = Math.min(list.currentIndex + 1, list.count - 1)
    Keys.onUpPressed: list.currentIndex = Math.max(list.currentIndex - 1, -1)
    // Esc first closes the suggestions (before the window's Esc goes back).
    Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape && popup.visible
    Keys.onEscapePressed: field.dismissed = true

    Popup {
        id: popup
        objectName: "tagSuggestionsPopup"
        // Below the field, or above it when the window has no room below.
        function place() {
            const below = field.Window.height - field.mapToItem(null, 0, field.height).y
            y = below < implicitHeight + 8 ? -implicitHeight - 2 : field.height + 2
        }
        width: Math.max(field.width, 180)
        onAboutToShow: place()
        onImplicitHeightChanged: place()
        visible: field.activeFocus && list.count > 0 && !field.dismissed
        padding: 4
        closePolicy: Popup.NoAutoClose
        ListView {
            id: list
            objectName: "tagSuggestions"
            implicitHeight: contentHeight
            width: parent.width
            model: field.suggestions
            currentIndex: -1
            interactive: false
            // qmllint disable unqualified
            delegate: ItemDelegate {
                id: suggestion
                required property int index
                required property string name
                required property int uses
                objectName: "tagSuggestion_" + index
                width: ListView.view.width
                text: name
                font.pixelSize: Theme.textSize(14)
                focusPolicy: Qt.NoFocus
                highlighted: ListView.isCurrentItem
                Accessible.name: qsTr("%1, on %n reflection(s)", "tag suggestion: the tag's name, how many reflections have it", uses).arg(name)
                onClicked: field.take(suggestion.name)
            }
            // qmllint enable unqualified
        }
    }
}

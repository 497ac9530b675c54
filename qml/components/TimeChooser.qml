import QtQuick
import QtQuick.Controls
import Debrief.Ui

// A time of day in quarter hours, shown in the person's locale ("09:00", "9:00 AM").
ComboBox {
    id: chooser

    required property NudgeSettings settings
    // Minutes after midnight.
    property int minutes: 0
    signal chosen(int minutes)

    model: 96
    currentIndex: Math.round(chooser.minutes / 15) % 96
    displayText: chooser.settings.timeText(chooser.minutes)
    onActivated: index => chooser.chosen(index * 15)
    // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has pragma
    // ComponentBehavior: Bound); at run time they resolve as usual.
    // qmllint disable unqualified
    delegate: ItemDelegate {
        required property int index
        objectName: chooser.objectName + "_" + index
        text: chooser.settings.timeText(index * 15)
        width: ListView.view ? ListView.view.width : implicitWidth
        highlighted: chooser.highlightedIndex === index
    }
    // qmllint enable unqualified
}

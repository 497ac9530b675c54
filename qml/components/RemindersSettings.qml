import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Settings > Reminders: on or off, the daily review time, quiet hours, weekends, how many a day,
// whether notifications may show an entry's first line, and starting at login.
ColumnLayout {
    id: section

    required property NudgeSettings settings

    spacing: Theme.spacing

    Label {
        text: qsTr("Reminders")
        font.pixelSize: Theme.headingSize
        font.weight: Font.DemiBold
        Layout.fillWidth: true
        Layout.preferredWidth: section.width
    }
    WrappingSwitch {
        objectName: "remindersEnabled"
        text: qsTr("Remind me to take each reflection to its next step")
        checked: section.settings.enabled
        Layout.fillWidth: true
        Layout.preferredWidth: section.width
        onToggled: section.settings.enabled = checked
    }
    GridLayout {
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: 4
        enabled: section.settings.enabled
        Layout.fillWidth: true
        Layout.preferredWidth: section.width

        Label {
            text: qsTr("Daily review time")
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        TimeChooser {
            objectName: "reviewTime"
            settings: section.settings
            minutes: section.settings.reviewMinutes
            Accessible.name: qsTr("Daily review time")
            onChosen: minutes => section.settings.reviewMinutes = minutes
        }
        Label {
            text: qsTr("Quiet hours from")
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        TimeChooser {
            objectName: "quietStart"
            settings: section.settings
            minutes: section.settings.quietStartMinutes
            Accessible.name: qsTr("Quiet hours start")
            onChosen: minutes => section.settings.quietStartMinutes = minutes
        }
        Label {
            text: qsTr("Quiet hours until")
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        TimeChooser {
            objectName: "quietEnd"
            settings: section.settings
            minutes: section.settings.quietEndMinutes
            Accessible.name: qsTr("Quiet hours end")
            onChosen: minutes => section.settings.quietEndMinutes = minutes
        }
        Label {
            text: qsTr("At most per day")
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        SpinBox {
            objectName: "maxPerDay"
            from: 1
            to: 10
            value: section.settings.maxPerDay
            editable: true
            Accessible.name: qsTr("Reminders at most per day")
            onValueModified: section.settings.maxPerDay = value
        }
    }
    WrappingSwitch {
        objectName: "remindersWeekends"
        enabled: section.settings.enabled
        text: qsTr("Remind me at weekends")
        checked: section.settings.weekends
        Layout.fillWidth: true
        Layout.preferredWidth: section.width
        onToggled: section.settings.weekends = checked
    }
    Label {
        text: qsTr("Reminders never come in quiet hours; the daily review time is when reminders for the next morning and experiment check days come. The weekly review comes on Sunday when something is waiting.")
        wrapMode: Text.Wrap
        opacity: 0.7
        font.pixelSize: Theme.smallSize
        Layout.fillWidth: true
        Layout.preferredWidth: section.width
    }
    WrappingSwitch {
        objectName: "showTitles"
        enabled: section.settings.enabled
        text: qsTr("Show the entry's first line in reminders")
        checked: section.settings.showTitles
        Layout.fillWidth: true
        Layout.preferredWidth: section.width
        onToggled: section.settings.showTitles = checked
    }
    Label {
        objectName: "showTitlesWarning"
        text: section.settings.showTitles
              ? qsTr("Anyone who can see your screen or lock screen can read these lines. Turn this off to keep reminders generic.")
              : qsTr("Off: reminders say only what step is next, never what you wrote, so nothing private shows on your lock screen.")
        wrapMode: Text.Wrap
        color: section.settings.showTitles ? section.Material.color(Material.DeepOrange) : section.Material.foreground
        opacity: section.settings.showTitles ? 1 : 0.7
        font.pixelSize: Theme.smallSize
        Layout.fillWidth: true
        Layout.preferredWidth: section.width
    }
    WrappingSwitch {
        objectName: "startAtLogin"
        visible: section.settings.startAtLoginSupported
        enabled: section.settings.enabled
        text: qsTr("Start Debrief in the tray when I log in, so reminders come")
        checked: section.settings.startAtLogin
        Layout.fillWidth: true
        Layout.preferredWidth: section.width
        onToggled: section.settings.startAtLogin = checked
    }
    ErrorBanner {
        text: section.settings.errorMessage
        Layout.fillWidth: true
        Layout.preferredWidth: section.width
    }
}

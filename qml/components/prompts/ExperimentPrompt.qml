import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The smallest experiment that tests the chosen change: hypothesis, action, check date (with
// quick picks) and the signal that will show whether it worked. Typing is saved after a pause;
// a half-typed date waits for Enter, a quick pick or Save.
PromptBody {
    id: body

    readonly property var experiment: loop.experiment
    // A decided experiment stays as it was: the fields plan the next one.
    readonly property bool planningNext: loop.hasExperiment && experiment.checked === true
    readonly property var stored: planningNext ? ({}) : experiment
    readonly property string dateLabel: loop.dateLabel(dateField.text)
    readonly property bool edited: hypothesisField.text !== (stored.hypothesis || "")
        || actionField.text !== (stored.action || "") || dateField.text !== (stored.checkDate || "")
        || signalField.text !== (stored.signalText || "")

    // checkDate as typed (a malformed one is refused with an example).
    function save(checkDate) {
        saveLater.stop()
        return loop.saveExperiment(hypothesisField.text, actionField.text, checkDate, signalField.text)
    }
    // While typing: a date only once it is a whole date.
    function saveTyped() {
        const typed = dateField.text.trim()
        save(typed.length === 0 || dateLabel.length > 0 ? typed : (stored.checkDate || ""))
    }
    function edit() {
        if (live && edited)
            saveLater.restart()
    }
    // Once, when shown: later writes (a change chosen, the plan saved, which may start the
    // experiment) never replace what is being typed.
    function fill() {
        hypothesisField.text = stored.hypothesis || ""
        actionField.text = stored.action || ""
        dateField.text = stored.checkDate || ""
        signalField.text = stored.signalText || ""
    }
    // "Check on 6/10/24 (in 7 days)"; the days once the date is saved.
    function checkOn() {
        const days = dateField.text === stored.checkDate ? stored.daysLeft : undefined
        if (days === undefined || days === null)
            //: %1 is a date
            return qsTr("Check on %1").arg(dateLabel)
        const when = days === 0 ? qsTr("today") : days === 1 ? qsTr("tomorrow")
                   : days === -1 ? qsTr("yesterday")
                   : days < 0 ? qsTr("%n days ago", "", -days) : qsTr("in %n days", "", days)
        //: %1 is a date, %2 how far away it is ("in 3 days")
        return qsTr("Check on %1 (%2)").arg(dateLabel).arg(when)
    }
    function pickDate(days) {
        dateField.text = loop.suggestedCheckDate(days)
        save(dateField.text)
    }

    focusTarget: hypothesisField
    spacing: 8

    Timer {
        id: saveLater
        interval: 800
        onTriggered: body.saveTyped()
    }

    Label {
        objectName: "experimentChangeText"
        text: body.planningNext
              ? qsTr("Your last experiment is decided (%1). Plan the next one here.").arg(body.experiment.decisionLabel)
              : (body.stored.changeText
                 ? qsTr("Tests: %1").arg(body.stored.changeText)
                 : qsTr("Pick a change above with “Test this one”, or plan an experiment of its own."))
        font.pixelSize: Theme.textSize(14)
        font.weight: body.stored.changeText ? Font.DemiBold : Font.Normal
        opacity: body.stored.changeText ? 1 : 0.75
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Label {
        text: qsTr("Hypothesis: what you expect")
        font.weight: Font.DemiBold
        font.pixelSize: Theme.textSize(14)
        Layout.topMargin: 4
    }
    AnswerArea {
        id: hypothesisField
        objectName: "hypothesisField"
        placeholderText: qsTr("If I …, then …")
        minimumHeight: 52
        Accessible.name: qsTr("Hypothesis")
        Layout.fillWidth: true
        onTextChanged: body.edit()
        onEditingFinished: if (body.edited) body.saveTyped()
    }
    Label {
        text: qsTr("Action: the smallest step")
        font.weight: Font.DemiBold
        font.pixelSize: Theme.textSize(14)
    }
    AnswerArea {
        id: actionField
        objectName: "actionField"
        placeholderText: qsTr("What you will do, and when")
        minimumHeight: 52
        Accessible.name: qsTr("Action")
        Layout.fillWidth: true
        onTextChanged: body.edit()
        onEditingFinished: if (body.edited) body.saveTyped()
    }
    Label {
        text: qsTr("Check date")
        font.weight: Font.DemiBold
        font.pixelSize: Theme.textSize(14)
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        AnswerField {
            id: dateField
            objectName: "checkDateField"
            width: 150
            placeholderText: qsTr("YYYY-MM-DD")
            inputMethodHints: Qt.ImhDate | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Check date, as year-month-day")
            onTextChanged: body.edit()
            onAccepted: body.save(text)
            onEditingFinished: if (body.edited) body.save(text)
        }
        Button {
            objectName: "checkDateIn3Days"
            Accessible.name: text
            text: qsTr("In 3 days")
            flat: true
            onClicked: body.pickDate(3)
        }
        Button {
            objectName: "checkDateIn7Days"
            Accessible.name: text
            text: qsTr("In a week")
            flat: true
            onClicked: body.pickDate(7)
        }
    }
    Label {
        objectName: "checkDateLabel"
        visible: text.length > 0
        text: dateField.text.trim().length === 0 ? ""
              : body.dateLabel.length > 0 ? body.checkOn()
              : qsTr("Write the date like %1.").arg(body.loop.suggestedCheckDate(7))
        opacity: 0.8
        font.pixelSize: Theme.textSize(13)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("Signal: how you will know")
        font.weight: Font.DemiBold
        font.pixelSize: Theme.textSize(14)
    }
    AnswerField {
        id: signalField
        objectName: "signalField"
        placeholderText: qsTr("What you will see if it worked")
        Accessible.name: qsTr("Signal")
        Layout.fillWidth: true
        onTextChanged: body.edit()
        onEditingFinished: if (body.edited) body.saveTyped()
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Label {
            objectName: "experimentStatus"
            text: body.edited ? qsTr("Not saved yet")
                  : body.loop.hasExperiment && !body.planningNext ? qsTr("Saved") : ""
            opacity: 0.7
            font.pixelSize: Theme.smallSize
            Layout.fillWidth: true
        }
        Button {
            objectName: "saveExperimentButton"
            Accessible.name: text
            text: body.loop.hasExperiment && !body.planningNext ? qsTr("Save experiment") : qsTr("Plan experiment")
            highlighted: true
            Material.accent: Theme.filledAccent
            enabled: body.edited
            onClicked: body.save(dateField.text)
        }
    }

    Component.onCompleted: fill()
    // Leaving the stage (or the page) keeps what was typed.
    Component.onDestruction: {
        if (edited)
            saveTyped()
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Two to four possible changes on the impact x feasibility grid: drag the dots, or use the two
// sliders of each change; "Test this one" makes it the experiment below.
PromptBody {
    id: body

    function add() {
        if (body.loop.addChange(newChange.text) > 0)
            newChange.clear()
    }

    focusTarget: newChange

    ChangesGrid {
        loop: body.loop
        visible: body.loop.changes.count > 0
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(320, Math.max(220, width * 0.6))
    }

    Repeater {
        model: body.loop.changes
        // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has pragma
        // ComponentBehavior: Bound); at run time they resolve as usual.
        // qmllint disable unqualified
        delegate: ChangeRow {
            loop: body.loop
            Layout.fillWidth: true
        }
        // qmllint enable unqualified
    }

    Label {
        visible: body.loop.changes.count >= 4
        text: qsTr("Four is plenty: pick the one worth testing.")
        opacity: 0.7
        font.pixelSize: Theme.textSize(13)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: 8
        Layout.fillWidth: true
        AnswerArea {
            id: newChange
            objectName: "changeField"
            placeholderText: body.loop.changes.count === 0 ? qsTr("A change you could make") : qsTr("Another change")
            minimumHeight: 44
            submitOnReturn: true
            Accessible.name: qsTr("New possible change")
            Layout.fillWidth: true
            onSubmitted: body.add()
        }
        Button {
            objectName: "addChangeButton"
            Accessible.name: text
            text: qsTr("Add")
            Layout.alignment: Qt.AlignTop
            enabled: newChange.text.trim().length > 0
            onClicked: body.add()
        }
    }
}

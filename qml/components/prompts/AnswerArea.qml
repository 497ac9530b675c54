import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A multi-line answer on the stage page: an outlined card like the writing area, growing with
// its text (the page scrolls, not the field). Short items (a lesson, a change) submit on Return.
TextArea {
    id: area

    property int minimumHeight: 76
    // Return (without Shift) submits instead of starting a new line.
    property bool submitOnReturn: false
    signal submitted()

    wrapMode: TextEdit.Wrap
    selectByMouse: true
    placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: 10
    bottomPadding: 10
    font.pixelSize: Theme.textSize(15)
    implicitHeight: Math.max(contentHeight + topPadding + bottomPadding, minimumHeight)
    // Tab moves on to the next control, as everywhere else (a tab character has no use here).
    Keys.onTabPressed: event => {
        event.accepted = true
        area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
    }
    Keys.onBacktabPressed: event => {
        event.accepted = true
        area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
    }
    Keys.onPressed: event => {
        const enter = event.key === Qt.Key_Return || event.key === Qt.Key_Enter
        if (submitOnReturn && enter && !(event.modifiers & Qt.ShiftModifier)) {
            event.accepted = true
            area.submitted()
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: area.Material.dialogColor
        border.width: area.activeFocus ? 2 : 1
        border.color: area.activeFocus ? area.Material.accentColor : area.Material.dividerColor
    }
}

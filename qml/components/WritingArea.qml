import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// The surface people write on: a quiet outlined card that takes the accent colour while typing.
// Ctrl+Enter (or Ctrl+S) submits.
ScrollView {
    id: area

    property alias editor: textArea
    property alias editorName: textArea.objectName
    property alias text: textArea.text
    property alias placeholderText: textArea.placeholderText
    signal submitted()

    contentWidth: availableWidth

    TextArea {
        id: textArea
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        placeholderTextColor: Theme.hintInk(area.Material.theme === Material.Dark)
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        topPadding: Theme.spacing
        bottomPadding: Theme.spacing
        font.pixelSize: Theme.textSize(16)
        Accessible.name: qsTr("Reflection text")
        // Tab moves on to the next control, as everywhere else (a tab character has no use here).
        Keys.onTabPressed: event => {
            event.accepted = true
            textArea.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
        }
        Keys.onBacktabPressed: event => {
            event.accepted = true
            textArea.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
        }
        Keys.onPressed: event => {
            const enter = event.key === Qt.Key_Return || event.key === Qt.Key_Enter
            if ((enter || event.key === Qt.Key_S) && (event.modifiers & Qt.ControlModifier)) {
                event.accepted = true
                area.submitted()
            }
        }

        background: Rectangle {
            radius: Theme.radius
            color: area.Material.dialogColor
            border.width: textArea.activeFocus ? 2 : 1
            border.color: textArea.activeFocus ? area.Material.accentColor : area.Material.dividerColor
        }
    }
}

import QtQuick
import QtQuick.Controls
import Debrief.Ui

// A history row's part in picking entries to share or export: Ctrl+click (Command+click on
// macOS) toggles the row, Shift+click picks the rows up to it, and in select mode a check shows
// at the row's left. It lies over the whole row: a Control's own pointer handlers would only
// see a click after the row has taken it.
Item {
    id: picker

    property HistorySelection selection: null
    property int reflectionId: 0
    property int rowIndex: -1
    property string label
    // Picked (read again at every change of the selection).
    readonly property bool picked: {
        if (!picker.selection)
            return false
        picker.selection.revision
        return picker.selection.contains(picker.reflectionId)
    }
    // The row was clicked with a modifier or held (it becomes the keyboard's row).
    signal touched()

    // A long press: select mode, with this row picked.
    function startSelecting() {
        if (!picker.selection)
            return
        picker.touched()
        picker.selection.active = true
        picker.selection.toggle(picker.reflectionId)
    }

    anchors.fill: parent
    // The row itself is what a screen reader announces and presses; this only adds the
    // modifier clicks (and the check, which has its own name).
    Accessible.ignored: true

    TapHandler {
        objectName: "rowCtrlTap"
        enabled: picker.selection !== null
        acceptedModifiers: Qt.ControlModifier
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: {
            picker.touched()
            picker.selection.toggle(picker.reflectionId)
        }
    }
    TapHandler {
        objectName: "rowShiftTap"
        enabled: picker.selection !== null
        acceptedModifiers: Qt.ShiftModifier
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: {
            picker.touched()
            picker.selection.extendTo(picker.reflectionId)
        }
    }
    CheckBox {
        objectName: "rowCheck_" + picker.rowIndex
        visible: picker.selection !== null && picker.selection.active
        x: 8
        anchors.verticalCenter: parent.verticalCenter
        checkable: false
        checked: picker.picked
        focusPolicy: Qt.NoFocus
        Accessible.name: qsTr("Select %1").arg(picker.label)
        onClicked: picker.selection.toggle(picker.reflectionId)
    }
}

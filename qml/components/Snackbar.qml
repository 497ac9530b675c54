import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A short message with one optional action (Undo, Open). It takes its own room at the bottom of
// the content, so it never covers the page's buttons; it hides itself after a while.
Item {
    id: bar

    property string message
    property string actionText
    property bool shown: false
    readonly property bool moving: heightAnimation.running
    signal actionTriggered()
    // The message went away without its action: it timed out, or another took its place.
    signal dismissed()

    function show(text, action) {
        if (shown)
            bar.dismissed()
        message = text
        actionText = action || ""
        shown = true
        timer.restart()
    }
    function hide() {
        shown = false
        timer.stop()
    }

    objectName: "snackbar"
    implicitHeight: shown ? card.implicitHeight + Theme.spacing : 0
    visible: height > 0
    clip: true

    Behavior on implicitHeight {
        NumberAnimation {
            id: heightAnimation
            duration: 150
            easing.type: Easing.OutCubic
        }
    }

    Timer {
        id: timer
        interval: Theme.snackbarMs
        onTriggered: {
            bar.hide()
            bar.dismissed()
        }
    }

    Pane {
        id: card
        // Inverse colours, as Material snackbars have.
        Material.theme: bar.Material.theme === Material.Dark ? Material.Light : Material.Dark
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxReadableWidth)
        topPadding: 6
        bottomPadding: 6
        leftPadding: Theme.margin
        rightPadding: 8
        background: Rectangle {
            radius: 4
            color: card.Material.backgroundColor
        }

        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                objectName: "snackbarMessage"
                text: bar.message
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
            }
            Button {
                objectName: "snackbarAction"
                Accessible.name: text
                visible: bar.actionText.length > 0
                text: bar.actionText
                flat: true
                Material.foreground: Material.accent
                onClicked: {
                    bar.hide()
                    bar.actionTriggered()
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Debrief.Ui

// A vault that cannot be opened: say why in plain words; never delete or overwrite anything.
Page {
    id: page

    required property VaultController vault

    objectName: "problemPage"

    ColumnLayout {
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxFormWidth)
        anchors.centerIn: parent
        spacing: Theme.spacing

        Label {
            text: qsTr("Debrief cannot open your vault")
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ErrorBanner {
            text: page.vault.errorMessage
            Layout.fillWidth: true
        }
        Label {
            visible: page.vault.state === VaultController.Damaged
            text: qsTr("You can move the damaged file aside (it is kept, unchanged, next to the new one) and start a new vault with the same key.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "moveAsideButton"
            Accessible.name: text
            visible: page.vault.state === VaultController.Damaged
            text: qsTr("Move it aside and start a new vault")
            Layout.fillWidth: true
            onClicked: page.vault.moveDamagedAside()
        }
        Button {
            objectName: "quitButton"
            Accessible.name: text
            text: qsTr("Quit")
            flat: true
            Layout.fillWidth: true
            onClicked: Qt.quit()
        }
    }
}

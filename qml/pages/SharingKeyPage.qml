import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// "My sharing key": the public key people share with this vault to (copy it, or let their
// phone read the QR code), and the name they see on what this person sends. The key is made
// the first time this page opens; its secret half stays in the vault.
Page {
    id: page

    required property SharingKeyController sharingKey

    function saveName() {
        if (nameField.text.trim() !== page.sharingKey.displayName)
            page.sharingKey.setDisplayName(nameField.text)
    }

    objectName: "sharingKeyPage"
    title: qsTr("My sharing key")

    Flickable {
        id: scroll
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.maxFormWidth)
            x: (scroll.width - width) / 2
            y: Theme.margin + 4
            spacing: Theme.spacing

            Label {
                text: qsTr("Someone who wants to share reflections with you, or send your comments back, needs this key. It is public: send it by email or a message, or let them scan the code. Only this vault can open what is encrypted to it.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextEdit {
                id: keyText
                objectName: "sharingKeyText"
                text: page.sharingKey.publicKey
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                font.family: Theme.monospaceFamily
                font.pixelSize: Theme.textSize(15)
                color: page.Material.foreground
                selectionColor: page.Material.accentColor
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Your sharing key: %1").arg(text)
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Button {
                    objectName: "copyKeyButton"
                    text: qsTr("Copy")
                    highlighted: true
                    Material.accent: Theme.filledAccent
                    enabled: page.sharingKey.publicKey.length > 0
                    Accessible.name: qsTr("Copy your sharing key")
                    onClicked: {
                        if (page.sharingKey.copyKey())
                            copiedLabel.visible = true
                    }
                }
                Label {
                    id: copiedLabel
                    objectName: "keyCopiedLabel"
                    visible: false
                    text: qsTr("Copied. Paste it into a message to the person.")
                    wrapMode: Text.Wrap
                    opacity: 0.7
                    Layout.fillWidth: true
                }
            }
            // Black on white in both themes, on a white card: scanners need the contrast.
            QrCodeItem {
                objectName: "sharingKeyQr"
                text: page.sharingKey.publicKey
                visible: page.sharingKey.publicKey.length > 0
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code of your sharing key")
                Layout.preferredWidth: Math.min(column.width, 280)
                Layout.preferredHeight: Layout.preferredWidth
                Layout.alignment: Qt.AlignHCenter
            }

            Label {
                text: qsTr("Your name")
                font.weight: Font.DemiBold
                Layout.topMargin: Theme.spacing
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                TextField {
                    id: nameField
                    objectName: "displayNameField"
                    text: page.sharingKey.displayName
                    placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
                    placeholderText: qsTr("How others see you, e.g. Alex")
                    maximumLength: 80
                    Accessible.name: qsTr("Your name, as others see it")
                    Layout.fillWidth: true
                    onAccepted: page.saveName()
                    onEditingFinished: page.saveName()
                }
                Button {
                    objectName: "saveDisplayNameButton"
                    text: qsTr("Save")
                    flat: true
                    enabled: nameField.text.trim() !== page.sharingKey.displayName
                    Accessible.name: qsTr("Save your name")
                    onClicked: page.saveName()
                }
            }
            Label {
                text: qsTr("People you share with, and the coaches you send comments back to, see this name.")
                wrapMode: Text.Wrap
                opacity: 0.7
                font.pixelSize: Theme.smallSize
                Layout.fillWidth: true
            }
            ErrorBanner {
                objectName: "sharingKeyError"
                text: page.sharingKey.errorMessage
                Layout.fillWidth: true
            }
        }
    }

    Component.onCompleted: page.sharingKey.load()
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Privacy in plain words (SECURITY.md PR-3): what Debrief keeps, where (the real folder), how it
// is encrypted, what a share holds and that it cannot be recalled, that readable exports are not
// encrypted, no network, what reminders show, and how to delete and erase. From Settings, and
// from the first start before anything is written.
Page {
    id: page

    required property PrivacyController privacy

    objectName: "privacyPage"
    title: qsTr("Privacy")

    // One heading and its paragraphs.
    component Section: ColumnLayout {
        id: section
        property string heading
        property alias body: bodyLabel.text
        spacing: 6
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        Label {
            text: section.heading
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            id: bodyLabel
            wrapMode: Text.Wrap
            lineHeight: 1.15
            Layout.fillWidth: true
        }
    }
    // A path as the OS writes it: selectable, so it can be copied.
    component PathText: TextEdit {
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.WrapAnywhere
        textFormat: TextEdit.PlainText
        font.family: Theme.monospaceFamily
        color: Material.foreground
        selectionColor: Material.accentColor
        Layout.fillWidth: true
    }

    Flickable {
        id: scroll
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.maxReadableWidth)
            x: (scroll.width - width) / 2
            y: Theme.margin + 4
            spacing: Theme.spacing

            Label {
                objectName: "privacyIntro"
                text: qsTr("Your reflections are yours. Debrief keeps them encrypted on this device and sends nothing anywhere unless you do it yourself.")
                wrapMode: Text.Wrap
                lineHeight: 1.15
                Layout.fillWidth: true
            }

            Section {
                objectName: "privacyWhat"
                heading: qsTr("What Debrief keeps")
                body: qsTr("Everything you write and record here: your reflections and voice notes, your answers in each stage, lessons, possible changes and experiments, tags, the comments coaches send back, what others share with you, and the names and keys of the coaches you share with.")
            }

            Section {
                objectName: "privacyWhere"
                heading: qsTr("Where")
                body: qsTr("Only on this device, in this folder (the encrypted vault and the file that holds its key, itself locked):")
            }
            PathText {
                objectName: "privacyDataFolder"
                text: page.privacy.dataFolder
                Accessible.name: qsTr("Data folder")
            }
            Label {
                text: qsTr("Your settings (microphone, recording limit, reminders) are in a separate file, which holds nothing you wrote:")
                wrapMode: Text.Wrap
                lineHeight: 1.15
                Layout.fillWidth: true
            }
            PathText {
                objectName: "privacySettingsFile"
                text: page.privacy.settingsFile
                Accessible.name: qsTr("Settings file")
            }

            Section {
                objectName: "privacyEncryption"
                heading: qsTr("How it is encrypted")
                body: qsTr("The vault is a database encrypted with SQLCipher (AES-256). Its key is 32 random bytes. Debrief keeps that key in your system keyring so the app opens without a prompt (not while the app lock is on). A copy of the key is locked with your passphrase or recovery code using Argon2id, which makes guessing slow. Without the key the file cannot be read. Nobody can reset your passphrase or recovery code: keep the code somewhere safe.")
            }

            Section {
                objectName: "privacyShare"
                heading: qsTr("When you share")
                body: qsTr("A share is one encrypted file with exactly the reflections and parts you picked (their text, answers, lessons and voice notes) and your name. Only the coach whose key you chose, or someone who knows the passphrase you set, can open it. A share you have sent cannot be recalled: the coach keeps what you sent, even if you later delete it here.")
            }

            Section {
                objectName: "privacyExport"
                heading: qsTr("Exports and backups")
                body: qsTr("Markdown and PDF exports are NOT encrypted: anyone who gets the file, or the folder or cloud it lands in, can read it. Backups are encrypted with the passphrase or recovery code you choose.")
            }

            Section {
                objectName: "privacyNetwork"
                heading: qsTr("No network, no analytics")
                body: qsTr("Debrief never connects to the internet. There is no account, no analytics, no advertising and no crash report. It asks for the microphone only when you first record, and for notifications only when it first has a reminder for you.")
            }

            Section {
                objectName: "privacyNotifications"
                heading: qsTr("Reminders")
                body: qsTr("Reminders say only which step is next, never what you wrote, unless you choose to show an entry's first line in the reminder settings.")
            }

            Section {
                objectName: "privacyErase"
                heading: qsTr("Deleting and erasing")
                body: qsTr("Deleting a reflection removes it with all its parts, from the search too; while Undo is offered a copy stays in memory only, never on disk. To remove everything, use Settings, Security and privacy, Erase everything: it asks twice, then removes every reflection, voice note and everything shared with you from the vault file. The vault, your passphrase and recovery code, your sharing key and your settings stay, so you can go on.")
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Settings: which microphone records, how long a recording may run, reminders, and security and
// privacy (the app lock). Remembered between starts; they hold no reflection content.
Page {
    id: page

    required property VoiceSettings settings
    required property MicrophoneModel microphones
    required property NudgeSettings nudgeSettings
    // The language Debrief speaks (the system's unless chosen here); applies at once.
    required property LanguageSettings languageSettings
    required property AppLockController appLock
    // Asks for the secret again (turning the lock off, and the other sensitive actions here).
    required property SecretCheck secretCheck
    // "Back up or restore…": the Backup and restore page.
    signal backupRequested()
    // "My sharing key…": the key others share with this vault to, and the name they see.
    signal sharingKeyRequested()
    // "Passphrase and keys…": change the passphrase, a new recovery code, rotate the key.
    signal keysRequested()
    // "Privacy…": what Debrief keeps, where, and how (PrivacyPage).
    signal privacyRequested()
    // "Erase everything…": the workspace's EraseFlow asks twice, then erases.
    signal eraseRequested()

    objectName: "settingsPage"
    title: qsTr("Settings")

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
                objectName: "languageSection"
                text: qsTr("Language")
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ComboBox {
                id: languageChoice
                objectName: "languageChoice"
                // Each language named in its own words, so anyone finds theirs.
                readonly property var options: {
                    const all = page.languageSettings.choices.slice()
                    all.unshift({ code: "", name: qsTr("System language") })
                    return all
                }
                model: options
                textRole: "name"
                valueRole: "code"
                currentIndex: options.findIndex(option => option.code === page.languageSettings.language)
                Accessible.name: qsTr("Language")
                Layout.fillWidth: true
                onActivated: index => page.languageSettings.language = valueAt(index)
                delegate: ItemDelegate {
                    required property int index
                    required property var modelData
                    objectName: "languageOption_" + (modelData.code || "system")
                    text: modelData.name
                    width: ListView.view ? ListView.view.width : implicitWidth
                }
            }
            ErrorBanner {
                text: page.languageSettings.errorMessage
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Voice")
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Microphone")
                font.weight: Font.DemiBold
                Layout.topMargin: 4
            }
            ComboBox {
                id: microphoneChoice
                objectName: "microphoneChoice"
                model: page.microphones
                textRole: "description"
                valueRole: "deviceId"
                currentIndex: page.microphones.preferredRow
                Accessible.name: qsTr("Microphone")
                Layout.fillWidth: true
                onActivated: index => {
                    page.settings.inputDeviceId = page.microphones.deviceIdAt(index)
                }
                delegate: ItemDelegate {
                    required property int index
                    required property string description
                    objectName: "microphoneOption_" + index
                    text: description
                    width: ListView.view ? ListView.view.width : implicitWidth
                }
            }
            Label {
                objectName: "microphoneNotice"
                visible: text.length > 0
                text: page.microphones.preferredMissing
                      ? qsTr("Your chosen microphone is not connected; using the system default.")
                      : (page.microphones.hasInputs ? "" : qsTr("No microphone found. Connect one to record your voice."))
                wrapMode: Text.Wrap
                opacity: 0.8
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Recording limit")
                font.weight: Font.DemiBold
                Layout.topMargin: Theme.spacing
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                SpinBox {
                    id: limit
                    objectName: "recordingLimit"
                    from: page.settings.minimumLimitMinutes
                    to: page.settings.maximumLimitMinutes
                    value: page.settings.recordingLimitMinutes
                    editable: true
                    Accessible.name: qsTr("Recording limit in minutes")
                    onValueModified: page.settings.recordingLimitMinutes = value
                }
                Label {
                    text: qsTr("minutes", "", limit.value)
                    Layout.fillWidth: true
                }
            }
            Label {
                text: qsTr("A recording stops by itself at the limit; a notice shows 30 seconds before.")
                wrapMode: Text.Wrap
                opacity: 0.7
                font.pixelSize: Theme.smallSize
                Layout.fillWidth: true
            }
            ErrorBanner {
                text: page.settings.errorMessage
                Layout.fillWidth: true
            }

            RemindersSettings {
                settings: page.nudgeSettings
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
            }

            Label {
                objectName: "securitySection"
                text: qsTr("Security and privacy")
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
            }
            Button {
                objectName: "settingsKeysButton"
                text: qsTr("Passphrase and keys…")
                Accessible.name: qsTr("Passphrase, recovery code and vault key")
                onClicked: page.keysRequested()
            }
            AppLockSettings {
                appLock: page.appLock
                secretCheck: page.secretCheck
                Layout.fillWidth: true
            }
            Button {
                objectName: "settingsPrivacyButton"
                text: qsTr("Privacy…")
                Accessible.name: qsTr("How Debrief keeps your reflections private")
                onClicked: page.privacyRequested()
            }
            Label {
                text: qsTr("Erase every reflection, voice note and everything shared with you. The vault and its passphrase stay.")
                wrapMode: Text.Wrap
                opacity: 0.7
                Layout.fillWidth: true
            }
            Button {
                objectName: "settingsEraseButton"
                text: qsTr("Erase everything…")
                Accessible.name: qsTr("Erase everything: asks twice first")
                Material.foreground: Theme.dangerInk(Material.theme === Material.Dark)
                onClicked: page.eraseRequested()
            }

            Label {
                text: qsTr("Backup and restore")
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
            }
            Label {
                text: qsTr("Everything in one encrypted file, protected by a passphrase or your recovery code; restore it here or on a new device.")
                wrapMode: Text.Wrap
                opacity: 0.7
                Layout.fillWidth: true
            }
            Button {
                objectName: "settingsBackupButton"
                text: qsTr("Back up or restore…")
                Accessible.name: qsTr("Backup and restore")
                onClicked: page.backupRequested()
            }

            Label {
                text: qsTr("Sharing")
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
            }
            Label {
                text: qsTr("Your sharing key lets others share reflections with you, and your name is what they see.")
                wrapMode: Text.Wrap
                opacity: 0.7
                Layout.fillWidth: true
            }
            Button {
                objectName: "settingsSharingKeyButton"
                text: qsTr("My sharing key…")
                Accessible.name: qsTr("My sharing key")
                onClicked: page.sharingKeyRequested()
            }
        }
    }

    // Microphones plugged in or out while the page is open show up in the list.
    Component.onCompleted: page.microphones.watching = true
    Component.onDestruction: page.microphones.watching = false
}

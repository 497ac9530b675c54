import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Debrief.Ui

// How the share is protected: the coach's public key (a remembered coach, or a new one pasted or
// read from a file, remembered by name), or a passphrase typed twice with its strength and the
// advice to send it another way.
ColumnLayout {
    id: form

    required property ShareProtectionChoice protection
    readonly property bool byKey: form.protection.kind === ShareProtectionChoice.CoachKey
    readonly property bool addingCoach: form.protection.coaches.length === 0 || addCoachToggle.checked

    // The key file dialog's answer (tests call it with a file of theirs).
    function readKeyFile(file) {
        const key = form.protection.keyFromFile(file)
        if (key.length > 0)
            keyField.text = key
    }
    function addCoach() {
        if (form.protection.addCoach(nameField.text, keyField.text)) {
            nameField.clear()
            keyField.clear()
            addCoachToggle.checked = false
        }
    }
    function passphraseChanged() {
        form.protection.setPassphrase(passphraseField.text, repeatField.text)
    }
    // The page closed or the file is saved: the typed passphrase is not kept on screen.
    function clearPassphrase() {
        passphraseField.clear()
        repeatField.clear()
    }

    objectName: "shareProtectionForm"
    spacing: 8

    RadioButton {
        objectName: "protectWithCoachKey"
        Accessible.name: text
        text: qsTr("My coach's key (only they can open it)")
        checked: form.byKey
        onClicked: form.protection.kind = ShareProtectionChoice.CoachKey
    }
    RadioButton {
        objectName: "protectWithPassphrase"
        Accessible.name: text
        text: qsTr("A passphrase")
        checked: !form.byKey
        onClicked: {
            form.protection.kind = ShareProtectionChoice.Passphrase
            passphraseField.forceActiveFocus()
        }
    }

    // A remembered coach.
    ComboBox {
        id: coachChoice
        objectName: "coachChoice"
        visible: form.byKey && form.protection.coaches.length > 0
        model: form.protection.coaches
        textRole: "name"
        valueRole: "id"
        currentIndex: {
            const list = form.protection.coaches
            for (let i = 0; i < list.length; ++i) {
                if (list[i].id === form.protection.coachId)
                    return i
            }
            return -1
        }
        Accessible.name: qsTr("Coach")
        Layout.fillWidth: true
        onActivated: form.protection.coachId = currentValue
    }
    CheckBox {
        id: addCoachToggle
        objectName: "addCoachToggle"
        Accessible.name: text
        visible: form.byKey && form.protection.coaches.length > 0
        text: qsTr("Add another coach")
    }
    // A new coach: their name and public key, pasted or read from the file they sent.
    TextField {
        id: nameField
        objectName: "newCoachName"
        visible: form.byKey && form.addingCoach
        placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
        placeholderText: qsTr("Coach's name")
        Accessible.name: qsTr("Coach's name")
        Layout.fillWidth: true
    }
    TextField {
        id: keyField
        objectName: "newCoachKey"
        visible: form.byKey && form.addingCoach
        placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
        placeholderText: qsTr("Their public key: age1…")
        font.family: Theme.monospaceFamily
        Accessible.name: qsTr("Coach's public key")
        Layout.fillWidth: true
        onTextChanged: form.protection.clearCoachError()
        onAccepted: form.addCoach()
    }
    RowLayout {
        visible: form.byKey && form.addingCoach
        spacing: 8
        Layout.fillWidth: true
        Button {
            objectName: "readKeyFileButton"
            text: qsTr("Read from a file…")
            flat: true
            Accessible.name: qsTr("Read the coach's public key from a file")
            onClicked: keyFileDialog.open()
        }
        Item {
            Layout.fillWidth: true
        }
        Button {
            objectName: "addCoachButton"
            Accessible.name: text
            text: qsTr("Remember this coach")
            enabled: keyField.text.trim().length > 0
            onClicked: form.addCoach()
        }
    }
    ErrorBanner {
        objectName: "coachError"
        text: form.byKey ? form.protection.coachError : ""
        Layout.fillWidth: true
    }

    // A passphrase, typed twice, with how hard it is to guess.
    TextField {
        id: passphraseField
        objectName: "sharePassphrase"
        visible: !form.byKey
        echoMode: TextInput.Password
        placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
        placeholderText: qsTr("Passphrase")
        Accessible.name: qsTr("Passphrase for the shared file")
        Layout.fillWidth: true
        onTextChanged: form.passphraseChanged()
        onAccepted: repeatField.forceActiveFocus()
    }
    TextField {
        id: repeatField
        objectName: "sharePassphraseRepeat"
        visible: !form.byKey
        echoMode: TextInput.Password
        placeholderTextColor: Theme.hintInk(Material.theme === Material.Dark)
        placeholderText: qsTr("Passphrase again")
        Accessible.name: qsTr("Passphrase for the shared file, again")
        Layout.fillWidth: true
        onTextChanged: form.passphraseChanged()
    }
    RowLayout {
        visible: !form.byKey && passphraseField.text.length > 0
        spacing: Theme.spacing
        Layout.fillWidth: true
        ProgressBar {
            objectName: "passphraseMeter"
            from: 0
            to: 4
            value: form.protection.strengthScore
            Accessible.name: qsTr("Passphrase strength: %1").arg(form.protection.strengthLabel)
            Layout.fillWidth: true
        }
        Label {
            objectName: "passphraseStrength"
            text: form.protection.strengthLabel
            font.weight: Font.DemiBold
        }
    }
    Label {
        objectName: "passphraseAdvice"
        visible: !form.byKey
        text: qsTr("At least %n characters; several unrelated words are strong and easy to say. Send the passphrase by another channel (a call, a message app), never with the file.", "", form.protection.minimumPassphraseLength)
        wrapMode: Text.Wrap
        opacity: 0.75
        font.pixelSize: Theme.smallSize
        Layout.fillWidth: true
    }

    FileDialog {
        id: keyFileDialog
        objectName: "keyFileDialog"
        title: qsTr("The file with your coach's public key")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Key files (*.txt *.pub *.age)"), qsTr("All files (*)")]
        onAccepted: form.readKeyFile(selectedFile)
    }
}

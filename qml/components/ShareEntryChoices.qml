import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The Share page's list: each picked reflection with what of it goes to the coach. Parts an
// entry does not have are shown greyed; one entry's choices can be applied to all.
ColumnLayout {
    id: choices

    required property ShareChoicesModel model

    objectName: "shareEntryChoices"
    spacing: Theme.spacing

    // qmllint disable unqualified
    Repeater {
        model: choices.model
        Pane {
            id: entry
            required property int index
            required property string title
            required property date created
            required property bool hasText
            required property bool hasAnswers
            required property bool hasLessons
            required property bool hasVoice
            required property bool includeText
            required property bool includeAnswers
            required property bool includeLessons
            required property bool includeVoice
            required property bool includesAnything

            objectName: "shareEntry_" + index
            padding: 10
            Material.elevation: 1
            Layout.fillWidth: true
            Accessible.role: Accessible.Grouping
            Accessible.name: entry.title

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 2
                Label {
                    text: entry.title
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                }
                Label {
                    text: entry.created.toLocaleString(Qt.locale(), Locale.ShortFormat)
                          + (entry.includesAnything ? "" : " \u00B7 " + qsTr("left out"))
                    font.pixelSize: Theme.smallSize
                    opacity: 0.65
                    Layout.fillWidth: true
                }
                Flow {
                    spacing: 0
                    Layout.fillWidth: true
                    CheckBox {
                        objectName: "includeText_" + entry.index
                        Accessible.name: text
                        text: entry.hasText ? qsTr("Text and tags") : qsTr("No text")
                        enabled: entry.hasText
                        checked: entry.hasText && entry.includeText
                        onToggled: choices.model.setIncluded(entry.index, ShareChoicesModel.Text, checked)
                    }
                    CheckBox {
                        objectName: "includeAnswers_" + entry.index
                        Accessible.name: text
                        text: entry.hasAnswers ? qsTr("Stage answers") : qsTr("No answers yet")
                        enabled: entry.hasAnswers
                        checked: entry.hasAnswers && entry.includeAnswers
                        onToggled: choices.model.setIncluded(entry.index, ShareChoicesModel.Answers, checked)
                    }
                    CheckBox {
                        objectName: "includeLessons_" + entry.index
                        Accessible.name: text
                        text: entry.hasLessons ? qsTr("Lessons and experiments") : qsTr("No lessons yet")
                        enabled: entry.hasLessons
                        checked: entry.hasLessons && entry.includeLessons
                        onToggled: choices.model.setIncluded(entry.index, ShareChoicesModel.Lessons, checked)
                    }
                    CheckBox {
                        objectName: "includeVoice_" + entry.index
                        Accessible.name: text
                        text: entry.hasVoice ? qsTr("Voice notes") : qsTr("No voice notes")
                        enabled: entry.hasVoice
                        checked: entry.hasVoice && entry.includeVoice
                        onToggled: choices.model.setIncluded(entry.index, ShareChoicesModel.Voice, checked)
                    }
                }
                Button {
                    objectName: "applyToAll_" + entry.index
                    visible: choices.model.count > 1
                    text: qsTr("Apply these choices to all")
                    flat: true
                    font.pixelSize: Theme.smallSize
                    Accessible.name: qsTr("Apply the choices of “%1” to every reflection").arg(entry.title)
                    onClicked: choices.model.applyToAll(entry.index)
                }
            }
        }
    }
    // qmllint enable unqualified
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// The entry's tags: each removable, and a field to add one with suggestions while typing.
ColumnLayout {
    id: editor

    required property TagsController tags

    spacing: 4

    Flow {
        spacing: 6
        Layout.fillWidth: true
        // qmllint disable unqualified
        Repeater {
            model: editor.tags.tags
            AbstractButton {
                id: tag
                required property string modelData
                objectName: "entryTag_" + modelData
                text: "#" + modelData
                leftPadding: 10
                rightPadding: 8
                topPadding: 4
                bottomPadding: 4
                focusPolicy: Qt.StrongFocus
                implicitWidth: implicitContentWidth + leftPadding + rightPadding
                implicitHeight: Math.max(implicitContentHeight + topPadding + bottomPadding, 32)
                Accessible.name: qsTr("Remove tag %1").arg(modelData)
                onClicked: editor.tags.remove(modelData)
                contentItem: Label {
                    text: tag.text + "  \u2715"
                    font.pixelSize: Theme.textSize(13)
                    color: tag.Material.accentColor
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    readonly property color tint: tag.Material.accentColor
                    radius: height / 2
                    color: Qt.rgba(tint.r, tint.g, tint.b, tag.hovered ? 0.2 : 0.12)
                    border.width: tag.visualFocus ? 2 : 0
                    border.color: tint
                }
            }
        }
        // qmllint enable unqualified
        TagField {
            id: tagField
            objectName: "entryTagField"
            suggestions: editor.tags.suggestions
            // Wide enough for its hint in every language ("Schlagwort hinzufügen").
            width: Math.min(editor.width, Math.max(Theme.textSize(170), Math.ceil(hintWidth.advanceWidth)
                                                   + leftPadding + rightPadding + 4))
            placeholderText: editor.tags.tags.length > 0 ? qsTr("Another tag") : qsTr("Add a tag")
            Accessible.name: qsTr("Add a tag")
            onChosen: tag => editor.tags.add(tag)
            TextMetrics {
                id: hintWidth
                font: tagField.font
                text: tagField.placeholderText
            }
        }
    }
    ErrorBanner {
        objectName: "tagsError"
        text: editor.tags.errorMessage
        Layout.fillWidth: true
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// Edmondson's spectrum of reasons for failure, from blameworthy to praiseworthy: picking a point
// sets the failure type (basic, complex or intelligent), shown with what it means.
PromptBody {
    id: body

    // From a warm tone at the blameworthy end to the accent at the praiseworthy end.
    function tone(position) {
        const warm = Material.color(Material.DeepOrange, Material.Shade300)
        const cool = body.Material.accentColor
        return Qt.rgba(warm.r + (cool.r - warm.r) * position, warm.g + (cool.g - warm.g) * position,
                       warm.b + (cool.b - warm.b) * position, 1)
    }

    spacing: 0

    Label {
        text: qsTr("Blameworthy")
        font.pixelSize: Theme.smallSize
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 0.6
        opacity: 0.7
        Layout.bottomMargin: 4
    }
    Repeater {
        model: body.loop.spectrumOptions
        // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has pragma
        // ComponentBehavior: Bound); at run time they resolve as usual.
        // qmllint disable unqualified
        delegate: ColumnLayout {
            id: entry
            required property var modelData
            required property int index
            readonly property bool firstOfType: index === 0
                || body.loop.spectrumOptions[index - 1].failureType !== modelData.failureType
            spacing: 0
            Layout.fillWidth: true

            Label {
                visible: entry.firstOfType
                text: entry.modelData.failureTypeLabel
                font.pixelSize: Theme.smallSize
                font.weight: Font.DemiBold
                opacity: 0.75
                topPadding: entry.index === 0 ? 2 : 10
                bottomPadding: 2
                leftPadding: 14
            }
            ItemDelegate {
                id: point
                readonly property bool chosen: body.loop.spectrumPoint === entry.modelData.point
                objectName: "spectrumPoint_" + entry.modelData.key
                checkable: true
                checked: chosen
                leftPadding: 14
                topPadding: 8
                bottomPadding: 8
                Layout.fillWidth: true
                Accessible.role: Accessible.RadioButton
                Accessible.name: entry.modelData.label + ": " + entry.modelData.description
                onClicked: body.loop.setSpectrumPoint(entry.modelData.point)

                background: Rectangle {
                    readonly property color ink: point.Material.foreground
                    readonly property color tint: point.Material.accentColor
                    color: point.chosen ? Qt.rgba(tint.r, tint.g, tint.b, 0.14)
                         : point.down ? Qt.rgba(ink.r, ink.g, ink.b, 0.10)
                         : point.hovered ? Qt.rgba(ink.r, ink.g, ink.b, 0.04) : "transparent"
                    radius: 4
                    border.width: point.visualFocus ? 2 : 0
                    border.color: tint
                    // The spectrum itself: a band down the left edge.
                    Rectangle {
                        width: 6
                        height: parent.height
                        color: body.tone(entry.index / 8)
                    }
                }
                contentItem: RowLayout {
                    spacing: 10
                    Rectangle {
                        width: 18
                        height: 18
                        radius: 9
                        color: "transparent"
                        border.width: 2
                        border.color: point.chosen ? point.Material.accentColor : point.Material.hintTextColor
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 2
                        Rectangle {
                            anchors.centerIn: parent
                            width: 8
                            height: 8
                            radius: 4
                            visible: point.chosen
                            color: point.Material.accentColor
                        }
                    }
                    ColumnLayout {
                        spacing: 1
                        Layout.fillWidth: true
                        Label {
                            text: entry.modelData.label
                            font.pixelSize: Theme.textSize(15)
                            font.weight: point.chosen ? Font.DemiBold : Font.Normal
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: entry.modelData.description
                            font.pixelSize: Theme.textSize(13)
                            opacity: 0.7
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
        // qmllint enable unqualified
    }
    Label {
        text: qsTr("Praiseworthy")
        font.pixelSize: Theme.smallSize
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 0.6
        opacity: 0.7
        Layout.topMargin: 4
    }

    // The type it sets, and what that means.
    Pane {
        objectName: "failureTypePane"
        padding: Theme.spacing
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        background: Rectangle {
            radius: Theme.radius
            color: "transparent"
            border.width: 1
            border.color: body.Material.dividerColor
        }
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 6
            Label {
                objectName: "failureTypeText"
                text: body.loop.failureType === LoopController.UnknownFailure
                      ? qsTr("Not placed yet: pick the point that fits best, or just the type.")
                      : body.loop.failureTypeLabel
                font.weight: body.loop.failureType === LoopController.UnknownFailure ? Font.Normal : Font.DemiBold
                font.pixelSize: Theme.textSize(15)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "failureTypeDescription"
                visible: text.length > 0
                text: body.loop.failureTypeDescription
                opacity: 0.8
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Flow {
                spacing: 6
                Layout.fillWidth: true
                Repeater {
                    model: [
                        { type: LoopController.BasicFailure, key: "basic", label: qsTr("Basic") },
                        { type: LoopController.ComplexFailure, key: "complex", label: qsTr("Complex") },
                        { type: LoopController.IntelligentFailure, key: "intelligent", label: qsTr("Intelligent") }
                    ]
                    // qmllint disable unqualified
                    delegate: ChoiceChip {
                        required property var modelData
                        objectName: "failureType_" + modelData.key
                        text: modelData.label
                        checked: body.loop.failureType === modelData.type
                        Accessible.name: qsTr("Only the type: %1").arg(modelData.label)
                        onClicked: body.loop.setFailureType(modelData.type)
                    }
                    // qmllint enable unqualified
                }
            }
        }
    }
}

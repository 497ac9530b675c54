import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// "Shared with me": the people who shared reflections with this vault, most recent first;
// each opens their entries. From here a received file opens, and my sharing key shows.
Page {
    id: page

    required property SharedWithMeController sharedWithMe
    signal senderOpened(int senderId)
    signal openFileRequested()
    signal sharingKeyRequested()

    objectName: "sharedWithMePage"
    title: qsTr("Shared with me")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Flow {
            spacing: 8
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxReadableWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.margins: Theme.margin
            Layout.bottomMargin: 8
            Button {
                objectName: "openSharedFileButton"
                text: qsTr("Open a shared file…")
                highlighted: true
                Material.accent: Theme.filledAccent
                Accessible.name: qsTr("Open a file someone shared with you")
                onClicked: page.openFileRequested()
            }
            Button {
                objectName: "mySharingKeyButton"
                text: qsTr("My sharing key")
                flat: true
                Accessible.name: qsTr("Show my sharing key")
                onClicked: page.sharingKeyRequested()
            }
        }
        ErrorBanner {
            objectName: "sharedWithMeError"
            text: page.sharedWithMe.errorMessage
            leftPadding: Theme.margin
            rightPadding: Theme.margin
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "sendersList"
            model: page.sharedWithMe.senders
            clip: true
            bottomMargin: Theme.margin
            keyNavigationEnabled: true
            Accessible.name: qsTr("People who shared with you")
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}

            // Qt 6.4's qmllint counts this file's ids as unqualified inside delegates (6.5 has
            // pragma ComponentBehavior: Bound); at run time they resolve as usual.
            // qmllint disable unqualified
            delegate: ItemDelegate {
                id: row
                required property int index
                required property var senderId
                required property string name
                required property date lastReceived
                required property int entryCount
                readonly property string shownName: name.length > 0 ? name : qsTr("Someone who gave no name")
                readonly property string summary: qsTr("%n reflections", "", entryCount)
                                                  + " · " + qsTr("last received %1").arg(lastReceived.toLocaleDateString(Qt.locale(), Locale.ShortFormat))

                objectName: "sender_" + index
                width: ListView.view.width
                topPadding: 12
                bottomPadding: 12
                leftPadding: Math.max(Theme.margin, (width - Theme.maxReadableWidth) / 2)
                rightPadding: leftPadding
                Accessible.name: row.shownName + ", " + row.summary
                onClicked: page.senderOpened(row.senderId)

                contentItem: ColumnLayout {
                    spacing: 4
                    Label {
                        objectName: "senderName_" + row.index
                        text: row.shownName
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.textSize(16)
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: row.summary
                        font.pixelSize: Theme.textSize(13)
                        opacity: 0.65
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
            // qmllint enable unqualified

            Label {
                objectName: "sharedWithMeEmpty"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                opacity: 0.7
                lineHeight: 1.2
                text: qsTr("Nothing shared with you yet. When someone sends you a .debrief file, open it here or drop it on this window. To receive one, send them your sharing key first.")
            }
        }
    }

    StackView.onActivating: page.sharedWithMe.reload()
}

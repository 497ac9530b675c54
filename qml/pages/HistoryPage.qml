import QtQuick
import QtQuick.Controls
import Debrief.Ui

// History on a phone: the list as a page of its own.
Page {
    id: page

    required property HistoryModel history
    signal opened(int reflectionId)

    objectName: "historyPage"
    title: qsTr("History")

    HistoryList {
        anchors.fill: parent
        history: page.history
        focus: true
        onOpened: reflectionId => page.opened(reflectionId)
    }
}

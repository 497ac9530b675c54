import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Debrief.Ui

ApplicationWindow {
    id: window

    required property VaultController vault
    required property HistoryModel history
    required property EntryController entries

    objectName: "mainWindow"
    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Debrief")
    Material.theme: Material.System

    Loader {
        id: screen
        objectName: "screenLoader"
        anchors.fill: parent
        sourceComponent: {
            switch (window.vault.state) {
            case VaultController.FirstStart: return setup
            case VaultController.Locked: return unlock
            case VaultController.Damaged:
            case VaultController.Failed: return problem
            case VaultController.Ready: return workspace
            default: return starting
            }
        }
    }

    Component {
        id: starting
        BusyIndicator {
            objectName: "startingIndicator"
            running: true
        }
    }
    Component {
        id: setup
        SetupPage { vault: window.vault }
    }
    Component {
        id: unlock
        UnlockPage { vault: window.vault }
    }
    Component {
        id: problem
        ProblemPage { vault: window.vault }
    }
    Component {
        id: workspace
        Workspace {
            history: window.history
            entries: window.entries
            notice: window.vault.notice
            keyringAvailable: window.vault.keyringAvailable
            wide: window.width >= Theme.wideBreakpoint
        }
    }
}

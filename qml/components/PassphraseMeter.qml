import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// How hard a new passphrase is to guess (zxcvbn via the controller): a bar from 0 to 4 and its
// word ("Weak" … "Strong").
RowLayout {
    id: meter

    property int score: 0
    property string label: ""

    objectName: "passphraseMeter"
    spacing: Theme.spacing

    ProgressBar {
        from: 0
        to: 4
        value: meter.score
        Accessible.name: qsTr("Passphrase strength: %1").arg(meter.label)
        Layout.fillWidth: true
    }
    Label {
        objectName: "passphraseMeterLabel"
        text: qsTr("Strength: %1").arg(meter.label)
    }
}

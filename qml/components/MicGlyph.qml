import QtQuick

// A small microphone drawn with rectangles: the voice-note mark in lists. (No image format
// plugin is needed, and emoji fonts are not everywhere.)
Item {
    id: glyph

    property color color: "black"

    implicitWidth: 9
    implicitHeight: 13

    // The capsule.
    Rectangle {
        x: 2
        width: 5
        height: 8
        radius: 2.5
        color: glyph.color
    }
    // The holder: the lower half of a ring around the capsule.
    Item {
        y: 4
        width: 9
        height: 6
        clip: true
        Rectangle {
            y: -6
            width: 9
            height: 12
            radius: 4.5
            color: "transparent"
            border.width: 1.2
            border.color: glyph.color
        }
    }
    // The stand.
    Rectangle {
        x: 4
        y: 10
        width: 1.2
        height: 2
        color: glyph.color
    }
    Rectangle {
        x: 2
        y: 12
        width: 5
        height: 1.2
        color: glyph.color
    }
}

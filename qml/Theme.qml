pragma Singleton
import QtQuick

// The one place for sizes, spacing and breakpoints; colours come from the Material palette,
// which follows the system's light or dark setting (accent and primary are set in Main.qml).
// Text follows the system font size: the sizes below are for a 14 px body text and grow with a
// larger system font (Qt.application.font), never below the design.
QtObject {
    id: theme

    readonly property int wideBreakpoint: 900
    readonly property int historyPaneWidth: 340
    // Desktop: sections and filters | list | entry (the entry keeps its readable width at 1280).
    readonly property int sidebarWidth: 208
    readonly property int spacing: 12
    readonly property int margin: 16
    readonly property int wideMargin: 32
    readonly property int maxReadableWidth: 720
    readonly property int maxFormWidth: 520
    readonly property int radius: 8
    // How much larger than the design the system wants text: its font against a 14 px body
    // (a point is 4/3 px at the 96 dpi Qt uses for logical sizes).
    readonly property real fontScale: {
        const f = Qt.application.font
        const px = f.pixelSize > 0 ? f.pixelSize : f.pointSize * 4 / 3
        return Math.max(1, px / 14)
    }
    readonly property int bodySize: textSize(14)
    readonly property int titleSize: textSize(26)
    readonly property int headingSize: textSize(22)
    readonly property int smallSize: textSize(12)
    // Colours that keep WCAG AA contrast where the Material defaults do not (checked by
    // tests/ui/AccessibilityTest.cpp): the fill of highlighted buttons under their white text in
    // light and dark, and red text for destructive actions.
    readonly property color filledAccent: "#00695c" // Material Teal 800: 6.6:1 under white
    readonly property color filledDanger: "#c62828" // Material Red 800: 5.6:1 under white
    readonly property int snackbarMs: 8000
    readonly property string monospaceFamily: "monospace"

    // Placeholder text in empty fields: quieter than the text, still 4.5:1 (Material's hint
    // colour is 2.7:1).
    function hintInk(dark: bool): color {
        return dark ? "#b3ffffff" : "#9e000000"
    }

    // Red text for a destructive action on the light or dark background (Red 900 or Red 100).
    function dangerInk(dark: bool): color {
        return dark ? "#ffcdd2" : "#b71c1c"
    }

    // A design size in pixels at the system's text size.
    function textSize(designPx: real): int {
        return Math.round(designPx * theme.fontScale)
    }

    // Fills %1, %2, … of a translated text in one pass, for texts whose first value is someone's
    // words: chained .arg() calls would fill a "%2" typed in those words with the next value.
    function fill(text: string, values: list<string>): string {
        return text.replace(/%(\d)/g, (marker, n) => n >= 1 && n <= values.length ? values[n - 1] : marker)
    }
}

pragma Singleton
import QtQuick

// The one place for sizes, spacing and breakpoints; colours come from the Material palette,
// which follows the system's light or dark setting.
QtObject {
    readonly property int wideBreakpoint: 900
    readonly property int historyPaneWidth: 360
    readonly property int spacing: 12
    readonly property int margin: 16
    readonly property int maxReadableWidth: 720
    readonly property int snackbarMs: 8000
    readonly property string monospaceFamily: "monospace"
}

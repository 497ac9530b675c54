pragma Singleton
import QtQuick

// The one place for sizes, spacing and breakpoints; colours come from the Material palette,
// which follows the system's light or dark setting (accent and primary are set in Main.qml).
QtObject {
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
    readonly property int titleSize: 26
    readonly property int headingSize: 22
    readonly property int smallSize: 12
    readonly property int snackbarMs: 8000
    readonly property string monospaceFamily: "monospace"
}

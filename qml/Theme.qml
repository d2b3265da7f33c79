pragma Singleton
import QtQuick

// Sizes and colours for every page: no magic numbers elsewhere.
QtObject {
    id: root

    // Touch targets (product.md: 48 px minimum on the wall panel).
    readonly property int touchTarget: 48
    readonly property int spacing: 16
    readonly property int smallSpacing: 8
    readonly property int radius: 14

    // Type scale: the large sizes are read from two metres.
    readonly property int fontHuge: 40
    readonly property int fontLarge: 28
    readonly property int fontMedium: 20
    readonly property int fontSmall: 15

    readonly property color background: "#0f1720"
    readonly property color surface: "#18232f"
    readonly property color surfaceRaised: "#213041"
    readonly property color textPrimary: "#f1f5f9"
    readonly property color textSecondary: "#9fb0c3"
    readonly property color divider: "#2c3d50"

    // One colour per energy source, used by the flow diagram and the totals alike.
    readonly property color solar: "#f5b82e"
    readonly property color grid: "#8ea4bd"
    readonly property color gridExport: "#4cc38a"
    readonly property color battery: "#4cc38a"
    readonly property color ev: "#5aa9f5"
    readonly property color house: "#e48bd0"

    // Is now a good time? Green, amber, red: the colours of a traffic light, readable on the dark surface.
    readonly property color adviceGood: "#4cc38a"
    readonly property color adviceFair: "#f5b82e"
    readonly property color advicePoor: "#f0705a"

    // The Plan page. The band of w[t] is coloured and sized by how good a slot is (tall and red: the grid is
    // stressed), so that it reads without telling green from red; a legend names the three colours.
    readonly property color bandGood: "#2fb59a"
    readonly property color bandFair: "#f0b429"
    readonly property color bandPoor: "#e0524a"
    readonly property color appliance: "#e48bd0"
    readonly property color thermal: "#f08a4b"
    readonly property color nowMarker: "#f1f5f9"
    readonly property int planBandHeight: 48
    readonly property int planSolarHeight: 22
    readonly property int planLaneHeight: 28
    readonly property int planLabelWidth: 240
    readonly property int sheetWidth: 560

    readonly property int flowLineWidth: 4
    readonly property int flowDotSize: 10
    readonly property int nodeSize: 148
    // Below this many kW a flow is drawn as idle.
    readonly property real idleKw: 0.05

    // The wall panel (docs/kiosk.md): the idle screen darkens with the time on it, read from across the
    // hallway; PIN keys are larger than the minimum touch target.
    readonly property color dimColor: "#000000"
    readonly property real dimOpacity: 0.85
    readonly property int dimFadeMs: 800
    readonly property int fontDimClock: 160
    readonly property int pinKeySize: 72
    readonly property int pinDotSize: 20
    readonly property int dialogWidth: 420
}

pragma Singleton
import QtQuick
import Commonwatt.App

// Sizes and colours for every page: no magic numbers elsewhere. Two palettes: night (dark, the wall panel's
// default after dark) and day (light). Text colours meet WCAG AA (4.5:1) on every surface in both; the Settings
// page's test checks it.
QtObject {
    id: root

    readonly property bool night: Settings.night
    // Animations run unless a test or a slow panel turns them off.
    property bool animations: true

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

    readonly property color background: night ? "#0f1720" : "#eef2f6"
    readonly property color surface: night ? "#18232f" : "#ffffff"
    readonly property color surfaceRaised: night ? "#213041" : "#e2e8ef"
    readonly property color textPrimary: night ? "#f1f5f9" : "#0f1720"
    readonly property color textSecondary: night ? "#9fb0c3" : "#485867"
    // Text that reports a problem.
    readonly property color errorText: night ? "#ff9d8a" : "#b3261e"
    // The colours text is drawn on, for the contrast check.
    readonly property var surfaces: [background, surface, surfaceRaised]
    readonly property var textColors: [textPrimary, textSecondary, errorText]
    // Text on a filled, coloured button, and the fills it is drawn on.
    readonly property color onAccent: night ? background : "#ffffff"
    readonly property var accentFills: [ev, adviceGood, advicePoor, eventAccent]
    readonly property color divider: night ? "#2c3d50" : "#c9d3de"

    // One colour per energy source, used by the flow diagram and the totals alike.
    readonly property color solar: night ? "#f5b82e" : "#d99a06"
    readonly property color grid: night ? "#8ea4bd" : "#6b7f96"
    readonly property color gridExport: night ? "#4cc38a" : "#1e7f52"
    readonly property color battery: night ? "#4cc38a" : "#1e7f52"
    readonly property color ev: night ? "#5aa9f5" : "#2a6fb8"
    readonly property color house: night ? "#e48bd0" : "#c45fb0"
    // The History chart's flows below zero: paler than their source above it, so that the legend tells them apart.
    readonly property color chartBatteryCharging: night ? "#a6e8c8" : "#74c29c"
    readonly property color chartGridExport: night ? "#d3dde8" : "#aab8c8"

    // Is now a good time? Green, amber, red: the colours of a traffic light, readable on the dark surface.
    readonly property color adviceGood: night ? "#4cc38a" : "#1e7f52"
    readonly property color adviceFair: night ? "#f5b82e" : "#d99a06"
    readonly property color advicePoor: night ? "#f0705a" : "#c0392b"

    // The Plan page. The band of w[t] is coloured and sized by how good a slot is (tall and red: the grid is
    // stressed), so that it reads without telling green from red; a legend names the three colours.
    readonly property color bandGood: "#2fb59a"
    readonly property color bandFair: "#f0b429"
    readonly property color bandPoor: "#e0524a"
    readonly property color appliance: night ? "#e48bd0" : "#c45fb0"
    readonly property color thermal: night ? "#f08a4b" : "#d96a26"
    readonly property color nowMarker: night ? "#f1f5f9" : "#0f1720"
    readonly property int planBandHeight: 48
    readonly property int planSolarHeight: 22
    readonly property int planLaneHeight: 28
    readonly property int planLabelWidth: 240
    readonly property int sheetWidth: 560
    readonly property int settingsWidth: 900
    // Home: from this height of the flow diagram's column on, the next actions fit under the diagram.
    readonly property int nextBesideFlowHeight: 560
    // The header's breakpoints: below the first, the product name and source badge hide; below the second, the date.
    // Narrower still than its tabs, the tab bar scrolls.
    readonly property int compactHeaderWidth: 1500
    readonly property int dateHeaderWidth: 1000

    // Grid events: the colour of an event's card and buttons.
    readonly property color eventAccent: night ? "#f08a4b" : "#a94e17"

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
    // The installer dialog's height besides the PIN pad's keys: title, hint, entry, margins.
    readonly property int pinPadChrome: 270
    readonly property int pinDotSize: 20
    readonly property int dialogWidth: 420
}

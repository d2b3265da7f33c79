import QtQuick
import Commonwatt.Ui

// A line between a device and the hub, with dots that move in the direction energy flows and faster when
// more power flows. power > 0 flows from (x1, y1) to (x2, y2).
Item {
    id: root

    property real x1: 0
    property real y1: 0
    property real x2: 0
    property real y2: 0
    property real power: 0
    property color color: Theme.textSecondary

    readonly property bool _active: Math.abs(power) >= Theme.idleKw
    readonly property real _length: Math.sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1))
    property real _phase: 0

    // Rotated about the middle of its left end, which sits exactly on (x1, y1).
    x: x1
    y: y1 - height / 2
    width: _length
    height: Theme.flowDotSize
    transformOrigin: Item.Left
    rotation: Math.atan2(y2 - y1, x2 - x1) * 180 / Math.PI

    Rectangle {
        y: (parent.height - height) / 2
        width: parent.width
        height: Theme.flowLineWidth
        radius: height / 2
        color: root._active ? root.color : Theme.divider
        opacity: root._active ? 0.55 : 1
    }

    Repeater {
        model: 3
        delegate: Rectangle {
            required property int index
            readonly property real _t: (root._phase + index / 3) % 1
            visible: root._active
            width: Theme.flowDotSize
            height: Theme.flowDotSize
            radius: width / 2
            color: root.color
            y: 0
            x: (root.power >= 0 ? _t : 1 - _t) * (root.width - width)
        }
    }

    NumberAnimation on _phase {
        from: 0
        to: 1
        loops: Animation.Infinite
        running: root._active && root.visible && Theme.animations
        // 0.5 kW crawls, 10 kW rushes.
        duration: Math.max(600, 4000 / Math.max(0.5, Math.sqrt(Math.abs(root.power))))
    }
}

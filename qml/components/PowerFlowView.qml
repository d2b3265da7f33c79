import QtQuick
import Commonwatt.Ui

// Live power flow: solar, grid, battery and car around the home, with moving dots where energy flows.
Rectangle {
    id: root

    property real pvKw: 0
    property real gridKw: 0     // + import
    property real batteryKw: 0  // + charging
    property real evKw: 0
    property real houseKw: 0
    property bool hasBattery: false
    property real batterySocPercent: 0
    property bool hasEv: false
    property real evSocPercent: 0
    property bool evPlugged: false

    readonly property real _node: Math.min(Theme.nodeSize, width * 0.24, height * 0.28)
    readonly property point _hub: Qt.point(width * 0.5, height * 0.5)
    readonly property point _solarAt: Qt.point(width * 0.5, _node * 0.5 + Theme.spacing)
    readonly property point _gridAt: Qt.point(_node * 0.5 + Theme.spacing, height * 0.5)
    readonly property point _houseAt: Qt.point(width - _node * 0.5 - Theme.spacing, height * 0.5)
    readonly property point _batteryAt: Qt.point(width * 0.28, height - _node * 0.5 - Theme.spacing)
    readonly property point _evAt: Qt.point(width * 0.72, height - _node * 0.5 - Theme.spacing)

    function _percent(value) {
        return Format.percent(value / 100)
    }

    color: Theme.surface
    radius: Theme.radius

    // Lines first, so that the nodes sit on top of them. Power is signed towards the hub.
    FlowLine {
        x1: root._solarAt.x; y1: root._solarAt.y; x2: root._hub.x; y2: root._hub.y
        power: root.pvKw
        color: Theme.solar
    }
    FlowLine {
        x1: root._gridAt.x; y1: root._gridAt.y; x2: root._hub.x; y2: root._hub.y
        power: root.gridKw
        color: root.gridKw >= 0 ? Theme.grid : Theme.gridExport
    }
    FlowLine {
        x1: root._houseAt.x; y1: root._houseAt.y; x2: root._hub.x; y2: root._hub.y
        power: -root.houseKw
        color: Theme.house
    }
    FlowLine {
        visible: root.hasBattery
        x1: root._batteryAt.x; y1: root._batteryAt.y; x2: root._hub.x; y2: root._hub.y
        power: -root.batteryKw
        color: Theme.battery
    }
    FlowLine {
        visible: root.hasEv
        x1: root._evAt.x; y1: root._evAt.y; x2: root._hub.x; y2: root._hub.y
        power: -root.evKw
        color: Theme.ev
    }

    Rectangle {
        width: Theme.flowDotSize * 2
        height: width
        radius: width / 2
        x: root._hub.x - width / 2
        y: root._hub.y - height / 2
        color: Theme.textSecondary
    }

    FlowNode {
        objectName: "solarNode"
        width: root._node; height: root._node
        x: root._solarAt.x - width / 2; y: root._solarAt.y - height / 2
        //: Power-flow node: solar panels
        title: qsTr("Solar")
        kw: root.pvKw
        color: Theme.solar
        dimmed: root.pvKw < Theme.idleKw
    }
    FlowNode {
        objectName: "gridNode"
        width: root._node; height: root._node
        x: root._gridAt.x - width / 2; y: root._gridAt.y - height / 2
        //: Power-flow node: the public grid
        title: qsTr("Grid")
        kw: root.gridKw
        //: Grid detail: importing from or exporting to the grid
        detail: Math.abs(root.gridKw) < Theme.idleKw ? "" : (root.gridKw > 0 ? qsTr("importing") : qsTr("exporting"))
        color: root.gridKw >= 0 ? Theme.grid : Theme.gridExport
        dimmed: Math.abs(root.gridKw) < Theme.idleKw
    }
    FlowNode {
        objectName: "houseNode"
        width: root._node; height: root._node
        x: root._houseAt.x - width / 2; y: root._houseAt.y - height / 2
        //: Power-flow node: the home's own consumption
        title: qsTr("Home")
        kw: root.houseKw
        color: Theme.house
    }
    FlowNode {
        objectName: "batteryNode"
        visible: root.hasBattery
        width: root._node; height: root._node
        x: root._batteryAt.x - width / 2; y: root._batteryAt.y - height / 2
        //: Power-flow node: the home battery
        title: qsTr("Battery")
        kw: root.batteryKw
        detail: root._percent(root.batterySocPercent)
        color: Theme.battery
        dimmed: Math.abs(root.batteryKw) < Theme.idleKw
    }
    FlowNode {
        objectName: "evNode"
        visible: root.hasEv
        width: root._node; height: root._node
        x: root._evAt.x - width / 2; y: root._evAt.y - height / 2
        //: Power-flow node: the electric car
        title: qsTr("Car")
        kw: root.evKw
        //: Car detail when it is not plugged in
        detail: root.evPlugged ? root._percent(root.evSocPercent) : qsTr("away")
        color: Theme.ev
        dimmed: root.evKw < Theme.idleKw
    }
}

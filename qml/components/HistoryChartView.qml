import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// The History chart with its legend: pinch or wheel to zoom, drag to pan, tap for the values at a point.
Rectangle {
    id: root

    // The values of the tapped bucket (HistoryChart.valuesAt), or none.
    property var _point: ({ valid: false })
    property real _lastScale: 1
    property real _lastDrag: 0

    function _format(value) {
        switch (History.valueKind) {
        case "power": return Format.power(value)
        case "energy": return Format.energy(value)
        case "credits": return Format.credits(value)
        default: return Format.percent(value)
        }
    }
    function showValuesAt(x) {
        _point = _chart.valuesAt(x)
    }

    radius: Theme.radius
    color: Theme.surface
    clip: true

    Connections {
        target: History
        function onDataChanged() { root._point = { valid: false } }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.smallSpacing
        spacing: Theme.smallSpacing / 2

        Flow {
            objectName: "historyLegend"
            Layout.fillWidth: true
            spacing: Theme.spacing

            Repeater {
                model: History.legend

                Row {
                    required property var modelData
                    spacing: Theme.smallSpacing / 2
                    Rectangle {
                        width: Theme.fontSmall
                        height: Theme.fontSmall
                        radius: 3
                        anchors.verticalCenter: parent.verticalCenter
                        color: _chart.seriesColors[modelData.key]
                    }
                    Text {
                        text: modelData.name
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            HistoryChart {
                id: _chart
                objectName: "historyChart"
                anchors.fill: parent
                visible: History.emptyText.length === 0
                model: History
                textColor: Theme.textSecondary
                gridColor: Theme.divider
                fontPixelSize: Theme.fontSmall
                unitLabel: {
                    switch (History.valueKind) {
                    //: Unit on the History chart's value axis
                    case "power": return qsTr("kW")
                    //: Unit on the History chart's value axis
                    case "energy": return qsTr("kWh")
                    //: Unit on the History chart's value axis: credits
                    case "credits": return qsTr("cr")
                    default: return "%"
                    }
                }
                seriesColors: ({
                    solar: Theme.solar, battery_out: Theme.battery, battery_in: Theme.chartBatteryCharging,
                    grid_in: Theme.grid, grid_out: Theme.chartGridExport, house: Theme.house, ev: Theme.ev,
                    giving: Theme.adviceGood, events: Theme.eventAccent, taking: Theme.advicePoor,
                    fossil: Theme.thermal, clean: Theme.adviceGood
                })
                Accessible.role: Accessible.Chart
                //: Accessible name of the History chart; %1 is the view, %2 the period
                Accessible.name: qsTr("%1, %2").arg(History.viewNames[History.view]).arg(History.periodText)

                PinchHandler {
                    target: null
                    onActiveChanged: root._lastScale = 1
                    onActiveScaleChanged: {
                        _chart.zoomBy(activeScale / root._lastScale, centroid.position.x)
                        root._lastScale = activeScale
                    }
                }
                DragHandler {
                    target: null
                    onActiveChanged: root._lastDrag = 0
                    onTranslationChanged: {
                        _chart.panBy(translation.x - root._lastDrag)
                        root._lastDrag = translation.x
                    }
                }
                WheelHandler {
                    target: null
                    onWheel: (event) => _chart.zoomBy(event.angleDelta.y > 0 ? 1.25 : 0.8, point.position.x)
                }
                TapHandler {
                    onTapped: (eventPoint) => root.showValuesAt(eventPoint.position.x)
                    onDoubleTapped: _chart.resetZoom()
                }

                // Where the values shown were read.
                Rectangle {
                    objectName: "historyMarker"
                    visible: root._point.valid
                    x: (root._point.x || 0) - width / 2
                    width: 2
                    height: parent.height
                    color: Theme.nowMarker
                }
            }

            Text {
                objectName: "historyEmpty"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: !History.busy && History.emptyText.length > 0
                text: History.emptyText
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontMedium
            }

            BusyIndicator {
                objectName: "historyBusy"
                anchors.centerIn: parent
                running: History.busy
                visible: running
                //: Accessible name of the History page's progress indicator
                Accessible.name: qsTr("Reading the history")
            }

            PillButton {
                objectName: "historyResetZoom"
                anchors.right: parent.right
                anchors.top: parent.top
                visible: _chart.zoomed
                //: Shows the whole period again after zooming in, on the History chart
                text: qsTr("Whole period")
                onClicked: _chart.resetZoom()
            }

            // The values at the tapped point.
            Rectangle {
                objectName: "historyReadout"
                visible: root._point.valid === true
                x: Math.min(Math.max(0, (root._point.x || 0) + Theme.smallSpacing), parent.width - width)
                y: Theme.smallSpacing
                width: _readout.implicitWidth + 2 * Theme.smallSpacing
                height: _readout.implicitHeight + 2 * Theme.smallSpacing
                radius: Theme.radius / 2
                color: Theme.surfaceRaised
                border.color: Theme.divider

                Column {
                    id: _readout
                    anchors.centerIn: parent
                    spacing: 2

                    Text {
                        objectName: "historyReadoutTime"
                        text: root._point.time || ""
                        color: Theme.textPrimary
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                    }
                    Repeater {
                        model: root._point.rows || []

                        Text {
                            required property var modelData
                            //: A series and its value at the tapped point of the History chart
                            text: qsTr("%1: %2").arg(modelData.name).arg(root._format(modelData.value))
                            color: Theme.textPrimary
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
                TapHandler {
                    onTapped: root._point = { valid: false }
                }
            }
        }
    }
}

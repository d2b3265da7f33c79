import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// Plan: what will run when over today and tomorrow, over the grid's weight of a kWh in each slot, and why.
Item {
    id: root

    // The name column gives way on a narrow screen; the timeline keeps the rest.
    readonly property real _labelWidth: Math.min(Theme.planLabelWidth, Math.max(150, width * 0.19))
    readonly property bool _short: height < 440

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        PlanSummary {
            objectName: "planSummary"
            Layout.fillWidth: true
            compact: root._short
        }

        Rectangle {
            objectName: "planTimeline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            clip: true

            ColumnLayout {
                id: _column
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.smallSpacing

                // Hours and days over the timeline column.
                TimelineAxis {
                    id: _axis
                    objectName: "planAxis"
                    Layout.fillWidth: true
                    Layout.leftMargin: root._labelWidth
                    hourTicks: Plan.hourTicks
                    dayMarks: Plan.dayMarks
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    ColumnLayout {
                        Layout.preferredWidth: root._labelWidth
                        Layout.maximumWidth: root._labelWidth
                        spacing: 0
                        Text {
                            //: The band's row: how much a grid kWh is worth to the commons in each slot
                            text: qsTr("Grid")
                            color: Theme.textPrimary
                            font.pixelSize: Theme.fontMedium
                            font.bold: true
                        }
                        Text {
                            objectName: "weightRange"
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            //: Under "Grid": the range of credits a grid kWh costs over the plan, e.g. "0.20–1.39 cr/kWh"
                            text: qsTr("%1–%2 cr/kWh").arg(Format.number(Plan.lowestWeight, 2))
                                                      .arg(Format.number(Plan.highestWeight, 2))
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    SlotBars {
                        objectName: "weightBand"
                        Layout.fillWidth: true
                        Layout.preferredHeight: root._short ? Theme.planBandHeight * 0.75 : Theme.planBandHeight
                        levels: Plan.bandLevels
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    visible: !root._short
                    Text {
                        Layout.preferredWidth: root._labelWidth
                        //: The row with the solar forecast
                        text: qsTr("Sun")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSmall
                    }
                    SlotBars {
                        objectName: "solarBand"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.planSolarHeight
                        weighted: false
                        levels: Plan.solarLevels
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 1
                    color: Theme.divider
                }

                ListView {
                    id: _rows
                    objectName: "planRows"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    model: Plan
                    spacing: 0
                    delegate: PlanDeviceRow {
                        width: _rows.width
                        // A large screen shares its height out among the rows, up to half as tall again.
                        height: Math.max(implicitHeight, Math.min(implicitHeight * 1.5, _rows.height / Math.max(1, _rows.count)))
                        labelWidth: root._labelWidth
                        onTapped: _sheet.openFor(Plan.rowData(index))
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: root._labelWidth
                    spacing: Theme.spacing
                    WeightLegend {
                        objectName: "weightLegend"
                    }
                    Text {
                        objectName: "planSources"
                        Layout.fillWidth: true
                        Layout.minimumWidth: 0
                        visible: Plan.hasPlan && !root._short
                        horizontalAlignment: Text.AlignRight
                        elide: Text.ElideLeft
                        //: Where the plan's forecasts come from: %1 solar, %2 the home's own use, %3 the grid's
                        //: carbon intensity, e.g. "solar: learned from 42 days · home: learned from 30 days · carbon: feed 36 h"
                        text: qsTr("solar: %1 · home: %2 · carbon: %3").arg(Plan.pvSource)
                                                                       .arg(Plan.baseLoadSource)
                                                                       .arg(Plan.signalSource)
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSmall
                    }
                    // A small screen has no room for the sources: the forecasts' accuracy in one line instead.
                    ForecastAccuracy {
                        objectName: "forecastAccuracyCompact"
                        visible: root._short
                        compact: true
                        Layout.fillWidth: true
                        Layout.minimumWidth: 0
                    }
                }

                ForecastAccuracy {
                    objectName: "forecastAccuracy"
                    visible: !root._short
                    Layout.fillWidth: true
                    Layout.leftMargin: root._labelWidth
                }
            }

            // Labelled hours, tomorrow's midnight and now, from the band down through every row.
            Item {
                id: _overlay
                readonly property real _left: _column.x + root._labelWidth
                readonly property real _width: _column.width - root._labelWidth
                readonly property real _top: _column.y + _axis.height
                readonly property real _bottom: _column.y + _rows.y + _rows.height

                anchors.fill: parent

                Repeater {
                    model: Plan.hourTicks
                    Rectangle {
                        required property var modelData
                        visible: modelData.hour % _axis.labelStep === 0 && modelData.hour !== 0
                        x: _overlay._left + modelData.position * _overlay._width
                        y: _overlay._top
                        width: 1
                        height: _overlay._bottom - y
                        color: Theme.textSecondary
                        opacity: 0.12
                    }
                }
                Repeater {
                    model: Plan.dayMarks
                    Rectangle {
                        required property var modelData
                        x: _overlay._left + modelData.position * _overlay._width
                        y: _column.y
                        width: 1
                        height: _overlay._bottom - y
                        color: Theme.textSecondary
                        opacity: 0.4
                    }
                }
                Rectangle {
                    objectName: "nowMarker"
                    visible: Plan.hasPlan
                    x: _overlay._left + Plan.nowPosition * _overlay._width - width / 2
                    y: _column.y + _nowLabel.height
                    width: 2
                    height: _overlay._bottom - y
                    color: Theme.nowMarker
                    Rectangle {
                        id: _nowLabel
                        anchors.horizontalCenter: parent.horizontalCenter
                        anchors.bottom: parent.top
                        width: _nowText.implicitWidth + Theme.smallSpacing
                        height: _nowText.implicitHeight + 2
                        radius: height / 2
                        color: Theme.nowMarker
                        Text {
                            id: _nowText
                            anchors.centerIn: parent
                            //: Marks the current time on the plan's timeline
                            text: qsTr("Now")
                            color: Theme.background
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                        }
                    }
                }
            }

            Text {
                objectName: "planError"
                visible: Plan.error.length > 0
                anchors.centerIn: parent
                width: parent.width - 4 * Theme.spacing
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: Plan.error
                color: Theme.errorText
                font.pixelSize: Theme.fontMedium
            }
        }
    }

    DeviceSheet {
        id: _sheet
    }
}

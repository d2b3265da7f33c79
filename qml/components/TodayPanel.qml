import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// Today's energy, from the readings store (the household's local day).
Rectangle {
    id: root

    function _kwh(value) {
        return Format.energy(value)
    }

    color: Theme.surface
    radius: Theme.radius

    implicitHeight: _content.implicitHeight + 2 * Theme.spacing

    ColumnLayout {
        id: _content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.smallSpacing

        Text {
            //: Heading of the panel with today's energy totals
            text: qsTr("Today")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontMedium
            font.bold: true
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            columnSpacing: Theme.smallSpacing
            rowSpacing: Theme.smallSpacing

            EnergyTile {
                objectName: "todaySolar"
                Layout.fillWidth: true
                Layout.fillHeight: true
                //: Today's energy: produced by the solar panels
                label: qsTr("Solar produced")
                value: root._kwh(Dashboard.todayPvKwh)
                accent: Theme.solar
            }
            EnergyTile {
                objectName: "todayHome"
                Layout.fillWidth: true
                Layout.fillHeight: true
                //: Today's energy: used by the home (without battery and car)
                label: qsTr("Home used")
                value: root._kwh(Dashboard.todayHouseKwh)
                accent: Theme.house
            }
            EnergyTile {
                objectName: "todayImport"
                Layout.fillWidth: true
                Layout.fillHeight: true
                //: Today's energy: taken from the grid
                label: qsTr("From the grid")
                value: root._kwh(Dashboard.todayImportKwh)
                accent: Theme.grid
            }
            EnergyTile {
                objectName: "todayExport"
                Layout.fillWidth: true
                Layout.fillHeight: true
                //: Today's energy: given to the grid
                label: qsTr("To the grid")
                value: root._kwh(Dashboard.todayExportKwh)
                accent: Theme.gridExport
            }
            EnergyTile {
                objectName: "todayEv"
                Layout.fillWidth: true
                Layout.fillHeight: true
                //: Today's energy: charged into the car
                label: qsTr("Car charged")
                value: root._kwh(Dashboard.todayEvKwh)
                accent: Theme.ev
            }
            EnergyTile {
                objectName: "todaySelfSufficiency"
                Layout.fillWidth: true
                Layout.fillHeight: true
                //: Today's share of the home's and car's energy that did not come from the grid
                label: qsTr("Self-sufficiency")
                value: Format.percent(Dashboard.selfSufficiency)
                accent: Theme.battery
            }
        }
    }
}

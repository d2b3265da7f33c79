import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// Home: what the household's energy is doing now, and what it did today.
Item {
    id: root

    readonly property bool _narrow: width < height

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        HeaderBar {
            Layout.fillWidth: true
        }

        TimeAdviceBanner {
            objectName: "timeAdviceBanner"
            Layout.fillWidth: true
            rating: Dashboard.timeRating
            nextBetterTime: Dashboard.nextBetterTime
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: root._narrow ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            PowerFlowView {
                objectName: "powerFlow"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumWidth: 0
                Layout.preferredWidth: 3
                pvKw: Dashboard.pvKw
                gridKw: Dashboard.gridKw
                batteryKw: Dashboard.batteryKw
                evKw: Dashboard.evKw
                houseKw: Dashboard.houseKw
                hasBattery: Dashboard.hasBattery
                batterySocPercent: Dashboard.batterySocPercent
                hasEv: Dashboard.hasEv
                evSocPercent: Dashboard.evSocPercent
                evPlugged: Dashboard.evPlugged
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumWidth: 0
                Layout.preferredWidth: 2
                spacing: Theme.spacing

                CommonsPanel {
                    objectName: "commonsPanel"
                    Layout.fillWidth: true
                }
                TodayPanel {
                    objectName: "todayPanel"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
            }
        }
    }
}

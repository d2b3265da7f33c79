import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// History: power by source, energy per period, credits and the clean share over a day, week, month or year;
// back and forward, pinch and pan inside, tap for the values, and the CSV exports.
Item {
    id: root

    property bool _exportOpen: false

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing

        HistoryToolbar {
            objectName: "historyToolbar"
            Layout.fillWidth: true
            onExportRequested: root._exportOpen = !root._exportOpen
        }

        HistoryExportPanel {
            objectName: "historyExportPanel"
            Layout.fillWidth: true
            visible: root._exportOpen
            onCloseRequested: root._exportOpen = false
        }

        HistoryChartView {
            objectName: "historyChartView"
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}

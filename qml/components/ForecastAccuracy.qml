import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// How good the forecasts were: the last 14 days' error of the solar forecast a day ahead as small bars (today
// on the right, a stub for a day with nothing compared), then the error per day and how much better than
// taking yesterday as the forecast, for solar and the home.
RowLayout {
    id: root

    // A small screen: the solar figure in short only.
    property bool compact: false

    spacing: Theme.smallSpacing

    Row {
        id: _chart
        objectName: "accuracyChart"
        readonly property real _barWidth: root.compact ? 4 : 6
        Layout.preferredWidth: 14 * _barWidth + 13
        Layout.preferredHeight: root.compact ? 16 : 20
        Layout.alignment: Qt.AlignVCenter
        spacing: 1
        Repeater {
            model: Plan.accuracyBars
            Item {
                required property var modelData
                width: _chart._barWidth
                height: _chart.height
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: parent.modelData.kwh < 0 ? 2 : Math.max(2, parent.modelData.level * parent.height)
                    radius: 1
                    color: parent.modelData.kwh < 0 ? Theme.divider : Theme.solar
                }
            }
        }
    }

    Text {
        objectName: "accuracyText"
        Layout.fillWidth: true
        Layout.minimumWidth: 0
        elide: Text.ElideRight
        //: %1 the solar forecast's accuracy, %2 the home's, e.g. "Solar forecast: ±1.2 kWh/day, 38 % better than
        //: yesterday-as-forecast · Home ±0.8 kWh/day, 12 % better"
        text: root.compact ? Plan.solarAccuracyShort
                           : qsTr("%1 · %2").arg(Plan.solarAccuracy).arg(Plan.homeAccuracyShort)
        color: Theme.textSecondary
        // A notch smaller on a small screen, where it shares the line with the legend.
        font.pixelSize: root.compact ? Theme.fontSmall - 2 : Theme.fontSmall
    }
}

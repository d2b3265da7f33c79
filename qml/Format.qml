pragma Singleton
import QtQuick
import Commonwatt.App

// Numbers with their units, written in the chosen language's locale and power unit. Bindings that call these
// functions follow a change of language or unit by themselves: they read Settings' properties.
QtObject {
    id: root

    readonly property var locale: Qt.locale(Settings.localeName)
    readonly property bool _watts: Settings.powerUnit === "W"

    function number(value, decimals) {
        return Number(value).toLocaleString(root.locale, 'f', decimals)
    }
    // Power given in kW, as "1.5 kW" or "1,500 W".
    function power(kw) {
        //: Power in watts; %1 is the number
        return root._watts ? qsTr("%1 W").arg(number(Math.round(kw * 1000), 0))
                           //: Power in kilowatts; %1 is the number
                           : qsTr("%1 kW").arg(number(kw, 1))
    }
    // Energy given in kWh, as "10.9 kWh" or "10,900 Wh".
    function energy(kwh) {
        //: Energy in watt-hours; %1 is the number
        return root._watts ? qsTr("%1 Wh").arg(number(Math.round(kwh * 1000), 0))
                           //: Energy in kilowatt-hours; %1 is the number
                           : qsTr("%1 kWh").arg(number(kwh, 1))
    }
    // A fraction (0.51) as a percentage.
    function percent(fraction) {
        //: A percentage; %1 is the number
        return qsTr("%1 %").arg(number(fraction * 100, 0))
    }
    // Credits with their sign, as "+0.32 cr" or "-0.32 cr".
    function credits(value) {
        //: An amount of credits, the community's currency; %1 is the signed number
        return qsTr("%1 cr").arg((value > 0 ? "+" : "") + number(value, 2))
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// What the household can ask of one device: run it now, have the car ready by a time, or keep it off today.
Popup {
    id: root

    property string deviceId
    property string deviceName
    property string kind
    property string detail
    property string request
    property bool canRunNow: false
    property bool canReadyBy: false
    property bool canSkipToday: false

    // "Ready by": a time in quarter hours from midnight, and a charge in percent.
    property int _quarter: 7 * 4
    property int _percent: 80
    property string _error

    function openFor(row) {
        deviceId = row.deviceId
        deviceName = row.name
        kind = row.kind
        detail = row.problem.length > 0 ? row.problem : row.decision.length > 0 ? row.decision : row.status
        request = row.request
        canRunNow = row.canRunNow
        canReadyBy = row.canReadyBy
        canSkipToday = row.canSkipToday
        _error = ""
        open()
    }
    function _done(ok) {
        if (ok)
            close()
        else
            _error = Plan.lastActionError()
    }
    function _time(quarter) {
        const hours = Math.floor(quarter / 4)
        const minutes = (quarter % 4) * 15
        return (hours < 10 ? "0" : "") + hours + ":" + (minutes < 10 ? "0" : "") + minutes
    }

    objectName: "deviceSheet"
    modal: true
    dim: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.sheetWidth, (parent ? parent.width : Theme.sheetWidth) - 2 * Theme.spacing)
    padding: Theme.spacing

    Overlay.modal: Rectangle {
        color: Theme.background
        opacity: 0.7
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: 1
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: root.deviceName
                elide: Text.ElideRight
                color: Theme.textPrimary
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
            PillButton {
                objectName: "sheetClose"
                //: Closes the device's sheet
                text: qsTr("Close")
                onClicked: root.close()
            }
        }

        Text {
            Layout.fillWidth: true
            text: root.detail
            wrapMode: Text.WordWrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            PillButton {
                objectName: "sheetRunNow"
                primary: true
                accent: Theme.adviceGood
                enabled: root.canRunNow
                text: root.kind === "ev" ? qsTr("Charge now") : root.kind === "thermal" ? qsTr("Heat now")
                                                                                       : qsTr("Run now")
                onClicked: root._done(Plan.runNow(root.deviceId))
            }
            PillButton {
                objectName: "sheetSkipToday"
                visible: root.kind === "appliance" || root.kind === "thermal"
                enabled: root.canSkipToday
                //: Keeps an appliance or heater off until midnight
                text: qsTr("Don't run today")
                onClicked: root._done(Plan.skipToday(root.deviceId))
            }
            PillButton {
                objectName: "sheetCancel"
                visible: root.request.length > 0
                //: Ends the household's request: the planner decides again
                text: qsTr("Back to automatic")
                onClicked: {
                    Plan.cancelRequest(root.deviceId)
                    root.close()
                }
            }
        }

        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.smallSpacing
            visible: root.kind === "ev"
            //: Above the car's departure time and charge
            text: qsTr("When do you leave, and how full should it be?")
            wrapMode: Text.WordWrap
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSmall
        }
        // A car: ready by a time with a charge. Steppers rather than a keyboard, for the wall panel.
        RowLayout {
            Layout.fillWidth: true
            visible: root.kind === "ev"
            spacing: Theme.smallSpacing

            PillButton {
                text: "−"
                enabled: root.canReadyBy
                Accessible.name: qsTr("Earlier")
                onClicked: root._quarter = (root._quarter + 95) % 96
            }
            Text {
                objectName: "sheetReadyTime"
                text: root._time(root._quarter)
                color: Theme.textPrimary
                font.pixelSize: Theme.fontMedium
                font.bold: true
            }
            PillButton {
                text: "+"
                enabled: root.canReadyBy
                Accessible.name: qsTr("Later")
                onClicked: root._quarter = (root._quarter + 1) % 96
            }
            PillButton {
                text: "−"
                enabled: root.canReadyBy && root._percent > 10
                Accessible.name: qsTr("Less charge")
                onClicked: root._percent -= 10
            }
            Text {
                objectName: "sheetReadyPercent"
                text: root._percent + " %"
                color: Theme.textPrimary
                font.pixelSize: Theme.fontMedium
                font.bold: true
            }
            PillButton {
                text: "+"
                enabled: root.canReadyBy && root._percent < 100
                Accessible.name: qsTr("More charge")
                onClicked: root._percent += 10
            }
            PillButton {
                objectName: "sheetReadyBy"
                Layout.fillWidth: true
                primary: true
                accent: Theme.ev
                enabled: root.canReadyBy
                //: Sets the car's departure time and charge
                text: qsTr("Ready by")
                onClicked: root._done(Plan.readyBy(root.deviceId, Math.floor(root._quarter / 4),
                                                   (root._quarter % 4) * 15, root._percent))
            }
        }

        Text {
            Layout.fillWidth: true
            visible: root._error.length > 0
            text: root._error
            wrapMode: Text.WordWrap
            color: Theme.errorText
            font.pixelSize: Theme.fontSmall
        }
    }
}

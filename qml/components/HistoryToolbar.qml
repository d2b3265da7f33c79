import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// The History page's choices: the view, the range, the period (back, forward, latest) and the export.
Flow {
    id: root

    signal exportRequested

    spacing: Theme.smallSpacing

    // Each pill on its own in the flow, so that a narrow screen wraps them.
    Repeater {
        model: History.viewNames

        PillButton {
            required property int index
            required property string modelData
            objectName: "historyView" + index
            text: modelData
            primary: History.view === index
            Accessible.role: Accessible.RadioButton
            Accessible.checked: primary
            onClicked: History.view = index
        }
    }

    Repeater {
        model: History.rangeNames

        PillButton {
            required property int index
            required property string modelData
            objectName: "historyRange" + index
            text: modelData
            primary: History.range === index
            Accessible.role: Accessible.RadioButton
            Accessible.checked: primary
            onClicked: History.range = index
        }
    }

    Row {
        spacing: Theme.smallSpacing / 2

        PillButton {
            objectName: "historyPrevious"
            text: "‹"
            //: Tooltip and accessible name of the History page's back button
            tooltip: qsTr("Earlier")
            Accessible.name: tooltip
            onClicked: History.previous()
        }
        Text {
            objectName: "historyPeriod"
            height: Theme.touchTarget
            verticalAlignment: Text.AlignVCenter
            text: History.periodText
            color: Theme.textPrimary
            font.pixelSize: Theme.fontMedium
            font.bold: true
        }
        PillButton {
            objectName: "historyNext"
            text: "›"
            enabled: History.canGoForward
            //: Tooltip and accessible name of the History page's forward button
            tooltip: qsTr("Later")
            Accessible.name: tooltip
            onClicked: History.next()
        }
    }
    PillButton {
        objectName: "historyLatest"
        visible: History.canGoForward
        //: Back to the period that holds today, on the History page
        text: qsTr("Now")
        onClicked: History.showLatest()
    }
    PillButton {
        objectName: "historyExport"
        //: Opens the CSV export on the History page
        text: qsTr("Export")
        onClicked: root.exportRequested()
    }
}

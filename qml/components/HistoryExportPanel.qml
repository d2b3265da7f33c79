import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// The CSV exports of the period shown: the readings, and the settled credits per day. The file is typed (the
// wall panel has no file dialog), starting from a name in the Documents or data folder.
Rectangle {
    id: root

    signal closeRequested()

    // The typed file, or the default name of this kind while the field still holds another default.
    function _pathFor(kind) {
        if (_path.text === History.defaultExportPath("readings") || _path.text === History.defaultExportPath("credits")
                || _path.text === History.defaultExportPath("ledger"))
            _path.text = History.defaultExportPath(kind)
        return _path.text
    }

    implicitHeight: _column.implicitHeight + 2 * Theme.smallSpacing
    radius: Theme.radius
    color: Theme.surface

    onVisibleChanged: if (visible) _path.text = History.defaultExportPath("readings")

    ColumnLayout {
        id: _column
        anchors.fill: parent
        anchors.margins: Theme.smallSpacing
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            TextField {
                id: _path
                objectName: "historyExportPath"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontSmall
                color: Theme.textPrimary
                selectByMouse: true
                //: The file field of the History page's export
                placeholderText: qsTr("File to write")
                Accessible.name: placeholderText
                background: Rectangle {
                    radius: Theme.radius / 2
                    color: Theme.surfaceRaised
                    border.color: _path.activeFocus ? Theme.textPrimary : Theme.divider
                }
            }
            PillButton {
                objectName: "historyExportClose"
                //: Closes the export on the History page
                text: qsTr("Close")
                onClicked: root.closeRequested()
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            PillButton {
                objectName: "historyExportReadings"
                //: Writes the period's readings to the file
                text: qsTr("Export readings")
                primary: true
                enabled: !History.exporting
                onClicked: History.exportReadings(root._pathFor("readings"))
            }
            PillButton {
                objectName: "historyExportCredits"
                //: Writes the period's settled credits per day to the file
                text: qsTr("Export credits")
                enabled: !History.exporting
                onClicked: History.exportCredits(root._pathFor("credits"))
            }
            PillButton {
                objectName: "historyExportLedger"
                visible: History.inCommunity
                //: Writes the community ledger's entries of the period to the file
                text: qsTr("Export ledger")
                enabled: !History.exporting
                onClicked: History.exportLedger(root._pathFor("ledger"))
            }
        }

        ProgressBar {
            objectName: "historyExportProgress"
            Layout.fillWidth: true
            visible: History.exporting
            value: History.exportProgress
            //: Accessible name of the export's progress bar
            Accessible.name: qsTr("Export progress")
        }

        Text {
            objectName: "historyExportMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: History.exportMessage
            wrapMode: Text.WrapAnywhere
            color: History.exportFailed ? Theme.errorText : Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }
    }
}

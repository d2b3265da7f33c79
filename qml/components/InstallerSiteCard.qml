import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// The site's settings: grid connection limits, grid region and the household's id.
SettingsCard {
    id: root

    property string _error: ""

    objectName: "siteCard"

    component SiteInput: ColumnLayout {
        id: _siteInput
        property alias label: _label.text
        property alias text: _box.text
        property alias placeholder: _box.placeholderText
        property string unit: ""
        property string inputName: ""
        Layout.fillWidth: true
        spacing: 4
        Text {
            id: _label
            Layout.fillWidth: true
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: _box
                objectName: _siteInput.inputName
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.fontMedium
                color: Theme.textPrimary
                placeholderTextColor: Theme.textSecondary
                Accessible.name: _label.text
                background: Rectangle {
                    radius: Theme.radius / 2
                    color: Theme.surfaceRaised
                    border.width: _box.activeFocus ? 2 : 1
                    border.color: _box.activeFocus ? Theme.textPrimary : Theme.divider
                }
            }
            Text {
                visible: _siteInput.unit.length > 0
                text: _siteInput.unit
                color: Theme.textSecondary
                font.pixelSize: Theme.fontMedium
            }
        }
    }

    Text {
        Layout.fillWidth: true
        //: Installer: heading of the site settings
        text: qsTr("Site")
        color: Theme.textPrimary
        font.pixelSize: Theme.fontMedium
        font.bold: true
    }
    GridLayout {
        Layout.fillWidth: true
        columns: width > 640 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.smallSpacing

        SiteInput {
            id: _import
            inputName: "siteImportLimit"
            //: Installer, site: most power the grid connection may draw
            label: qsTr("Import limit")
            unit: "kW"
            text: Installer.importLimitKw
            //: Installer, site: placeholder with the default limit
            placeholder: qsTr("Default: %1").arg(Installer.defaultImportLimitKw)
        }
        SiteInput {
            id: _export
            inputName: "siteExportLimit"
            //: Installer, site: most power the site may feed into the grid
            label: qsTr("Export limit")
            unit: "kW"
            text: Installer.exportLimitKw
            placeholder: qsTr("Default: %1").arg(Installer.defaultExportLimitKw)
        }
        SiteInput {
            id: _region
            inputName: "siteGridRegion"
            //: Installer, site: country code or bidding zone of the grid
            label: qsTr("Grid region")
            text: Installer.gridRegion
            //: Installer, site: example grid regions
            placeholder: qsTr("For example DE, NL or SE3")
        }
        SiteInput {
            id: _household
            inputName: "siteHouseholdId"
            //: Installer, site: the household's id in MQTT topics
            label: qsTr("Household id")
            text: Installer.householdId
            placeholder: "home"
        }
    }
    Text {
        Layout.fillWidth: true
        //: Installer, site: when the household id takes effect
        text: qsTr("The limits apply to the plan at once; a new household id applies to the MQTT API from the next start.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    Text {
        objectName: "siteError"
        Layout.fillWidth: true
        visible: root._error.length > 0
        text: root._error
        color: Theme.errorText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    PillButton {
        objectName: "saveSite"
        //: Installer, site: save the site settings
        text: qsTr("Save site settings")
        onClicked: root._error = Installer.saveSite(_import.text, _export.text, _region.text, _household.text)
    }
}

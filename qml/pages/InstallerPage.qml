import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// Installer mode (behind the PIN): the devices and their live status, adding one from a plugin through a
// form generated from its settings schema, the site settings, and backup and restore. See docs/installer.md.
Item {
    id: root

    Flickable {
        id: _flick
        anchors.fill: parent
        contentHeight: _column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: _column
            width: Math.min(_flick.width, Theme.settingsWidth)
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.spacing

            Text {
                objectName: "installerMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: Installer.message
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }

            InstallerDeviceForm {
                Layout.fillWidth: true
                visible: Installer.formOpen
            }

            SettingsCard {
                objectName: "devicesCard"
                Layout.fillWidth: true

                Text {
                    Layout.fillWidth: true
                    //: Installer: heading of the configured devices
                    text: qsTr("Devices")
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontMedium
                    font.bold: true
                }
                Text {
                    objectName: "noDevices"
                    Layout.fillWidth: true
                    visible: Installer.deviceCount === 0
                    //: Installer: no device is configured yet
                    text: qsTr("No device is configured yet. Add one from a plugin below.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: Installer.devices

                    InstallerDeviceRow {
                        Layout.fillWidth: true
                        onRemoveRequested: id => {
                            _confirmRemove.instanceId = id
                            _confirmRemove.open()
                        }
                    }
                }

                Text {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.smallSpacing
                    //: Installer: heading of the plugins a device can be added from
                    text: qsTr("Add a device")
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.smallSpacing

                    Repeater {
                        model: Installer.plugins

                        PillButton {
                            required property var modelData
                            objectName: "addPlugin_" + modelData.id
                            text: modelData.name
                            tooltip: modelData.description
                            onClicked: {
                                Installer.openAddForm(modelData.id)
                                _flick.contentY = 0
                            }
                        }
                    }
                }
            }

            InstallerSiteCard {
                Layout.fillWidth: true
            }

            InstallerCommunityCard {
                Layout.fillWidth: true
            }

            InstallerBackupCard {
                Layout.fillWidth: true
                onRestoreRequested: path => {
                    _confirmRestore.path = path
                    _confirmRestore.open()
                }
            }
        }
    }

    ConfirmPopup {
        id: _confirmRemove
        property string instanceId
        objectName: "confirmRemove"
        //: Installer: confirmation title; %1 the device's id
        title: qsTr("Remove %1?").arg(instanceId)
        //: Installer: what removing a device does
        detail: qsTr("Commonwatt stops using the device and forgets its settings. Its readings so far stay in the history.")
        //: Installer: confirm removing a device
        actionText: qsTr("Remove")
        onConfirmed: Installer.removeDevice(instanceId)
    }
    ConfirmPopup {
        id: _confirmRestore
        property string path
        objectName: "confirmRestore"
        //: Installer: confirmation title before a restore
        title: qsTr("Replace the configuration?")
        //: Installer: what a restore does; %1 the file
        detail: qsTr("Every device, broker and site setting is replaced by those in %1, and the devices restart.").arg(path)
        //: Installer: confirm the restore
        actionText: qsTr("Restore")
        onConfirmed: Installer.restoreBackup(path)
    }
}

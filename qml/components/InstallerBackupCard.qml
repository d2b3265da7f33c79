import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// Backup and restore of the whole configuration to a file (docs/installer.md).
SettingsCard {
    id: root

    signal restoreRequested(string path)

    objectName: "backupCard"

    Text {
        Layout.fillWidth: true
        //: Installer: heading of backup and restore
        text: qsTr("Backup and restore")
        color: Theme.textPrimary
        font.pixelSize: Theme.fontMedium
        font.bold: true
    }
    Text {
        Layout.fillWidth: true
        //: Installer: what a backup holds
        text: qsTr("The devices, brokers and site settings, as one file. Passwords are left out; a restore replaces the whole configuration, or changes nothing if the file is not valid.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    TextField {
        id: _path
        objectName: "backupPath"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontSmall
        color: Theme.textPrimary
        text: Installer.backupPath
        //: Installer: accessible name of the backup file field
        Accessible.name: qsTr("Backup file")
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surfaceRaised
            border.width: _path.activeFocus ? 2 : 1
            border.color: _path.activeFocus ? Theme.textPrimary : Theme.divider
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        PillButton {
            objectName: "exportBackup"
            //: Installer: write the backup file
            text: qsTr("Back up")
            onClicked: Installer.exportBackup(_path.text)
        }
        PillButton {
            objectName: "restoreBackup"
            //: Installer: restore from the backup file (asks first)
            text: qsTr("Restore…")
            onClicked: root.restoreRequested(_path.text)
        }
    }
}

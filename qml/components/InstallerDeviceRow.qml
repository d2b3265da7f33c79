import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// One configured device in installer mode: its name, plugin and live status, and what can be done with it.
Rectangle {
    id: root

    required property string instanceId
    required property string name
    required property string pluginName
    required property bool enabled
    required property string statusKind
    required property string statusText
    required property string lastReading

    signal removeRequested(string instanceId)

    objectName: "deviceRow_" + instanceId
    implicitHeight: _layout.implicitHeight + 2 * Theme.smallSpacing
    radius: Theme.radius / 2
    color: Theme.surfaceRaised

    GridLayout {
        id: _layout
        anchors.fill: parent
        anchors.margins: Theme.smallSpacing
        columns: width > 640 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.smallSpacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
                //: Installer: a device's name and id; %1 name, %2 id
                text: root.name === root.instanceId ? root.name : qsTr("%1 (%2)").arg(root.name).arg(root.instanceId)
                color: Theme.textPrimary
                font.pixelSize: Theme.fontMedium
                font.bold: true
                elide: Text.ElideRight
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing

                Rectangle {
                    implicitWidth: Theme.smallSpacing * 1.5
                    implicitHeight: implicitWidth
                    radius: width / 2
                    color: root.statusKind === "ok" ? Theme.adviceGood
                           : root.statusKind === "waiting" ? Theme.adviceFair
                           : root.statusKind === "error" ? Theme.advicePoor : Theme.divider
                }
                Text {
                    objectName: "deviceStatus_" + root.instanceId
                    Layout.fillWidth: true
                    text: root.statusText
                    color: root.statusKind === "error" ? Theme.errorText : Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
            Text {
                objectName: "deviceReading_" + root.instanceId
                Layout.fillWidth: true
                visible: root.lastReading.length > 0
                //: Installer: a device's plugin and its last reading; %1 plugin, %2 reading
                text: qsTr("%1 · last reading %2").arg(root.pluginName).arg(root.lastReading)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }

        Flow {
            Layout.fillWidth: _layout.columns === 1
            spacing: Theme.smallSpacing

            PillButton {
                objectName: "editDevice_" + root.instanceId
                //: Installer: edit a device's settings
                text: qsTr("Edit")
                onClicked: Installer.openEditForm(root.instanceId)
            }
            PillButton {
                objectName: "toggleDevice_" + root.instanceId
                text: root.enabled
                      //: Installer: stop using a device without removing it
                      ? qsTr("Switch off")
                      //: Installer: use a switched-off device again
                      : qsTr("Switch on")
                onClicked: Installer.setDeviceEnabled(root.instanceId, !root.enabled)
            }
            PillButton {
                objectName: "removeDevice_" + root.instanceId
                accent: Theme.advicePoor
                //: Installer: remove a device (asks first)
                text: qsTr("Remove")
                onClicked: root.removeRequested(root.instanceId)
            }
        }
    }
}

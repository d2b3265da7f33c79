import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// The form that adds or edits a device, generated from its plugin's settings schema, with the broker's
// fields for a plugin that talks MQTT; "Test connection" runs it without saving.
SettingsCard {
    id: root

    property bool _moreBroker: false

    objectName: "deviceForm"

    Text {
        objectName: "deviceFormTitle"
        Layout.fillWidth: true
        text: Installer.editing
              //: Installer form title: %1 the device's id
              ? qsTr("Edit %1").arg(Installer.formInstanceId)
              //: Installer form title: %1 the plugin's name
              : qsTr("Add a %1 device").arg(Installer.formPluginName)
        color: Theme.textPrimary
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.WordWrap
    }

    // Re-created when the model rebuilds the form, so that every input starts from the model's value.
    Loader {
        id: _fields
        Layout.fillWidth: true
        property int revision: Installer.formRevision
        onRevisionChanged: { active = false; active = true }
        sourceComponent: ColumnLayout {
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4

                Text {
                    Layout.fillWidth: true
                    //: Installer form: label of the device id field
                    text: qsTr("Device id (required)")
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                }
                TextField {
                    id: _id
                    objectName: "input_instanceId"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    enabled: !Installer.editing
                    font.pixelSize: Theme.fontMedium
                    color: Theme.textPrimary
                    text: Installer.formInstanceId
                    inputMethodHints: Qt.ImhLowercaseOnly | Qt.ImhNoAutoUppercase
                    //: Installer form: accessible name of the device id field
                    Accessible.name: qsTr("Device id")
                    onTextEdited: Installer.setInstanceId(text)
                    background: Rectangle {
                        radius: Theme.radius / 2
                        color: Theme.surfaceRaised
                        border.width: _id.activeFocus ? 2 : 1
                        border.color: Installer.formInstanceIdError.length > 0 ? Theme.errorText : Theme.divider
                    }
                }
                Text {
                    Layout.fillWidth: true
                    //: Installer form: help under the device id field
                    text: qsTr("Lowercase letters, digits and '-'; it names the device in the history and the MQTT topics.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "error_instanceId"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: Installer.formInstanceIdError
                    color: Theme.errorText
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }

            Repeater {
                model: Installer.formFields.length

                SchemaField {
                    required property int index
                    Layout.fillWidth: true
                    section: "device"
                    field: Installer.formFields[index] !== undefined ? Installer.formFields[index] : ({})
                }
            }

            // The broker, for a plugin that talks MQTT: one already configured, or a new one.
            ColumnLayout {
                Layout.fillWidth: true
                visible: Installer.formNeedsBroker
                spacing: Theme.spacing

                ChoiceGroup {
                    objectName: "brokerChoice"
                    Layout.fillWidth: true
                    namePrefix: "broker"
                    //: Installer form: heading of the MQTT broker choice
                    title: qsTr("MQTT broker")
                    //: Installer form: what the broker choice is about
                    description: qsTr("The broker the device publishes to.")
                    choices: Installer.brokers.map(b => ({ value: b.id, label: b.where.length > 0 ? b.where : b.id }))
                             //: Installer form: choice of a new MQTT broker
                             .concat([{ value: "", label: qsTr("New broker") }])
                    current: Installer.formNewBroker ? "" : Installer.formBrokerId
                    onChosen: value => Installer.chooseBroker(value)
                }

                Repeater {
                    model: Installer.brokerFields.length

                    SchemaField {
                        required property int index
                        Layout.fillWidth: true
                        section: "broker"
                        field: Installer.brokerFields[index] !== undefined ? Installer.brokerFields[index] : ({})
                        visible: root._moreBroker || field.basic === true || (field.error !== undefined && field.error.length > 0)
                    }
                }
                PillButton {
                    objectName: "moreBrokerSettings"
                    text: root._moreBroker
                          //: Installer form: hide the broker's less common settings
                          ? qsTr("Fewer broker settings")
                          //: Installer form: show the broker's less common settings
                          : qsTr("More broker settings")
                    onClicked: root._moreBroker = !root._moreBroker
                }
            }
        }
    }

    // What "Test connection" found.
    ColumnLayout {
        objectName: "trialPanel"
        Layout.fillWidth: true
        visible: Installer.trialState !== "idle"
        spacing: 4

        Text {
            objectName: "trialText"
            Layout.fillWidth: true
            text: Installer.trialText
            color: Installer.trialState === "live" ? Theme.adviceGood
                   : Installer.trialState === "running" ? Theme.textSecondary : Theme.errorText
            font.pixelSize: Theme.fontSmall
            font.bold: Installer.trialState === "live"
            wrapMode: Text.WordWrap
        }
        Repeater {
            objectName: "trialReadings"
            model: Installer.trialReadings

            Text {
                required property var modelData
                objectName: "trialReading_" + modelData.channel
                Layout.fillWidth: true
                //: Installer, Test connection: one live reading; %1 channel, %2 value
                text: qsTr("%1: %2").arg(modelData.channel).arg(modelData.value)
                color: Theme.textPrimary
                font.pixelSize: Theme.fontMedium
            }
        }
    }

    Text {
        objectName: "formError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: Installer.formError
        color: Theme.errorText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        PillButton {
            objectName: "testConnection"
            //: Installer form: try the settings without saving them
            text: qsTr("Test connection")
            onClicked: Installer.testConnection()
        }
        PillButton {
            objectName: "saveDevice"
            primary: true
            //: Installer form: save the device
            text: qsTr("Save")
            onClicked: Installer.saveForm()
        }
        PillButton {
            objectName: "cancelDevice"
            //: Installer form: close without saving
            text: qsTr("Cancel")
            onClicked: Installer.closeForm()
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// One field of a form generated from a settings schema (docs/installer.md): a text box for text and numbers
// (masked for secrets), a switch for true/false, pills for a choice; the label, unit, help and the field's
// own error under it. `field` is one entry of Installer.formFields or Installer.brokerFields.
ColumnLayout {
    id: root

    property var field: ({})
    property string section: "device"
    readonly property string _key: field.key !== undefined ? field.key : ""
    readonly property bool _hasError: field.error !== undefined && field.error.length > 0
    readonly property bool _textual: field.type === "text" || field.type === "integer" || field.type === "number"

    objectName: "field_" + section + "_" + _key
    spacing: 4

    Text {
        Layout.fillWidth: true
        text: root.field.required
              //: Installer form: a required field's label
              ? qsTr("%1 (required)").arg(root.field.label)
              : root.field.label
        color: Theme.textPrimary
        font.pixelSize: Theme.fontSmall
        font.bold: true
        wrapMode: Text.WordWrap
        visible: root.field.type !== "boolean"
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root._textual
        spacing: Theme.smallSpacing

        TextField {
            id: _input
            objectName: root._textual ? "input_" + root.section + "_" + root._key : ""
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontMedium
            color: Theme.textPrimary
            placeholderTextColor: Theme.textSecondary
            // A secret is never shown back: the field starts empty and says whether one is kept.
            echoMode: root.field.secret ? TextInput.Password : TextInput.Normal
            inputMethodHints: root.field.type === "integer" ? Qt.ImhDigitsOnly
                              : root.field.type === "number" ? Qt.ImhFormattedNumbersOnly
                              : root.field.secret ? (Qt.ImhSensitiveData | Qt.ImhNoPredictiveText) : Qt.ImhNone
            placeholderText: root.field.secret && root.field.stored
                             //: Installer form: placeholder of a secret field that is stored
                             ? qsTr("Stored: leave empty to keep it")
                             : root.field.defaultText !== undefined && root.field.defaultText.length > 0
                               //: Installer form: placeholder showing a field's default
                               ? qsTr("Default: %1").arg(root.field.defaultText)
                               : ""
            Accessible.name: root.field.label
            Accessible.description: root.field.help
            Accessible.passwordEdit: root.field.secret === true
            // The model keeps what was typed; the box is filled from it only when the form opens.
            Component.onCompleted: text = root.field.secret ? "" : (root.field.text !== undefined ? root.field.text : "")
            onTextEdited: Installer.setFieldText(root.section, root._key, text)
            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.surfaceRaised
                border.width: _input.activeFocus ? 2 : 1
                border.color: root._hasError ? Theme.errorText : _input.activeFocus ? Theme.textPrimary : Theme.divider
            }
        }
        Text {
            visible: root.field.unit !== undefined && root.field.unit.length > 0
            text: root.field.unit !== undefined ? root.field.unit : ""
            color: Theme.textSecondary
            font.pixelSize: Theme.fontMedium
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.field.type === "boolean"
        spacing: Theme.smallSpacing

        Switch {
            id: _switch
            objectName: root.field.type === "boolean" ? "input_" + root.section + "_" + root._key : ""
            checked: root.field.checked === true
            Accessible.name: root.field.label
            onToggled: Installer.setFieldChecked(root.section, root._key, checked)
        }
        Text {
            Layout.fillWidth: true
            text: root.field.label
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.WordWrap
        }
    }

    Flow {
        Layout.fillWidth: true
        visible: root.field.type === "choice"
        spacing: Theme.smallSpacing

        Repeater {
            model: root.field.type === "choice" ? root.field.choices : []

            PillButton {
                required property string modelData
                objectName: "choice_" + root.section + "_" + root._key + "_" + modelData
                text: modelData
                primary: root.field.text === modelData
                Accessible.role: Accessible.RadioButton
                Accessible.checked: primary
                onClicked: Installer.setFieldText(root.section, root._key, modelData)
            }
        }
    }

    Text {
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.field.help !== undefined ? root.field.help : ""
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    Text {
        objectName: "error_" + root.section + "_" + root._key
        Layout.fillWidth: true
        visible: root._hasError
        text: root._hasError ? root.field.error : ""
        color: Theme.errorText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
}

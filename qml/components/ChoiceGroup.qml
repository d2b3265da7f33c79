import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui

// One choice out of a few, as a row of pills that wraps on a narrow screen; the chosen one is filled.
// choices: [{value, label, tooltip}].
ColumnLayout {
    id: root

    property string title
    property string description
    property var choices: []
    property string current
    property string namePrefix

    signal chosen(string value)

    spacing: Theme.smallSpacing

    Text {
        Layout.fillWidth: true
        text: root.title
        color: Theme.textPrimary
        font.pixelSize: Theme.fontMedium
        font.bold: true
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        visible: root.description.length > 0
        text: root.description
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Accessible.role: Accessible.Grouping
        Accessible.name: root.title

        Repeater {
            model: root.choices

            PillButton {
                required property var modelData
                objectName: root.namePrefix + "_" + (modelData.value.length > 0 ? modelData.value : "system")
                text: modelData.label
                tooltip: modelData.tooltip !== undefined ? modelData.tooltip : ""
                primary: modelData.value === root.current
                accent: Theme.ev
                Accessible.role: Accessible.RadioButton
                Accessible.checked: primary
                onClicked: root.chosen(modelData.value)
            }
        }
    }
}

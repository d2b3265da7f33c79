import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Commonwatt.Ui

// A labelled text field of the Community page's forms, with its problem (from the model) under it.
ColumnLayout {
    id: root

    property string label
    property alias text: _field.text
    property alias placeholder: _field.placeholderText
    property string problem
    property bool numeric: false

    spacing: 2

    Text {
        Layout.fillWidth: true
        text: root.label
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }
    TextField {
        id: _field
        objectName: root.objectName + "Input"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        font.pixelSize: Theme.fontMedium
        color: Theme.textPrimary
        placeholderTextColor: Theme.textSecondary
        inputMethodHints: root.numeric ? Qt.ImhFormattedNumbersOnly : Qt.ImhNone
        Accessible.name: root.label
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surfaceRaised
            border.width: _field.activeFocus ? 2 : 1
            border.color: root.problem.length > 0 ? Theme.errorText : (_field.activeFocus ? Theme.textPrimary : Theme.divider)
        }
    }
}

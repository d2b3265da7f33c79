import QtQuick
import QtQuick.Controls
import Commonwatt.Ui

// A button for a finger: 48 px tall, a rounded pill, filled when it is the main action.
Rectangle {
    id: root

    property string text
    property bool primary: false
    property color accent: Theme.ev
    // Shown when a mouse rests on the button (desktop), and given to screen readers as the description.
    property string tooltip

    signal clicked()

    implicitWidth: Math.max(Theme.touchTarget, _label.implicitWidth + 2 * Theme.spacing)
    implicitHeight: Theme.touchTarget
    radius: height / 2
    color: !enabled ? Theme.surface : primary ? accent : (_area.pressed ? Theme.divider : Theme.surfaceRaised)
    border.width: activeFocus ? 2 : (primary ? 0 : 1)
    border.color: activeFocus ? Theme.textPrimary : Theme.divider
    opacity: enabled ? 1.0 : 0.45
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: tooltip
    Accessible.onPressAction: root.clicked()
    Keys.onSpacePressed: root.clicked()
    Keys.onReturnPressed: root.clicked()

    Text {
        id: _label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - Theme.smallSpacing)
        text: root.text
        elide: Text.ElideRight
        color: root.primary && root.enabled ? Theme.onAccent : Theme.textPrimary
        font.pixelSize: Theme.fontMedium
        font.bold: root.primary
    }

    MouseArea {
        id: _area
        anchors.fill: parent
        enabled: root.enabled
        hoverEnabled: root.tooltip.length > 0
        onClicked: root.clicked()
    }

    ToolTip.visible: tooltip.length > 0 && _area.containsMouse
    ToolTip.delay: 600
    ToolTip.text: tooltip
}

import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// Home's "next": what the plan does next and why, for up to three devices. Tapping one opens the Plan page.
Rectangle {
    id: root

    readonly property bool hasActions: Plan.nextActions.length > 0

    signal openPlan()

    visible: hasActions
    implicitHeight: _column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface

    ColumnLayout {
        id: _column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.smallSpacing

        Text {
            //: Home: heading over the plan's next actions
            text: qsTr("Next")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontMedium
            font.bold: true
        }

        Repeater {
            model: Plan.nextActions

            Rectangle {
                id: _action
                required property var modelData
                required property int index
                objectName: "nextAction_" + modelData.deviceId
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touchTarget, _text.implicitHeight + Theme.smallSpacing)
                radius: Theme.radius / 2
                color: Theme.surfaceRaised
                activeFocusOnTab: true
                border.width: activeFocus ? 2 : 0
                border.color: Theme.textPrimary
                Accessible.role: Accessible.Button
                Accessible.name: _text.text
                Accessible.onPressAction: root.openPlan()
                Keys.onReturnPressed: root.openPlan()
                Keys.onSpacePressed: root.openPlan()

                Rectangle {
                    id: _dot
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.smallSpacing
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.smallSpacing
                    height: width
                    radius: width / 2
                    color: _action.modelData.kind === "battery" ? Theme.battery
                           : _action.modelData.kind === "ev" ? Theme.ev
                           : _action.modelData.kind === "thermal" ? Theme.thermal : Theme.appliance
                }
                Text {
                    id: _text
                    anchors.left: _dot.right
                    anchors.right: parent.right
                    anchors.margins: Theme.smallSpacing
                    anchors.verticalCenter: parent.verticalCenter
                    text: _action.modelData.text
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: root.openPlan()
                }
            }
        }
    }
}

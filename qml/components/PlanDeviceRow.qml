import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui

// One device on the Plan page: its name and request on the left, its blocks of activity on the timeline,
// and in a line under them what it does and why. Tapping it opens its sheet.
Rectangle {
    id: root

    required property int index
    required property string deviceId
    required property string name
    required property string kind
    required property string deviceState
    required property string status
    required property var segments
    required property var socLevels
    required property var flows
    required property string decision
    required property string requestText
    required property string problem

    property real labelWidth: Theme.planLabelWidth

    signal tapped()

    readonly property color _accent: kind === "battery" ? Theme.battery : kind === "ev" ? Theme.ev
                                     : kind === "thermal" ? Theme.thermal : Theme.appliance
    readonly property string _detail: problem.length > 0 ? problem
                                      : decision.length > 0 ? decision : status

    implicitHeight: Math.max(Theme.touchTarget, Theme.planLaneHeight + _detailText.implicitHeight + 2 * Theme.smallSpacing)
    radius: Theme.radius / 2
    color: _area.pressed ? Theme.surfaceRaised : "transparent"
    objectName: "planRow_" + deviceId
    activeFocusOnTab: true
    border.width: activeFocus ? 2 : 0
    border.color: Theme.textSecondary
    Accessible.role: Accessible.Button
    Accessible.name: name + ". " + _detail
    Accessible.onPressAction: root.tapped()
    Keys.onSpacePressed: root.tapped()
    Keys.onReturnPressed: root.tapped()

    ColumnLayout {
        width: root.labelWidth - Theme.spacing
        anchors.left: parent.left
        anchors.leftMargin: Theme.smallSpacing
        anchors.verticalCenter: parent.verticalCenter
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Rectangle {
                implicitWidth: 10
                implicitHeight: 10
                radius: 5
                color: root._accent
            }
            Text {
                Layout.fillWidth: true
                text: root.name
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                lineHeight: 0.9
                color: root.deviceState === "planned" || root.deviceState === "running" ? Theme.textPrimary
                                                                             : Theme.textSecondary
                font.pixelSize: Theme.fontMedium
                font.bold: root.deviceState === "planned"
            }
        }
        // A standing request shows as a chip, so that the household sees what it asked for.
        Rectangle {
            visible: root.requestText.length > 0
            Layout.maximumWidth: root.labelWidth - Theme.spacing
            implicitWidth: _requestLabel.implicitWidth + Theme.spacing
            implicitHeight: _requestLabel.implicitHeight + 4
            radius: height / 2
            color: Theme.surfaceRaised
            border.width: 1
            border.color: root._accent
            Text {
                id: _requestLabel
                objectName: "planRequest_" + root.deviceId
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.width - Theme.smallSpacing)
                elide: Text.ElideRight
                text: root.requestText
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    Item {
        id: _timeline
        x: root.labelWidth
        width: root.width - root.labelWidth
        height: parent.height

        Item {
            id: _lane
            y: Theme.smallSpacing
            width: parent.width
            height: Math.max(Theme.planLaneHeight,
                             root.height - _detailText.implicitHeight - 2 * Theme.smallSpacing)

            Rectangle {
                width: parent.width
                height: 1
                y: parent.height - 1
                color: Theme.divider
            }
            // A battery: its charge over the horizon, solid where it charges, pale where it discharges.
            Repeater {
                model: root.socLevels.length

                Rectangle {
                    required property int index
                    // The two lists arrive one after the other when a new plan is shown.
                    readonly property int _flow: index < root.flows.length ? root.flows[index] : 0
                    readonly property real _slotWidth: _lane.width / root.socLevels.length

                    x: index * _slotWidth
                    width: Math.max(1, _slotWidth + 0.5)
                    height: Math.max(2, root.socLevels[index] * _lane.height)
                    anchors.bottom: parent.bottom
                    color: root._accent
                    opacity: _flow > 0 ? 1.0 : _flow < 0 ? 0.45 : 0.25
                }
            }
            Repeater {
                model: root.kind === "battery" ? [] : root.segments

                Rectangle {
                    required property var modelData

                    x: modelData.start * _lane.width
                    width: Math.max(3, (modelData.end - modelData.start) * _lane.width)
                    height: Math.max(4, modelData.level * _lane.height)
                    anchors.bottom: parent.bottom
                    radius: 2
                    color: root._accent
                    // What already runs on its own is paler than what the plan will do.
                    opacity: modelData.kind === "running" ? 0.55 : 1.0
                }
            }
        }

        Text {
            id: _detailText
            objectName: "planDecision_" + root.deviceId
            anchors.top: _lane.bottom
            anchors.topMargin: Theme.smallSpacing / 2
            // Clear of the "now" line at the timeline's start.
            x: Theme.smallSpacing
            width: parent.width - 2 * Theme.smallSpacing
            elide: Text.ElideRight
            text: root._detail
            color: root.problem.length > 0 ? Theme.advicePoor
                   : root.decision.length > 0 ? Theme.textPrimary : Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }
    }

    MouseArea {
        id: _area
        anchors.fill: parent
        onClicked: root.tapped()
    }
}

import QtQuick
import Commonwatt.Ui

// Switches between the pages: large enough for a finger on the wall panel, and keyboard-operable on a desktop.
Rectangle {
    id: root

    property int currentIndex: 0
    // Narrow tabs for a narrow screen (a 7" panel, or any panel in portrait).
    property bool compact: false
    //: Names of the pages in the navigation bar
    readonly property var _labels: [qsTr("Home"), qsTr("Plan"), qsTr("History"), qsTr("Events"), qsTr("Settings")]
    readonly property var _names: ["navHome", "navPlan", "navHistory", "navEvents", "navSettings"]

    implicitWidth: _row.implicitWidth + 8
    implicitHeight: Theme.touchTarget
    radius: height / 2
    color: Theme.surface
    Accessible.role: Accessible.PageTabList

    Row {
        id: _row
        anchors.centerIn: parent
        spacing: 4

        Repeater {
            model: root._labels.length

            Rectangle {
                id: _tab
                required property int index
                readonly property bool _current: root.currentIndex === index

                objectName: root._names[index]
                width: Math.max(root.compact ? Theme.touchTarget * 1.5 : Theme.touchTarget * 2,
                                _label.implicitWidth + (root.compact ? Theme.spacing : 2 * Theme.spacing))
                height: Theme.touchTarget - 8
                radius: height / 2
                color: _current ? Theme.surfaceRaised : "transparent"
                border.width: activeFocus ? 2 : 0
                border.color: Theme.textSecondary
                activeFocusOnTab: true
                Accessible.role: Accessible.PageTab
                Accessible.name: _label.text
                Accessible.onPressAction: root.currentIndex = index
                Keys.onSpacePressed: root.currentIndex = index
                Keys.onReturnPressed: root.currentIndex = index

                Text {
                    id: _label
                    anchors.centerIn: parent
                    text: root._labels[_tab.index]
                    color: _tab._current ? Theme.textPrimary : Theme.textSecondary
                    font.pixelSize: Theme.fontMedium
                    font.bold: _tab._current
                }
                // The touch area is the whole bar's height, larger than the visible pill.
                MouseArea {
                    anchors.fill: parent
                    anchors.topMargin: -4
                    anchors.bottomMargin: -4
                    onClicked: root.currentIndex = _tab.index
                }
            }
        }
    }
}

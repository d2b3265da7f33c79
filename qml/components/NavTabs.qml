import QtQuick
import Commonwatt.Ui
import Commonwatt.App

// Switches between the pages: large enough for a finger on the wall panel, and keyboard-operable on a desktop.
// Where the header is narrower than the tabs (a 7" panel in portrait), the tabs scroll sideways under a finger,
// the current one is kept in view, and a fading edge shows that there are more.
Rectangle {
    id: root

    property int currentIndex: 0
    // Narrow tabs for a narrow screen (a 7" panel, or any panel in portrait).
    property bool compact: false
    //: Names of the pages in the navigation bar
    readonly property var _labels: [qsTr("Home"), qsTr("Plan"), qsTr("History"), qsTr("Events"), qsTr("Community"),
                                    qsTr("Settings"), qsTr("Installer")]
    readonly property var _names: ["navHome", "navPlan", "navHistory", "navEvents", "navCommunity", "navSettings",
                                   "navInstaller"]
    // The Installer tab is there only in installer mode; leaving installer mode leaves its page.
    readonly property int installerIndex: _names.indexOf("navInstaller")

    implicitWidth: _row.implicitWidth + 8
    implicitHeight: Theme.touchTarget
    radius: height / 2
    color: Theme.surface
    Accessible.role: Accessible.PageTabList

    // Brings the current tab into view, as when a page is chosen by something other than its tab.
    onCurrentIndexChanged: _reveal()
    onWidthChanged: _reveal()
    function _reveal() {
        const tab = _repeater.itemAt(currentIndex)
        if (!tab || _flick.width <= 0)
            return
        if (tab.x < _flick.contentX)
            _flick.contentX = tab.x
        else if (tab.x + tab.width > _flick.contentX + _flick.width)
            _flick.contentX = tab.x + tab.width - _flick.width
    }

    Connections {
        target: Kiosk
        function onInstallerModeChanged() {
            if (!Kiosk.installerMode && root.currentIndex === root.installerIndex)
                root.currentIndex = 0
        }
    }

    Flickable {
        id: _flick
        objectName: "navFlick"
        anchors.fill: parent
        anchors.leftMargin: 4
        anchors.rightMargin: 4
        contentWidth: _row.width
        contentHeight: height
        flickableDirection: Flickable.HorizontalFlick
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentWidth > width
        clip: interactive

        Row {
            id: _row
            anchors.verticalCenter: parent.verticalCenter
            spacing: 4
            // The current tab's bold label widens it after the index changes.
            onWidthChanged: root._reveal()

            Repeater {
                id: _repeater
                model: root._labels.length

                Rectangle {
                    id: _tab
                    required property int index
                    readonly property bool _current: root.currentIndex === index

                    objectName: root._names[index]
                    visible: index !== root.installerIndex || Kiosk.installerMode
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

    // Fading edges where more tabs lie beyond.
    Rectangle {
        visible: _flick.interactive && _flick.contentX > 1
        anchors.left: _flick.left
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.spacing * 2
        height: parent.height - 8
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: Theme.surface }
            GradientStop { position: 1.0; color: "transparent" }
        }
    }
    Rectangle {
        visible: _flick.interactive && _flick.contentX + _flick.width < _flick.contentWidth - 1
        anchors.right: _flick.right
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.spacing * 2
        height: parent.height - 8
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: 1.0; color: Theme.surface }
        }
    }
}

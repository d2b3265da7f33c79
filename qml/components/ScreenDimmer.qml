import QtQuick
import Commonwatt.Ui
import Commonwatt.App

// Darkens the whole window while the wall panel is idle, with the time large enough to read from two metres.
// No touch reaches it: the application swallows the one that wakes the screen (KioskModel), so the dimmer
// fades in slowly and is gone at once.
Item {
    id: root

    objectName: "screenDimmer"
    opacity: 0
    visible: opacity > 0

    Connections {
        target: Kiosk
        function onDimmedChanged() {
            if (Kiosk.dimmed) {
                _fadeIn.restart()
            } else {
                _fadeIn.stop()
                root.opacity = 0
            }
        }
    }

    NumberAnimation {
        id: _fadeIn
        target: root
        property: "opacity"
        to: 1
        duration: Theme.dimFadeMs
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.dimColor
        opacity: Theme.dimOpacity
    }

    Text {
        objectName: "dimmerClock"
        anchors.centerIn: parent
        text: Dashboard.timeText
        color: Theme.textSecondary
        font.pixelSize: Theme.fontDimClock
        font.bold: true
        //: Read out for the dimmed wall panel: the time now
        Accessible.name: qsTr("Screen dimmed. The time is %1").arg(text)
    }
}

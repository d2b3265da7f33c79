import QtQuick
import Commonwatt.Ui

// Local hours along the horizon, labelled every few hours as room allows, and where tomorrow begins.
Item {
    id: root

    property var hourTicks: []
    property var dayMarks: []

    // Label every 3, 6 or 12 hours, whichever leaves room for a label between two labels.
    readonly property real _hourWidth: hourTicks.length > 0 ? width / (hourTicks.length + 1) : width
    readonly property int labelStep: _hourWidth * 3 >= 64 ? 3 : _hourWidth * 6 >= 64 ? 6 : 12

    implicitHeight: _probe.implicitHeight * 2 + 10

    Text {
        id: _probe
        visible: false
        text: "00:00"
        font.pixelSize: Theme.fontSmall
    }

    Repeater {
        model: root.dayMarks

        Text {
            required property var modelData
            x: Math.min(modelData.position * root.width + 4, root.width - implicitWidth)
            y: 0
            text: modelData.label
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
    }

    Repeater {
        model: root.hourTicks

        Item {
            id: _tick
            required property var modelData
            readonly property bool _labelled: modelData.hour % root.labelStep === 0

            x: modelData.position * root.width
            y: _probe.implicitHeight
            width: 1
            height: root.height - y

            Rectangle {
                anchors.bottom: parent.bottom
                width: 1
                height: _tick._labelled ? 8 : 4
                color: Theme.textSecondary
                opacity: _tick._labelled ? 0.9 : 0.5
            }
            Text {
                visible: _tick._labelled && _tick.x - implicitWidth / 2 >= 0 && _tick.x + implicitWidth / 2 <= root.width
                x: -implicitWidth / 2
                y: 0
                text: _tick.modelData.label
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}

import QtQuick
import Commonwatt.Ui

// One bar per slot across the horizon, as tall as its level (0..1). For the grid's weight w[t] the colour
// says the same as the height, in thirds: good (short, green), fair (amber), poor (tall, red).
Item {
    id: root

    property var levels: []
    property bool weighted: true
    property color colour: Theme.solar
    property real minimumLevel: 0.15

    function colourOf(level) {
        return level <= 1 / 3 ? Theme.bandGood : level <= 2 / 3 ? Theme.bandFair : Theme.bandPoor
    }

    readonly property real _slotWidth: levels.length > 0 ? width / levels.length : 0

    Repeater {
        model: root.levels.length

        Rectangle {
            required property int index
            readonly property real _level: root.levels[index]

            x: index * root._slotWidth
            // Bars touch: a hairline gap between every slot would turn into a grey haze at 3 px a slot.
            width: Math.max(1, root._slotWidth + 0.5)
            height: root.weighted ? root.height * (root.minimumLevel + (1 - root.minimumLevel) * _level)
                                  : root.height * _level
            anchors.bottom: parent.bottom
            color: root.weighted ? root.colourOf(_level) : root.colour
            opacity: root.weighted ? 0.9 : 0.75
        }
    }
}

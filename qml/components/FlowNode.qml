import QtQuick
import Commonwatt.Ui

// One device in the power flow: a ring in the source's colour, its name, its power and a detail line.
Item {
    id: root

    property string title
    property real kw: 0
    property string detail
    property color color: Theme.textSecondary
    property bool dimmed: false

    implicitWidth: Theme.nodeSize
    implicitHeight: Theme.nodeSize

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: Theme.surfaceRaised
        border.width: 4
        border.color: root.dimmed ? Theme.divider : root.color
    }

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.smallSpacing
        spacing: 2

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.title
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Text {
            objectName: root.objectName + "Value"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Format.power(Math.abs(root.kw))
            color: root.dimmed ? Theme.textSecondary : Theme.textPrimary
            font.pixelSize: Theme.fontLarge
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontSmall
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.detail
            visible: text.length > 0
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}

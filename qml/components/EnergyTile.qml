import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui

// One of today's energy figures: a coloured mark, a label and a large number.
Rectangle {
    id: root

    property string label
    property string value
    property color accent: Theme.textSecondary
    property string detail

    implicitHeight: _content.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surfaceRaised

    Rectangle {
        width: 6
        height: parent.height - 2 * Theme.spacing
        anchors.left: parent.left
        anchors.leftMargin: Theme.smallSpacing
        anchors.verticalCenter: parent.verticalCenter
        radius: width / 2
        color: root.accent
    }

    ColumnLayout {
        id: _content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.spacing
        anchors.leftMargin: Theme.spacing + Theme.smallSpacing
        spacing: 2

        Text {
            Layout.fillWidth: true
            text: root.label
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Text {
            objectName: root.objectName + "Value"
            Layout.fillWidth: true
            text: root.value
            color: Theme.textPrimary
            font.pixelSize: Theme.fontLarge
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontSmall
        }
        Text {
            Layout.fillWidth: true
            visible: root.detail.length > 0
            text: root.detail
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
    }
}

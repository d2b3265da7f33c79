import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui

// A card on the Settings page: its children stack in a column with the card's padding.
Rectangle {
    id: root

    default property alias content: _column.data

    implicitHeight: _column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface

    ColumnLayout {
        id: _column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.smallSpacing
    }
}

import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// Events: the grid's calls for less use, upcoming ones first (accept or decline), then past ones with what
// each earned.
Item {
    id: root

    // The events model; the application's by default.
    property var events: Events

    ListView {
        id: _list
        objectName: "eventList"
        anchors.fill: parent
        visible: root.events.count > 0
        spacing: Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: root.events

        // The roles are read through `model`: the card's own properties have the roles' names.
        delegate: GridEventCard {
            required property var model

            objectName: "eventCard_" + model.eventId
            width: ListView.view.width
            eventId: model.eventId
            when: model.when
            status: model.status
            response: model.response
            earned: model.earned
            detail: model.detail
            //: Title of a grid event's card; %1 is its level in words, e.g. "high need"
            title: qsTr("Grid event: %1").arg(model.levelText)
            events: root.events
        }
    }

    Column {
        objectName: "eventsEmpty"
        anchors.centerIn: parent
        width: Math.min(parent.width, Theme.sheetWidth)
        visible: root.events.count === 0
        spacing: Theme.spacing

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            //: Events page, when there are none
            text: qsTr("No grid events")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontLarge
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            //: Events page, when there are none: what grid events are
            text: qsTr("When the grid is short of power, usually on a cold weekday evening, it calls a grid event the day before. Using less than usual during it earns credits. Events show here as soon as they are announced.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontMedium
        }
    }
}

import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui

// A grid event: when, how much the grid needs, and (before it starts) accept or decline. On Home for the
// active or next event, and once per event on the Events page.
Rectangle {
    id: root

    property string eventId
    property string title
    property string when
    property string status: "upcoming" // "upcoming", "active", "past"
    property string response: "none"  // "none", "accepted", "declined"
    property string earned             // past events: the credits, or why nothing was paid
    property string detail
    // The model whose accept(id) and decline(id) answer the event; they return an error text or "".
    property var events: null

    property string _error

    function _respond(accept) {
        if (!root.events)
            return
        root._error = accept ? root.events.accept(root.eventId) : root.events.decline(root.eventId)
    }

    implicitHeight: _content.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: status === "active" ? 2 : 0
    border.color: Theme.eventAccent
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        id: _content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                objectName: "eventTitle"
                Layout.fillWidth: true
                text: root.title
                color: Theme.textPrimary
                font.pixelSize: Theme.fontMedium
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                objectName: "eventStatus"
                color: root.status === "active" ? Theme.eventAccent : Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                text: root.status === "active"
                      //: A grid event's status: it is running now
                      ? qsTr("now")
                      : root.status === "upcoming"
                        //: A grid event's status: it has not started
                        ? qsTr("upcoming")
                        //: A grid event's status: it is over
                        : qsTr("past")
            }
        }
        Text {
            objectName: "eventWhen"
            Layout.fillWidth: true
            text: root.when
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "eventResponse"
            Layout.fillWidth: true
            visible: root.status !== "past"
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            text: root.response === "declined"
                  //: After declining a grid event: what declining does and does not change
                  ? qsTr("Declined: your appliances are planned as if there were no event. It still counts, and any reduction still earns credits.")
                  : root.response === "accepted"
                    //: After accepting a grid event
                    ? qsTr("Accepted: flexible appliances wait until it is over and the battery supplies the house.")
                    //: Before answering a grid event: what the default is
                    : qsTr("Your appliances keep out of it unless you decline. Using less than usual earns credits either way.")
        }
        Text {
            objectName: "eventEarned"
            Layout.fillWidth: true
            visible: root.status === "past"
            text: root.earned
            color: Theme.textPrimary
            font.pixelSize: Theme.fontMedium
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "eventDetail"
            Layout.fillWidth: true
            visible: root.status === "past" && root.detail.length > 0
            text: root.detail
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.status === "upcoming"
            spacing: Theme.spacing
            PillButton {
                objectName: "acceptButton"
                //: Button: take part in a grid event
                text: qsTr("Accept")
                primary: root.response === "accepted"
                accent: Theme.eventAccent
                onClicked: root._respond(true)
            }
            PillButton {
                objectName: "declineButton"
                //: Button: plan as if there were no grid event
                text: qsTr("Decline")
                primary: root.response === "declined"
                accent: Theme.eventAccent
                onClicked: root._respond(false)
            }
            Item { Layout.fillWidth: true }
        }
        Text {
            objectName: "eventError"
            Layout.fillWidth: true
            visible: root._error.length > 0
            text: root._error
            color: Theme.advicePoor
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
    }
}

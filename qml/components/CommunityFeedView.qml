import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui

// The ledger as sentences, newest first, with filters; more rows are fetched as the list is scrolled.
ColumnLayout {
    id: root

    property var feed: null

    spacing: Theme.smallSpacing

    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        Repeater {
            model: [
                //: Feed filter: every entry
                { value: "all", label: qsTr("All") },
                //: Feed filter: entries by or about this household
                { value: "mine", label: qsTr("Mine") },
                //: Feed filter: offers, acceptances, settlements
                { value: "trades", label: qsTr("Trades") },
                //: Feed filter: contributions, grant requests, approvals, payments
                { value: "pool", label: qsTr("Pool") }
            ]
            PillButton {
                required property var modelData
                objectName: "feedFilter_" + modelData.value
                text: modelData.label
                primary: root.feed && root.feed.filter === modelData.value
                onClicked: root.feed.filter = modelData.value
            }
        }
        Repeater {
            model: [
                //: Feed period: no limit
                { value: 0, label: qsTr("Any time") },
                //: Feed period: today only
                { value: 1, label: qsTr("Today") },
                //: Feed period: the last seven days
                { value: 7, label: qsTr("7 days") }
            ]
            PillButton {
                required property var modelData
                objectName: "feedDays_" + modelData.value
                text: modelData.label
                primary: root.feed && root.feed.days === modelData.value
                onClicked: root.feed.days = modelData.value
            }
        }
    }

    ListView {
        id: _list
        objectName: "feedList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.smallSpacing
        boundsBehavior: Flickable.StopAtBounds
        model: root.feed

        delegate: Rectangle {
            required property string sentence
            required property string when
            required property bool mine
            required property bool refused
            required property int index

            objectName: "feedItem_" + index
            width: ListView.view.width
            implicitHeight: _row.implicitHeight + 2 * Theme.smallSpacing
            radius: Theme.radius / 2
            color: Theme.surface
            border.width: mine ? 2 : 0
            border.color: Theme.gridExport
            Accessible.role: Accessible.StaticText
            Accessible.name: sentence

            RowLayout {
                id: _row
                anchors.fill: parent
                anchors.margins: Theme.smallSpacing
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: sentence
                    wrapMode: Text.WordWrap
                    color: refused ? Theme.errorText : Theme.textPrimary
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    Layout.alignment: Qt.AlignTop
                    text: when
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
    Text {
        objectName: "feedEmpty"
        Layout.fillWidth: true
        visible: root.feed && root.feed.total === 0
        //: The community feed under a filter that matches nothing
        text: qsTr("Nothing in the ledger matches this filter.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontMedium
        wrapMode: Text.WordWrap
    }
}

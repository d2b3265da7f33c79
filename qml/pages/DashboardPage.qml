import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// Home: what the household's energy is doing now, and what it did today.
Item {
    id: root

    readonly property bool _narrow: width < height
    // The next actions sit under the flow diagram where there is height to spare, else after today's figures.
    readonly property bool _nextBesideFlow: !_narrow && _grid.height >= Theme.nextBesideFlowHeight

    // Asks for the Plan page (a tap on one of the next actions).
    signal showPlan()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        TimeAdviceBanner {
            objectName: "timeAdviceBanner"
            Layout.fillWidth: true
            rating: Dashboard.timeRating
            nextBetterTime: Dashboard.nextBetterTime
        }

        GridEventCard {
            objectName: "homeEventCard"
            Layout.fillWidth: true
            visible: Events.hasNextEvent
            eventId: Events.nextEventId
            title: Events.nextEventTitle
            when: Events.nextEventWhen
            status: Events.nextEventActive ? "active" : "upcoming"
            response: Events.nextEventResponse
            events: Events
        }

        GridLayout {
            id: _grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: root._narrow ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumWidth: 0
                Layout.preferredWidth: 3
                spacing: Theme.spacing

                PowerFlowView {
                    objectName: "powerFlow"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumWidth: 0
                    pvKw: Dashboard.pvKw
                    gridKw: Dashboard.gridKw
                    batteryKw: Dashboard.batteryKw
                    evKw: Dashboard.evKw
                    houseKw: Dashboard.houseKw
                    hasBattery: Dashboard.hasBattery
                    batterySocPercent: Dashboard.batterySocPercent
                    hasEv: Dashboard.hasEv
                    evSocPercent: Dashboard.evSocPercent
                    evPlugged: Dashboard.evPlugged
                }
                Loader {
                    Layout.fillWidth: true
                    active: root._nextBesideFlow
                    visible: active && item !== null && item.hasActions
                    sourceComponent: _nextActions
                }
            }

            // On a short screen (a 7" panel) the figures scroll under a finger instead of falling off the edge.
            Flickable {
                id: _figures
                objectName: "figures"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumWidth: 0
                Layout.preferredWidth: 2
                contentHeight: _column.height
                boundsBehavior: Flickable.StopAtBounds
                clip: true

                ColumnLayout {
                    id: _column
                    width: _figures.width
                    height: Math.max(_figures.height, implicitHeight)
                    spacing: Theme.spacing

                    CommonsPanel {
                        objectName: "commonsPanel"
                        Layout.fillWidth: true
                    }
                    TodayPanel {
                        objectName: "todayPanel"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                    }
                    Loader {
                        Layout.fillWidth: true
                        active: !root._nextBesideFlow
                        visible: active && item !== null && item.hasActions
                        sourceComponent: _nextActions
                    }
                }
            }
        }
    }

    Component {
        id: _nextActions
        NextActions {
            objectName: "nextActions"
            onOpenPlan: root.showPlan()
        }
    }
}

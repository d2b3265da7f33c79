import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// The household in the commons: credits, clean-energy share today and reputation (tap for its parts).
// Without a community these are estimates, and the panel says so. In a community the balance and the
// reputation are the ledger's, and the slots claimed but not yet validated are counted.
Rectangle {
    id: root

    property bool _showParts: false

    function _credits(value) {
        return Format.credits(value)
    }
    function _points(value) {
        return Format.number(value, 0)
    }

    visible: Dashboard.hasCredits
    implicitHeight: _content.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    radius: Theme.radius

    ColumnLayout {
        id: _content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            Text {
                //: Heading of the panel with credits, clean share and reputation
                text: qsTr("In the commons")
                color: Theme.textPrimary
                font.pixelSize: Theme.fontMedium
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            Text {
                objectName: "estimatesTag"
                visible: !Dashboard.hasCommunity
                //: Credits are estimated until the household joins a community and they are validated
                text: qsTr("estimates")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }

        Text {
            objectName: "pendingClaims"
            Layout.fillWidth: true
            visible: Dashboard.pendingText !== ""
            text: Dashboard.pendingText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.smallSpacing
            rowSpacing: Theme.smallSpacing

            EnergyTile {
                objectName: "creditsToday"
                Layout.fillWidth: true
                Layout.columnSpan: 2
                //: Credits earned (or spent) today
                label: qsTr("Credits today")
                value: root._credits(Dashboard.creditsToday)
                accent: Dashboard.creditsToday >= 0 ? Theme.adviceGood : Theme.advicePoor
                detail: Dashboard.hasCommunity
                        //: Under today's credits: this month's, and the balance on the community ledger
                        ? qsTr("This month %1 · balance %2").arg(root._credits(Dashboard.creditsMonth))
                                                           .arg(root._credits(Dashboard.creditsBalance))
                        //: Under today's credits: this month's, and the total since a date
                        : qsTr("This month %1 · since %2: %3").arg(root._credits(Dashboard.creditsMonth))
                                                                .arg(Dashboard.balanceSince)
                                                                .arg(root._credits(Dashboard.creditsBalance))
            }
            EnergyTile {
                objectName: "cleanShareToday"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                //: Share of today's use that was clean energy
                label: qsTr("Clean today")
                value: Dashboard.hasCleanShare
                       ? Format.percent(Dashboard.cleanShareToday)
                       : "–"
                accent: Theme.solar
            }
            EnergyTile {
                objectName: "reputation"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                //: Reputation score out of 100
                label: qsTr("Reputation")
                value: qsTr("%1 / 100").arg(root._points(Dashboard.reputation))
                accent: Theme.ev
                //: The three parts of the reputation: giving, reliability, clean
                detail: root._showParts ? qsTr("giving %1 · reliable %2 · clean %3")
                                              .arg(root._points(Dashboard.reputationGiving))
                                              .arg(root._points(Dashboard.reputationReliability))
                                              .arg(root._points(Dashboard.reputationClean))
                                        //: Hint under the reputation score
                                        : qsTr("tap for its parts")
                Accessible.role: Accessible.Button
                Accessible.name: label + " " + value

                TapHandler {
                    onTapped: root._showParts = !root._showParts
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// Community: the ledger as a feed, trades, the subsidy pool and the reputation board (docs/community-app.md).
// Without a community, how to join one.
Item {
    id: root

    // The community model; the application's by default.
    property var community: Community
    property int section: 0

    // Built only for a member: the sections bind to the model's lists and actions.
    Loader {
        objectName: "communityContent"
        anchors.fill: parent
        active: root.community.joined
        sourceComponent: _content
    }

    Component {
        id: _content

        ColumnLayout {
            spacing: Theme.smallSpacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    objectName: "communityBalance"
                    //: Community page: the household's balance; %1 an amount of credits
                    text: qsTr("Your balance %1").arg(root.community.balanceText)
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontMedium
                    font.bold: true
                }
                Text {
                    objectName: "communityPoolSummary"
                    Layout.fillWidth: true
                    //: Community page: the pool and the members; %1 credits, %2 how many members
                    text: qsTr("Pool %1 · %2 members").arg(root.community.poolText).arg(root.community.memberCount)
                          //: Appended when the household is a steward
                          + (root.community.steward ? qsTr(" · you are a steward") : "")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                Repeater {
                    model: [
                        //: Community page section: the ledger's entries
                        qsTr("Ledger"),
                        //: Community page section: offers and trades
                        qsTr("Trades"),
                        //: Community page section: the subsidy pool
                        qsTr("Pool"),
                        //: Community page section: the reputation board
                        qsTr("Board")
                    ]
                    PillButton {
                        required property string modelData
                        required property int index
                        objectName: "communitySection_" + index
                        text: modelData
                        primary: root.section === index
                        onClicked: root.section = index
                    }
                }
            }
            CommunityActions {
                objectName: "communityActions"
                Layout.fillWidth: true
                actions: root.community.actions
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: root.section

                CommunityFeedView {
                    objectName: "communityFeed"
                    feed: root.community.feed
                }
                TradesPanel {
                    objectName: "communityTrades"
                    community: root.community
                }
                PoolPanel {
                    objectName: "communityPool"
                    community: root.community
                }
                ReputationBoard {
                    objectName: "communityBoard"
                    community: root.community
                }
            }
        }
    }

    Column {
        objectName: "communityEmpty"
        anchors.centerIn: parent
        width: Math.min(parent.width, Theme.sheetWidth)
        visible: !root.community.joined
        spacing: Theme.spacing

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            //: Community page, when the household is not (yet) in a community
            text: root.community.hasCommunity ? qsTr("Community") : qsTr("Not in a community")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontLarge
        }
        Text {
            objectName: "communityStatus"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: root.community.statusText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontMedium
        }
    }
}

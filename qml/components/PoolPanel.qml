import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui

// The subsidy pool: its balance, giving to it, asking it for a grant, and the grant requests with their
// approvals; a steward approves or withdraws (never for their own dwelling), and any member pays an approved
// grant.
Flickable {
    id: root

    property var community: null

    contentHeight: _column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: _column
        width: root.width
        spacing: Theme.spacing

        SettingsCard {
            id: _give
            objectName: "contributeCard"
            Layout.fillWidth: true
            readonly property string problem: root.community ? root.community.contributeProblem(_amount.text) : ""

            Text {
                objectName: "poolBalance"
                Layout.fillWidth: true
                //: The subsidy pool's balance; %1 an amount of credits
                text: qsTr("The subsidy pool holds %1").arg(root.community ? root.community.poolText : "")
                color: Theme.textPrimary
                font.pixelSize: Theme.fontMedium
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: root.community ? root.community.poolFlowsText : ""
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                CommunityField {
                    id: _amount
                    objectName: "contributeAmount"
                    Layout.fillWidth: true
                    numeric: true
                    //: Giving to the pool: how many credits
                    label: qsTr("Give credits")
                    text: "1"
                    problem: _give.problem
                }
                PillButton {
                    objectName: "contributeButton"
                    Layout.alignment: Qt.AlignBottom
                    //: Button: give credits to the subsidy pool
                    text: qsTr("Give")
                    primary: true
                    accent: Theme.gridExport
                    enabled: _give.problem.length === 0
                    onClicked: root.community.contribute(_amount.text)
                }
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: _give.problem
                color: Theme.errorText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
        }

        SettingsCard {
            id: _ask
            objectName: "grantCard"
            Layout.fillWidth: true
            readonly property string problem: root.community
                ? root.community.grantProblem(_purpose.text, _grantAmount.text) : ""

            Text {
                Layout.fillWidth: true
                //: Community page: heading of the form to ask the pool for a grant
                text: qsTr("Ask for a grant")
                color: Theme.textPrimary
                font.pixelSize: Theme.fontMedium
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                //: What grants are for and how they are decided
                text: qsTr("For clean-energy investments: panels, a battery, a heat pump. The stewards approve it; it is paid in full once enough of them have.")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            CommunityField {
                id: _purpose
                objectName: "grantPurpose"
                Layout.fillWidth: true
                //: Grant form: what the grant is for
                label: qsTr("Purpose")
                //: Grant form: an example purpose
                placeholder: qsTr("a home battery")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                CommunityField {
                    id: _grantAmount
                    objectName: "grantAmount"
                    Layout.fillWidth: true
                    numeric: true
                    //: Grant form: how many credits
                    label: qsTr("Credits")
                    text: "10"
                    problem: _purpose.text.length > 0 ? _ask.problem : ""
                }
                PillButton {
                    objectName: "grantButton"
                    Layout.alignment: Qt.AlignBottom
                    //: Button: publish a grant request
                    text: qsTr("Ask")
                    primary: true
                    accent: Theme.gridExport
                    enabled: _ask.problem.length === 0
                    onClicked: root.community.requestGrant(_purpose.text, _grantAmount.text)
                }
            }
            Text {
                Layout.fillWidth: true
                visible: _purpose.text.length > 0 && text.length > 0
                text: _ask.problem
                color: Theme.errorText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
        }

        Text {
            Layout.fillWidth: true
            //: Community page: heading of the list of grant requests
            text: qsTr("Grant requests")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontMedium
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            visible: root.community && root.community.grants.length === 0
            //: Community page: no grant requests
            text: qsTr("No grant requests yet.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }
        Repeater {
            model: root.community ? root.community.grants : []

            SettingsCard {
                id: _grant
                required property var modelData
                required property int index

                objectName: "grant_" + index
                Layout.fillWidth: true

                Text {
                    Layout.fillWidth: true
                    text: _grant.modelData.sentence
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "grantStatus_" + _grant.index
                    Layout.fillWidth: true
                    //: A grant request's state: %1 when asked, %2 approvals, %3 status
                    text: qsTr("%1 · %2 · %3").arg(_grant.modelData.when).arg(_grant.modelData.approvalsText)
                                               .arg(_grant.modelData.status)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: _grant.modelData.why
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.smallSpacing
                    visible: _grant.modelData.canApprove || _grant.modelData.canWithdraw || _grant.modelData.canPay
                    PillButton {
                        objectName: "approveButton_" + _grant.index
                        visible: _grant.modelData.canApprove
                        //: Button: a steward approves a grant request
                        text: qsTr("Approve")
                        primary: true
                        accent: Theme.gridExport
                        onClicked: root.community.approve(_grant.modelData.id, true)
                    }
                    PillButton {
                        objectName: "withdrawButton_" + _grant.index
                        visible: _grant.modelData.canWithdraw
                        //: Button: a steward withdraws an approval
                        text: qsTr("Withdraw approval")
                        onClicked: root.community.approve(_grant.modelData.id, false)
                    }
                    PillButton {
                        objectName: "payButton_" + _grant.index
                        visible: _grant.modelData.canPay
                        //: Button: pay an approved grant from the pool
                        text: qsTr("Pay from the pool")
                        onClicked: root.community.pay(_grant.modelData.id)
                    }
                }
            }
        }
    }
}

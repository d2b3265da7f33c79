import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui

// Trades: offer surplus (checked as it is typed), the open offers to accept, and the household's own trades
// with their settlement.
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
            id: _offerCard
            objectName: "offerCard"
            Layout.fillWidth: true

            property int day: 1
            readonly property string problem: root.community
                ? root.community.offerProblem(day, _start.text, _end.text, _energy.text, _price.text) : ""

            Text {
                Layout.fillWidth: true
                //: Community page: heading of the form to offer energy
                text: qsTr("Offer your surplus")
                color: Theme.textPrimary
                font.pixelSize: Theme.fontMedium
                font.bold: true
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                PillButton {
                    objectName: "offerToday"
                    //: Offer form: the day of the offer
                    text: qsTr("Today")
                    primary: _offerCard.day === 0
                    onClicked: _offerCard.day = 0
                }
                PillButton {
                    objectName: "offerTomorrow"
                    //: Offer form: the day of the offer
                    text: qsTr("Tomorrow")
                    primary: _offerCard.day === 1
                    onClicked: _offerCard.day = 1
                }
            }
            GridLayout {
                Layout.fillWidth: true
                columns: root.width > 600 ? 4 : 2
                columnSpacing: Theme.smallSpacing
                rowSpacing: Theme.smallSpacing
                CommunityField {
                    id: _start
                    objectName: "offerStart"
                    Layout.fillWidth: true
                    //: Offer form: when the offered energy starts
                    label: qsTr("From")
                    text: root.community ? root.community.suggestedStart : ""
                }
                CommunityField {
                    id: _end
                    objectName: "offerEnd"
                    Layout.fillWidth: true
                    //: Offer form: when the offered energy ends
                    label: qsTr("Until")
                    text: "16:00"
                }
                CommunityField {
                    id: _energy
                    objectName: "offerEnergy"
                    Layout.fillWidth: true
                    numeric: true
                    //: Offer form: the energy offered
                    label: qsTr("Energy (kWh)")
                    text: "2"
                }
                CommunityField {
                    id: _price
                    objectName: "offerPrice"
                    Layout.fillWidth: true
                    numeric: true
                    //: Offer form: the price asked; %1 is the cap, e.g. "at most 2.62 cr/kWh"
                    label: qsTr("Price (cr/kWh, %1)").arg(root.community ? root.community.priceCapText : "")
                    text: "0.30"
                }
            }
            Text {
                objectName: "offerProblem"
                Layout.fillWidth: true
                visible: text.length > 0
                text: _offerCard.problem
                color: Theme.errorText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            PillButton {
                objectName: "offerButton"
                //: Offer form: publish the offer
                text: qsTr("Offer")
                primary: true
                accent: Theme.gridExport
                enabled: _offerCard.problem.length === 0
                onClicked: root.community.offer(_offerCard.day, _start.text, _end.text, _energy.text, _price.text)
            }
        }

        Text {
            Layout.fillWidth: true
            //: Community page: heading of the list of open offers
            text: qsTr("Open offers")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontMedium
            font.bold: true
        }
        Text {
            objectName: "noOffers"
            Layout.fillWidth: true
            visible: root.community && root.community.offers.length === 0
            //: Community page: no open offers
            text: qsTr("No open offers now.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }
        Repeater {
            model: root.community ? root.community.offers : []

            SettingsCard {
                id: _offer
                required property var modelData
                required property int index
                readonly property string problem: root.community && !modelData.mine
                    ? root.community.acceptProblem(modelData.id, _take.text) : ""

                objectName: "offer_" + index
                Layout.fillWidth: true

                Text {
                    Layout.fillWidth: true
                    //: An open offer: %1 who, %2 energy, %3 when, %4 price
                    text: qsTr("%1: %2, %3, at %4").arg(_offer.modelData.who).arg(_offer.modelData.energy)
                                                    .arg(_offer.modelData.when).arg(_offer.modelData.price)
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: _offer.modelData.remaining
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: !_offer.modelData.mine
                    spacing: Theme.smallSpacing
                    CommunityField {
                        id: _take
                        objectName: "acceptEnergy_" + _offer.index
                        Layout.fillWidth: true
                        numeric: true
                        //: Accepting an offer: how much of it
                        label: qsTr("Energy to take (kWh)")
                        text: _offer.modelData.remainingKwh
                        problem: _offer.problem
                    }
                    PillButton {
                        objectName: "acceptButton_" + _offer.index
                        Layout.alignment: Qt.AlignBottom
                        //: Button: accept an offer of energy
                        text: qsTr("Accept")
                        primary: true
                        accent: Theme.gridExport
                        enabled: _offer.problem.length === 0
                        onClicked: root.community.accept(_offer.modelData.id, _take.text)
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: _offer.problem
                    color: Theme.errorText
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
        }

        Text {
            Layout.fillWidth: true
            //: Community page: heading of the household's own trades
            text: qsTr("Your trades")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontMedium
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            visible: root.community && root.community.trades.length === 0
            //: Community page: the household has no trades
            text: qsTr("No trades yet: accept an offer, or offer your surplus.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: root.community ? root.community.trades : []
            Text {
                required property var modelData
                required property int index
                objectName: "trade_" + index
                Layout.fillWidth: true
                //: One of the household's trades: %1 what, %2 when, %3 its state
                text: qsTr("%1, %2: %3").arg(modelData.sentence).arg(modelData.when).arg(modelData.status)
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
        }
    }
}

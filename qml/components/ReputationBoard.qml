import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui

// The reputation board: every member ranked by what the ledger shows (giving and reliability), anonymous
// unless they chose to show a name. The household chooses here.
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
            id: _optIn
            objectName: "boardOptIn"
            Layout.fillWidth: true
            property string problem

            Text {
                Layout.fillWidth: true
                text: root.community && root.community.displayName.length > 0
                      //: The board opt-in, when shown; %1 the name
                      ? qsTr("Others see you on the board as “%1”, and can tell which entries of the ledger are yours.").arg(root.community.displayName)
                      //: The board opt-in, by default
                      : qsTr("Others see you on the board as an anonymous member. You can show a name of your choice instead; members can then tell which entries of the ledger are yours.")
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                CommunityField {
                    id: _name
                    objectName: "boardName"
                    Layout.fillWidth: true
                    //: The name shown on the reputation board
                    label: qsTr("Name on the board")
                    text: root.community ? root.community.displayName : ""
                    problem: _optIn.problem
                }
                PillButton {
                    objectName: "boardShowName"
                    Layout.alignment: Qt.AlignBottom
                    //: Button: show this name on the reputation board
                    text: qsTr("Show")
                    primary: true
                    accent: Theme.gridExport
                    enabled: _name.text.trim().length > 0
                    onClicked: _optIn.problem = root.community.setDisplayName(_name.text)
                }
                PillButton {
                    objectName: "boardHideName"
                    Layout.alignment: Qt.AlignBottom
                    visible: root.community && root.community.displayName.length > 0
                    //: Button: be anonymous on the reputation board
                    text: qsTr("Stay anonymous")
                    onClicked: _optIn.problem = root.community.setDisplayName("")
                }
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: _optIn.problem
                color: Theme.errorText
                font.pixelSize: Theme.fontSmall
            }
        }
        Text {
            Layout.fillWidth: true
            //: What the board ranks; %1 the community's reputation window in days (90 by default)
            text: qsTr("Points out of 80 over the last %1 days: giving (50) and keeping one's commitments (30). The clean-energy part of your reputation is on Home; it is not on the ledger, so it is not compared here.").arg(root.community ? root.community.reputationDays : 90)
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: root.community ? root.community.board : []
            Rectangle {
                required property var modelData
                required property int index
                objectName: "boardRow_" + index
                Layout.fillWidth: true
                implicitHeight: _boardRow.implicitHeight + 2 * Theme.smallSpacing
                radius: Theme.radius / 2
                color: modelData.me ? Theme.surfaceRaised : Theme.surface
                Accessible.role: Accessible.StaticText
                //: A row of the board for screen readers: %1 rank, %2 name, %3 points
                Accessible.name: qsTr("Rank %1, %2, %3").arg(modelData.rank).arg(modelData.name).arg(modelData.points)
                RowLayout {
                    id: _boardRow
                    anchors.fill: parent
                    anchors.margins: Theme.smallSpacing
                    spacing: Theme.spacing
                    Text {
                        //: A rank on the board; %1 the number
                        text: qsTr("#%1").arg(modelData.rank)
                        color: Theme.textPrimary
                        font.pixelSize: Theme.fontMedium
                        font.bold: true
                    }
                    Text {
                        Layout.fillWidth: true
                        text: modelData.name
                        color: Theme.textPrimary
                        font.pixelSize: Theme.fontMedium
                        elide: Text.ElideRight
                    }
                    Text {
                        text: modelData.points
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
    }
}

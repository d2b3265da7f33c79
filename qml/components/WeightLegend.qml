import QtQuick
import Commonwatt.Ui

// Names the band's colours and heights in words.
Row {
    id: root

    spacing: Theme.spacing

    Repeater {
        model: [
            //: Legend of the plan's band: a slot where a grid kWh is cheap and clean
            { colour: Theme.bandGood, height: 0.35, label: qsTr("Good time") },
            //: Legend of the plan's band: an ordinary slot
            { colour: Theme.bandFair, height: 0.65, label: qsTr("Fair") },
            //: Legend of the plan's band: a slot where the grid is stressed or dirty
            { colour: Theme.bandPoor, height: 1.0, label: qsTr("Poor time") }
        ]

        Row {
            required property var modelData
            spacing: Theme.smallSpacing
            height: Theme.fontMedium

            Item {
                width: 12
                height: parent.height
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: parent.height * modelData.height
                    color: modelData.colour
                    radius: 2
                }
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: modelData.label
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }
    }

}

import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui

// Whether now is a good time to use energy, and when it gets better: the first thing read from two metres.
Rectangle {
    id: root

    property string rating   // "good", "fair", "poor"; "" while no grid signals are known
    property string nextBetterTime

    readonly property color _accent: rating === "good" ? Theme.adviceGood
                                     : rating === "fair" ? Theme.adviceFair : Theme.advicePoor

    visible: rating.length > 0
    implicitHeight: Math.max(Theme.touchTarget, _label.implicitHeight + Theme.spacing)
    radius: Theme.radius
    color: Theme.surface
    border.width: 2
    border.color: _accent
    Accessible.role: Accessible.StaticText
    Accessible.name: _label.text

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Rectangle {
            implicitWidth: Theme.fontMedium
            implicitHeight: Theme.fontMedium
            radius: width / 2
            color: root._accent
        }
        Text {
            id: _label
            objectName: "timeAdviceText"
            Layout.fillWidth: true
            color: Theme.textPrimary
            font.pixelSize: Theme.fontMedium
            elide: Text.ElideRight
            text: {
                if (root.rating === "good")
                    //: Banner: the grid's energy is clean and plentiful now
                    return qsTr("Now is a good time to use energy")
                const now = root.rating === "fair"
                    //: Banner: an ordinary time to use energy
                    ? qsTr("Now is a fair time to use energy")
                    //: Banner: the grid is stressed or dirty now
                    : qsTr("Now is a poor time to use energy")
                return root.nextBetterTime.length > 0
                    //: Banner: %1 is the sentence about now, %2 a time such as 14:30
                    ? qsTr("%1, better from %2").arg(now).arg(root.nextBetterTime)
                    : now
            }
        }
    }
}

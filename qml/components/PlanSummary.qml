import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// The plan's worth at a glance: how many credits it earns over running everything now, and how fresh it is.
Rectangle {
    id: root

    // A short screen gets one line of smaller type.
    property bool compact: false
    readonly property bool _gain: Plan.creditsGain >= 0

    implicitHeight: _row.implicitHeight + (compact ? Theme.spacing : 2 * Theme.spacing)
    radius: Theme.radius
    color: Theme.surface

    RowLayout {
        id: _row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Text {
            objectName: "planGain"
            text: Plan.hasPlan ? Plan.creditsGainText : "–"
            color: root._gain ? Theme.adviceGood : Theme.advicePoor
            font.pixelSize: root.compact ? Theme.fontLarge : Theme.fontHuge
            font.bold: true
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            spacing: 2

            Text {
                objectName: "planGainLabel"
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: !Plan.hasPlan ? (Plan.planning ? qsTr("Planning…") : qsTr("No plan yet"))
                      : root._gain
                        //: After the plan's gain in credits, e.g. "+3.4 cr"
                        ? qsTr("more than running everything now")
                        : qsTr("less than running everything now")
                color: Theme.textPrimary
                font.pixelSize: Theme.fontMedium
            }
            Text {
                objectName: "planCredits"
                Layout.fillWidth: true
                elide: Text.ElideRight
                visible: Plan.hasPlan && !root.compact
                //: %1 the plan's credits, %2 the credits of running everything at once
                text: qsTr("This plan %1, everything now %2, to the end of tomorrow")
                          .arg(Plan.planCreditsText).arg(Plan.immediateCreditsText)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }

        Text {
            objectName: "planState"
            visible: !root.compact || Plan.planning
            Layout.maximumWidth: root.width * 0.3
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideLeft
            text: Plan.planning ? qsTr("Planning…")
                  : Plan.plannedAt.length > 0
                    //: %1 the time of the last plan, %2 how long the solver took in milliseconds
                    ? qsTr("Planned at %1 in %2 ms").arg(Plan.plannedAt)
                                                    .arg(Format.number(Plan.solverMs, 0))
                    : ""
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }
    }
}

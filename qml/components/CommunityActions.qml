import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui

// What the household did on the Community page this session: pending until the ledger has it, then done, or
// refused with the ledger's reason in words.
ColumnLayout {
    id: root

    property var actions: []

    spacing: 2
    visible: actions.length > 0

    Repeater {
        model: root.actions

        Text {
            required property var modelData
            required property int index

            objectName: "communityAction_" + index
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: modelData.state === "refused" || modelData.state === "failed" ? Theme.errorText
                                                                                 : Theme.textSecondary
            text: modelData.state === "pending"
                  //: An action on the Community page waiting for the ledger; %1 the action
                  ? qsTr("%1: pending, waiting for the ledger…").arg(modelData.text)
                  : modelData.state === "done"
                    //: An action in the ledger; %1 the action
                    ? qsTr("%1: done.").arg(modelData.text)
                    : modelData.state === "refused"
                      //: An action the ledger refused; %1 the action, %2 why
                      ? qsTr("%1: refused, %2.").arg(modelData.text).arg(modelData.reason)
                      //: An action that could not be stored; %1 the action, %2 why
                      : qsTr("%1: not sent, %2").arg(modelData.text).arg(modelData.reason)
        }
    }
}

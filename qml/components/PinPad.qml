import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui

// Digits for a finger: the entry shown as dots, keys 0 to 9, delete and OK. The digits stay in this item
// until clear(); nothing else shows or keeps them.
ColumnLayout {
    id: root

    property string pin: ""
    property int minDigits: 4
    property int maxDigits: 12
    // The keys' size: smaller on a short screen, never below a touch target.
    property int keySize: Theme.pinKeySize
    //: The key that confirms the PIN entered on the PIN pad
    property string acceptText: qsTr("OK")

    signal accepted(string pin)

    function clear() {
        pin = ""
    }
    function _type(digit) {
        if (enabled && pin.length < maxDigits)
            pin += digit
    }

    spacing: Theme.smallSpacing

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: _grid.implicitWidth
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: Theme.surfaceRaised
        border.width: 1
        border.color: Theme.divider

        Row {
            objectName: "pinEntry"
            // How many digits are entered, never which.
            readonly property int count: root.pin.length

            anchors.centerIn: parent
            spacing: Theme.smallSpacing
            Accessible.role: Accessible.EditableText
            //: Read out for the PIN entry: how many digits are typed, never which
            Accessible.name: qsTr("PIN, %n digits entered", "", count)

            Repeater {
                model: root.pin.length
                Rectangle {
                    width: Theme.pinDotSize
                    height: Theme.pinDotSize
                    radius: width / 2
                    color: Theme.textPrimary
                }
            }
        }
    }

    GridLayout {
        id: _grid
        Layout.alignment: Qt.AlignHCenter
        columns: 3
        rowSpacing: Theme.smallSpacing
        columnSpacing: Theme.smallSpacing

        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
            PillButton {
                required property string modelData
                objectName: "pinKey" + modelData
                Layout.preferredWidth: root.keySize
                Layout.preferredHeight: root.keySize
                text: modelData
                onClicked: root._type(modelData)
            }
        }
        PillButton {
            objectName: "pinDelete"
            Layout.preferredWidth: root.keySize
            Layout.preferredHeight: root.keySize
            text: "⌫"
            enabled: root.pin.length > 0
            //: The PIN pad's key that removes the last digit typed
            Accessible.name: qsTr("Delete the last digit")
            onClicked: root.pin = root.pin.slice(0, -1)
        }
        PillButton {
            objectName: "pinKey0"
            Layout.preferredWidth: root.keySize
            Layout.preferredHeight: root.keySize
            text: "0"
            onClicked: root._type("0")
        }
        PillButton {
            objectName: "pinOk"
            Layout.preferredWidth: root.keySize
            Layout.preferredHeight: root.keySize
            primary: true
            accent: Theme.adviceGood
            enabled: root.pin.length >= root.minDigits
            text: root.acceptText
            onClicked: root.accepted(root.pin)
        }
    }
}

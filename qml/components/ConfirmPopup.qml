import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Commonwatt.Ui

// Asks before something that cannot be undone: a title, what happens, and the action or Cancel.
Popup {
    id: root

    property string title
    property string detail
    property string actionText
    property color accent: Theme.advicePoor

    signal confirmed()

    modal: true
    dim: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.dialogWidth, (parent ? parent.width : Theme.dialogWidth) - 2 * Theme.spacing)
    padding: Theme.spacing

    Overlay.modal: Rectangle {
        color: Theme.background
        opacity: 0.7
    }
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: 1
        border.color: Theme.divider
    }
    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: root.title
            color: Theme.textPrimary
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: root.detail
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            PillButton {
                objectName: root.objectName + "Confirm"
                Layout.fillWidth: true
                primary: true
                accent: root.accent
                text: root.actionText
                onClicked: {
                    root.close()
                    root.confirmed()
                }
            }
            PillButton {
                objectName: root.objectName + "Cancel"
                Layout.fillWidth: true
                //: Confirmation: do not do it
                text: qsTr("Cancel")
                onClicked: root.close()
            }
        }
    }
}

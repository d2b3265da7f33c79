import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

RowLayout {
    id: root

    // Which page is shown: 0 Home, 1 Plan.
    property alias currentPage: _nav.currentIndex

    spacing: Theme.spacing

    Text {
        //: Product name in the header
        text: qsTr("Commonwatt")
        color: Theme.textPrimary
        font.pixelSize: Theme.fontLarge
        font.bold: true
    }

    NavTabs {
        id: _nav
        objectName: "navTabs"
    }

    Rectangle {
        objectName: "sourceBadge"
        implicitWidth: _sourceLabel.implicitWidth + 2 * Theme.spacing
        implicitHeight: _sourceLabel.implicitHeight + Theme.smallSpacing
        radius: height / 2
        color: Theme.surfaceRaised

        Text {
            id: _sourceLabel
            anchors.centerIn: parent
            text: Dashboard.sourceText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }
    }

    // The date gives way first on a narrow screen; the time never does.
    Text {
        objectName: "dateLabel"
        Layout.fillWidth: true
        Layout.minimumWidth: 0
        horizontalAlignment: Text.AlignRight
        elide: Text.ElideRight
        text: Dashboard.dateText
        color: Theme.textSecondary
        font.pixelSize: Theme.fontMedium
    }

    Text {
        objectName: "timeLabel"
        text: Dashboard.timeText
        color: Theme.textPrimary
        font.pixelSize: Theme.fontLarge
        font.bold: true
    }

    // The wall panel: installer mode, the only way out of the panel (docs/kiosk.md).
    PillButton {
        objectName: "installerButton"
        visible: Kiosk.kiosk
        primary: Kiosk.installerMode
        accent: Theme.adviceFair
        //: Header button on the wall panel that opens the installer PIN dialog
        text: qsTr("Installer")
        onClicked: _installerDialog.open()
    }
    InstallerDialog {
        id: _installerDialog
    }
}

import QtQuick
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

RowLayout {
    id: root

    // Which page is shown: 0 Home, 1 Plan, then the others in NavTabs' order.
    property alias currentPage: _nav.currentIndex
    // Below this width the product name and the source badge give way to the tabs; the date goes below the next.
    readonly property bool _compact: width < Theme.compactHeaderWidth
    readonly property bool _showDate: width >= Theme.dateHeaderWidth

    spacing: _compact ? Theme.smallSpacing : Theme.spacing

    Text {
        visible: !root._compact
        //: Product name in the header
        text: qsTr("Commonwatt")
        color: Theme.textPrimary
        font.pixelSize: Theme.fontLarge
        font.bold: true
    }

    NavTabs {
        id: _nav
        objectName: "navTabs"
        compact: root._compact
        // As wide as its tabs where there is room; narrower, it scrolls.
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        Layout.minimumWidth: Theme.touchTarget * 3
    }

    Rectangle {
        objectName: "sourceBadge"
        visible: !root._compact
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
        // Hidden, it only pushes the time to the right and claims no room from the tabs.
        Layout.preferredWidth: root._showDate ? implicitWidth : 0
        horizontalAlignment: Text.AlignRight
        elide: Text.ElideRight
        opacity: root._showDate ? 1 : 0
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
        //: Header button on the wall panel that opens the installer PIN dialog
        text: qsTr("Installer")
        onClicked: _installerDialog.open()
    }
    InstallerDialog {
        id: _installerDialog
    }
}

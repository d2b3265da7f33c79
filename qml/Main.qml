import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Commonwatt.Ui
import Commonwatt.App

ApplicationWindow {
    id: root

    // Set by the application: the wall panel runs full screen without window chrome.
    property bool kiosk: false

    // The wall panel fills its screen even where no window manager honours full screen (a bare X server);
    // on a desktop the window starts at 1280x800, or smaller on a smaller screen.
    width: kiosk ? Screen.width : Math.min(1280, Screen.desktopAvailableWidth)
    height: kiosk ? Screen.height : Math.min(800, Screen.desktopAvailableHeight)
    minimumWidth: 480
    minimumHeight: 480
    visible: true
    visibility: kiosk ? Window.FullScreen : Window.Windowed
    flags: kiosk ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    //: Window title
    title: qsTr("Commonwatt")
    color: Theme.background
    // The wall panel is left only through installer mode.
    onClosing: (close) => close.accepted = !kiosk || Kiosk.installerMode

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        HeaderBar {
            id: _header
            objectName: "headerBar"
            Layout.fillWidth: true
        }

        StackLayout {
            objectName: "pages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: _header.currentPage

            DashboardPage {
                objectName: "dashboardPage"
                onShowPlan: _header.currentPage = 1
            }
            PlanPage {
                objectName: "planPage"
            }
            HistoryPage {
                objectName: "historyPage"
            }
            EventsPage {
                objectName: "eventsPage"
            }
            CommunityPage {
                objectName: "communityPage"
            }
            SettingsPage {
                objectName: "settingsPage"
            }
            InstallerPage {
                objectName: "installerPage"
            }
        }
    }

    // The wall panel's on-screen keyboard, loaded there only: the desktop does not need its QML module.
    Loader {
        objectName: "keyboardLoader"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        z: 1
        active: root.kiosk
        source: "components/KioskKeyboard.qml"
    }

    // Above everything, popups included.
    ScreenDimmer {
        parent: Overlay.overlay
        anchors.fill: parent
        z: 1000
    }
}

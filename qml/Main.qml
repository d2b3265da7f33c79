import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Commonwatt.Ui

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
            EventsPage {
                objectName: "eventsPage"
            }
            SettingsPage {
                objectName: "settingsPage"
            }
        }
    }
}

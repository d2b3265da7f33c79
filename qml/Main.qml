import QtQuick
import QtQuick.Controls
import QtQuick.Window
import Commonwatt.Ui

ApplicationWindow {
    id: root

    // Set by the application: the wall panel runs full screen without window chrome.
    property bool kiosk: false

    width: 1280
    height: 800
    minimumWidth: 800
    minimumHeight: 480
    visible: true
    visibility: kiosk ? Window.FullScreen : Window.Windowed
    flags: kiosk ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    //: Window title
    title: qsTr("Commonwatt")
    color: Theme.background

    DashboardPage {
        objectName: "dashboardPage"
        anchors.fill: parent
    }
}

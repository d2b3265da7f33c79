import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Commonwatt.Ui
import Commonwatt.App

// The way into installer mode, and out of the wall panel: choose the installer PIN while none is set (entered
// twice), otherwise enter it; in installer mode, leave the panel or go back to it. Kiosk checks everything.
Popup {
    id: root

    // While choosing a PIN: the first entry, kept until it is repeated.
    property string _first: ""
    property string _error: ""
    readonly property bool _choosing: !Kiosk.pinSet || _changing
    property bool _changing: false

    function _reset() {
        _first = ""
        _error = ""
        _changing = false
        _pad.clear()
    }
    function _accept(pin) {
        if (_choosing && _first.length === 0) {
            _first = pin
            _error = ""
        } else if (_choosing) {
            _error = Kiosk.setPin(_first, pin)
            _first = ""
            if (_error.length === 0)
                _changing = false
        } else {
            _error = Kiosk.enterInstallerMode(pin)
        }
        _pad.clear()
    }

    // In installer mode: the installer wants the Installer page.
    signal openInstallerPage()

    objectName: "installerDialog"
    modal: true
    dim: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.dialogWidth, (parent ? parent.width : Theme.dialogWidth) - 2 * Theme.spacing)
    padding: Theme.spacing
    onClosed: _reset()

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
            objectName: "installerTitle"
            Layout.fillWidth: true
            text: Kiosk.installerMode && !root._choosing
                  //: Title of the installer dialog once the PIN was accepted
                  ? qsTr("Installer mode")
                  : root._choosing && root._first.length > 0
                    //: Title while choosing the installer PIN, second entry
                    ? qsTr("Enter the new PIN again")
                    : root._choosing
                      //: Title while choosing the installer PIN, first entry
                      ? qsTr("Choose the installer PIN")
                      //: Title of the installer dialog before the PIN is entered
                      : qsTr("Enter the installer PIN")
            wrapMode: Text.WordWrap
            color: Theme.textPrimary
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }

        Text {
            Layout.fillWidth: true
            visible: root._choosing
            //: Under the title while choosing the installer PIN
            text: qsTr("%1 to %2 digits. Whoever knows it can change the setup and leave the wall panel.")
                      .arg(Kiosk.pinMinDigits).arg(Kiosk.pinMaxDigits)
            wrapMode: Text.WordWrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }

        PinPad {
            id: _pad
            objectName: "installerPinPad"
            Layout.alignment: Qt.AlignHCenter
            // Four rows of keys share what the window's height leaves after the title, text and entry.
            keySize: Math.max(Theme.touchTarget, Math.min(Theme.pinKeySize,
                                                          ((root.parent ? root.parent.height : 800) - Theme.pinPadChrome) / 4))
            visible: root._choosing || !Kiosk.installerMode
            enabled: root._choosing || Kiosk.lockedSeconds === 0
            minDigits: Kiosk.pinMinDigits
            maxDigits: Kiosk.pinMaxDigits
            onAccepted: (pin) => root._accept(pin)
        }

        Text {
            objectName: "installerLockout"
            Layout.fillWidth: true
            visible: !root._choosing && !Kiosk.installerMode && Kiosk.lockedSeconds > 0
            //: Shown while the installer PIN is locked after wrong tries; counts down
            text: qsTr("Locked after too many wrong tries: %n s left.", "", Kiosk.lockedSeconds)
            wrapMode: Text.WordWrap
            color: Theme.adviceFair
            font.pixelSize: Theme.fontMedium
        }

        Text {
            objectName: "installerError"
            Layout.fillWidth: true
            visible: root._error.length > 0
            text: root._error
            wrapMode: Text.WordWrap
            color: Theme.advicePoor
            font.pixelSize: Theme.fontSmall
        }

        // Installer mode: what only the installer may do here.
        ColumnLayout {
            Layout.fillWidth: true
            visible: Kiosk.installerMode && !root._choosing
            spacing: Theme.smallSpacing

            PillButton {
                objectName: "installerOpenPage"
                Layout.fillWidth: true
                primary: true
                //: Installer mode: shows the Installer page (devices, site, backup)
                text: qsTr("Set up devices and site")
                onClicked: {
                    root.close()
                    root.openInstallerPage()
                }
            }
            PillButton {
                objectName: "installerQuit"
                visible: Kiosk.kiosk
                Layout.fillWidth: true
                primary: true
                accent: Theme.advicePoor
                //: Installer mode: closes the app on the wall panel
                text: qsTr("Leave the wall panel")
                onClicked: Kiosk.quitApp()
            }
            PillButton {
                objectName: "installerChangePin"
                Layout.fillWidth: true
                //: Installer mode: choose a new installer PIN
                text: qsTr("Change the PIN")
                onClicked: {
                    root._reset()
                    root._changing = true
                }
            }
            RowLayout {
                id: _dimRow
                visible: Kiosk.kiosk
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                readonly property var _steps: [0, 30, 60, 120, 300, 600, 1800, 3600]
                readonly property int _index: Math.max(0, _steps.indexOf(Kiosk.dimAfterSeconds))

                Text {
                    Layout.fillWidth: true
                    //: Installer mode: after how long without a touch the screen dims
                    text: qsTr("Dim the screen after")
                    wrapMode: Text.WordWrap
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontSmall
                }
                PillButton {
                    text: "−"
                    enabled: _dimRow._index > 0
                    //: Installer mode: dim the screen sooner
                    Accessible.name: qsTr("Sooner")
                    onClicked: root._error = Kiosk.setDimAfterSeconds(_dimRow._steps[_dimRow._index - 1])
                }
                Text {
                    objectName: "installerDimAfter"
                    text: Kiosk.dimAfterSeconds === 0
                          //: Installer mode: the screen never dims
                          ? qsTr("never")
                          : Kiosk.dimAfterSeconds < 60
                            //: Installer mode: dim after this many seconds
                            ? qsTr("%n s", "", Kiosk.dimAfterSeconds)
                            //: Installer mode: dim after this many minutes
                            : qsTr("%n min", "", Math.round(Kiosk.dimAfterSeconds / 60))
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontMedium
                    font.bold: true
                }
                PillButton {
                    text: "+"
                    enabled: _dimRow._index < _dimRow._steps.length - 1
                    //: Installer mode: dim the screen later
                    Accessible.name: qsTr("Later")
                    onClicked: root._error = Kiosk.setDimAfterSeconds(_dimRow._steps[_dimRow._index + 1])
                }
            }
        }

        PillButton {
            objectName: "installerClose"
            Layout.fillWidth: true
            text: Kiosk.installerMode && Kiosk.kiosk
                  //: Installer mode: ends installer mode and closes the dialog
                  ? qsTr("Back to the panel")
                  : Kiosk.installerMode
                  //: Installer mode on the desktop: ends installer mode and closes the dialog
                  ? qsTr("Leave installer mode")
                  //: Closes the installer dialog without entering installer mode
                  : qsTr("Cancel")
            onClicked: {
                Kiosk.leaveInstallerMode()
                root.close()
            }
        }
    }
}

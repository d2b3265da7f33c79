import QtQuick
import QtQuick.VirtualKeyboard

// The wall panel's on-screen keyboard (Qt Virtual Keyboard), shown while a text field has the focus. Main.qml
// loads this file only in kiosk mode, so that a desktop without the keyboard's QML module still starts.
InputPanel {
    id: root

    objectName: "kioskKeyboard"
    visible: active
}

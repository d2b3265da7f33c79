import QtQuick
import QtTest
import Commonwatt.Ui
import Commonwatt.App

// The wall panel's components: the PIN pad and the installer dialog, bound to a Kiosk model whose PIN is kept
// in a configuration of its own.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: padComponent
        PinPad {}
    }
    Component {
        id: dialogComponent
        InstallerDialog {}
    }

    SignalSpy {
        id: acceptedSpy
        signalName: "accepted"
    }

    TestCase {
        name: "Kiosk"
        when: windowShown

        function findByName(item, name) {
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findByName(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }
        function press(container, name) {
            const key = findByName(container, name)
            verify(key, name)
            mouseClick(key)
        }
        // A PIN for the tests that need one; choosing it opens installer mode, which they leave.
        function ensurePin() {
            if (!Kiosk.pinSet) {
                compare(Kiosk.setPin("97531", "97531"), "")
                Kiosk.leaveInstallerMode()
            }
            verify(Kiosk.pinSet)
            verify(!Kiosk.installerMode)
        }

        function test_digitsBuildTheMaskedEntry() {
            const pad = createTemporaryObject(padComponent, root)
            verify(pad)
            acceptedSpy.target = pad
            acceptedSpy.clear()
            const entry = findByName(pad, "pinEntry")
            compare(entry.count, 0)
            verify(!findByName(pad, "pinOk").enabled, "OK waits for four digits")
            for (const digit of ["4", "0", "9", "1"])
                press(pad, "pinKey" + digit)
            compare(pad.pin, "4091")
            compare(entry.count, 4)
            // The entry shows dots, never the digits.
            compare(entry.children.length - 1, 4) // the dots, and their Repeater
            verify(!entry.Accessible.name.includes("4091"))
            press(pad, "pinDelete")
            compare(pad.pin, "409")
            verify(!findByName(pad, "pinOk").enabled)
            press(pad, "pinKey7")
            press(pad, "pinOk")
            compare(acceptedSpy.count, 1)
            compare(acceptedSpy.signalArguments[0][0], "4097")
            pad.clear()
            compare(entry.count, 0)
        }

        function test_entryStopsAtTheLongestPin() {
            const pad = createTemporaryObject(padComponent, root, { maxDigits: 12 })
            for (let i = 0; i < 15; ++i)
                press(pad, "pinKey8")
            compare(pad.pin.length, 12)
        }

        function test_keysAreLargeEnoughAndNamed() {
            const pad = createTemporaryObject(padComponent, root)
            waitForRendering(pad)
            const names = ["pinKey0", "pinKey1", "pinKey2", "pinKey3", "pinKey4", "pinKey5", "pinKey6",
                           "pinKey7", "pinKey8", "pinKey9", "pinDelete", "pinOk"]
            for (const name of names) {
                const key = findByName(pad, name)
                verify(key, name)
                verify(key.width >= Theme.touchTarget, name + " is " + key.width + " px wide")
                verify(key.height >= Theme.touchTarget, name + " is " + key.height + " px tall")
                verify(key.Accessible.name.length > 0, name + " has an accessible name")
                compare(key.Accessible.role, Accessible.Button)
            }
            compare(findByName(pad, "pinKey5").Accessible.name, "5")
            compare(findByName(pad, "pinDelete").Accessible.name, "Delete the last digit")
        }

        function test_dialogShowsTheErrorOfAWrongPin() {
            ensurePin()
            const dialog = createTemporaryObject(dialogComponent, root)
            verify(dialog)
            dialog.open()
            tryCompare(dialog, "opened", true)
            compare(findByName(dialog.contentItem, "installerTitle").text, "Enter the installer PIN")
            const error = findByName(dialog.contentItem, "installerError")
            verify(!error.visible)
            const attempts = Kiosk.attemptsLeft
            for (const digit of ["1", "2", "3", "4"])
                press(dialog.contentItem, "pinKey" + digit)
            press(dialog.contentItem, "pinOk")
            verify(!Kiosk.installerMode)
            verify(error.visible)
            compare(error.text, "Wrong PIN. " + (attempts - 1) + " tries left before the PIN locks.")
            compare(findByName(dialog.contentItem, "pinEntry").count, 0, "the pad is cleared for the next try")

            // The right PIN opens installer mode, which offers the way out.
            for (const digit of ["9", "7", "5", "3", "1"])
                press(dialog.contentItem, "pinKey" + digit)
            press(dialog.contentItem, "pinOk")
            verify(Kiosk.installerMode)
            compare(Kiosk.attemptsLeft, 5)
            compare(findByName(dialog.contentItem, "installerTitle").text, "Installer mode")
            verify(findByName(dialog.contentItem, "installerQuit").visible)
            press(dialog.contentItem, "installerClose")
            verify(!Kiosk.installerMode)
            tryCompare(dialog, "visible", false)
        }

        function test_installerSetsWhenTheScreenDims() {
            ensurePin()
            const dialog = createTemporaryObject(dialogComponent, root)
            dialog.open()
            tryCompare(dialog, "opened", true)
            compare(Kiosk.setDimAfterSeconds(60), "Only the installer can change when the screen dims.")
            compare(Kiosk.enterInstallerMode("97531"), "")
            const label = findByName(dialog.contentItem, "installerDimAfter")
            compare(label.text, "2 min")
            compare(Kiosk.setDimAfterSeconds(30), "")
            compare(label.text, "30 s")
            compare(Kiosk.setDimAfterSeconds(0), "")
            compare(label.text, "never")
            compare(Kiosk.setDimAfterSeconds(-1).length > 0, true)
            compare(Kiosk.setDimAfterSeconds(120), "")
            Kiosk.leaveInstallerMode()
        }
    }
}

import QtQuick
import QtTest
import Commonwatt.Ui
import Commonwatt.App

// The Installer page's components: a schema field of each type (secrets masked), the device row and its
// actions, the confirmation, and the page's generated form, checked against the model as it is typed.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: fieldComponent
        SchemaField {
            width: 600
        }
    }
    Component {
        id: rowComponent
        InstallerDeviceRow {
            width: 900
            instanceId: "kitchen-plug"
            name: "Kettle"
            pluginName: "Tasmota"
            enabled: true
            statusKind: "waiting"
            statusText: "No data for 42 s"
            lastReading: "650 W"
        }
    }
    Component {
        id: confirmComponent
        Item {
            property alias popup: _popup
            anchors.fill: parent
            ConfirmPopup {
                id: _popup
                objectName: "confirmTest"
                title: "Remove kitchen-plug?"
                detail: "Gone for good."
                actionText: "Remove"
            }
        }
    }
    Component {
        id: pageComponent
        InstallerPage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        name: "Installer"
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
        function cleanup() {
            Installer.closeForm()
        }

        function test_secretFieldIsMaskedAndNeverFilled() {
            const field = createTemporaryObject(fieldComponent, root, {
                section: "broker",
                field: { key: "password", label: "Password", type: "text", secret: true, stored: true,
                         required: false, text: "", error: "", help: "", unit: "" }
            })
            const input = findByName(field, "input_broker_password")
            verify(input)
            verify(input.visible)
            compare(input.echoMode, TextInput.Password)
            compare(input.text, "")
            compare(input.placeholderText, "Stored: leave empty to keep it")
            verify(!findByName(field, "error_broker_password").visible)
        }

        function test_numberFieldShowsUnitDefaultAndError() {
            const field = createTemporaryObject(fieldComponent, root, {
                field: { key: "maxPowerKw", label: "Largest plausible power", type: "number", unit: "kW",
                         required: true, secret: false, text: "3.7", defaultText: "3.7",
                         error: "Largest plausible power: 80 is above the maximum 50", help: "Help text." }
            })
            const input = findByName(field, "input_device_maxPowerKw")
            compare(input.text, "3.7")
            compare(input.echoMode, TextInput.Normal)
            compare(input.placeholderText, "Default: 3.7")
            const error = findByName(field, "error_device_maxPowerKw")
            verify(error.visible)
            compare(error.text, "Largest plausible power: 80 is above the maximum 50")
        }

        function test_booleanFieldIsASwitch() {
            const field = createTemporaryObject(fieldComponent, root, {
                field: { key: "tls", label: "Use TLS", type: "boolean", checked: true, required: false,
                         secret: false, error: "", help: "" }
            })
            const toggle = findByName(field, "input_device_tls")
            verify(toggle.visible)
            verify(toggle.checked)
        }

        function test_choiceFieldIsPills() {
            const field = createTemporaryObject(fieldComponent, root, {
                field: { key: "kind", label: "What it switches", type: "choice", text: "thermal",
                         choices: ["appliance", "thermal", "monitor"], required: false, secret: false,
                         error: "", help: "" }
            })
            waitForRendering(field)
            const thermal = findByName(field, "choice_device_kind_thermal")
            verify(thermal)
            verify(thermal.primary)
            verify(!findByName(field, "choice_device_kind_monitor").primary)
            verify(!findByName(field, "input_device_kind")) // no text box for a choice
        }

        function test_deviceRowShowsStatusAndAsksBeforeRemoving() {
            const row = createTemporaryObject(rowComponent, root)
            compare(findByName(row, "deviceStatus_kitchen-plug").text, "No data for 42 s")
            compare(findByName(row, "deviceReading_kitchen-plug").text, "Tasmota · last reading 650 W")
            compare(findByName(row, "toggleDevice_kitchen-plug").text, "Switch off")
            const asked = signalSpy.createObject(row, { target: row, signalName: "removeRequested" })
            mouseClick(findByName(row, "removeDevice_kitchen-plug"))
            compare(asked.count, 1)
            compare(asked.signalArguments[0][0], "kitchen-plug")
        }

        function test_confirmationCancels() {
            const popup = createTemporaryObject(confirmComponent, root).popup
            const confirmed = signalSpy.createObject(root, { target: popup, signalName: "confirmed" })
            popup.open()
            tryCompare(popup, "opened", true)
            mouseClick(findByName(popup.contentItem, "confirmTestCancel"))
            tryCompare(popup, "visible", false)
            compare(confirmed.count, 0)
            popup.open()
            tryCompare(popup, "opened", true)
            mouseClick(findByName(popup.contentItem, "confirmTestConfirm"))
            compare(confirmed.count, 1)
        }

        function test_communityCardJoinsOnlyInInstallerMode() {
            const page = createTemporaryObject(pageComponent, root)
            waitForRendering(page)
            compare(findByName(page, "communityStatus").text, "Not in a community: the credits shown are estimates.")
            compare(findByName(page, "communityPassphrase").echoMode, TextInput.Password)
            verify(!findByName(page, "communityCaFile").visible) // only with TLS
            const join = findByName(page, "joinCommunity")
            const flick = page.children[0]
            flick.contentY = Math.max(0, join.mapToItem(flick.contentItem, 0, 0).y - flick.height / 2)
            waitForRendering(page)
            mouseClick(join)
            // The page's Kiosk here is not in installer mode: the model refuses, and the card says why.
            tryCompare(findByName(page, "communityError"), "visible", true)
            compare(findByName(page, "communityError").text,
                    "Only the installer can change the setup: enter installer mode first.")
        }

        function test_pageGeneratesTheFormFromTheSchema() {
            const page = createTemporaryObject(pageComponent, root)
            waitForRendering(page)
            verify(!findByName(page, "deviceForm").visible)
            const add = findByName(page, "addPlugin_simulator")
            verify(add)
            mouseClick(add)
            verify(Installer.formOpen)
            compare(Installer.formPluginId, "simulator")
            tryCompare(findByName(page, "deviceForm"), "visible", true)
            // One input per schema field, named by section and key; no broker for a plugin without MQTT.
            for (const field of Installer.formFields)
                verify(findByName(page, "input_device_" + field.key), field.key)
            verify(!Installer.formNeedsBroker)
            verify(!findByName(page, "brokerChoice").visible)

            // Typing is checked at once, and the message names the field.
            const latitude = findByName(page, "input_device_latitude")
            // The test's window is not the active one, so a click does not move the focus here; the main
            // window's flow test (tst_installerflow) types after a tap.
            latitude.forceActiveFocus()
            tryCompare(latitude, "activeFocus", true)
            keyClick(Qt.Key_9)
            keyClick(Qt.Key_9)
            const error = findByName(page, "error_device_latitude")
            tryCompare(error, "visible", true)
            compare(error.text, "Latitude: 99 is above the maximum 66")
            keyClick(Qt.Key_Backspace)
            tryCompare(error, "visible", false)

            // Scrolled down to the form's buttons, as a finger would.
            const cancel = findByName(page, "cancelDevice")
            const flick = page.children[0]
            flick.contentY = Math.max(0, cancel.mapToItem(flick.contentItem, 0, 0).y - flick.height / 2)
            waitForRendering(page)
            mouseClick(cancel)
            verify(!Installer.formOpen)
            tryCompare(findByName(page, "deviceForm"), "visible", false)
        }
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}

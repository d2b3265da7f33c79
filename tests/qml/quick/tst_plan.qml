import QtQuick
import QtTest
import Commonwatt.Ui
import Commonwatt.App

// The Plan page's components on the demo household's plan at 13:20 on a June Saturday: a row per device over
// the w[t] band, the summary against running everything now, and the device sheet's requests.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        PlanPage {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: legendComponent
        WeightLegend {}
    }

    TestCase {
        name: "Plan"
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
        function rowIndex(deviceId) {
            for (let i = 0; i < Plan.count; ++i) {
                if (Plan.rowData(i).deviceId === deviceId)
                    return i
            }
            return -1
        }
        function openPage() {
            tryVerify(() => Plan.hasPlan && !Plan.planning, 20000, "the demo household has a plan")
            const page = createTemporaryObject(pageComponent, root)
            waitForRendering(page)
            return page
        }

        function cleanup() {
            for (let i = 0; i < Plan.count; ++i)
                Plan.cancelRequest(Plan.rowData(i).deviceId)
        }

        function test_aRowPerDeviceOverTheBand() {
            const page = openPage()
            verify(Plan.count >= 5, "battery, car, washer, dishwasher, dryer, water heater: " + Plan.count)
            for (let i = 0; i < Plan.count; ++i) {
                const id = Plan.rowData(i).deviceId
                const row = findByName(page, "planRow_" + id)
                verify(row, id)
                verify(row.height >= Theme.touchTarget, id + " is a touch target")
                verify(row.Accessible.name.length > 0, id + " has a name")
            }
            const band = findByName(page, "weightBand")
            verify(band && band.visible)
            compare(Plan.bandLevels.length, Plan.bandWeights.length)
            verify(Plan.bandLevels.length > 40, "to the end of tomorrow in 15-minute slots")
            const now = findByName(page, "nowMarker")
            verify(now && now.visible)
            verify(Plan.nowPosition >= 0 && Plan.nowPosition < 0.5, Plan.nowPosition)
        }

        function test_summaryComparesWithRunningNow() {
            const page = openPage()
            const gain = findByName(page, "planGain")
            compare(gain.text, Plan.creditsGainText)
            verify(Plan.planCredits >= Plan.immediateCredits - 1e-9,
                   "the plan earns at least what running everything now would")
            const credits = findByName(page, "planCredits")
            verify(credits.text.indexOf(Plan.planCreditsText) >= 0, credits.text)
            verify(credits.text.indexOf(Plan.immediateCreditsText) >= 0, credits.text)
        }

        function test_legendNamesTheThreeColours() {
            const legend = createTemporaryObject(legendComponent, root)
            verify(legend)
            waitForRendering(legend)
            let labels = 0
            const walk = item => {
                if (item.text !== undefined && item.text.length > 0)
                    ++labels
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i])
            }
            walk(legend)
            verify(labels >= 3, "good, fair and poor are named: " + labels)
        }

        function test_sheetRunsTheWasherNowAndCancels() {
            const page = openPage()
            const i = rowIndex("washer")
            verify(i >= 0, "the demo household has a washing machine")
            // A popup is among the page's data, not its visual children.
            let sheet = null
            for (let k = 0; k < page.data.length; ++k) {
                if (page.data[k].objectName === "deviceSheet")
                    sheet = page.data[k]
            }
            verify(sheet, "deviceSheet")
            mouseClick(findByName(page, "planRow_washer"))
            tryVerify(() => sheet.opened, 2000, "a tap on the row opens the device's sheet")
            compare(sheet.deviceId, "washer")
            waitForRendering(sheet.contentItem) // the buttons laid out, as a finger finds them
            const runNow = findByName(sheet.contentItem, "sheetRunNow")
            verify(runNow, "sheetRunNow")
            if (!Plan.rowData(i).canRunNow) {
                verify(!runNow.enabled || !runNow.visible, "Run now is offered only where it can be done")
                return
            }
            verify(runNow.height >= Theme.touchTarget)
            compare(runNow.Accessible.name, runNow.text)
            mouseClick(runNow)
            tryVerify(() => !sheet.visible, 2000, "the sheet closes once the request is taken")
            compare(Plan.rowData(i).request, "runNow")
            tryVerify(() => findByName(page, "planRequest_washer") !== null
                           && findByName(page, "planRequest_washer").text.length > 0, 5000,
                      "the row says what was asked")
            Plan.cancelRequest("washer")
            compare(Plan.rowData(i).request, "")
        }
    }
}

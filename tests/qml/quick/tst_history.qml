import QtQuick
import QtTest
import Commonwatt.Ui
import Commonwatt.App

// The History page on the demo household at 13:20 on Saturday 20 June 2026, its readings starting that midnight:
// power stacked by source, energy per day that matches Home's totals, navigation, the empty states, pan and
// zoom, the values at a tapped point, and the exports.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        HistoryPage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        name: "History"
        when: windowShown

        // Noon on the demo's Saturday, in the household's (the system's) time zone.
        readonly property real saturdayNoon: new Date(2026, 5, 20, 12, 0).getTime()

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
        function show(view, range) {
            History.view = view
            History.range = range
            History.showLatest()
            tryVerify(() => !History.busy, 20000, "the query ends")
        }
        function openPage() {
            const page = createTemporaryObject(pageComponent, root)
            waitForRendering(page)
            return page
        }
        function value(point, key) {
            for (let i = 0; i < point.rows.length; ++i) {
                if (point.rows[i].key === key)
                    return point.rows[i].value
            }
            return undefined
        }

        function cleanup() {
            show(0, 0)
        }

        function test_powerIsStackedBySource() {
            const page = openPage()
            show(0, 0)
            compare(History.emptyText, "")
            const keys = History.legend.map(entry => entry.key)
            for (const key of ["solar", "battery_out", "grid_in", "house", "ev", "battery_in", "grid_out"])
                verify(keys.indexOf(key) >= 0, key + " in " + keys)
            const chart = findByName(page, "historyChart")
            verify(chart.visible)
            tryVerify(() => chart.paintCount > 0, 5000, "the chart drew")
            // At noon the sun shines on the demo's roof, and the home's use is the balance of the rest.
            const point = History.pointAt(saturdayNoon)
            verify(point.valid)
            verify(value(point, "solar") > 0.1, "solar at noon: " + value(point, "solar"))
            const supply = value(point, "solar") + value(point, "battery_out") + value(point, "grid_in")
            const others = value(point, "ev") + value(point, "battery_in") + value(point, "grid_out")
            verify(supply >= others - 1e-9)
            fuzzyCompare(value(point, "house"), supply - others, 1e-9)
        }

        function test_energyOfTodayMatchesHome() {
            openPage()
            tryVerify(() => Dashboard.todayPvKwh > 0, 10000, "Home has today's totals")
            show(1, 1)
            compare(History.emptyText, "")
            const point = History.pointAt(saturdayNoon)
            verify(point.valid)
            // The chart reads hourly rollups; Home reads the counters' deltas: the same energy either way.
            fuzzyCompare(value(point, "solar"), Dashboard.todayPvKwh, 0.001)
            fuzzyCompare(value(point, "grid_in"), Dashboard.todayImportKwh, 0.001)
            fuzzyCompare(value(point, "grid_out"), Dashboard.todayExportKwh, 0.001)
            fuzzyCompare(value(point, "ev"), Dashboard.todayEvKwh, 0.001)
            fuzzyCompare(value(point, "house"), Dashboard.todayHouseKwh, 0.001)
        }

        function test_backAndForward() {
            const page = openPage()
            show(1, 0)
            const today = History.periodText
            verify(!History.canGoForward)
            verify(!findByName(page, "historyNext").enabled)
            mouseClick(findByName(page, "historyPrevious"))
            tryVerify(() => !History.busy, 20000)
            verify(History.periodText !== today)
            verify(History.canGoForward)
            compare(History.emptyText, "Nothing was measured in this period.", "the demo's readings start today")
            mouseClick(findByName(page, "historyNext"))
            tryVerify(() => !History.busy, 20000)
            compare(History.periodText, today)
        }

        function test_emptyStatesSayWhy() {
            const page = openPage()
            show(1, 3)
            History.previous() // the year before the demo's first reading
            tryVerify(() => !History.busy, 20000)
            compare(History.emptyText, "Nothing was measured in this period.")
            verify(findByName(page, "historyEmpty").visible)
            verify(!findByName(page, "historyChart").visible)
            History.view = 2
            tryVerify(() => !History.busy, 20000)
            verify(History.emptyText.indexOf("90 days") >= 0, History.emptyText)
        }

        function test_creditsAndCleanShare() {
            openPage()
            show(2, 1)
            tryVerify(() => History.emptyText === "", 20000, "the settled days: " + History.emptyText)
            const credits = History.pointAt(saturdayNoon)
            verify(credits.valid)
            compare(credits.rows.length, 4)
            // Today's bar adds up to Home's credits today.
            fuzzyCompare(value(credits, "giving") + value(credits, "events") - value(credits, "taking")
                         - value(credits, "fossil"), Dashboard.creditsToday, 0.0005)
            show(3, 1)
            compare(History.emptyText, "")
            const share = History.pointAt(saturdayNoon)
            verify(share.rows[0].value > 0 && share.rows[0].value <= 1, share.rows[0].value)
            fuzzyCompare(share.rows[0].value, Dashboard.cleanShareToday, 1e-9)
        }

        function test_panZoomAndTap() {
            const page = openPage()
            show(0, 0)
            const chart = findByName(page, "historyChart")
            verify(!chart.zoomed)
            chart.zoomBy(4, chart.width / 2)
            verify(chart.zoomed)
            verify(findByName(page, "historyResetZoom").visible)
            chart.panBy(100)
            chart.panBy(-50)
            const before = chart.paintCount
            waitForRendering(chart)
            verify(chart.paintCount - before <= 1, "three changes, at most one replot: " + (chart.paintCount - before))
            chart.resetZoom()
            verify(!chart.zoomed)

            mouseClick(chart, chart.width / 2, chart.height / 2)
            const readout = findByName(page, "historyReadout")
            tryVerify(() => readout.visible, 2000, "a tap shows the values")
            verify(findByName(page, "historyReadoutTime").text.length > 0)
            verify(findByName(page, "historyMarker").visible)
        }

        function test_exportReadingsAndCredits() {
            const page = openPage()
            show(0, 0)
            mouseClick(findByName(page, "historyExport"))
            const panel = findByName(page, "historyExportPanel")
            tryVerify(() => panel.visible)
            const path = findByName(page, "historyExportPath")
            compare(path.text, History.defaultExportPath("readings"))
            verify(path.text.endsWith(".csv"))
            mouseClick(findByName(page, "historyExportReadings"))
            tryVerify(() => !History.exporting, 30000, "the export ends")
            verify(!History.exportFailed, History.exportMessage)
            verify(History.exportMessage.indexOf(path.text) >= 0, History.exportMessage)

            path.text = "/nonexistent-folder/readings.csv"
            mouseClick(findByName(page, "historyExportCredits"))
            verify(History.exportFailed)
            verify(History.exportMessage.indexOf("/nonexistent-folder/readings.csv") >= 0, History.exportMessage)
            verify(findByName(page, "historyExportMessage").visible)
        }
    }
}

import QtQuick
import QtTest
import Commonwatt.Ui
import Commonwatt.App

// The Home page's components, bound to the demo household at 13:20 on a June Saturday.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: bannerComponent
        TimeAdviceBanner {
            width: 600
        }
    }
    Component {
        id: flowComponent
        PowerFlowView {
            width: 700
            height: 600
            pvKw: Dashboard.pvKw
            gridKw: Dashboard.gridKw
            batteryKw: Dashboard.batteryKw
            evKw: Dashboard.evKw
            houseKw: Dashboard.houseKw
            hasBattery: Dashboard.hasBattery
            batterySocPercent: Dashboard.batterySocPercent
            hasEv: Dashboard.hasEv
            evSocPercent: Dashboard.evSocPercent
            evPlugged: Dashboard.evPlugged
        }
    }
    Component {
        id: pageComponent
        DashboardPage {
            width: root.width
            height: root.height
        }
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }

    TestCase {
        name: "Dashboard"
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

        function test_adviceBannerSaysTheRating_data() {
            return [
                { tag: "good", rating: "good", next: "", expected: /good time/ },
                { tag: "poor with a better time", rating: "poor", next: "15:30", expected: /15:30/ },
                { tag: "no signals", rating: "", next: "", expected: null },
            ]
        }
        function test_adviceBannerSaysTheRating(data) {
            const banner = createTemporaryObject(bannerComponent, root,
                                                 { rating: data.rating, nextBetterTime: data.next })
            verify(banner)
            if (data.expected === null) {
                verify(!banner.visible, "the banner hides while no grid signals are known")
                return
            }
            verify(banner.visible)
            const text = findByName(banner, "timeAdviceText").text
            verify(data.expected.test(text), text)
            compare(banner.Accessible.name, text)
            verify(banner.height >= Theme.touchTarget)
        }

        function test_powerFlowShowsEveryNodeWithItsPower() {
            const flow = createTemporaryObject(flowComponent, root)
            verify(flow)
            verify(Dashboard.hasData, "the demo household has readings")
            for (const name of ["solarNode", "gridNode", "houseNode", "batteryNode", "evNode"]) {
                const node = findByName(flow, name)
                verify(node, name)
                verify(node.visible, name)
                verify(node.x >= 0 && node.x + node.width <= flow.width, name + " inside the view")
                verify(node.y >= 0 && node.y + node.height <= flow.height, name + " inside the view")
            }
            const solar = findByName(flow, "solarNodeValue").text
            compare(solar, Number(Dashboard.pvKw).toLocaleString(Qt.locale(), 'f', 1) + " kW")
            verify(Dashboard.pvKw > 0.1, "the sun is up at 13:20 in June")
            verify(!Theme.animations, "the runner turns animations off")
        }

        function test_nextActionsSayWhatAndWhy() {
            tryVerify(() => Plan.hasPlan && !Plan.planning, 20000, "the demo household has a plan")
            const page = createTemporaryObject(pageComponent, root)
            waitForRendering(page)
            const next = findByName(page, "nextActions")
            verify(next)
            verify(Plan.nextActions.length > 0 && Plan.nextActions.length <= 3, Plan.nextActions.length)
            compare(next.visible, true)
            const first = Plan.nextActions[0]
            const item = findByName(page, "nextAction_" + first.deviceId)
            verify(item, first.deviceId)
            verify(item.height >= Theme.touchTarget)
            compare(item.Accessible.name, first.text)
            verify(first.text.length > 0)
            const asked = signalSpy.createObject(page, { target: page, signalName: "showPlan" })
            mouseClick(item)
            compare(asked.count, 1, "a tap on an action opens the Plan page")
        }

        function test_pageShowsCommonsAndToday() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            waitForRendering(page)
            for (const name of ["commonsPanel", "todayPanel", "powerFlow", "timeAdviceBanner"])
                verify(findByName(page, name), name)
            const solarToday = findByName(page, "todaySolar")
            verify(solarToday, "todaySolar")
            verify(Dashboard.todayPvKwh > 0)
        }
    }
}

import QtQuick
import QtTest
import Commonwatt.Ui

// The navigation bar: where it is narrower than its tabs it scrolls, and the current tab is always in view.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: tabsComponent
        NavTabs {}
    }

    TestCase {
        name: "NavTabs"
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
        function inView(flick, tab) {
            return tab.x >= flick.contentX - 0.5 && tab.x + tab.width <= flick.contentX + flick.width + 0.5
        }

        function test_wideBarDoesNotScroll() {
            const tabs = createTemporaryObject(tabsComponent, root)
            tabs.width = tabs.implicitWidth
            const flick = findByName(tabs, "navFlick")
            verify(flick)
            verify(!flick.interactive)
            tabs.currentIndex = 3
            compare(flick.contentX, 0)
        }

        function test_narrowBarKeepsTheCurrentTabInView() {
            const tabs = createTemporaryObject(tabsComponent, root, {compact: true})
            tabs.width = Theme.touchTarget * 3
            const flick = findByName(tabs, "navFlick")
            verify(flick.interactive, "scrolls")
            const lastIndex = tabs._names.length - 1
            const last = findByName(tabs, tabs._names[lastIndex])
            const first = findByName(tabs, tabs._names[0])
            verify(!inView(flick, last), "the last tab starts out of view")
            tabs.currentIndex = lastIndex
            // The row lays its tabs out at the next polish; the bold label of the current tab widens it.
            tryVerify(() => inView(flick, last), 1000, "the current tab in view")
            verify(!inView(flick, first), "the first tab scrolled away")
            tabs.currentIndex = 0
            tryVerify(() => inView(flick, first), 1000, "the first tab back")
            compare(flick.contentX, 0)
        }

        function test_tappingAScrolledTabChoosesIt() {
            const tabs = createTemporaryObject(tabsComponent, root, {compact: true})
            tabs.width = Theme.touchTarget * 3
            const flick = findByName(tabs, "navFlick")
            flick.contentX = flick.contentWidth - flick.width
            const lastIndex = tabs._names.length - 1
            const last = findByName(tabs, tabs._names[lastIndex])
            verify(inView(flick, last))
            mouseClick(last)
            compare(tabs.currentIndex, lastIndex)
        }
    }
}

import QtQuick
import QtTest
import Commonwatt.Ui
import Commonwatt.App

// The Settings page and what it changes: the theme's colours (with their contrast), the language of every
// label, and the units numbers are written in.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        SettingsPage {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: navComponent
        NavTabs {}
    }
    Component {
        id: nodeComponent
        FlowNode {
            objectName: "unitNode"
            width: 150
            height: 150
            kw: 1.5
        }
    }

    TestCase {
        name: "Settings"
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
        // WCAG 2.x relative luminance and contrast ratio.
        function luminance(c) {
            const f = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
            return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b)
        }
        function contrast(a, b) {
            const la = luminance(a), lb = luminance(b)
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
        }

        function cleanup() {
            Settings.setLanguage("")
            Settings.setTheme("auto")
            Settings.setPowerUnit("kW")
        }

        function test_textContrastMeetsWcagAA_data() {
            return [{ tag: "day", theme: "day", night: false }, { tag: "night", theme: "night", night: true }]
        }
        function test_textContrastMeetsWcagAA(data) {
            verify(Settings.setTheme(data.theme))
            compare(Settings.night, data.night)
            compare(Theme.night, data.night)
            for (const surface of Theme.surfaces) {
                for (const text of Theme.textColors) {
                    const ratio = contrast(text, surface)
                    verify(ratio >= 4.5, `${text} on ${surface}: ${ratio.toFixed(2)}:1`)
                }
            }
            for (const fill of Theme.accentFills) {
                const ratio = contrast(Theme.onAccent, fill)
                verify(ratio >= 4.5, `${Theme.onAccent} on ${fill}: ${ratio.toFixed(2)}:1`)
            }
        }

        function test_themesDiffer() {
            Settings.setTheme("day")
            const dayBackground = Qt.color(Theme.background)
            Settings.setTheme("night")
            verify(!Qt.colorEqual(dayBackground, Theme.background))
            verify(luminance(dayBackground) > luminance(Theme.background))
        }

        function test_choosingTheThemeOnThePage() {
            const page = createTemporaryObject(pageComponent, root)
            waitForRendering(page)
            const night = findByName(page, "theme_night")
            verify(night, "theme_night")
            verify(night.height >= Theme.touchTarget)
            mouseClick(night)
            compare(Settings.theme, "night")
            verify(Theme.night)
            verify(night.primary, "the chosen theme is marked")
            mouseClick(findByName(page, "theme_day"))
            verify(!Theme.night)
        }

        function test_languageSwitchesAtRuntime() {
            const nav = createTemporaryObject(navComponent, root)
            const home = findByName(nav, "navHome")
            compare(home.Accessible.name, "Home")
            const codes = Settings.languages.map(l => l.code)
            for (const code of ["", "en", "de", "fr", "es", "nl"])
                verify(codes.indexOf(code) >= 0, "offered: " + code)

            verify(Settings.setLanguage("de"))
            compare(Settings.language, "de")
            verify(Settings.localeName.startsWith("de"), Settings.localeName)
            verify(home.Accessible.name !== "Home", "the tab is re-translated: " + home.Accessible.name)
            // Numbers follow the language: a decimal comma in German.
            compare(Format.number(1.5, 1), "1,5")

            verify(Settings.setLanguage("en"))
            compare(home.Accessible.name, "Home")
            compare(Format.number(1.5, 1), "1.5")

            verify(!Settings.setLanguage("pt"), "no Portuguese translation is shipped")
            verify(Settings.error.length > 0)
        }

        function test_unitsChangeWhatNodesShow() {
            const node = createTemporaryObject(nodeComponent, root)
            const value = findByName(node, "unitNodeValue")
            verify(value)
            verify(Settings.setPowerUnit("kW"))
            compare(value.text, Format.number(1.5, 1) + " kW")
            compare(Format.energy(12.34), Format.number(12.3, 1) + " kWh")
            verify(Settings.setPowerUnit("W"))
            compare(value.text, Format.number(1500, 0) + " W", "the node follows the unit by itself")
            compare(Format.energy(12.34), Format.number(12340, 0) + " Wh")
            verify(!Settings.setPowerUnit("hp"))
            compare(Settings.powerUnit, "W")
        }

        function test_everyChoiceIsATouchTargetWithAName() {
            const page = createTemporaryObject(pageComponent, root)
            waitForRendering(page)
            for (const name of ["language_system", "language_de", "theme_auto", "units_kW", "units_W"]) {
                const button = findByName(page, name)
                verify(button, name)
                verify(button.height >= Theme.touchTarget, name)
                verify(button.Accessible.name.length > 0, name)
            }
            verify(findByName(page, "aboutText").text.indexOf(Settings.version) >= 0)
        }
    }
}

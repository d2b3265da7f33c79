import QtQuick
import QtTest
import Commonwatt.Ui
import Commonwatt.App

// The Community page on the demo household's community (tests/support/democommunity.h): a balance from eight
// validated slots, the ledger as sentences with filters, an open offer to accept, an offer form checked as it
// is typed, the pool with a grant request the household (a steward) may approve, and the anonymous board.
// Actions go through the real model, are signed and stored in the demo's replica, and come back done.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        CommunityPage {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: outsiderComponent
        CommunityPage {
            width: root.width
            height: root.height
            // Not in a community: what CommunityModel says then, without one.
            community: ({ hasCommunity: false, joined: false, statusText: "open installer mode",
                          balanceText: "", poolText: "", memberCount: 0, steward: false, actions: [],
                          feed: null })
        }
    }

    TestCase {
        name: "Community"
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

        function page(section) {
            const p = createTemporaryObject(pageComponent, root)
            verify(p)
            p.section = section
            return p
        }

        function test_a_ledgerFeedReadsAsSentences() {
            verify(Community.joined)
            const p = page(0)
            verify(findByName(p, "communityBalance").visible)
            verify(/^Your balance \d+\.\d\d cr$/.test(findByName(p, "communityBalance").text),
                   findByName(p, "communityBalance").text)
            verify(!findByName(p, "communityEmpty").visible)
            const list = findByName(p, "feedList")
            verify(list.visible)
            tryVerify(() => list.count > 0)
            const first = findByName(list, "feedItem_0")
            verify(first)
            compare(first.Accessible.name, Community.feed.sentenceAt(0))
            verify(/approved household .*grant request/.test(first.Accessible.name), first.Accessible.name)
        }

        function test_b_filtersNarrowTheFeed() {
            const p = page(0)
            const all = Community.feed.total
            mouseClick(findByName(p, "feedFilter_trades"))
            compare(Community.feed.filter, "trades")
            verify(Community.feed.total > 0 && Community.feed.total < all)
            for (let i = 0; i < Community.feed.total; ++i)
                verify(/offer|accepted|settled/.test(Community.feed.sentenceAt(i)), Community.feed.sentenceAt(i))
            mouseClick(findByName(p, "feedFilter_pool"))
            verify(/pool|grant/.test(Community.feed.sentenceAt(0)), Community.feed.sentenceAt(0))
            mouseClick(findByName(p, "feedDays_1"))
            compare(Community.feed.days, 1)
            compare(Community.feed.total, 0)
            verify(findByName(p, "feedEmpty").visible)
            mouseClick(findByName(p, "feedDays_0"))
            mouseClick(findByName(p, "feedFilter_all"))
            compare(Community.feed.total, all)
        }

        function test_c_offerFormSaysWhyNot() {
            const p = page(1)
            const price = findByName(p, "offerPriceInput")
            const button = findByName(p, "offerButton")
            const problem = findByName(p, "offerProblem")
            verify(price && button && problem)
            price.text = "9"
            verify(problem.visible)
            verify(/^Price: at most 2\.625 cr\/kWh/.test(problem.text), problem.text)
            verify(!button.enabled)
            price.text = "0.30"
            findByName(p, "offerStartInput").text = "15:00"
            findByName(p, "offerEndInput").text = "16:00"
            compare(problem.text, "")
            verify(button.enabled)
            verify(button.height >= Theme.touchTarget)
            const before = Community.offers.length
            mouseClick(button)
            compare(Community.actions[0].state, "done")
            compare(Community.offers.length, before + 1)
            compare(Community.feed.sentenceAt(0), "You offered 2 kWh for tomorrow 15:00–16:00 at 0.30 cr/kWh.")
        }

        function test_d_acceptAnOpenOffer() {
            const p = page(1)
            const offer = findByName(p, "offer_0")
            verify(offer)
            compare(Community.offers[0].mine, false)
            const take = findByName(p, "acceptEnergy_0Input")
            take.text = "0.5"
            const accept = findByName(p, "acceptButton_0")
            verify(accept.enabled)
            mouseClick(accept)
            compare(Community.actions[0].state, "done")
            verify(/^You accepted 0\.5 kWh from household/.test(Community.feed.sentenceAt(0)),
                   Community.feed.sentenceAt(0))
            verify(findByName(p, "trade_0"))
        }

        function test_e_poolAndStewardApproval() {
            const p = page(2)
            verify(/^The subsidy pool holds \d+\.\d\d cr$/.test(findByName(p, "poolBalance").text))
            const grant = findByName(p, "grant_0")
            verify(grant)
            compare(Community.grants[0].approvalsText, "1 of 2 approvals")
            const approve = findByName(p, "approveButton_0")
            verify(approve.visible)
            mouseClick(approve)
            compare(Community.actions[0].state, "done")
            compare(Community.grants[0].approvalsText, "2 of 2 approvals")
            verify(findByName(p, "payButton_0").visible)
            verify(findByName(p, "withdrawButton_0").visible)

            const amount = findByName(p, "contributeAmountInput")
            amount.text = "100000"
            verify(!findByName(p, "contributeButton").enabled)
            amount.text = "0.25"
            const pool = Community.poolBalance
            mouseClick(findByName(p, "contributeButton"))
            compare(Community.actions[0].state, "done")
            fuzzyCompare(Community.poolBalance, pool + 0.25, 1e-9)
        }

        function test_f_boardIsAnonymousByDefault() {
            const p = page(3)
            compare(Community.board.length, 4)
            let anonymous = 0
            for (let i = 0; i < Community.board.length; ++i) {
                verify(findByName(p, "boardRow_" + i))
                if (Community.board[i].name === "Anonymous member")
                    ++anonymous
            }
            compare(anonymous, 2)
            const me = Community.board.find(row => row.me)
            compare(me.name, "You (anonymous to others)")
        }

        function test_g_withoutACommunityTheEmptyStateSaysHowToJoin() {
            const p = createTemporaryObject(outsiderComponent, root)
            verify(p)
            verify(findByName(p, "communityEmpty").visible)
            compare(findByName(p, "communityStatus").text, "open installer mode")
        }
    }
}

import QtQuick
import QtTest
import Commonwatt.Ui
import Commonwatt.App

// The Events page and the event card, bound to the demo household on a June Saturday: no grid event is
// announced (they come on weekday evenings, mostly in winter), so the page explains what they are. The card
// is checked with an event's texts, answering through the real model.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        EventsPage {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: homeComponent
        DashboardPage {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: cardComponent
        GridEventCard {
            width: 600
            eventId: "2026-06-22T15:00:00Z"
            title: "Grid event: high need"
            when: "22/06/2026, 17:00–19:00"
            events: Events
        }
    }

    TestCase {
        name: "Events"
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

        function test_emptyStateExplainsGridEvents() {
            compare(Events.count, 0)
            compare(Events.hasNextEvent, false)
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            const empty = findByName(page, "eventsEmpty")
            verify(empty)
            verify(empty.visible)
            verify(!findByName(page, "eventList").visible)
            // The explanation, not just "nothing here".
            let text = ""
            for (let i = 0; i < empty.children.length; ++i)
                text += empty.children[i].text + " "
            verify(/earns credits/.test(text), text)
        }

        function test_homeCardIsHiddenWithoutAnEvent() {
            const page = createTemporaryObject(homeComponent, root)
            verify(page)
            const card = findByName(page, "homeEventCard")
            verify(card)
            verify(!card.visible)
        }

        function test_upcomingCardHasTouchSizedAnswers() {
            const card = createTemporaryObject(cardComponent, root, {status: "upcoming"})
            verify(card)
            for (const name of ["acceptButton", "declineButton"]) {
                const button = findByName(card, name)
                verify(button, name)
                verify(button.visible, name)
                verify(button.height >= Theme.touchTarget, name + " " + button.height)
                verify(button.width >= Theme.touchTarget, name + " " + button.width)
                verify(button.Accessible.name.length > 0, name)
            }
            verify(!findByName(card, "eventEarned").visible)
            compare(findByName(card, "eventStatus").text, "upcoming")
            // Not answered yet: the card says what happens unless declined.
            verify(/unless you decline/.test(findByName(card, "eventResponse").text))
        }

        function test_declinedCardSaysWhatDecliningMeans() {
            const card = createTemporaryObject(cardComponent, root, {status: "upcoming", response: "declined"})
            const text = findByName(card, "eventResponse").text
            verify(/still counts/.test(text), text)
            verify(/still earns credits/.test(text), text)
            verify(findByName(card, "declineButton").primary)
            verify(!findByName(card, "acceptButton").primary)
        }

        function test_anAnswerTheModelRefusesIsShown() {
            // The demo household announces no event on this day: the real model refuses, and the card says why.
            const card = createTemporaryObject(cardComponent, root, {status: "upcoming"})
            const error = findByName(card, "eventError")
            verify(!error.visible)
            mouseClick(findByName(card, "acceptButton"))
            verify(error.visible)
            verify(error.text.length > 0)
            compare(Events.nextEventResponse, "none")
        }

        function test_pastCardShowsWhatWasEarned() {
            const card = createTemporaryObject(cardComponent, root,
                                               {status: "past", earned: "1.25 credits earned",
                                                detail: "Usual use 3.00 kWh, used 1.20 kWh"})
            verify(!findByName(card, "acceptButton").visible)
            verify(!findByName(card, "declineButton").visible)
            verify(!findByName(card, "eventResponse").visible)
            compare(findByName(card, "eventEarned").text, "1.25 credits earned")
            verify(findByName(card, "eventEarned").visible)
            verify(findByName(card, "eventDetail").visible)
        }
    }
}

#include "gridevents.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcEvents, "commonwatt.events")

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// Responses older than the settled history are of no use to anyone.
constexpr qint64 kResponsesKeptMs = 100 * kDayMs;

QString responseName(EventResponseKind response)
{
    return response == EventResponseKind::Accepted ? u"accepted"_s : u"declined"_s;
}

} // namespace

GridEvents::GridEvents(Household &household, storage::ReadingsStore &store, CreditsService &credits,
                       QObject *parent)
    : QObject(parent)
    , m_household(household)
    , m_store(store)
    , m_credits(credits)
{
    connect(&household, &Household::signalForecastChanged, this, &GridEvents::rebuild);
    connect(&credits, &CreditsService::summaryChanged, this, &GridEvents::rebuild);
    connect(&household.clock(), &Clock::ticked, this, &GridEvents::onTicked);
    rebuild();
}

void GridEvents::start()
{
    const qint64 fromMs = m_household.clock().nowMs() - kResponsesKeptMs;
    m_store.queryEventResponses(fromMs, this, [this](const QList<storage::EventResponse> &stored) {
        for (const storage::EventResponse &response : stored) {
            if (!m_responses.contains(response.eventStartMs)) // one given since the query was asked wins
                m_responses.insert(response.eventStartMs, response);
        }
        rebuild();
        emit responsesChanged();
    });
}

const GridEventInfo *GridEvents::find(qint64 startMs) const
{
    for (const GridEventInfo &event : m_events) {
        if (event.startMs == startMs)
            return &event;
    }
    return nullptr;
}

QString GridEvents::respond(qint64 startMs, EventResponseKind response)
{
    const GridEventInfo *event = find(startMs);
    if (!event || response == EventResponseKind::None)
        return tr("There is no grid event at that time to answer.");
    const qint64 nowMs = m_household.clock().nowMs();
    if (nowMs >= event->startMs) {
        return event->status == EventStatus::Past
                   ? tr("This grid event is over: it can no longer be answered.")
                   : tr("This grid event has already started: it could be answered until it started.");
    }
    const storage::EventResponse row{event->startMs, event->endMs, event->level, responseName(response), nowMs};
    m_responses.insert(event->startMs, row);
    m_store.setEventResponse(row);
    qCInfo(lcEvents) << "grid event at" << event->startMs << responseName(response);
    rebuild();
    emit responsesChanged();
    return {};
}

QList<EventWindow> GridEvents::declinedWindows() const
{
    QList<EventWindow> windows;
    const qint64 nowMs = m_household.clock().nowMs();
    for (const storage::EventResponse &response : m_responses) {
        if (response.response == responseName(EventResponseKind::Declined) && response.eventEndMs > nowMs)
            windows.append({response.eventStartMs, response.eventEndMs});
    }
    return windows;
}

QList<EventWindow> GridEvents::announced() const
{
    // Runs of consecutive slots with a LEVEL in the feed's forecast, which keeps the day behind it too.
    QList<EventWindow> windows;
    const qint64 slotMs = m_household.communityConfig().slotSeconds() * 1000;
    for (const currency::SignalSlot &slot : m_household.signalForecast()) {
        if (slot.signal.eventLevel <= 0)
            continue;
        if (!windows.isEmpty() && windows.last().endMs == slot.startMs)
            windows.last().endMs = slot.startMs + slotMs;
        else
            windows.append({slot.startMs, slot.startMs + slotMs});
    }
    return windows;
}

EventResponseKind GridEvents::responseFor(qint64 startMs, qint64 endMs) const
{
    // By overlap: after a restart during an event, the forecast knows it only from the current slot on.
    for (const storage::EventResponse &response : m_responses) {
        if (EventWindow{response.eventStartMs, response.eventEndMs}.overlaps(startMs, endMs))
            return response.response == responseName(EventResponseKind::Accepted) ? EventResponseKind::Accepted
                                                                                  : EventResponseKind::Declined;
    }
    return EventResponseKind::None;
}

void GridEvents::rebuild()
{
    const qint64 nowMs = m_household.clock().nowMs();
    QList<GridEventInfo> all;
    for (const EventResult &result : m_credits.eventResults()) {
        GridEventInfo event;
        event.startMs = result.startMs;
        event.endMs = result.endMs;
        event.level = result.level;
        event.result = result;
        all.append(event);
    }
    const QList<currency::SignalSlot> forecast = m_household.signalForecast();
    for (const EventWindow &window : announced()) {
        const bool settled = std::any_of(all.cbegin(), all.cend(), [&](const GridEventInfo &known) {
            return known.result && EventWindow{known.startMs, known.endMs}.overlaps(window.startMs, window.endMs);
        });
        if (settled)
            continue;
        GridEventInfo event;
        event.startMs = window.startMs;
        event.endMs = window.endMs;
        for (const currency::SignalSlot &slot : forecast) {
            if (window.overlaps(slot.startMs, slot.startMs + 1))
                event.level = std::max(event.level, slot.signal.eventLevel);
        }
        all.append(event);
    }
    m_nextChangeMs = std::numeric_limits<qint64>::max();
    for (GridEventInfo &event : all) {
        event.status = nowMs < event.startMs  ? EventStatus::Upcoming
                       : nowMs < event.endMs ? EventStatus::Active
                                             : EventStatus::Past;
        event.response = responseFor(event.startMs, event.endMs);
        if (event.status == EventStatus::Upcoming)
            m_nextChangeMs = std::min(m_nextChangeMs, event.startMs);
        else if (event.status == EventStatus::Active)
            m_nextChangeMs = std::min(m_nextChangeMs, event.endMs);
    }
    std::sort(all.begin(), all.end(), [](const GridEventInfo &a, const GridEventInfo &b) {
        const bool aPast = a.status == EventStatus::Past;
        const bool bPast = b.status == EventStatus::Past;
        if (aPast != bPast)
            return !aPast;
        return aPast ? a.startMs > b.startMs : a.startMs < b.startMs;
    });
    m_events = std::move(all);
    emit eventsChanged();
}

void GridEvents::onTicked(qint64 nowMs)
{
    if (nowMs >= m_nextChangeMs)
        rebuild();
}

} // namespace commonwatt::app

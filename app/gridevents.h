// The household's grid events (docs/events.md): the upcoming and active ones from the grid-signal feed's
// forecast (a feed announces an event the day before), the past ones as CreditsService settled them from the
// stored event_level channel, and the household's accept or decline of each, kept in the readings store.
// Declined events reach the planner, which plans without their floor on the grid need.
#pragma once

#include "creditsservice.h"
#include "scenariobuilder.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <optional>

namespace commonwatt::app {

enum class EventStatus
{
    Upcoming,
    Active,
    Past,
};

enum class EventResponseKind
{
    None,
    Accepted,
    Declined,
};

struct GridEventInfo
{
    qint64 startMs = 0;
    qint64 endMs = 0; // exclusive
    int level = 0;    // 1 to 3
    EventStatus status = EventStatus::Upcoming;
    EventResponseKind response = EventResponseKind::None;
    std::optional<EventResult> result; // once settled
};

class GridEvents : public QObject
{
    Q_OBJECT
public:
    GridEvents(Household &household, storage::ReadingsStore &store, CreditsService &credits,
               QObject *parent = nullptr);

    // Reads the stored responses; events follow the feed, the settlement and the clock from then on.
    void start();

    [[nodiscard]] Household &household() const { return m_household; }
    // Upcoming and active events first, soonest first; then past ones, latest first.
    [[nodiscard]] const QList<GridEventInfo> &events() const { return m_events; }
    [[nodiscard]] const GridEventInfo *find(qint64 startMs) const;
    // Accepts or declines the event that starts at startMs; an error in words when it cannot be (unknown,
    // already started), else empty.
    [[nodiscard]] QString respond(qint64 startMs, EventResponseKind response);
    // The events not yet over that the household declined.
    [[nodiscard]] QList<EventWindow> declinedWindows() const;

signals:
    void eventsChanged();
    void responsesChanged();

private:
    void rebuild();
    void onTicked(qint64 nowMs);
    [[nodiscard]] QList<EventWindow> announced() const;
    [[nodiscard]] EventResponseKind responseFor(qint64 startMs, qint64 endMs) const;

    Household &m_household;
    storage::ReadingsStore &m_store;
    CreditsService &m_credits;
    QMap<qint64, storage::EventResponse> m_responses; // by event start
    QList<GridEventInfo> m_events;
    qint64 m_nextChangeMs = 0; // when an event next starts or ends
};

} // namespace commonwatt::app

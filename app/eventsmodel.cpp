#include "eventsmodel.h"

#include "dashboardmodel.h"
#include "gridevents.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

QString statusName(EventStatus status)
{
    switch (status) {
    case EventStatus::Upcoming:
        return u"upcoming"_s;
    case EventStatus::Active:
        return u"active"_s;
    case EventStatus::Past:
        break;
    }
    return u"past"_s;
}

QString responseName(EventResponseKind response)
{
    switch (response) {
    case EventResponseKind::Accepted:
        return u"accepted"_s;
    case EventResponseKind::Declined:
        return u"declined"_s;
    case EventResponseKind::None:
        break;
    }
    return u"none"_s;
}

QString levelText(int level)
{
    if (level >= 3)
        //: A grid event's LEVEL 3, as words
        return EventsModel::tr("critical need");
    if (level == 2)
        //: A grid event's LEVEL 2, as words
        return EventsModel::tr("high need");
    //: A grid event's LEVEL 1, as words
    return EventsModel::tr("moderate need");
}

QString kwh(KilowattHours energy)
{
    //: An amount of energy; %1 is a number such as 1.25
    return EventsModel::tr("%1 kWh").arg(QLocale().toString(energy.value(), 'f', 2));
}

QString earnedText(const GridEventInfo &event)
{
    if (event.status != EventStatus::Past)
        return {};
    if (!event.result)
        //: A grid event that has ended and whose reward is being worked out
        return EventsModel::tr("Being settled");
    const EventResult &result = *event.result;
    if (result.reward.value() > 0) {
        //: What a grid event earned; %1 is a number of credits such as 1.25
        return EventsModel::tr("%1 credits earned")
            .arg(QLocale().toString(double(result.reward.value()) / 1000.0, 'f', 2));
    }
    if (!result.refusal.isEmpty()) {
        // In the household's words; the rule book's reason is under Detail.
        if (!result.baseline)
            //: A grid event that paid nothing because the household's usual use is not known yet
            return EventsModel::tr("Nothing paid: your usual use at that time is known after about ten weeks "
                                   "of readings");
        //: A grid event that paid nothing because readings are missing
        return EventsModel::tr("Nothing paid: readings are missing for part of the event");
    }
    //: A grid event during which the household used no less than usual
    return EventsModel::tr("Nothing earned: no less than your usual use");
}

QString detailText(const GridEventInfo &event)
{
    if (event.result && !event.result->refusal.isEmpty())
        return event.result->refusal; // the rule book's reason (currency.md, section 5), for the curious
    if (!event.result || !event.result->baseline)
        return {};
    //: %1 is the household's usual net use over the event, %2 what it used, both such as "1.25 kWh"
    return EventsModel::tr("Usual use %1, used %2").arg(kwh(*event.result->baseline), kwh(event.result->net));
}

} // namespace

EventsModel::EventsModel(GridEvents &events, QObject *parent)
    : QAbstractListModel(parent)
    , m_events(events)
{
    connect(&events, &GridEvents::eventsChanged, this, &EventsModel::reload);
    m_count = int(events.events().size());
}

void EventsModel::reload()
{
    beginResetModel();
    endResetModel();
    const int count = int(m_events.events().size());
    if (count != m_count) {
        m_count = count;
        emit countChanged();
    }
    emit nextEventChanged();
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QString EventsModel::idOf(qint64 startMs)
{
    return QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).toString(Qt::ISODate);
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.row() >= m_events.events().size())
        return {};
    const GridEventInfo &event = m_events.events().at(index.row());
    const QTimeZone &zone = m_events.household().timeZone();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(event.startMs, zone);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(event.endMs, zone);
    switch (role) {
    case IdRole:
        return idOf(event.startMs);
    case StartRole:
        return QString(QLocale().toString(start.date(), QLocale::ShortFormat) + u' ' +
                       DashboardModel::shortTime(start.time()));
    case EndRole:
        return DashboardModel::shortTime(end.time());
    case WhenRole:
        //: When a grid event runs: %1 a date, %2 and %3 times such as 17:00
        return tr("%1, %2–%3")
            .arg(QLocale().toString(start.date(), QLocale::ShortFormat), DashboardModel::shortTime(start.time()),
                 DashboardModel::shortTime(end.time()));
    case LevelRole:
        return event.level;
    case LevelTextRole:
        return levelText(event.level);
    case StatusRole:
        return statusName(event.status);
    case ResponseRole:
        return responseName(event.response);
    case EarnedRole:
        return earnedText(event);
    case PaidRole:
        return event.result && event.result->reward.value() > 0;
    case DetailRole:
        return detailText(event);
    default:
        return {};
    }
}

QHash<int, QByteArray> EventsModel::roleNames() const
{
    return {{IdRole, "eventId"},     {StartRole, "start"},         {EndRole, "end"},
            {WhenRole, "when"},      {LevelRole, "level"},         {LevelTextRole, "levelText"},
            {StatusRole, "status"},  {ResponseRole, "response"},   {EarnedRole, "earned"},
            {PaidRole, "paid"},      {DetailRole, "detail"}};
}

const GridEventInfo *EventsModel::next() const
{
    for (const GridEventInfo &event : m_events.events()) {
        if (event.status != EventStatus::Past)
            return &event; // upcoming and active come first, soonest first
    }
    return nullptr;
}

QString EventsModel::nextEventId() const
{
    const GridEventInfo *event = next();
    return event ? idOf(event->startMs) : QString();
}

QString EventsModel::nextEventTitle() const
{
    const GridEventInfo *event = next();
    if (!event)
        return {};
    return event->status == EventStatus::Active
               //: Home's event card while an event runs; %1 is its level in words, e.g. "high need"
               ? tr("Grid event now: %1").arg(levelText(event->level))
               //: Home's event card before an event; %1 is its level in words, e.g. "high need"
               : tr("Grid event coming: %1").arg(levelText(event->level));
}

QString EventsModel::nextEventWhen() const
{
    const GridEventInfo *event = next();
    if (!event)
        return {};
    const Household &household = m_events.household();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(event->startMs, household.timeZone());
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(event->endMs, household.timeZone());
    const QDate today = household.localDate(household.clock().nowMs());
    const QString from = DashboardModel::shortTime(start.time());
    const QString until = DashboardModel::shortTime(end.time());
    if (event->status == EventStatus::Active)
        //: Home's event card: %1 is the time the running event ends, e.g. 19:00
        return tr("until %1").arg(until);
    if (start.date() == today)
        //: Home's event card: %1 and %2 are times such as 17:00 and 19:00
        return tr("today %1–%2").arg(from, until);
    if (start.date() == today.addDays(1))
        //: Home's event card: %1 and %2 are times such as 17:00 and 19:00
        return tr("tomorrow %1–%2").arg(from, until);
    //: Home's event card: %1 a date, %2 and %3 times such as 17:00
    return tr("%1, %2–%3").arg(QLocale().toString(start.date(), QLocale::ShortFormat), from, until);
}

bool EventsModel::nextEventActive() const
{
    const GridEventInfo *event = next();
    return event && event->status == EventStatus::Active;
}

QString EventsModel::nextEventResponse() const
{
    const GridEventInfo *event = next();
    return event ? responseName(event->response) : u"none"_s;
}

QString EventsModel::accept(const QString &id)
{
    return respond(id, true);
}

QString EventsModel::decline(const QString &id)
{
    return respond(id, false);
}

QString EventsModel::respond(const QString &id, bool accept)
{
    const QDateTime start = QDateTime::fromString(id, Qt::ISODate);
    if (!start.isValid())
        //: An answer to a grid event the app does not know
        return tr("There is no grid event %1.").arg(id);
    return m_events.respond(start.toMSecsSinceEpoch(),
                            accept ? EventResponseKind::Accepted : EventResponseKind::Declined);
}

} // namespace commonwatt::app

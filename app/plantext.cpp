#include "plantext.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

QString shortTime(const QTime &time)
{
    // Minutes are what a glance needs; some locales' short format still carries seconds.
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return locale.toString(time, format);
}

} // namespace

PlanText::PlanText(QTimeZone zone, qint64 nowMs)
    : m_zone(std::move(zone))
    , m_nowMs(nowMs)
{}

QString PlanText::credits(double value)
{
    const QLocale locale;
    const int decimals = std::abs(value) >= 0.095 ? 1 : 2;
    const QString number = locale.toString(std::abs(value), 'f', decimals);
    const bool zero = std::abs(value) < 0.005;
    //: Credits with a sign: %1 is "+" or "-", %2 the amount, e.g. "+0.8 cr"
    return tr("%1%2 cr").arg(zero ? QString() : (value > 0 ? u"+"_s : u"\u2212"_s), number);
}

QString PlanText::time(qint64 ms) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_nowMs, m_zone).date();
    if (local.date() > today)
        //: A time on the next day, e.g. "tomorrow 09:00"
        return tr("tomorrow %1").arg(shortTime(local.time()));
    return shortTime(local.time());
}

QString PlanText::range(qint64 fromMs, qint64 toMs) const
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, m_zone);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, m_zone);
    // The day is said once when both ends fall on it (a run ending at midnight ends on its own day).
    const bool sameDay =
        from.date() == to.date() || (to.time() == QTime(0, 0) && from.date() == to.date().addDays(-1));
    const QString start = fromMs <= m_nowMs ? tr("now") : time(fromMs);
    //: A span of time, e.g. "13:15–15:00"
    return tr("%1–%2").arg(start, sameDay ? shortTime(to.time()) : time(toMs));
}

QString PlanText::reason(Reason reason, bool battery)
{
    switch (reason) {
    case Reason::SolarSurplus:
        return battery ? tr("stores solar surplus") : tr("solar surplus");
    case Reason::GridEvent:
        return battery ? tr("covers a grid event") : tr("avoids a grid event");
    case Reason::GridSurplus:
        //: The grid has more energy than it needs then
        return tr("grid surplus");
    case Reason::LowCarbon:
        //: The grid's electricity is cleaner (less CO2) then
        return tr("low carbon");
    case Reason::Cheaper:
        //: A grid kWh costs fewer credits then
        return tr("cheaper");
    case Reason::Requested:
        return tr("as you asked");
    case Reason::NoBetterTime:
        return tr("no better time");
    case Reason::Idle:
        break;
    }
    return tr("nothing to do");
}

QString PlanText::decision(const DeviceStatus &status, const DeviceExplanation &explanation,
                           const BuiltScenario &built) const
{
    const QString why = reason(explanation.reason, status.kind == DeviceKind::Battery);
    //: After a device's decision: its credits against running it now, e.g. "+0.8 cr vs now"
    const QString gain = tr("%1 vs now").arg(credits(explanation.creditDelta));
    if (explanation.firstActiveSlot < 0)
        //: A planned device with nothing to do in the horizon, e.g. "stays idle"
        return explanation.reason == Reason::Idle && status.kind == DeviceKind::Battery ? tr("stays idle")
                                                                                        : why;
    const qint64 from = built.startMs + explanation.firstActiveSlot * built.slotMs;
    const qint64 to = built.startMs + explanation.firstRunEndSlot * built.slotMs;
    // The first stretch is what the household can act on; a later one is only mentioned.
    const QString span =
        explanation.activeLater
            //: A device active in a span of time and again later, e.g. "13:15–15:00 and later"
            ? tr("%1 and later").arg(range(from, to))
            : range(from, to);
    const QString start = time(from);
    switch (status.kind) {
    case DeviceKind::Appliance:
        if (from <= m_nowMs)
            //: An appliance that starts now: %1 the reason, %2 the credits
            return tr("starts now: %1, %2").arg(why, gain);
        //: An appliance's planned start: %1 a time ("13:15"), %2 the reason, %3 the credits
        return tr("at %1: %2, %3").arg(start, why, gain);
    case DeviceKind::EvCharger:
        //: A car's charging: %1 its span ("13:15–15:00"), %2 the reason, %3 the credits
        return tr("charges %1: %2, %3").arg(span, why, gain);
    case DeviceKind::ThermalLoad:
        //: A heater's planned heating: %1 its span ("13:15–15:00"), %2 the reason, %3 the credits
        return tr("heats %1: %2, %3").arg(span, why, gain);
    default:
        break;
    }
    //: A battery's plan: %1 what it does and why ("stores solar surplus"), %2 the credits
    return tr("%1, %2").arg(why, gain);
}

QString PlanText::sentence(const DeviceStatus &status, const DeviceExplanation &explanation,
                           const BuiltScenario &built) const
{
    const QString what = decision(status, explanation, built);
    if (status.kind == DeviceKind::Battery)
        //: A device's name and its decision, e.g. "Home battery: stores solar surplus, +1.2 cr vs now"
        return tr("%1: %2").arg(status.name, what);
    //: A device's name and its decision, e.g. "Washing machine at 13:15: solar surplus, +0.8 cr vs now"
    return tr("%1 %2").arg(status.name, what);
}

QString PlanText::state(const DeviceStatus &status) const
{
    switch (status.state) {
    case DeviceState::Planned:
        return status.late ? tr("Its deadline is too close: it starts as soon as it may") : QString();
    case DeviceState::Running:
        return status.untilMs > 0 ? tr("Running until %1").arg(time(status.untilMs)) : tr("Running");
    case DeviceState::Idle:
        return status.kind == DeviceKind::ThermalLoad ? tr("On its thermostat")
                                                      : tr("Nothing waiting to run");
    case DeviceState::Unplugged:
        return tr("Not plugged in");
    case DeviceState::NoDeparture:
        return tr("Charging now: set a departure time to plan it");
    case DeviceState::Held:
        return status.holdable ? tr("Kept off until tomorrow")
                               //: An appliance the planner will not start today, which cannot be held off
                               : tr("Not started by the plan today; it may still start by its own deadline");
    case DeviceState::Unplannable:
        break;
    }
    return tr("Cannot be planned: it tells too little about itself");
}

QString PlanText::request(const PlanRequest &request) const
{
    switch (request.kind) {
    case RequestKind::RunNow:
        return tr("Run now");
    case RequestKind::ReadyBy:
        //: A car's request: %1 a time ("07:00"), %2 the charge in percent
        return tr("Ready by %1 with %2 %").arg(time(request.untilMs)).arg(qRound(request.targetPercent));
    case RequestKind::SkipToday:
        break;
    }
    return tr("Not today");
}

QString PlanText::source(const forecast::Forecast &forecast, bool solar, int feedHours)
{
    const int days = forecast.historyDays;
    switch (forecast.source) {
    case forecast::Source::Learned:
        return days == 1
                   //: Where a forecast comes from: a model learned from the household's own readings of one
                   //: day
                   ? tr("learned from 1 day")
                   //: Where a forecast comes from: a model learned from the household's own readings of %1
                   //: days
                   : tr("learned from %1 days").arg(days);
    case forecast::Source::Feed:
        if (feedHours >= 0)
            //: Where a grid signal comes from: the grid-signal feed covers the next %1 hours
            return tr("feed %1 h").arg(feedHours);
        //: Where a forecast comes from: the signal or weather source's own forecast
        return tr("feed");
    case forecast::Source::Profile:
        //: Where a grid signal comes from: a daily profile learned from what the feed sent before
        return tr("profile");
    case forecast::Source::Fallback:
        if (days > 0)
            return solar
                       //: Where the solar forecast comes from: the sun's position, with %1 days of history so
                       //: far
                       ? tr("sun position (%1 d)").arg(days)
                       //: Where the home's forecast comes from: a typical household, with %1 days of history
                       //: so far
                       : tr("typical home (%1 d)").arg(days);
        return solar ? tr("sun position (no history yet)") : tr("typical home (no history yet)");
    case forecast::Source::Default:
        //: Where a grid signal comes from: the community's default values
        return tr("community defaults");
    case forecast::Source::None:
        break;
    }
    //: Where a forecast comes from: nothing to forecast (no solar array)
    return tr("none");
}

} // namespace commonwatt::app

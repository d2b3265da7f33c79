#include "gridfeeddevice.h"

#include "utctime.h"

#include <commonwatt/clock.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commonwatt::gridfeed {

namespace {

[[nodiscard]] QList<ChannelSpec> signalChannels()
{
    return {{u"carbon_intensity"_s, Quantity::CarbonIntensity, u"gCO2/kWh"_s},
            {u"grid_need"_s, Quantity::GridNeed, QString()},
            {u"renewable_share"_s, Quantity::RenewableShare, QString()},
            {u"event_level"_s, Quantity::EventLevel, QString()}};
}

[[nodiscard]] qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 quotient = value / step;
    return (quotient * step > value ? quotient - 1 : quotient) * step;
}

} // namespace

GridFeedDevice::GridFeedDevice(QString id, GridFeedConfig config, MqttClient &mqtt, Clock &clock,
                               QObject *parent)
    : Device(std::move(id), tr("Grid signals (%1)").arg(config.region), DeviceKind::GridSignal,
             signalChannels(), parent)
    , m_config(std::move(config))
    , m_mqtt(&mqtt)
    , m_clock(clock)
    , m_createdMs(clock.nowMs())
{
    m_subscription = mqtt.subscribe(m_config.topic, this, [this](const QList<MqttMessage> &messages) {
        const QPointer<GridFeedDevice> alive(this); // a receiver of a forecast may delete the device
        for (const MqttMessage &message : messages) {
            if (!alive)
                return;
            onMessage(message);
        }
    });
    connect(&clock, &Clock::ticked, this, &GridFeedDevice::onTick);
}

GridFeedDevice::~GridFeedDevice()
{
    if (MqttClient *client = m_mqtt.data())
        client->unsubscribe(m_subscription);
}

void GridFeedDevice::onMessage(const MqttMessage &message)
{
    const qint64 nowMs = m_clock.nowMs();
    const auto bad = [&](const QString &problem) {
        reportBadPayload(u"%1: %2"_s.arg(message.topic, problem));
    };
    ParseResult parsed = parseSignalDocument(message.payload);
    if (!parsed.document)
        return bad(parsed.error);
    const SignalDocument &document = *parsed.document;
    if (document.region != m_config.region) {
        // The feed's tree carries every region; a wildcard topic sees them all. Not an error.
        ++m_otherRegion;
        return;
    }
    if (document.issuedAtMs > nowMs + maxIssuedAheadMs)
        return bad(u"issuedAt: %1 is more than %2 minutes ahead of this household's clock (%3)"_s
                       .arg(formatUtcTime(document.issuedAtMs))
                       .arg(maxIssuedAheadMs / 60'000)
                       .arg(formatUtcTime(nowMs)));
    if (document.startMs > nowMs + maxStartAheadMs)
        return bad(u"start: %1 is more than %2 days ahead of this household's clock (%3)"_s
                       .arg(formatUtcTime(document.startMs))
                       .arg(maxStartAheadMs / 86'400'000)
                       .arg(formatUtcTime(nowMs)));
    if (nowMs - document.issuedAtMs > m_config.maxAgeMs) {
        // A retained document from long ago: true once, but no longer a usable forecast. It still tells how
        // old the feed is.
        ++m_stale;
        m_newestIssuedMs = std::max(m_newestIssuedMs.value_or(document.issuedAtMs), document.issuedAtMs);
        checkFresh(nowMs);
        return;
    }
    const SignalTable::Applied applied = m_table.apply(document);
    if (applied.taken == 0) {
        ++m_replays;
        return;
    }
    ++m_applied;
    m_newestIssuedMs = std::max(m_newestIssuedMs.value_or(document.issuedAtMs), document.issuedAtMs);
    m_table.forgetBefore(nowMs - keepBehindMs);
    if (!checkFresh(nowMs))
        return;
    const QPointer<GridFeedDevice> alive(this);
    reportSlots(nowMs, Report::CurrentOnly);
    if (alive)
        reportForecast(nowMs, document.slotMs());
}

void GridFeedDevice::onTick(qint64 nowMs)
{
    m_table.forgetBefore(nowMs - keepBehindMs);
    reportSlots(nowMs, checkFresh(nowMs) ? Report::CatchUp : Report::Skip);
}

bool GridFeedDevice::checkFresh(qint64 nowMs)
{
    const qint64 maxAgeMinutes = m_config.maxAgeMs / 60'000;
    if (!m_newestIssuedMs) {
        if (nowMs - m_createdMs > m_config.maxAgeMs)
            setAvailability(Availability::Offline,
                            tr("No grid-signal document for region %1 on %2 in the last %3 minutes "
                               "(maxAgeMinutes).")
                                .arg(m_config.region, m_config.topic)
                                .arg(maxAgeMinutes));
        return false;
    }
    if (nowMs - *m_newestIssuedMs > m_config.maxAgeMs) {
        setAvailability(
            Availability::Offline,
            tr("The grid signals for region %1 are out of date: the newest document on %2 was issued "
               "at %3, more than %4 minutes ago (maxAgeMinutes).")
                .arg(m_config.region, m_config.topic, formatUtcTime(*m_newestIssuedMs))
                .arg(maxAgeMinutes));
        return false;
    }
    setAvailability(Availability::Online);
    return true;
}

QList<DeviceReading> GridFeedDevice::readingsOf(qint64 startMs, const SlotSignals &slot) const
{
    QList<DeviceReading> readings{{CarbonIntensity, startMs, slot.g}, {GridNeed, startMs, slot.s}};
    // An unpublished r is left to the currency engine's fallback rather than guessed here.
    if (slot.r)
        readings.append({RenewableShare, startMs, *slot.r});
    readings.append({EventLevel, startMs, double(slot.eventLevel)});
    return readings;
}

void GridFeedDevice::reportSlots(qint64 nowMs, Report mode)
{
    const QMap<qint64, SlotSignals> &entries = m_table.entries();
    auto it = entries.upperBound(m_lastReportedStartMs);
    QList<std::pair<qint64, SlotSignals>> due;
    for (; it != entries.end() && it.key() <= nowMs; ++it)
        due.append({it.key(), it.value()});
    if (due.isEmpty())
        return;
    m_lastReportedStartMs = due.last().first;
    if (mode == Report::Skip)
        return;
    if (mode == Report::CurrentOnly) {
        // Slots the document filled in behind the clock were never current while it was known.
        if (due.last().second.endMs <= nowMs)
            return;
        due = {due.last()};
    }
    const QPointer<GridFeedDevice> alive(this); // a receiver may delete the device
    for (const auto &[startMs, slot] : std::as_const(due)) {
        emit readingsReady(readingsOf(startMs, slot));
        if (!alive)
            return;
    }
}

void GridFeedDevice::reportForecast(qint64 nowMs, qint64 slotMs)
{
    // As the simulator does: from the current slot's start, so that the forecast alone tells what is best
    // from now on; Household replaces everything it had from that time on.
    const std::optional<std::pair<qint64, SlotSignals>> current = m_table.entryAt(nowMs);
    const qint64 fromMs = current ? current->first : floorTo(nowMs, slotMs);
    QList<DeviceReading> forecast;
    const QMap<qint64, SlotSignals> &entries = m_table.entries();
    for (auto it = entries.lowerBound(fromMs); it != entries.end(); ++it)
        forecast += readingsOf(it.key(), it.value());
    emit forecastReady(fromMs, forecast);
}

} // namespace commonwatt::gridfeed

// The community's grid signals for one region as a GridSignal device, with the same channels as the
// simulator's grid-signals device. Each accepted document updates the signal table and is told as a
// forecast (Device::forecastReady) from the current slot on; at each slot start the clock reaches, the
// slot's signals are reported as readings stamped with the slot's start. Lives on its plugin's worker thread.
#pragma once

#include "gridfeedconfig.h"
#include "signaltable.h"

#include <commonwatt/device.h>
#include <commonwatt/mqttclient.h>

#include <QPointer>

#include <limits>
#include <optional>

namespace commonwatt {
class Clock;
}

namespace commonwatt::gridfeed {

class GridFeedDevice final : public Device
{
    Q_OBJECT
public:
    // The channels, in this order (as the simulator's, plugins/simulator/simulatedhousehold.cpp).
    enum Channel : qint32
    {
        CarbonIntensity,
        GridNeed,
        RenewableShare,
        EventLevel,
    };
    // A document issued later than this ahead of the household's clock is refused: one of the two is wrong.
    static constexpr qint64 maxIssuedAheadMs = 5 * 60'000;
    // A document starting further ahead is refused, so that the table stays bounded.
    static constexpr qint64 maxStartAheadMs = 14 * 24 * 3'600'000LL;
    // Slots that ended longer ago are forgotten; a clock that jumps further reports only what is newer.
    static constexpr qint64 keepBehindMs = 24 * 3'600'000LL;

    GridFeedDevice(QString id, GridFeedConfig config, MqttClient &mqtt, Clock &clock,
                   QObject *parent = nullptr);
    ~GridFeedDevice() override;

    [[nodiscard]] const GridFeedConfig &config() const { return m_config; }
    [[nodiscard]] const SignalTable &table() const { return m_table; }
    [[nodiscard]] quint64 documentsApplied() const { return m_applied; }
    [[nodiscard]] quint64 otherRegionIgnored() const { return m_otherRegion; }
    [[nodiscard]] quint64 replaysIgnored() const { return m_replays; }
    [[nodiscard]] quint64 staleIgnored() const { return m_stale; }

private:
    void onMessage(const MqttMessage &message);
    void onTick(qint64 nowMs);
    // Whether the feed is usable at nowMs; sets the availability accordingly.
    bool checkFresh(qint64 nowMs);
    enum class Report
    {
        CatchUp,     // every slot that started since the last one reported (a tick)
        CurrentOnly, // the slot now, if not yet reported (a new document)
        Skip,        // none: the feed is out of date, so those slots pass unreported
    };
    void reportSlots(qint64 nowMs, Report mode);
    void reportForecast(qint64 nowMs, qint64 slotMs);
    [[nodiscard]] QList<DeviceReading> readingsOf(qint64 startMs, const SlotSignals &slot) const;

    GridFeedConfig m_config;
    QPointer<MqttClient> m_mqtt;
    Clock &m_clock;
    quint64 m_subscription = 0;
    SignalTable m_table;
    qint64 m_createdMs;
    std::optional<qint64> m_newestIssuedMs;
    qint64 m_lastReportedStartMs = std::numeric_limits<qint64>::min();
    quint64 m_applied = 0;
    quint64 m_otherRegion = 0;
    quint64 m_replays = 0;
    quint64 m_stale = 0;
};

} // namespace commonwatt::gridfeed

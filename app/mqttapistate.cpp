// MqttApi's state tree: what the household's values are and where they go (power flow, lifetime counters,
// today's totals, credits, the plan, the devices), and the Home Assistant sensors that match them. The
// publishing itself (coalescing, retained, QoS) and the commands are in mqttapi.cpp.
#include "mqttapi.h"

#include "creditsservice.h"
#include "household.h"
#include "planner.h"
#include "plantext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

// How far back the last stored counter value is looked for at start: the hourly rollups are kept for ever,
// and a device silent for longer than this has no lifetime total worth publishing.
constexpr qint64 kCounterSeedMs = 400LL * 24 * 3600 * 1000;

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::SolarSurplus:
        return u"solarSurplus"_s;
    case Reason::GridEvent:
        return u"gridEvent"_s;
    case Reason::GridSurplus:
        return u"gridSurplus"_s;
    case Reason::LowCarbon:
        return u"lowCarbon"_s;
    case Reason::Cheaper:
        return u"cheaper"_s;
    case Reason::Requested:
        return u"requested"_s;
    case Reason::NoBetterTime:
        return u"noBetterTime"_s;
    case Reason::Idle:
        break;
    }
    return u"idle"_s;
}

QString availabilityName(Availability availability)
{
    switch (availability) {
    case Availability::Online:
        return u"online"_s;
    case Availability::Offline:
        return u"offline"_s;
    case Availability::Failed:
        return u"failed"_s;
    case Availability::Unknown:
        break;
    }
    return u"unknown"_s;
}

bool controllable(DeviceKind kind)
{
    return kind == DeviceKind::Battery || kind == DeviceKind::EvCharger || kind == DeviceKind::Appliance ||
           kind == DeviceKind::ThermalLoad;
}

// A device id as one topic level: MQTT forbids nothing but '+', '#' and '/', but a level that needs no
// quoting in a shell or a Home Assistant object id is kinder.
QString topicLevel(const QString &id)
{
    QString level = id;
    for (QChar &c : level) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        c == u'_' || c == u'-';
        if (!ok)
            c = u'_';
    }
    return level.isEmpty() ? u"_"_s : level;
}

} // namespace

// A lifetime energy total of one role: the sum of the latest register value of every device channel in it.
struct MqttApi::Counter
{
    QString key;
    QList<storage::ChannelId> channels;
    QHash<storage::ChannelId, double> latest;
    QHash<storage::ChannelId, qint64> latestMs; // of the live readings
    QSet<storage::ChannelId> live; // heard from the device since start, so the stored value is older
};

struct MqttApi::DeviceEntry
{
    QString id;
    QString name;
    DeviceKind kind = DeviceKind::Meter;
    QString level;
    qint32 powerChannel = -1;
    qint64 powerTimestampMs = std::numeric_limits<qint64>::min();
    QHash<qint32, std::pair<Counter *, storage::ChannelId>> counters; // by channel index
};

void MqttApi::rescanDevices()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_deviceConnections))
        disconnect(connection);
    m_deviceConnections.clear();
    m_devices.clear();
    m_deviceByLevel.clear();
    m_counters.clear();

    // The lifetime counters are the roles the currency engine settles from (Household::settlementChannels),
    // so that Home Assistant's Energy dashboard and our credits count the same registers.
    const SettlementChannels &roles = m_household.settlementChannels();
    const std::array<std::pair<QString, const QList<storage::ChannelId> *>, 6> roleList{{
        {u"gridImport"_s, &roles.gridImport},
        {u"gridExport"_s, &roles.gridExport},
        {u"pv"_s, &roles.pv},
        {u"batteryCharge"_s, &roles.batteryCharge},
        {u"batteryDischarge"_s, &roles.batteryDischarge},
        {u"ev"_s, &roles.ev},
    }};
    QHash<storage::ChannelId, Counter *> counterOf;
    for (const auto &[key, channels] : roleList) {
        if (channels->isEmpty())
            continue;
        auto counter = std::make_shared<Counter>();
        counter->key = key;
        counter->channels = *channels;
        for (const storage::ChannelId id : *channels)
            counterOf.insert(id, counter.get());
        m_counters.append(counter);
    }

    for (Device *device : m_household.devices()) {
        if (device->kind() == DeviceKind::GridSignal)
            continue;
        auto entry = std::make_shared<DeviceEntry>();
        entry->id = device->id();
        entry->name = device->name();
        entry->kind = device->kind();
        entry->level = topicLevel(device->id());
        for (int n = 2; m_deviceByLevel.contains(entry->level); ++n)
            entry->level = topicLevel(device->id()) + u'-' + QString::number(n);
        m_deviceByLevel.insert(entry->level, entry->id);
        for (qint32 i = 0; i < device->channels().size(); ++i) {
            const ChannelSpec &spec = device->channels()[i];
            if (spec.quantity == Quantity::Power && spec.name == u"power")
                entry->powerChannel = i;
            if (spec.quantity != Quantity::EnergyCounter)
                continue;
            // The store's id of the channel: created by the household already, so this only looks it up.
            const storage::ChannelId id = m_store.channel(device->id(), spec.name, spec.unit);
            if (Counter *counter = counterOf.value(id))
                entry->counters.insert(i, {counter, id});
        }
        m_devices.append(entry);
        const DeviceEntry *raw = entry.get();
        m_deviceConnections.append(
            connect(device, &Device::readingsReady, this,
                    [this, raw](const QList<DeviceReading> &readings) { onDeviceReadings(raw, readings); }));
        m_deviceConnections.append(connect(device, &Device::availabilityChanged, this,
                                           [this, raw](Availability availability, const QString &reason) {
                                               onDeviceAvailability(raw, availability, reason);
                                           }));
        setValue(u"device/"_s + entry->level + u"/name"_s, entry->name.toUtf8());
        onDeviceAvailability(raw, device->availability(), device->availabilityReason());
    }
    seedCounters();
    updateRequests();
    updateSensors();
}

void MqttApi::onDeviceAvailability(const DeviceEntry *device, Availability availability,
                                   const QString &reason)
{
    const QString base = u"device/"_s + device->level;
    setValue(base + u"/availability"_s, availabilityName(availability).toUtf8());
    setValue(base + u"/availabilityReason"_s, reason.toUtf8());
}

void MqttApi::onDeviceReadings(const DeviceEntry *device, const QList<DeviceReading> &readings)
{
    // Find the entry again: a rescan may have replaced it while this call was queued.
    const auto it = std::find_if(m_devices.cbegin(), m_devices.cend(),
                                 [device](const auto &entry) { return entry.get() == device; });
    if (it == m_devices.cend())
        return;
    DeviceEntry &entry = **it;
    bool countersChanged = false;
    std::optional<double> power; // the batch's newest: one change to publish, however long the batch
    for (const DeviceReading &reading : readings) {
        if (!std::isfinite(reading.value))
            continue;
        if (reading.channel == entry.powerChannel && reading.timestampMs >= entry.powerTimestampMs) {
            entry.powerTimestampMs = reading.timestampMs;
            power = reading.value;
        }
        const auto counter = entry.counters.constFind(reading.channel);
        if (counter != entry.counters.cend()) {
            const auto &[total, channel] = *counter;
            // A late reading never replaces a newer one.
            if (total->live.contains(channel) && reading.timestampMs < total->latestMs.value(channel))
                continue;
            total->latest.insert(channel, reading.value);
            total->latestMs.insert(channel, reading.timestampMs);
            total->live.insert(channel);
            countersChanged = true;
        }
    }
    if (power)
        setNumber(u"device/"_s + entry.level + u"/power"_s, *power, 3);
    if (countersChanged)
        publishCounters();
}

void MqttApi::seedCounters()
{
    // Until every device of a role has reported, its total would be too small and then jump; the stored
    // registers fill in for the devices not heard from yet.
    const qint64 now = m_household.clock().nowMs();
    for (const std::shared_ptr<Counter> &counter : std::as_const(m_counters)) {
        const std::weak_ptr<Counter> weak = counter;
        for (const storage::ChannelId channel : std::as_const(counter->channels)) {
            m_store.queryRollups(channel, storage::Resolution::Hour, now - kCounterSeedMs, now + 3'600'000,
                                 this, [this, weak, channel](const QList<storage::Rollup> &rollups) {
                                     const std::shared_ptr<Counter> target = weak.lock();
                                     if (!target || rollups.isEmpty() || target->live.contains(channel) ||
                                         !std::isfinite(rollups.constLast().last))
                                         return;
                                     target->latest.insert(channel, rollups.constLast().last);
                                     publishCounters();
                                 });
        }
    }
}

void MqttApi::publishCounters()
{
    for (const std::shared_ptr<Counter> &counter : std::as_const(m_counters)) {
        double sum = 0.0;
        bool complete = true;
        for (const storage::ChannelId channel : std::as_const(counter->channels)) {
            const auto value = counter->latest.constFind(channel);
            complete = complete && value != counter->latest.cend();
            if (complete)
                sum += *value;
        }
        if (complete)
            setNumber(u"energy/"_s + counter->key, sum, 3);
    }
}

void MqttApi::updateFlow()
{
    const PowerFlow flow = m_household.powerFlow();
    if (flow.timestampMs < 0)
        return;
    setNumber(u"power/pv"_s, flow.pv.value(), 3);
    setNumber(u"power/grid"_s, flow.grid.value(), 3);
    setNumber(u"power/battery"_s, flow.battery.value(), 3);
    setNumber(u"power/ev"_s, flow.ev.value(), 3);
    setNumber(u"power/house"_s, flow.house.value(), 3);
    if (flow.batterySocPercent)
        setNumber(u"battery/soc"_s, *flow.batterySocPercent, 1);
    if (flow.evSocPercent) {
        setNumber(u"ev/soc"_s, *flow.evSocPercent, 1);
        setValue(u"ev/plugged"_s, flow.evPlugged ? "true" : "false");
    }
}

void MqttApi::updateTotals()
{
    const EnergyTotals &today = m_household.todayTotals();
    if (today.dayStartMs == 0)
        return; // not read from the store yet
    setNumber(u"today/pv"_s, today.pv.value(), 3);
    setNumber(u"today/gridImport"_s, today.gridImport.value(), 3);
    setNumber(u"today/gridExport"_s, today.gridExport.value(), 3);
    setNumber(u"today/batteryCharge"_s, today.batteryCharge.value(), 3);
    setNumber(u"today/batteryDischarge"_s, today.batteryDischarge.value(), 3);
    setNumber(u"today/ev"_s, today.ev.value(), 3);
    setNumber(u"today/house"_s, today.house().value(), 3);
    setNumber(u"today/selfSufficiency"_s, today.selfSufficiency() * 100.0, 1);
}

void MqttApi::updateCredits()
{
    if (!m_credits || !m_credits->summary().valid)
        return;
    const CreditsSummary &s = m_credits->summary();
    // Milli-credits and thousandths of a point: three decimals show them exactly.
    setNumber(u"credits/today"_s, double(s.today.value()) / 1000.0, 3);
    setNumber(u"credits/month"_s, double(s.month.value()) / 1000.0, 3);
    setNumber(u"credits/balance"_s, double(s.total.value()) / 1000.0, 3);
    if (s.cleanShareToday)
        setNumber(u"cleanShare/today"_s, double(*s.cleanShareToday) / 1e4, 1);
    setNumber(u"reputation/total"_s, double(s.reputation.total) / 1000.0, 3);
    setNumber(u"reputation/giving"_s, double(s.reputation.givingPart) / 1000.0, 3);
    setNumber(u"reputation/reliability"_s, double(s.reputation.reliabilityPart) / 1000.0, 3);
    setNumber(u"reputation/clean"_s, double(s.reputation.cleanPart) / 1000.0, 3);
}

void MqttApi::updatePlan()
{
    if (!m_planner)
        return;
    const std::shared_ptr<const PlanOutcome> outcome = m_planner->outcome();
    if (!outcome)
        return;
    const BuiltScenario &built = outcome->built;
    const PlanText text(m_household.timeZone(), built.nowMs);
    const bool scheduled = outcome->plan.hasSchedule();
    QJsonArray devices;
    for (const DeviceStatus &status : built.devices) {
        QJsonObject device{{u"id"_s, status.id}, {u"name"_s, status.name}};
        if (status.state == DeviceState::Planned && scheduled) {
            const DeviceExplanation &why = outcome->explanation.devices.at(std::size_t(status.scenarioIndex));
            device.insert(u"reason"_s, reasonKey(why.reason));
            device.insert(u"decision"_s, text.decision(status, why, built));
            device.insert(u"creditDelta"_s, rounded(why.creditDelta, 3));
            if (why.firstActiveSlot >= 0) {
                device.insert(u"from"_s, isoUtc(built.startMs + why.firstActiveSlot * built.slotMs));
                device.insert(u"to"_s, isoUtc(built.startMs + why.firstRunEndSlot * built.slotMs));
                device.insert(u"activeLater"_s, why.activeLater);
            }
        } else {
            device.insert(u"decision"_s, text.state(status));
        }
        devices.append(device);
    }
    QJsonObject plan{
        {u"plannedAt"_s, isoUtc(m_planner->plannedAtMs())},
        {u"start"_s, isoUtc(built.startMs)},
        {u"end"_s, isoUtc(built.endMs())},
        {u"slotMinutes"_s, built.scenario.slotMinutes},
        {u"devices"_s, devices},
    };
    if (scheduled) {
        plan.insert(u"credits"_s, rounded(outcome->explanation.planCredits, 3));
        plan.insert(u"immediateCredits"_s, rounded(outcome->explanation.immediateCredits, 3));
    }
    if (!m_planner->errorText().isEmpty())
        plan.insert(u"error"_s, m_planner->errorText());
    setValue(u"plan"_s, QJsonDocument(plan).toJson(QJsonDocument::Compact));
}

void MqttApi::updateRequests()
{
    if (!m_planner)
        return;
    for (const std::shared_ptr<DeviceEntry> &device : std::as_const(m_devices)) {
        if (!controllable(device->kind))
            continue;
        QJsonObject json{{u"kind"_s, u"none"_s}};
        if (const auto request = m_planner->requests().find(device->id)) {
            json = {{u"kind"_s, requestKindName(request->kind)}, {u"until"_s, isoUtc(request->untilMs)}};
            if (request->kind == RequestKind::ReadyBy)
                json.insert(u"targetPercent"_s, rounded(request->targetPercent, 1));
        }
        setValue(u"device/"_s + device->level + u"/request"_s,
                 QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
}

void MqttApi::updateSensors()
{
    if (!m_discovery)
        return;
    HouseholdSensorInputs inputs;
    inputs.root = m_root;
    for (const std::shared_ptr<Counter> &counter : std::as_const(m_counters))
        inputs.counters.append(counter->key);
    for (const std::shared_ptr<DeviceEntry> &device : std::as_const(m_devices)) {
        inputs.hasPv = inputs.hasPv || device->kind == DeviceKind::PvInverter;
        inputs.hasBattery = inputs.hasBattery || device->kind == DeviceKind::Battery;
        inputs.hasEv = inputs.hasEv || device->kind == DeviceKind::EvCharger;
        if (device->powerChannel >= 0)
            inputs.devicePower.append({device->level, device->name});
    }
    for (const Device *device : m_household.devices()) {
        for (const ChannelSpec &spec : device->channels()) {
            if (spec.quantity != Quantity::StateOfCharge)
                continue;
            inputs.hasBatterySoc = inputs.hasBatterySoc || device->kind() == DeviceKind::Battery;
            inputs.hasEvSoc = inputs.hasEvSoc || device->kind() == DeviceKind::EvCharger;
        }
    }
    inputs.hasCredits = m_credits != nullptr;
    m_discovery->setSensors(householdSensors(inputs));
}

} // namespace commonwatt::app

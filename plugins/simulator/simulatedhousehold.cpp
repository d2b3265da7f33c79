#include "simulatedhousehold.h"

#include "domain/clock.h"
#include "gridsignals.h"
#include "householdsimulator.h"

#include <QPointer>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace commonwatt::simulator {

namespace {
[[nodiscard]] qint64 ceilToMultiple(qint64 value, qint64 step)
{
    const qint64 quotient = value / step;
    const qint64 down = quotient * step;
    return down >= value ? down : down + step; // also right for negative times, where / rounds up
}

[[nodiscard]] ChannelSpec power()
{
    return {u"power"_s, Quantity::Power, u"kW"_s};
}
[[nodiscard]] ChannelSpec counter(const QString &name)
{
    return {name, Quantity::EnergyCounter, u"kWh"_s};
}
[[nodiscard]] ChannelSpec soc()
{
    return {u"soc"_s, Quantity::StateOfCharge, u"%"_s};
}
[[nodiscard]] ChannelSpec flag(const QString &name)
{
    return {name, Quantity::Flag, QString()};
}
[[nodiscard]] double asFlag(bool on)
{
    return on ? 1.0 : 0.0;
}
[[nodiscard]] ChannelSpec signal(const QString &name, Quantity quantity, const QString &unit = QString())
{
    return {name, quantity, unit};
}
constexpr qint32 gridSignalChannels = 4;
} // namespace

SimulatedHousehold::SimulatedHousehold(Clock *clock, const HouseholdConfig &config, QObject *parent)
    : QObject(parent)
    , m_model(std::make_unique<HouseholdSimulator>(config))
    , m_intervalMs(config.sampleInterval.count() * 1000)
    , m_nextSampleMs(ceilToMultiple(clock->nowMs(), m_intervalMs))
    , m_nextSlotMs(std::numeric_limits<qint64>::max())
    , m_clockMs(clock->nowMs())
{
    m_grid = makeOutput(u"grid"_s, tr("Grid meter"), DeviceKind::Meter,
                        {power(), counter(u"import_energy"_s), counter(u"export_energy"_s)});
    m_pv = makeOutput(u"pv"_s, tr("Solar"), DeviceKind::PvInverter, {power(), counter(u"energy"_s)});
    if (m_model->config().hasBattery())
        m_battery = makeOutput(u"battery"_s, tr("Home battery"), DeviceKind::Battery,
                               {power(), soc(), counter(u"charge_energy"_s), counter(u"discharge_energy"_s)});
    if (m_model->config().hasEv())
        m_ev = makeOutput(u"ev"_s, tr("Electric car"), DeviceKind::EvCharger,
                          {power(), soc(), flag(u"plugged"_s), counter(u"energy"_s)});
    const std::array<std::pair<QString, QString>, 3> appliances = {{
        {u"washer"_s, tr("Washing machine")},
        {u"dishwasher"_s, tr("Dishwasher")},
        {u"dryer"_s, tr("Tumble dryer")},
    }};
    for (Appliance appliance : allAppliances) {
        const auto &[id, name] = appliances[indexOf(appliance)];
        m_appliances[indexOf(appliance)] =
            makeOutput(id, name, DeviceKind::Appliance, {power(), flag(u"running"_s)});
    }
    m_waterHeater = makeOutput(u"water-heater"_s, tr("Water heater"), DeviceKind::ThermalLoad,
                               {power(), {u"temperature"_s, Quantity::Temperature, u"degC"_s}});
    if (m_model->config().gridSignals) {
        m_gridSignalModel = std::make_unique<GridSignalModel>(m_model->config());
        m_nextSlotMs = ceilToMultiple(clock->nowMs(), GridSignalModel::slotMs);
        m_gridSignals = makeOutput(u"grid-signals"_s, tr("Grid signals"), DeviceKind::GridSignal,
                                   {signal(u"carbon_intensity"_s, Quantity::CarbonIntensity, u"gCO2/kWh"_s),
                                    signal(u"grid_need"_s, Quantity::GridNeed),
                                    signal(u"renewable_share"_s, Quantity::RenewableShare),
                                    signal(u"event_level"_s, Quantity::EventLevel)});
    }

    for (Output *output : {&m_grid, &m_pv, &m_battery, &m_ev, &m_appliances[0], &m_appliances[1],
                           &m_appliances[2], &m_waterHeater, &m_gridSignals})
        forgetWhenDestroyed(*output);
    connect(clock, &Clock::ticked, this, &SimulatedHousehold::advanceTo);
}

SimulatedHousehold::~SimulatedHousehold() = default;

const HouseholdConfig &SimulatedHousehold::config() const
{
    return m_model->config();
}

SimulatedHousehold::Output SimulatedHousehold::makeOutput(const QString &id, const QString &name,
                                                          DeviceKind kind, QList<ChannelSpec> channels)
{
    Output output;
    output.readings.resize(channels.size());
    for (qsizetype i = 0; i < channels.size(); ++i)
        output.readings[i].channel = static_cast<qint32>(i);
    output.device = new Device(id, name, kind, std::move(channels), this);
    return output;
}

void SimulatedHousehold::forgetWhenDestroyed(Output &output)
{
    // A plain pointer rather than a QPointer: it is read for every sample of a simulated year.
    if (output.device)
        connect(output.device, &QObject::destroyed, this, [&output] { output.device = nullptr; });
}

QList<Device *> SimulatedHousehold::devices() const
{
    QList<Device *> result;
    for (const Output *output : {&m_grid, &m_pv, &m_battery, &m_ev, &m_appliances[0], &m_appliances[1],
                                 &m_appliances[2], &m_waterHeater, &m_gridSignals}) {
        if (output->device)
            result.append(output->device);
    }
    return result;
}

Device *SimulatedHousehold::device(const QString &id) const
{
    for (Device *candidate : devices()) {
        if (candidate->id() == id)
            return candidate;
    }
    return nullptr;
}

void SimulatedHousehold::advanceTo(qint64 nowMs)
{
    m_clockMs = std::max(m_clockMs, nowMs);
    // A receiver that advances the clock from inside readingsReady must not start a second loop: this one
    // looks at m_clockMs on every round and picks the new time up.
    if (m_catchingUp)
        return;
    m_catchingUp = true;
    const QPointer<SimulatedHousehold> alive(this); // a receiver may delete the household
    const std::chrono::seconds interval = m_model->config().sampleInterval;
    // Samples and slot starts in time order; a slot start that is also a sample boundary goes first, so
    // that the signals for a slot are known before its first sample.
    while (std::min(m_nextSampleMs, m_nextSlotMs) <= m_clockMs) {
        if (m_nextSlotMs <= m_nextSampleMs) {
            const qint64 slotStart = m_nextSlotMs;
            m_nextSlotMs += GridSignalModel::slotMs;
            publishGridSignals(slotStart);
        } else {
            const HouseholdSnapshot snapshot = m_model->step(m_nextSampleMs, interval);
            if (m_last)
                *m_last = snapshot;
            else
                m_last = std::make_unique<HouseholdSnapshot>(snapshot);
            m_nextSampleMs += m_intervalMs;
            publish(*m_last);
        }
        if (!alive)
            return;
    }
    m_catchingUp = false;
}

void SimulatedHousehold::publish(Output &output, qint64 timestampMs, std::initializer_list<double> values)
{
    if (!output.device)
        return;
    DeviceReading *reading = output.readings.data(); // detaches only if a receiver kept the last list
    for (double value : values) {
        reading->timestampMs = timestampMs;
        reading->value = value;
        ++reading;
    }
    emit output.device->readingsReady(output.readings);
}

void SimulatedHousehold::publish(const HouseholdSnapshot &s)
{
    const qint64 t = s.timestampMs;
    publish(m_grid, t, {s.grid().value(), s.importEnergy.value(), s.exportEnergy.value()});
    publish(m_pv, t, {s.pv.value(), s.pvEnergy.value()});
    publish(m_battery, t,
            {s.battery().value(), s.batterySocPercent, s.batteryChargeEnergy.value(),
             s.batteryDischargeEnergy.value()});
    publish(m_ev, t, {s.evCharge.value(), s.evSocPercent, asFlag(s.evPlugged), s.evEnergy.value()});
    for (Appliance appliance : allAppliances) {
        const std::size_t i = indexOf(appliance);
        publish(m_appliances[i], t, {s.appliances[i].value(), asFlag(s.applianceRunning[i])});
    }
    publish(m_waterHeater, t, {s.waterHeater.value(), s.waterTemperatureC});
}

void SimulatedHousehold::publishGridSignals(qint64 slotStartMs)
{
    Device *device = m_gridSignals.device;
    if (!device)
        return;
    const auto values = [](const GridSignalSlot &slot) {
        return std::array<double, gridSignalChannels>{
            slot.carbonIntensity, slot.gridNeed, slot.renewableShare, static_cast<double>(slot.eventLevel)};
    };
    const std::vector<GridSignalSlot> ahead = m_gridSignalModel->forecast(slotStartMs);
    const QPointer<Device> alive(device); // a receiver of the readings may delete the device
    const GridSignalSlot &current = ahead.front();
    const auto now = values(current);
    publish(m_gridSignals, slotStartMs, {now[0], now[1], now[2], now[3]});
    if (!alive)
        return;
    // The forecast repeats the current slot, so that it alone tells "the next better time". Written through
    // the data pointer: appending element by element costs more than the model itself.
    m_forecast.resize(static_cast<qsizetype>(ahead.size()) * gridSignalChannels);
    DeviceReading *reading = m_forecast.data();
    for (const GridSignalSlot &slot : ahead) {
        const auto slotValues = values(slot);
        for (qint32 channel = 0; channel < gridSignalChannels; ++channel, ++reading)
            *reading = {channel, slot.startMs, slotValues[static_cast<std::size_t>(channel)]};
    }
    emit device->forecastReady(slotStartMs, m_forecast);
}

} // namespace commonwatt::simulator

#include "simulatedhousehold.h"

#include "domain/clock.h"
#include "gridsignals.h"
#include "householdsimulator.h"

#include <QDateTime>
#include <QPointer>
#include <QVariantList>

#include <algorithm>
#include <cmath>
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

constexpr qint64 flexibilitySlotMs = 15 * 60'000;
constexpr double flexibilityStepKwh = 0.1; // a state of charge or an energy that moved less is not news
constexpr int profileSlotMinutes = 15;

[[nodiscard]] qint64 floorDiv(qint64 value, qint64 step)
{
    const qint64 quotient = value / step;
    return quotient * step > value ? quotient - 1 : quotient;
}
[[nodiscard]] QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

[[nodiscard]] QVariantMap batteryFlexibility(const HomeBattery &battery)
{
    const HomeBattery::Parameters &p = battery.parameters();
    return {
        {u"capacityKwh"_s, p.capacity.value()},        {u"socKwh"_s, battery.stored().value()},
        {u"minSocKwh"_s, battery.minStored().value()}, {u"maxSocKwh"_s, battery.maxStored().value()},
        {u"maxChargeKw"_s, p.maxPower.value()},        {u"maxDischargeKw"_s, p.maxPower.value()},
        {u"chargeEfficiency"_s, p.chargeEfficiency},   {u"dischargeEfficiency"_s, p.dischargeEfficiency},
        {u"cycleCostPerKwh"_s, p.cycleCostPerKwh},
    };
}

[[nodiscard]] QVariantMap evFlexibility(const ElectricVehicle &ev, qint64 departureMs)
{
    const ElectricVehicle::Parameters &p = ev.parameters();
    return {
        {u"pluggedIn"_s, ev.plugged()},        {u"capacityKwh"_s, p.capacity.value()},
        {u"socKwh"_s, ev.stored().value()},    {u"targetSocKwh"_s, ev.target().value()},
        {u"departureMs"_s, departureMs},       {u"minChargeKw"_s, p.minCharge.value()},
        {u"maxChargeKw"_s, p.charger.value()}, {u"chargeEfficiency"_s, p.chargeEfficiency},
    };
}

[[nodiscard]] QVariantMap applianceFlexibility(const ApplianceMachine &machine)
{
    QVariantList profile;
    for (double kw : programProfileKw(machine.appliance(), profileSlotMinutes * 60.0))
        profile.append(kw);
    QVariantMap map{{u"profileKw"_s, profile}, {u"profileSlotMinutes"_s, profileSlotMinutes}};
    switch (machine.state()) {
    case ApplianceMachine::State::Idle:
        map.insert(u"state"_s, u"idle"_s);
        return map;
    case ApplianceMachine::State::Waiting:
        map.insert(u"state"_s, u"waiting"_s);
        break;
    case ApplianceMachine::State::Running:
        map.insert(u"state"_s, u"running"_s);
        map.insert(u"runStartedMs"_s, machine.runStartMs());
        break;
    }
    map.insert(u"earliestStartMs"_s, machine.loadedMs());
    map.insert(u"latestEndMs"_s, machine.load().deadlineMs);
    return map;
}
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

    // The model stands where the first sample's interval begins: that is where commands sent before it act.
    m_model->start(m_nextSampleMs - m_intervalMs);
    qRegisterMetaType<commonwatt::DeviceCommand>();
    takeCommands(m_battery, {CommandKind::Automatic, CommandKind::SetPower});
    takeCommands(m_ev, {CommandKind::Automatic, CommandKind::SetPower});
    for (Output &appliance : m_appliances)
        takeCommands(appliance, {CommandKind::Automatic, CommandKind::StartRun, CommandKind::SetPower});
    takeCommands(m_waterHeater, {CommandKind::Automatic, CommandKind::SetPower});
    m_flexibilitySlot = floorDiv(m_model->nowMs(), flexibilitySlotMs);
    tellFlexibility(m_model->nowMs());

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

void SimulatedHousehold::takeCommands(Output &output, QList<CommandKind> kinds)
{
    if (!output.device)
        return;
    output.device->setAcceptedCommands(std::move(kinds));
    connect(output.device, &Device::commandRequested, this,
            [this, &output](const DeviceCommand &command) { execute(output, command); });
}

qint64 SimulatedHousehold::commandTimeMs() const
{
    return m_model->nowMs();
}

void SimulatedHousehold::execute(Output &output, const DeviceCommand &command)
{
    Device *device = output.device;
    if (!device)
        return;
    const qint64 now = m_model->nowMs();
    const auto refuse = [&](const QString &reason) { device->reportCommandFailed(command, reason); };
    if (!std::isfinite(command.valueKw))
        return refuse(tr("%1: the command's power is not a number").arg(device->name()));
    if (command.validUntilMs != 0 && command.validUntilMs <= now)
        return refuse(tr("%1: the command ran out at %2, before it could act (the device is at %3)")
                          .arg(device->name(), timeText(command.validUntilMs), timeText(now)));
    const Kilowatts power(command.valueKw);
    const std::optional<Setpoint> setpoint =
        command.kind == CommandKind::SetPower ? std::optional<Setpoint>(Setpoint{power, command.validUntilMs})
                                              : std::nullopt;
    const bool setsPower = command.kind == CommandKind::SetPower || command.kind == CommandKind::Automatic;
    if (&output == &m_battery && setsPower) {
        m_model->setBatterySetpoint(setpoint);
    } else if (&output == &m_ev && setsPower) {
        if (setpoint && power < Kilowatts(0.0))
            return refuse(tr("%1: the charger cannot take power from the car (%2 kW asked)")
                              .arg(device->name(), QString::number(command.valueKw)));
        const ElectricVehicle *car = m_model->ev();
        if (setpoint && (car == nullptr || !car->plugged()))
            return refuse(tr("%1 is not plugged in").arg(device->name()));
        m_model->setEvSetpoint(setpoint);
    } else if (&output == &m_waterHeater && setsPower) {
        if (setpoint && power < Kilowatts(0.0))
            return refuse(tr("%1: a water heater cannot cool (%2 kW asked)")
                              .arg(device->name(), QString::number(command.valueKw)));
        m_model->setWaterHeaterSetpoint(setpoint);
    } else if (const auto it =
                   std::find_if(m_appliances.begin(), m_appliances.end(),
                                [&output](const Output &candidate) { return &candidate == &output; });
               it != m_appliances.end()) {
        // Automatic ends a hold: a waiting load starts at its latest start unless told to start sooner.
        // SetPower 0 holds it off (a machine runs its program or nothing: any other power is refused).
        const auto appliance = static_cast<Appliance>(it - m_appliances.begin());
        if (command.kind == CommandKind::Automatic) {
            m_model->holdAppliance(appliance, 0);
        } else if (command.kind == CommandKind::SetPower) {
            if (command.valueKw != 0.0)
                return refuse(tr("%1 runs its program or nothing: it can only be held off (0 kW), not set to %2 kW")
                                  .arg(device->name(), QString::number(command.valueKw)));
            m_model->holdAppliance(appliance,
                                   command.validUntilMs != 0 ? command.validUntilMs
                                                             : std::numeric_limits<qint64>::max());
        } else if (command.kind == CommandKind::StartRun) {
            const ApplianceMachine &machine = m_model->appliance(appliance);
            if (machine.state() == ApplianceMachine::State::Idle)
                return refuse(tr("%1 has no load waiting to start").arg(device->name()));
            if (machine.state() == ApplianceMachine::State::Running)
                return refuse(tr("%1 is already running, since %2")
                                  .arg(device->name(), timeText(machine.runStartMs())));
            m_model->startAppliance(appliance);
        }
    } else {
        return refuse(tr("%1 does not accept this command").arg(device->name()));
    }
    tellFlexibility(now); // a started run is news at once
}

bool SimulatedHousehold::tellFlexibility(qint64 timestampMs)
{
    // Runs after every sample of a simulated year: the discrete states are cheap to compare, the energies
    // are only worked out in a new slot.
    const qint64 slot = floorDiv(timestampMs, flexibilitySlotMs);
    const bool newSlot = slot != m_flexibilitySlot;
    m_flexibilitySlot = slot;
    const auto news = [newSlot](Told &told, qint64 state, qint64 time, const auto &kwhNow) {
        const bool same = told.yet && told.state == state && told.time == time;
        if (same && !newSlot)
            return false;
        const double kwh = kwhNow();
        if (same && std::abs(kwh - told.kwh) < flexibilityStepKwh)
            return false;
        told = {true, kwh, state, time};
        return true;
    };
    const auto tell = [this](Output &output, const QVariantMap &flexibility) {
        const QPointer<SimulatedHousehold> alive(this); // a receiver may delete the household, or a device
        output.device->setFlexibility(flexibility);
        return !alive.isNull();
    };

    if (const HomeBattery *battery = m_model->battery(); battery && m_battery.device) {
        // Reaching a limit is news at once: a plan that counts on more cannot go on.
        const qint64 limit = battery->stored() <= battery->minStored()   ? 1
                             : battery->stored() >= battery->maxStored() ? 2
                                                                         : 0;
        if (news(m_battery.told, limit, 0, [battery] { return battery->stored().value(); }) &&
            !tell(m_battery, batteryFlexibility(*battery)))
            return false;
    }
    if (const ElectricVehicle *ev = m_model->ev(); ev && m_ev.device) {
        const qint64 departure = m_model->evDepartureMs();
        const qint64 state = (ev->plugged() ? 1 : 0) + (ev->stored() >= ev->target() ? 2 : 0) +
                             (ev->stored() >= ev->parameters().capacity ? 4 : 0);
        if (news(m_ev.told, state, departure, [ev] { return ev->stored().value(); }) &&
            !tell(m_ev, evFlexibility(*ev, departure)))
            return false;
    }
    for (Appliance appliance : allAppliances) {
        Output &output = m_appliances[indexOf(appliance)];
        const ApplianceMachine &machine = m_model->appliance(appliance);
        const qint64 since = machine.state() == ApplianceMachine::State::Running   ? machine.runStartMs()
                             : machine.state() == ApplianceMachine::State::Waiting ? machine.loadedMs()
                                                                                   : 0;
        if (output.device &&
            news(output.told, static_cast<qint64>(machine.state()), since, [] { return 0.0; }) &&
            !tell(output, applianceFlexibility(machine)))
            return false;
    }
    if (m_waterHeater.device) {
        const qint64 due = m_model->hotWaterDueMs();
        if (news(m_waterHeater.told, 0, due, [this] { return m_model->hotWaterEnergy().value(); })) {
            const QVariantMap flexibility{
                {u"maxKw"_s, m_model->waterHeater().parameters().element.value()},
                {u"energyKwh"_s, m_waterHeater.told.kwh},
                {u"windowStartMs"_s, m_model->nowMs()},
                {u"windowEndMs"_s, due},
            };
            if (!tell(m_waterHeater, flexibility))
                return false;
        }
    }
    return true;
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
            if (alive && !tellFlexibility(snapshot.timestampMs))
                return;
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

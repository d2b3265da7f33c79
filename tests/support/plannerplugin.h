// A device plugin for planner tests: a grid meter, PV, a grid-signal feed, and the flexible devices the
// planner drives (a home battery, a car charger, a washing machine and a water heater). Each flexible device
// describes itself with the flexibility keys of docs/planning.md, which the test sets, and records every
// command it is sent; a started appliance says that it is running.
#pragma once

#include <commonwatt/device.h>
#include <commonwatt/deviceplugin.h>

#include <QHash>
#include <QJsonObject>

namespace commonwatt::testing {

using namespace Qt::StringLiterals;

class PlannerPlugin : public DevicePlugin
{
public:
    [[nodiscard]] QString pluginId() const override { return u"planner-test"_s; }
    [[nodiscard]] QString displayName() const override { return u"Planner test"_s; }
    [[nodiscard]] QList<DeviceKind> deviceKinds() const override { return {}; }
    [[nodiscard]] SettingsSchema settingsSchema() const override { return {}; }
    [[nodiscard]] QList<Device *> createDevices(const PluginContext &, const QJsonObject &, QObject *parent,
                                                QString *) override
    {
        const ChannelSpec power{u"power"_s, Quantity::Power, u"kW"_s};
        meter = new Device(u"grid"_s, u"Meter"_s, DeviceKind::Meter,
                           {power,
                            {u"import_energy"_s, Quantity::EnergyCounter, u"kWh"_s},
                            {u"export_energy"_s, Quantity::EnergyCounter, u"kWh"_s}},
                           parent);
        pv = new Device(u"pv"_s, u"Solar"_s, DeviceKind::PvInverter,
                        {power, {u"energy"_s, Quantity::EnergyCounter, u"kWh"_s}}, parent);
        gridSignals = new Device(u"grid-signals"_s, u"Grid signals"_s, DeviceKind::GridSignal,
                                 {{u"carbon_intensity"_s, Quantity::CarbonIntensity, u"gCO2/kWh"_s},
                                  {u"grid_need"_s, Quantity::GridNeed, QString()},
                                  {u"event_level"_s, Quantity::EventLevel, QString()}},
                                 parent);
        battery = recording(new Device(u"battery"_s, u"Home battery"_s, DeviceKind::Battery,
                                       {power, {u"soc"_s, Quantity::StateOfCharge, u"%"_s}}, parent),
                            {CommandKind::Automatic, CommandKind::SetPower});
        ev = recording(new Device(u"ev"_s, u"Car"_s, DeviceKind::EvCharger, {power}, parent),
                       {CommandKind::Automatic, CommandKind::SetPower});
        washer = recording(new Device(u"washer"_s, u"Washer"_s, DeviceKind::Appliance, {power}, parent),
                           {CommandKind::Automatic, CommandKind::StartRun});
        heater = recording(
            new Device(u"water-heater"_s, u"Water heater"_s, DeviceKind::ThermalLoad, {power}, parent),
            {CommandKind::Automatic, CommandKind::SetPower});
        return {meter, pv, gridSignals, battery, ev, washer, heater};
    }

    // Flexibility maps as docs/planning.md lists them.
    static QVariantMap batteryFlexibility(double socKwh)
    {
        return {{u"capacityKwh"_s, 10.0},      {u"socKwh"_s, socKwh},
                {u"minSocKwh"_s, 1.0},         {u"maxSocKwh"_s, 9.5},
                {u"maxChargeKw"_s, 4.0},       {u"maxDischargeKw"_s, 4.0},
                {u"chargeEfficiency"_s, 0.95}, {u"dischargeEfficiency"_s, 0.95},
                {u"cycleCostPerKwh"_s, 0.0}};
    }
    static QVariantMap evFlexibility(bool pluggedIn, double socKwh, double targetKwh, qint64 departureMs)
    {
        return {{u"pluggedIn"_s, pluggedIn},    {u"capacityKwh"_s, 60.0},        {u"socKwh"_s, socKwh},
                {u"targetSocKwh"_s, targetKwh}, {u"departureMs"_s, departureMs}, {u"minChargeKw"_s, 1.4},
                {u"maxChargeKw"_s, 7.4},        {u"chargeEfficiency"_s, 0.9}};
    }
    // A 1.5-hour programme, heating first.
    static QVariantMap washerFlexibility(const QString &state, qint64 earliestStartMs, qint64 latestEndMs,
                                         qint64 runStartedMs = 0)
    {
        QVariantMap map{{u"state"_s, state},
                        {u"profileKw"_s, QVariantList{2.0, 2.0, 0.3, 0.3, 0.5, 0.5}},
                        {u"profileSlotMinutes"_s, 15},
                        {u"earliestStartMs"_s, earliestStartMs},
                        {u"latestEndMs"_s, latestEndMs}};
        if (runStartedMs > 0)
            map.insert(u"runStartedMs"_s, runStartedMs);
        return map;
    }
    static QVariantMap heaterFlexibility(double energyKwh, qint64 windowStartMs, qint64 windowEndMs)
    {
        return {{u"maxKw"_s, 3.0},
                {u"energyKwh"_s, energyKwh},
                {u"windowStartMs"_s, windowStartMs},
                {u"windowEndMs"_s, windowEndMs}};
    }

    Device *meter = nullptr;
    Device *pv = nullptr;
    Device *gridSignals = nullptr;
    Device *battery = nullptr;
    Device *ev = nullptr;
    Device *washer = nullptr;
    Device *heater = nullptr;
    // Every command each device was sent, by device id, in order.
    QHash<QString, QList<DeviceCommand>> commands;

private:
    Device *recording(Device *device, QList<CommandKind> accepted)
    {
        device->setAcceptedCommands(std::move(accepted));
        QObject::connect(
            device, &Device::commandRequested, device, [this, device](const DeviceCommand &command) {
                commands[device->id()].append(command);
                // A started programme runs, as a real machine's would say.
                QVariantMap flexibility = device->flexibility();
                if (command.kind == CommandKind::StartRun && flexibility.value(u"state"_s) == u"waiting"_s) {
                    flexibility.insert(u"state"_s, u"running"_s);
                    flexibility.insert(u"runStartedMs"_s, command.issuedMs);
                    device->setFlexibility(flexibility);
                }
            });
        return device;
    }
};

} // namespace commonwatt::testing

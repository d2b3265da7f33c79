// A device plugin whose devices a test drives by hand: a grid meter, a PV inverter and a grid-signal feed.
#pragma once

#include <commonwatt/device.h>
#include <commonwatt/deviceplugin.h>

#include <QJsonObject>

namespace commonwatt::testing {

using namespace Qt::StringLiterals;

// A plugin whose devices the test drives by hand.
class ManualPlugin : public DevicePlugin
{
public:
    [[nodiscard]] QString pluginId() const override { return u"manual"_s; }
    [[nodiscard]] QString displayName() const override { return u"Manual"_s; }
    [[nodiscard]] QList<DeviceKind> deviceKinds() const override { return {}; }
    [[nodiscard]] SettingsSchema settingsSchema() const override { return {}; }
    [[nodiscard]] QList<Device *> createDevices(const PluginContext &, const QJsonObject &settings,
                                                QObject *parent, QString *error) override
    {
        if (settings.contains("broken"_L1)) {
            *error = u"manual: \"broken\" is not a setting"_s;
            return {};
        }
        meter = new Device(u"grid"_s, u"Meter"_s, DeviceKind::Meter,
                           {{u"power"_s, Quantity::Power, u"kW"_s},
                            {u"import_energy"_s, Quantity::EnergyCounter, u"kWh"_s},
                            {u"export_energy"_s, Quantity::EnergyCounter, u"kWh"_s}},
                           parent);
        pv = new Device(
            u"pv"_s, u"Solar"_s, DeviceKind::PvInverter,
            {{u"power"_s, Quantity::Power, u"kW"_s}, {u"energy"_s, Quantity::EnergyCounter, u"kWh"_s}},
            parent);
        gridSignals = new Device(u"grid-signals"_s, u"Grid signals"_s, DeviceKind::GridSignal,
                                 {{u"carbon_intensity"_s, Quantity::CarbonIntensity, u"gCO2/kWh"_s},
                                  {u"grid_need"_s, Quantity::GridNeed, QString()},
                                  {u"event_level"_s, Quantity::EventLevel, QString()}},
                                 parent);
        return {meter, pv, gridSignals};
    }
    Device *meter = nullptr;
    Device *pv = nullptr;
    Device *gridSignals = nullptr;
};

} // namespace commonwatt::testing

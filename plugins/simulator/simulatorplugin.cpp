#include "simulatorplugin.h"

#include "householdconfig.h"
#include "simulatedhousehold.h"

using namespace Qt::StringLiterals;

namespace commonwatt::simulator {

QString SimulatorPlugin::pluginId() const
{
    return u"simulator"_s;
}

QString SimulatorPlugin::displayName() const
{
    return tr("Household simulator");
}

QList<DeviceKind> SimulatorPlugin::deviceKinds() const
{
    return {DeviceKind::Meter,       DeviceKind::PvInverter,  DeviceKind::Battery,   DeviceKind::EvCharger,
            DeviceKind::Appliance,   DeviceKind::ThermalLoad, DeviceKind::GridSignal};
}

SettingsSchema SimulatorPlugin::settingsSchema() const
{
    // No defaults here: the household model has its own (householdconfig.h), which an absent key keeps.
    const auto number = [](QString key, QString label, QString unit, double minimum, double maximum) {
        SettingField field;
        field.key = std::move(key);
        field.label = std::move(label);
        field.type = SettingType::Number;
        field.unit = std::move(unit);
        field.minimum = minimum;
        field.maximum = maximum;
        return field;
    };
    SettingsSchema schema;
    SettingField seed = number(u"seed"_s, tr("Random seed"), {}, 0.0, 9007199254740991.0);
    seed.type = SettingType::Integer;
    seed.help = tr("The same seed gives the same household, day after day.");
    schema << seed;
    schema << number(u"latitude"_s, tr("Latitude"), u"deg"_s, -66.0, 66.0)
           << number(u"longitude"_s, tr("Longitude"), u"deg"_s, -180.0, 180.0);
    SettingField zone;
    zone.key = u"timeZone"_s;
    zone.label = tr("Time zone");
    zone.help = tr("An IANA time zone such as Europe/Amsterdam.");
    schema << zone;
    schema << number(u"pvPeakKw"_s, tr("Solar peak power"), u"kW"_s, 0.0, 50.0)
           << number(u"batteryCapacityKwh"_s, tr("Battery capacity"), u"kWh"_s, 0.0, 100.0)
           << number(u"evCapacityKwh"_s, tr("Car battery capacity"), u"kWh"_s, 0.0, 200.0)
           << number(u"evChargerKw"_s, tr("Charger power"), u"kW"_s, 1.0, 22.0);
    SettingField sample = number(u"sampleSeconds"_s, tr("Reading interval"), u"s"_s, 1.0, 300.0);
    sample.type = SettingType::Integer;
    schema << sample;
    SettingField signalsField;
    signalsField.key = u"gridSignals"_s;
    signalsField.label = tr("Simulate grid signals");
    signalsField.type = SettingType::Boolean;
    schema << signalsField;
    return schema;
}

QList<Device *> SimulatorPlugin::createDevices(const PluginContext &context, const QJsonObject &settings,
                                               QObject *parent, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QList<Device *>();
    };
    if (!context.clock)
        return fail(u"simulator: no clock to run on"_s);
    if (!parent)
        return fail(u"simulator: createDevices needs a parent to own the simulated household"_s);
    const std::optional<HouseholdConfig> config = configFromSettings(settings, error);
    if (!config)
        return {};
    // The household owns the model and the devices; the parent owns the household.
    auto *household = new SimulatedHousehold(context.clock, *config, parent);
    return household->devices();
}

} // namespace commonwatt::simulator

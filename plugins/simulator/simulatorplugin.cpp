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

#include "pluginregistry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

DevicePlugin *findStaticDevicePlugin(const QString &pluginId, QString *error)
{
    const auto plugins = QPluginLoader::staticPlugins();
    for (const QStaticPlugin &plugin : plugins) {
        const QJsonObject metaData = plugin.metaData();
        if (metaData.value("IID"_L1).toString() != QLatin1StringView(CommonwattDevicePlugin_iid))
            continue;
        if (metaData.value("MetaData"_L1).toObject().value("id"_L1).toString() != pluginId)
            continue;
        auto *instance = qobject_cast<DevicePlugin *>(plugin.instance());
        if (!instance) {
            *error =
                QCoreApplication::translate("Plugins", "The plugin %1 declares the device plugin interface "
                                                       "but does not implement it.")
                    .arg(pluginId);
        }
        return instance;
    }
    *error = QCoreApplication::translate("Plugins", "No device plugin %1 is built into this Commonwatt.")
                 .arg(pluginId);
    return nullptr;
}

} // namespace commonwatt::app

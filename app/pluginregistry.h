// Finds device plugins. For now the static ones linked into the executable (the simulator); a later API
// version adds plugin folders. The IID is checked in the metadata before the plugin is instantiated.
#pragma once

#include <commonwatt/deviceplugin.h>

#include <QString>

namespace commonwatt::app {

// The static plugin with metadata id `pluginId`, or nullptr with *error saying why.
[[nodiscard]] DevicePlugin *findStaticDevicePlugin(const QString &pluginId, QString *error);

} // namespace commonwatt::app

// Finds the device plugins: the ones built into the executable (static Qt plugins, such as the simulator)
// and the plugin libraries in the installation's plugin folder and the user's. A library is only ever
// instantiated after its metadata has been read and checked (IID, API major version, an id); every file that
// fails a check is refused with a message naming it, and the others load as usual.
#pragma once

#include <commonwatt/deviceplugin.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace commonwatt::pluginhost {

struct PluginEntry
{
    QString id;          // metadata "id", e.g. "tasmota"
    QString name;        // metadata "name"
    QString description; // metadata "description"
    QString apiVersion;  // metadata "apiVersion"
    QString path;        // the library file; empty for a plugin built into the executable
    bool clockThread = false; // metadata "thread": "clock": its devices run on the clock's thread
    DevicePlugin *plugin = nullptr; // owned by Qt's plugin loader for the life of the process
};

struct RefusedPlugin
{
    QString path;
    QString reason; // names the file and what is wrong with it
};

class PluginCatalog
{
public:
    // Reads the built-in plugins and every library in `folders`, in order: when two carry the same id, the
    // first is kept and the later refused (so a user folder cannot silently replace an installed plugin).
    void load(const QStringList &folders);

    [[nodiscard]] const QList<PluginEntry> &plugins() const { return m_plugins; }
    [[nodiscard]] const QList<RefusedPlugin> &refused() const { return m_refused; }
    [[nodiscard]] const PluginEntry *find(const QString &id) const;

    // Checks a plugin's metadata (QPluginLoader::metaData() or QStaticPlugin::metaData()); on success fills
    // in the entry's metadata fields, else returns the reason (without the file name).
    [[nodiscard]] static QString checkMetaData(const QJsonObject &metaData, PluginEntry *entry);

    // The folders searched by default: the build tree's plugin folder when running from a build tree, the
    // installation's plugin folder relative to the executable, and the user's folder under the application
    // data location; COMMONWATT_PLUGIN_PATH (colon-separated) comes first when set.
    [[nodiscard]] static QStringList defaultFolders();

private:
    void addLibrary(const QString &path);
    void add(const PluginEntry &entry, const QString &where);

    QList<PluginEntry> m_plugins;
    QList<RefusedPlugin> m_refused;
};

} // namespace commonwatt::pluginhost

#include "plugincatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcPlugins, "commonwatt.plugins")

using namespace Qt::StringLiterals;

namespace commonwatt::pluginhost {

namespace {

constexpr QLatin1StringView kIidPrefix{"org.commonwatt.DevicePlugin/"};

} // namespace

QString PluginCatalog::checkMetaData(const QJsonObject &metaData, PluginEntry *entry)
{
    const QString iid = metaData.value("IID"_L1).toString();
    if (!iid.startsWith(kIidPrefix)) {
        return iid.isEmpty() ? QCoreApplication::translate(
                                   "Plugins", "not a Commonwatt device plugin (no plugin interface declared)")
                             : QCoreApplication::translate(
                                   "Plugins", "not a Commonwatt device plugin (it declares the interface %1)")
                                   .arg(iid);
    }
    const QJsonObject own = metaData.value("MetaData"_L1).toObject();
    const QString apiVersion = own.value("apiVersion"_L1).toString();
    const QString iidVersion = iid.mid(kIidPrefix.size());
    bool majorOk = false;
    const int major = apiVersion.section(u'.', 0, 0).toInt(&majorOk);
    if (apiVersion.isEmpty() || !majorOk)
        return QCoreApplication::translate("Plugins", "its metadata has no valid \"apiVersion\"");
    if (major != CommonwattDevicePlugin_apiMajor ||
        iidVersion.section(u'.', 0, 0) != QString::number(major)) {
        return QCoreApplication::translate("Plugins",
                                           "written for plugin API %1; this Commonwatt needs plugin API %2.x")
            .arg(apiVersion, QString::number(CommonwattDevicePlugin_apiMajor));
    }
    const QString id = own.value("id"_L1).toString();
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,62}$"_s);
    if (!idPattern.match(id).hasMatch())
        return QCoreApplication::translate(
            "Plugins", "its metadata has no valid \"id\" (lowercase letters, digits and '-')");
    entry->id = id;
    entry->name = own.value("name"_L1).toString(id);
    entry->description = own.value("description"_L1).toString();
    entry->apiVersion = apiVersion;
    const QString thread = own.value("thread"_L1).toString(u"worker"_s);
    if (thread != u"worker" && thread != u"clock")
        return QCoreApplication::translate(
                   "Plugins", "its metadata's \"thread\" must be \"worker\" or \"clock\", not \"%1\"")
            .arg(thread);
    entry->clockThread = thread == u"clock";
    return {};
}

void PluginCatalog::load(const QStringList &folders)
{
    const auto statics = QPluginLoader::staticPlugins();
    for (const QStaticPlugin &plugin : statics) {
        const QJsonObject metaData = plugin.metaData();
        if (!metaData.value("IID"_L1).toString().startsWith(kIidPrefix))
            continue; // another kind of static plugin (Qt's own)
        PluginEntry entry;
        const QString problem = checkMetaData(metaData, &entry);
        if (!problem.isEmpty()) {
            m_refused.append(
                {QCoreApplication::translate("Plugins", "built-in plugin"),
                 QCoreApplication::translate("Plugins", "The built-in plugin is refused: %1.").arg(problem)});
            continue;
        }
        entry.plugin = qobject_cast<DevicePlugin *>(plugin.instance());
        if (!entry.plugin) {
            m_refused.append(
                {entry.id, QCoreApplication::translate(
                               "Plugins", "The built-in plugin %1 does not implement the device plugin "
                                          "interface.")
                               .arg(entry.id)});
            continue;
        }
        add(entry, QCoreApplication::translate("Plugins", "built in"));
    }
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &file : files) {
            if (QLibrary::isLibrary(file.fileName()))
                addLibrary(file.absoluteFilePath());
        }
    }
}

void PluginCatalog::addLibrary(const QString &path)
{
    QPluginLoader loader(path);
    const QJsonObject metaData = loader.metaData();
    if (metaData.isEmpty()) {
        // Not a plugin at all, a damaged file, or a library built for another Qt: all the loader can say.
        m_refused.append(
            {path, QCoreApplication::translate(
                       "Plugins", "%1 is refused: not a Commonwatt plugin, or a damaged file (%2).")
                       .arg(path, loader.errorString())});
        qCWarning(lcPlugins).noquote() << m_refused.last().reason;
        return;
    }
    PluginEntry entry;
    const QString problem = checkMetaData(metaData, &entry);
    if (!problem.isEmpty()) {
        m_refused.append(
            {path, QCoreApplication::translate("Plugins", "%1 is refused: %2.").arg(path, problem)});
        qCWarning(lcPlugins).noquote() << m_refused.last().reason;
        return;
    }
    if (find(entry.id)) {
        m_refused.append(
            {path,
             QCoreApplication::translate("Plugins",
                                         "%1 is refused: a plugin with the id %2 is already loaded from %3.")
                 .arg(path, entry.id,
                      find(entry.id)->path.isEmpty() ? QCoreApplication::translate("Plugins", "this program")
                                                     : find(entry.id)->path)});
        qCWarning(lcPlugins).noquote() << m_refused.last().reason;
        return;
    }
    QObject *instance = loader.instance();
    entry.plugin = qobject_cast<DevicePlugin *>(instance);
    if (!entry.plugin) {
        m_refused.append(
            {path, instance
                       ? QCoreApplication::translate(
                             "Plugins", "%1 is refused: it does not implement the device plugin interface.")
                             .arg(path)
                       : QCoreApplication::translate("Plugins", "%1 is refused: it could not be loaded (%2).")
                             .arg(path, loader.errorString())});
        qCWarning(lcPlugins).noquote() << m_refused.last().reason;
        if (!instance)
            loader.unload();
        return;
    }
    entry.path = path;
    add(entry, path);
}

void PluginCatalog::add(const PluginEntry &entry, const QString &where)
{
    if (find(entry.id)) {
        m_refused.append({where, QCoreApplication::translate(
                                     "Plugins", "The plugin %1 (%2) is refused: its id is already taken.")
                                     .arg(entry.id, where)});
        return;
    }
    m_plugins.append(entry);
    qCInfo(lcPlugins).noquote() << "plugin" << entry.id << entry.apiVersion << "from" << where;
}

const PluginEntry *PluginCatalog::find(const QString &id) const
{
    for (const PluginEntry &entry : m_plugins) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QStringList PluginCatalog::defaultFolders()
{
    QStringList folders;
    const QByteArray fromEnvironment = qgetenv("COMMONWATT_PLUGIN_PATH");
    if (!fromEnvironment.isEmpty())
        folders += QString::fromLocal8Bit(fromEnvironment).split(u':', Qt::SkipEmptyParts);
    const QString appDir = QCoreApplication::applicationDirPath();
#ifdef COMMONWATT_BUILD_ROOT
    // A program run from the build tree uses the plugins built beside it, not an installed set.
    if (appDir.startsWith(QStringLiteral(COMMONWATT_BUILD_ROOT) + u'/'))
        folders << QStringLiteral(COMMONWATT_BUILD_PLUGINDIR);
#endif
    folders << QDir(appDir).absoluteFilePath(QStringLiteral("../" COMMONWATT_INSTALL_PLUGINDIR));
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.isEmpty())
        folders << QDir(data).absoluteFilePath(u"plugins"_s);
    folders.removeDuplicates();
    return folders;
}

} // namespace commonwatt::pluginhost

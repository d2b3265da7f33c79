#include "configcommand.h"

#include "configpinstore.h"
#include "datadirectory.h"
#include "devicesetup.h"

#include "config/configstore.h"
#include "mqtt/mqttbrokersettings.h"
#include "pluginhost/plugincatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

int refuse(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

QJsonArray schemaJson(const SettingsSchema &schema)
{
    QJsonArray fields;
    for (const SettingField &field : schema)
        fields.append(settingFieldToJson(field));
    return fields;
}

QJsonObject pluginList(const pluginhost::PluginCatalog &catalog)
{
    QJsonArray plugins;
    for (const pluginhost::PluginEntry &entry : catalog.plugins()) {
        QJsonArray kinds;
        plugins.append(QJsonObject{{u"id"_s, entry.id},
                                   {u"name"_s, entry.name},
                                   {u"description"_s, entry.description},
                                   {u"apiVersion"_s, entry.apiVersion},
                                   {u"file"_s, entry.path.isEmpty() ? u"(built in)"_s : entry.path},
                                   {u"needsMqtt"_s, entry.plugin->needsMqtt()},
                                   {u"settings"_s, schemaJson(entry.plugin->settingsSchema())}});
    }
    QJsonArray refused;
    for (const pluginhost::RefusedPlugin &entry : catalog.refused())
        refused.append(QJsonObject{{u"file"_s, entry.path}, {u"reason"_s, entry.reason}});
    return QJsonObject{{u"plugins"_s, plugins},
                       {u"brokerSettings"_s, schemaJson(mqtt::MqttBrokerSettings::schema())},
                       {u"refused"_s, refused}};
}

bool writeOut(const QString &file, const QByteArray &bytes, QString *error)
{
    if (file == u"-") {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        return true;
    }
    QSaveFile out(file); // a backup is either whole or not written at all
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error =
            QCoreApplication::translate("ConfigCommand", "Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

int resetInstallerPin(config::ConfigStore &store)
{
    ConfigPinStore pins(store);
    SystemClock clock;
    security::PinLock lock(pins, clock);
    QString error;
    if (!lock.reset(&error))
        return refuse(
            QCoreApplication::translate("ConfigCommand", "The installer PIN was not reset: %1").arg(error));
    std::fprintf(
        stderr, "%s\n",
        qPrintable(QCoreApplication::translate(
            "ConfigCommand", "The installer PIN is reset: the wall panel asks for a new one when the "
                             "installer button is next pressed.")));
    return 0;
}

} // namespace

int runConfigCommand(const CommandLine &commandLine)
{
    // A script reads what these commands print: only warnings (a refused plugin file) go beside it.
    QLoggingCategory::setFilterRules(u"commonwatt.*.info=false"_s);
    pluginhost::PluginCatalog catalog;
    // Resetting the PIN needs no plugin.
    if (commandLine.configCommand != CommandLine::ConfigCommand::ResetInstallerPin)
        catalog.load(pluginhost::PluginCatalog::defaultFolders());
    if (commandLine.configCommand == CommandLine::ConfigCommand::ListPlugins) {
        const QByteArray json = QJsonDocument(pluginList(catalog)).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
        return 0;
    }

    DataDirectory directory;
    QString error;
    if (!directory.prepare(commandLine.dataDir, &error))
        return refuse(error);
    SystemClock clock;
    config::ConfigStore store(clock);
    if (!store.open(directory.path()))
        return refuse(store.errorString());
    if (commandLine.configCommand == CommandLine::ConfigCommand::ResetInstallerPin)
        return resetInstallerPin(store);
    const config::ConfigSchemas schemas = configSchemas(catalog);

    if (commandLine.configCommand == CommandLine::ConfigCommand::Export) {
        const std::optional<QByteArray> json = store.exportJson(schemas);
        if (!json)
            return refuse(store.errorString());
        if (!writeOut(commandLine.configFile, *json, &error))
            return refuse(error);
        return 0;
    }

    QByteArray json;
    if (commandLine.configFile == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return refuse(QCoreApplication::translate("ConfigCommand", "Cannot read standard input."));
        json = in.readAll();
    } else {
        QFile in(commandLine.configFile);
        if (!in.open(QIODevice::ReadOnly))
            return refuse(QCoreApplication::translate("ConfigCommand", "Cannot read %1: %2")
                              .arg(commandLine.configFile, in.errorString()));
        json = in.readAll();
    }
    const config::ImportMode mode = commandLine.configCommand == CommandLine::ConfigCommand::ImportReplace
                                        ? config::ImportMode::Replace
                                        : config::ImportMode::Merge;
    if (!store.importJson(json, schemas, mode))
        return refuse(QCoreApplication::translate("ConfigCommand", "%1 was not imported: %2")
                          .arg(commandLine.configFile, store.errorString()));
    std::fprintf(
        stderr, "%s\n",
        qPrintable(QCoreApplication::translate("ConfigCommand", "Imported %1: %2 devices, %3 brokers.")
                       .arg(commandLine.configFile)
                       .arg(store.instances().size())
                       .arg(store.brokers().size())));
    return 0;
}

} // namespace commonwatt::app

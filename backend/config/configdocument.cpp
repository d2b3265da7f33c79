#include "configdocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace commonwatt::config {

namespace {

// Reads the fields of one JSON object, naming the path of the first field at fault. Fields the document
// format does not know are refused, so that a misspelt "brokerID" is not silently dropped.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    [[nodiscard]] bool onlyKnown(std::initializer_list<QLatin1StringView> keys, const QString &what)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (std::find(keys.begin(), keys.end(), it.key()) == keys.end())
                return fail(it.key(), QCoreApplication::translate("Config", "not a field of %1").arg(what));
        }
        return true;
    }

    [[nodiscard]] bool text(QLatin1StringView key, QString *out, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return required ? fail(key, QCoreApplication::translate("Config", "required")) : true;
        if (!value.isString())
            return fail(key, QCoreApplication::translate("Config", "must be text"));
        *out = value.toString();
        return true;
    }

    [[nodiscard]] bool boolean(QLatin1StringView key, bool *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return fail(key, QCoreApplication::translate("Config", "must be true or false"));
        *out = value.toBool();
        return true;
    }

    [[nodiscard]] bool milliseconds(QLatin1StringView key, qint64 *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        const double number = value.toDouble(-1.0);
        if (!value.isDouble() || number < 0 || number != static_cast<double>(value.toInteger(-1)))
            return fail(
                key, QCoreApplication::translate(
                         "Config", "must be a time in milliseconds since 1970 (a whole number, 0 or more)"));
        *out = value.toInteger();
        return true;
    }

    [[nodiscard]] bool object(QLatin1StringView key, QJsonObject *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject())
            return fail(key, QCoreApplication::translate("Config", "must be an object"));
        *out = value.toObject();
        return true;
    }

    [[nodiscard]] bool array(QLatin1StringView key, QJsonArray *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isArray())
            return fail(key, QCoreApplication::translate("Config", "must be a list"));
        *out = value.toArray();
        return true;
    }

    [[nodiscard]] bool fail(const QString &key, const QString &message)
    {
        *m_error = (m_path.isEmpty() ? key : m_path + u'.' + key) + u": "_s + message;
        return false;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

QString itemPath(QLatin1StringView list, qsizetype index)
{
    return u"%1[%2]"_s.arg(list).arg(index);
}

// Each list item must be an object with an id not used before in the same list.
bool readItem(const QJsonValue &item, const QString &path, QHash<QString, QString> *seen, QString *id,
              QString *error)
{
    if (!item.isObject()) {
        *error = path + u": "_s + QCoreApplication::translate("Config", "must be an object");
        return false;
    }
    FieldReader reader(item.toObject(), path, error);
    if (!reader.text("id"_L1, id, true))
        return false;
    if (const auto first = seen->constFind(*id); first != seen->constEnd())
        return reader.fail(
            u"id"_s, QCoreApplication::translate("Config", "\"%1\" is already used by %2").arg(*id, *first));
    seen->insert(*id, path);
    return true;
}

bool checkHeader(const QJsonObject &document, QString *error)
{
    FieldReader reader(document, QString(), error);
    if (!reader.onlyKnown({"format"_L1, "version"_L1, "site"_L1, "brokers"_L1, "instances"_L1},
                          QCoreApplication::translate("Config", "a configuration document")))
        return false;
    const QJsonValue format = document.value("format"_L1);
    if (format != QJsonValue(kDocumentFormat)) {
        return reader.fail(
            u"format"_s,
            QCoreApplication::translate("Config",
                                        "this is not a Commonwatt configuration (expected \"%1\", found %2)")
                .arg(kDocumentFormat, format.isString()
                                          ? QString(u'"' + format.toString() + u'"')
                                          : QCoreApplication::translate("Config", "no format name")));
    }
    const QJsonValue version = document.value("version"_L1);
    if (!version.isDouble() || version.toDouble() != static_cast<double>(version.toInteger()))
        return reader.fail(u"version"_s, QCoreApplication::translate("Config", "must be a whole number"));
    if (version.toInteger() > kDocumentVersion) {
        return reader.fail(u"version"_s,
                           QCoreApplication::translate(
                               "Config", "%1 is newer than this build of Commonwatt reads (up to %2); update "
                                         "Commonwatt first")
                               .arg(version.toInteger())
                               .arg(kDocumentVersion));
    }
    if (version.toInteger() < 1)
        return reader.fail(u"version"_s, QCoreApplication::translate(
                                             "Config", "%1 is not a version of the configuration format")
                                             .arg(version.toInteger()));
    return true;
}

template<typename Row, typename Id> QHash<QString, const Row *> indexById(const QList<Row> &rows, Id id)
{
    QHash<QString, const Row *> index;
    for (const Row &row : rows)
        index.insert(id(row), &row);
    return index;
}

bool readBrokers(const QJsonArray &list, const QHash<QString, const BrokerRow *> &stored,
                 const SettingsSchema &schema, ConfigContents *out, QString *error)
{
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = itemPath("brokers"_L1, i);
        Broker broker;
        if (!readItem(list.at(i), path, &seen, &broker.id, error))
            return false;
        FieldReader reader(list.at(i).toObject(), path, error);
        if (!reader.onlyKnown({"id"_L1, "name"_L1, "settings"_L1},
                              QCoreApplication::translate("Config", "a broker")) ||
            !reader.text("name"_L1, &broker.name, true) || !reader.object("settings"_L1, &broker.settings))
            return false;
        BrokerRow row;
        if (auto problem = checkBroker(broker, schema, stored.value(broker.id), &row)) {
            *error = problem->atPath(path);
            return false;
        }
        out->brokers.append(row);
    }
    return true;
}

bool readInstances(const QJsonArray &list, const QHash<QString, const InstanceRow *> &stored,
                   const InstanceContext &context, ConfigContents *out, QString *error)
{
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = itemPath("instances"_L1, i);
        PluginInstance instance;
        if (!readItem(list.at(i), path, &seen, &instance.id, error))
            return false;
        FieldReader reader(list.at(i).toObject(), path, error);
        QString brokerId;
        qint64 createdMs = -1;
        qint64 ignoredUpdatedMs = 0; // an import is a change: it is stamped now
        if (!reader.onlyKnown({"id"_L1, "pluginId"_L1, "name"_L1, "enabled"_L1, "brokerId"_L1, "settings"_L1,
                               "createdMs"_L1, "updatedMs"_L1, "disabledReason"_L1},
                              QCoreApplication::translate("Config", "a plugin instance")) ||
            !reader.text("pluginId"_L1, &instance.pluginId, true) ||
            !reader.text("name"_L1, &instance.name, true) ||
            !reader.boolean("enabled"_L1, &instance.enabled) ||
            !reader.text("brokerId"_L1, &brokerId, false) ||
            !reader.object("settings"_L1, &instance.settings) ||
            !reader.milliseconds("createdMs"_L1, &createdMs) ||
            !reader.milliseconds("updatedMs"_L1, &ignoredUpdatedMs) ||
            !reader.text("disabledReason"_L1, &instance.disabledReason, false))
            return false;
        if (list.at(i).toObject().contains("brokerId"_L1) &&
            !list.at(i).toObject().value("brokerId"_L1).isNull())
            instance.brokerId = brokerId;
        // A restore keeps when the instance was first set up.
        InstanceContext own = context;
        if (createdMs >= 0)
            own.createdMs = createdMs;
        InstanceRow row;
        if (auto problem = checkInstance(instance, own, stored.value(instance.id), &row)) {
            *error = problem->atPath(path);
            return false;
        }
        out->instances.append(row);
    }
    return true;
}

bool readSite(const QJsonObject &site, QJsonObject *out, QString *error)
{
    for (auto it = site.begin(); it != site.end(); ++it) {
        const QString path = u"site."_s + it.key();
        if (!isValidSiteKey(it.key())) {
            *error = path + u": "_s +
                     QCoreApplication::translate(
                         "Config", "not a valid key (lowercase letters, digits, '_', '-' and '.')");
            return false;
        }
        if (isDeviceOnlySiteKey(it.key())) {
            *error =
                path + u": "_s +
                QCoreApplication::translate(
                    "Config", "belongs to the device it was set on and is not imported (the installer PIN is "
                              "chosen on the panel)");
            return false;
        }
        if (it.value().isNull()) {
            *error = path + u": "_s + QCoreApplication::translate("Config", "must have a value");
            return false;
        }
    }
    *out = site;
    return true;
}

} // namespace

QJsonObject exportDocument(const ConfigContents &stored, const ConfigSchemas &schemas)
{
    QJsonArray brokers;
    for (const BrokerRow &row : stored.brokers) {
        brokers.append(
            QJsonObject{{u"id"_s, row.broker.id},
                        {u"name"_s, row.broker.name},
                        {u"settings"_s, redacted(row.broker.settings, row.secretKeys, schemas.broker)}});
    }
    QJsonArray instances;
    for (const InstanceRow &row : stored.instances) {
        const PluginInstance &instance = row.instance;
        // Without the plugin installed its schema is unknown; the secret keys stored with the row still are.
        const std::optional<SettingsSchema> schema =
            schemas.plugin ? schemas.plugin(instance.pluginId) : std::nullopt;
        QJsonObject object{{u"id"_s, instance.id},
                           {u"pluginId"_s, instance.pluginId},
                           {u"name"_s, instance.name},
                           {u"enabled"_s, instance.enabled},
                           {u"brokerId"_s, instance.brokerId ? QJsonValue(*instance.brokerId) : QJsonValue()},
                           {u"settings"_s, redacted(instance.settings, row.secretKeys, schema)},
                           {u"createdMs"_s, instance.createdMs},
                           {u"updatedMs"_s, instance.updatedMs}};
        if (!instance.disabledReason.isEmpty())
            object.insert(u"disabledReason"_s, instance.disabledReason);
        instances.append(object);
    }
    QJsonObject site = stored.site;
    for (const QString &key : stored.site.keys()) {
        if (isDeviceOnlySiteKey(key))
            site.remove(key);
    }
    return QJsonObject{{u"format"_s, QString(kDocumentFormat)},
                       {u"version"_s, kDocumentVersion},
                       {u"site"_s, site},
                       {u"brokers"_s, brokers},
                       {u"instances"_s, instances}};
}

std::optional<ConfigContents> readDocument(const QJsonObject &document, const ConfigContents &stored,
                                           const ConfigSchemas &schemas, ImportMode mode, qint64 nowMs,
                                           QString *error)
{
    if (!checkHeader(document, error))
        return std::nullopt;
    FieldReader reader(document, QString(), error);
    QJsonObject site;
    QJsonArray brokers;
    QJsonArray instances;
    if (!reader.object("site"_L1, &site) || !reader.array("brokers"_L1, &brokers) ||
        !reader.array("instances"_L1, &instances))
        return std::nullopt;

    ConfigContents result;
    if (!readSite(site, &result.site, error))
        return std::nullopt;
    const auto storedBrokers = indexById(stored.brokers, [](const BrokerRow &row) { return row.broker.id; });
    if (!readBrokers(brokers, storedBrokers, schemas.broker, &result, error))
        return std::nullopt;

    // Brokers an instance may use: those in the document, and in a merge those already stored, which stay.
    QSet<QString> brokerIds;
    for (const BrokerRow &row : result.brokers)
        brokerIds.insert(row.broker.id);
    if (mode == ImportMode::Merge) {
        for (const BrokerRow &row : stored.brokers)
            brokerIds.insert(row.broker.id);
    }
    const std::function<bool(const QString &)> brokerExists = [&](const QString &id) {
        return brokerIds.contains(id);
    };
    const PluginSchemaLookup noPlugins = [](const QString &) { return std::optional<SettingsSchema>(); };
    const InstanceContext context{schemas.plugin ? schemas.plugin : noPlugins, brokerExists, nowMs, nowMs};
    const auto storedInstances =
        indexById(stored.instances, [](const InstanceRow &row) { return row.instance.id; });
    if (!readInstances(instances, storedInstances, context, &result, error))
        return std::nullopt;
    return result;
}

} // namespace commonwatt::config

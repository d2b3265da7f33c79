// The checks every broker and plugin instance passes before it is stored, whether it comes from the
// installer's form (ConfigStore::put...) or from an imported document, so that both refuse the same things
// with the same words.
#pragma once

#include "configrecords.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace commonwatt::config {

// A checked record as it is stored: settings with defaults filled in, and which of them are secret. The keys
// are kept with the record so that it can be redacted even when its plugin is no longer installed.
struct BrokerRow
{
    Broker broker;
    QStringList secretKeys;
};

struct InstanceRow
{
    PluginInstance instance;
    QStringList secretKeys;
};

// What is wrong with one record, relative to the record: a field of its own ("name"), or, when inSettings,
// the settings validator's message, which starts with the setting's key ("port: 70000 is above the maximum
// 65535").
struct Problem
{
    QString field;
    QString message;
    bool inSettings = false;

    // "kitchen-plug: port: 70000 is above the maximum 65535", for a call naming the record by id.
    [[nodiscard]] QString forRecord(const QString &id) const;
    // "instances[2].settings.port: 70000 is above the maximum 65535", for a record inside a document.
    [[nodiscard]] QString atPath(const QString &recordPath) const;
};

[[nodiscard]] std::optional<Problem> checkId(const QString &id);

// stored: the record already stored under the same id, if any. Its secrets are kept for any secret field that
// arrives as the redaction marker (a form or an export sends the marker back unchanged).
[[nodiscard]] std::optional<Problem> checkBroker(const Broker &candidate, const SettingsSchema &schema,
                                                 const BrokerRow *stored, BrokerRow *out);

// brokerExists: whether a broker id will exist once the change is stored. createdMs is used when nothing is
// stored under this id yet; updatedMs always.
struct InstanceContext
{
    const PluginSchemaLookup &schemas;
    const std::function<bool(const QString &brokerId)> &brokerExists;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};
[[nodiscard]] std::optional<Problem> checkInstance(const PluginInstance &candidate,
                                                   const InstanceContext &context, const InstanceRow *stored,
                                                   InstanceRow *out);

// The settings as logs and exports may show them: every secret value replaced by kRedacted.
[[nodiscard]] QJsonObject redacted(const QJsonObject &settings, const QStringList &secretKeys,
                                   const std::optional<SettingsSchema> &schema = std::nullopt);

} // namespace commonwatt::config

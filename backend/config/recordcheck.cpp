#include "recordcheck.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace commonwatt::config {

namespace {

bool isIdCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

std::optional<Problem> checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Problem{u"name"_s, QCoreApplication::translate("Config", "required")};
    return std::nullopt;
}

// Secret fields sent back as the redaction marker take the stored secret, or are refused: storing the marker
// itself would silently replace a password with "<secret>".
std::optional<Problem> keepStoredSecrets(const SettingsSchema &schema, QJsonObject *settings,
                                         const QJsonObject *stored)
{
    for (const SettingField &field : schema) {
        if (!field.secret || settings->value(field.key) != QJsonValue(kRedacted))
            continue;
        const QJsonValue kept = stored ? stored->value(field.key) : QJsonValue();
        if (kept.isUndefined() || kept.isNull()) {
            return Problem{
                {},
                field.key + u": "_s +
                    QCoreApplication::translate(
                        "Config", "is redacted (\"%1\") and no secret is stored here to keep; enter it again")
                        .arg(kRedacted),
                true};
        }
        settings->insert(field.key, kept);
    }
    return std::nullopt;
}

std::optional<Problem> checkSettings(const SettingsSchema &schema, QJsonObject settings,
                                     const QJsonObject *stored, QJsonObject *out, QStringList *secretKeys)
{
    if (auto problem = keepStoredSecrets(schema, &settings, stored))
        return problem;
    QString error;
    const std::optional<QJsonObject> checked = validateSettings(schema, settings, &error);
    if (!checked)
        return Problem{{}, error, true};
    // A field whose schema leaves defaultValue default-constructed gets null as its "default" (QJsonValue()
    // is Null, not Undefined); null means "not set", and storing it would make an absent secret look present.
    *out = *checked;
    for (auto it = out->begin(); it != out->end();)
        it = it->isNull() ? out->erase(it) : std::next(it);
    secretKeys->clear();
    for (const SettingField &field : schema) {
        if (field.secret && checked->contains(field.key))
            secretKeys->append(field.key);
    }
    return std::nullopt;
}

} // namespace

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength || id.front() == u'-')
        return false;
    return std::all_of(id.begin(), id.end(), isIdCharacter);
}

bool isValidSiteKey(const QString &key)
{
    if (key.isEmpty() || key.size() > kMaxIdLength)
        return false;
    return std::all_of(key.begin(), key.end(),
                       [](QChar c) { return isIdCharacter(c) || c == u'_' || c == u'.'; });
}

bool isDeviceOnlySiteKey(const QString &key)
{
    return key.startsWith(u"installer_pin_"_s);
}

QString Problem::forRecord(const QString &id) const
{
    if (inSettings)
        return id + u": "_s + message;
    // The message already quotes a malformed id; saying it twice would not help.
    if (field == u"id")
        return field + u": "_s + message;
    return id + u": "_s + field + u": "_s + message;
}

QString Problem::atPath(const QString &recordPath) const
{
    if (inSettings)
        return recordPath + u".settings."_s + message;
    return recordPath + u'.' + field + u": "_s + message;
}

std::optional<Problem> checkId(const QString &id)
{
    if (isValidId(id))
        return std::nullopt;
    return Problem{
        u"id"_s,
        QCoreApplication::translate(
            "Config", "\"%1\" is not a valid id: use 1 to %2 lowercase letters, digits and '-', not starting "
                      "with '-' (e.g. \"kitchen-plug\")")
            .arg(id)
            .arg(kMaxIdLength)};
}

std::optional<Problem> checkBroker(const Broker &candidate, const SettingsSchema &schema,
                                   const BrokerRow *stored, BrokerRow *out)
{
    if (auto problem = checkId(candidate.id))
        return problem;
    if (auto problem = checkName(candidate.name))
        return problem;
    out->broker = candidate;
    return checkSettings(schema, candidate.settings, stored ? &stored->broker.settings : nullptr,
                         &out->broker.settings, &out->secretKeys);
}

std::optional<Problem> checkInstance(const PluginInstance &candidate, const InstanceContext &context,
                                     const InstanceRow *stored, InstanceRow *out)
{
    if (auto problem = checkId(candidate.id))
        return problem;
    if (auto problem = checkName(candidate.name))
        return problem;
    if (candidate.pluginId.isEmpty())
        return Problem{u"pluginId"_s, QCoreApplication::translate("Config", "required")};
    const std::optional<SettingsSchema> schema = context.schemas(candidate.pluginId);
    if (!schema)
        return Problem{
            u"pluginId"_s,
            QCoreApplication::translate("Config", "no plugin \"%1\" is installed").arg(candidate.pluginId)};
    if (candidate.brokerId) {
        if (!isValidId(*candidate.brokerId))
            return Problem{u"brokerId"_s,
                           QCoreApplication::translate("Config", "\"%1\" is not a valid broker id")
                               .arg(*candidate.brokerId)};
        if (!context.brokerExists(*candidate.brokerId))
            return Problem{u"brokerId"_s,
                           QCoreApplication::translate("Config", "no broker \"%1\" is configured")
                               .arg(*candidate.brokerId)};
    }
    out->instance = candidate;
    // Another plugin's secret under a reused id must not be handed to this one.
    const bool samePlugin = stored && stored->instance.pluginId == candidate.pluginId;
    if (auto problem =
            checkSettings(*schema, candidate.settings, samePlugin ? &stored->instance.settings : nullptr,
                          &out->instance.settings, &out->secretKeys)) {
        return problem;
    }
    if (candidate.enabled)
        out->instance.disabledReason.clear();
    out->instance.createdMs = stored ? stored->instance.createdMs : context.createdMs;
    out->instance.updatedMs = context.updatedMs;
    return std::nullopt;
}

QJsonObject redacted(const QJsonObject &settings, const QStringList &secretKeys,
                     const std::optional<SettingsSchema> &schema)
{
    QJsonObject result = schema ? redactSecrets(*schema, settings) : settings;
    for (const QString &key : secretKeys) {
        if (result.contains(key))
            result.insert(key, QString(kRedacted));
    }
    return result;
}

} // namespace commonwatt::config

#include "settingfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace commonwatt::plugins {

Field::Field(QString key, QString label, SettingType type)
{
    m_field.key = std::move(key);
    m_field.label = std::move(label);
    m_field.type = type;
}

Field Field::text(QString key, QString label)
{
    return Field(std::move(key), std::move(label), SettingType::Text);
}

Field Field::number(QString key, QString label, double minimum, double maximum)
{
    Field field(std::move(key), std::move(label), SettingType::Number);
    field.m_field.minimum = minimum;
    field.m_field.maximum = maximum;
    return field;
}

Field Field::integer(QString key, QString label, int minimum, int maximum)
{
    Field field(std::move(key), std::move(label), SettingType::Integer);
    field.m_field.minimum = minimum;
    field.m_field.maximum = maximum;
    return field;
}

Field Field::choice(QString key, QString label, QStringList choices)
{
    Field field(std::move(key), std::move(label), SettingType::Choice);
    field.m_field.choices = std::move(choices);
    return field;
}

Field Field::boolean(QString key, QString label)
{
    return Field(std::move(key), std::move(label), SettingType::Boolean);
}

Field &Field::unit(QString unit)
{
    m_field.unit = std::move(unit);
    return *this;
}

Field &Field::defaultValue(QJsonValue value)
{
    m_field.defaultValue = std::move(value);
    return *this;
}

Field &Field::help(QString help)
{
    m_field.help = std::move(help);
    return *this;
}

Field &Field::required(bool required)
{
    m_field.required = required;
    return *this;
}

QStringList choiceNames(std::span<const KindChoice> kinds)
{
    QStringList names;
    for (const KindChoice &kind : kinds)
        names << QString(kind.choice);
    return names;
}

std::optional<KindChoice> findKind(std::span<const KindChoice> kinds, QStringView choice)
{
    for (const KindChoice &kind : kinds) {
        if (choice == kind.choice)
            return kind;
    }
    return std::nullopt;
}

SettingField switchKindField()
{
    return Field::choice(u"kind"_s, QCoreApplication::translate("PluginSettings", "What it switches"),
                         choiceNames(kSwitchKinds))
        .defaultValue(u"appliance"_s)
        .help(QCoreApplication::translate(
            "PluginSettings",
            "An appliance, a water heater or heat pump (thermal), or a load the plug only measures "
            "(monitor, never switched)."));
}

SettingField plugMaxPowerField()
{
    return Field::number(u"maxPowerKw"_s,
                         QCoreApplication::translate("PluginSettings", "Largest plausible power"), 0.01, 50.0)
        .unit(u"kW"_s)
        .defaultValue(3.7)
        .help(QCoreApplication::translate(
            "PluginSettings", "Readings above it are taken as broken messages; 3.7 kW for a 16 A plug."));
}

QString deviceTopicProblem(const QString &topic, TopicSlashes slashes, const QString &forbiddenSlashMessage)
{
    if (topic.isEmpty())
        return QCoreApplication::translate("PluginSettings", "required");
    if (topic.contains(u'+') || topic.contains(u'#'))
        return QCoreApplication::translate("PluginSettings",
                                           "\"%1\" must not contain the MQTT wildcards + or #")
            .arg(topic);
    switch (slashes) {
    case TopicSlashes::Inside:
        if (topic.startsWith(u'/') || topic.endsWith(u'/'))
            return QCoreApplication::translate("PluginSettings", "\"%1\" must not start or end with /")
                .arg(topic);
        break;
    case TopicSlashes::Forbidden:
        if (topic.contains(u'/'))
            return forbiddenSlashMessage.arg(topic);
        break;
    }
    for (const QChar c : topic) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return QCoreApplication::translate("PluginSettings",
                                               "\"%1\" must not contain spaces or control characters")
                .arg(topic);
    }
    return {};
}

QString contextProblem(const PluginContext &context, const QObject *parent, QStringView pluginId,
                       std::initializer_list<Need> needs)
{
    for (const Need need : needs) {
        switch (need) {
        case Need::Clock:
            if (!context.clock)
                return QCoreApplication::translate("PluginSettings", "%1: no clock to run on").arg(pluginId);
            break;
        case Need::Mqtt:
            if (!context.mqtt)
                return QCoreApplication::translate(
                           "PluginSettings", "%1: needs an MQTT broker; none is configured for this instance")
                    .arg(pluginId);
            break;
        case Need::Parent:
            if (!parent)
                return QCoreApplication::translate("PluginSettings",
                                                   "%1: createDevices needs a parent to own the device")
                    .arg(pluginId);
            break;
        case Need::InstanceId:
            if (context.instanceId.isEmpty())
                return QCoreApplication::translate("PluginSettings", "%1: the instance has no id")
                    .arg(pluginId);
            break;
        }
    }
    return {};
}

QList<Device *> refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace commonwatt::plugins

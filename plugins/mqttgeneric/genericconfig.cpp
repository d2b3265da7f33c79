#include "genericconfig.h"

#include "settingfields.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace commonwatt::mqttgeneric {

namespace {

constexpr std::array<plugins::KindChoice, 6> kinds{{
    {"meter"_L1, DeviceKind::Meter},
    {"pv"_L1, DeviceKind::PvInverter},
    {"battery"_L1, DeviceKind::Battery},
    {"ev"_L1, DeviceKind::EvCharger},
    {"appliance"_L1, DeviceKind::Appliance},
    {"thermal"_L1, DeviceKind::ThermalLoad},
}};

constexpr std::array<Reading, readingCount> allReadings{Reading::Power, Reading::Energy, Reading::Soc,
                                                        Reading::On};

// A text setting whose default is `defaultValue` (empty text: not set).
SettingField text(QString key, QString label, QString defaultValue, QString help = {})
{
    return plugins::Field::text(std::move(key), std::move(label))
        .defaultValue(std::move(defaultValue))
        .help(std::move(help));
}

// A scale: any factor up to a million either way.
SettingField number(QString key, QString label, double defaultValue, QString help)
{
    return plugins::Field::number(std::move(key), std::move(label), -1.0e6, 1.0e6)
        .defaultValue(defaultValue)
        .help(std::move(help));
}

struct ReadingText
{
    const char *label;
    double defaultScale;
    const char *scaleHelp;
};

ReadingText readingText(Reading reading)
{
    switch (reading) {
    case Reading::Power:
        return {QT_TRANSLATE_NOOP("MqttGeneric", "Power"), 0.001,
                QT_TRANSLATE_NOOP("MqttGeneric", "Multiplies the value to give kW: 0.001 for W, 1 for kW.")};
    case Reading::Energy:
        return {
            QT_TRANSLATE_NOOP("MqttGeneric", "Energy"), 1.0,
            QT_TRANSLATE_NOOP("MqttGeneric", "Multiplies the value to give kWh: 0.001 for Wh, 1 for kWh.")};
    case Reading::Soc:
        return {QT_TRANSLATE_NOOP("MqttGeneric", "State of charge"), 1.0,
                QT_TRANSLATE_NOOP("MqttGeneric", "Multiplies the value to give %: 100 for a fraction 0..1.")};
    case Reading::On:
        return {QT_TRANSLATE_NOOP("MqttGeneric", "On/off state"), 1.0, nullptr};
    }
    return {"", 1.0, nullptr};
}

QString string(const QJsonObject &settings, const QString &key)
{
    return settings.value(key).toString();
}

} // namespace

QString readingKey(Reading reading)
{
    switch (reading) {
    case Reading::Power:
        return u"power"_s;
    case Reading::Energy:
        return u"energy"_s;
    case Reading::Soc:
        return u"soc"_s;
    case Reading::On:
        return u"on"_s;
    }
    return {};
}

SettingsSchema genericSettingsSchema()
{
    SettingsSchema schema;
    schema << text(u"name"_s, QCoreApplication::translate("MqttGeneric", "Name"),
                   QCoreApplication::translate("MqttGeneric", "MQTT device"),
                   QCoreApplication::translate("MqttGeneric", "What the app calls this device."));
    schema.last().required = true;
    schema << plugins::Field::choice(u"kind"_s, QCoreApplication::translate("MqttGeneric", "Kind of device"),
                                     plugins::choiceNames(kinds))
                  .defaultValue(u"meter"_s)
                  .required();

    for (Reading reading : allReadings) {
        const QString key = readingKey(reading);
        const ReadingText words = readingText(reading);
        const QString label = QCoreApplication::translate("MqttGeneric", words.label);
        schema << text(key + u"Topic"_s, QCoreApplication::translate("MqttGeneric", "%1: topic").arg(label),
                       QString(),
                       QCoreApplication::translate("MqttGeneric",
                                                   "The topic the device publishes it on; empty: not read."));
        schema << text(
            key + u"Path"_s, QCoreApplication::translate("MqttGeneric", "%1: JSON path").arg(label),
            QString(),
            QCoreApplication::translate(
                "MqttGeneric",
                "Where the value is in the JSON payload, e.g. ENERGY.Power; empty: the payload is the "
                "value itself."));
        if (words.scaleHelp)
            schema << number(key + u"Scale"_s,
                             QCoreApplication::translate("MqttGeneric", "%1: scale").arg(label),
                             words.defaultScale, QCoreApplication::translate("MqttGeneric", words.scaleHelp));
    }

    schema << plugins::Field::number(u"maxPowerKw"_s,
                                     QCoreApplication::translate("MqttGeneric", "Largest plausible power"),
                                     0.1, 1000.0)
                  .unit(u"kW"_s)
                  .defaultValue(50.0)
                  .help(QCoreApplication::translate(
                      "MqttGeneric",
                      "The most the device can use or deliver. Its energy register may rise at most 1.5 "
                      "times this fast; a faster rise or a drop is held back until the next value shows "
                      "whether the register really jumped (a reset) or the value was garbage."));

    schema << text(u"availabilityTopic"_s, QCoreApplication::translate("MqttGeneric", "Availability topic"),
                   QString(),
                   QCoreApplication::translate(
                       "MqttGeneric",
                       "Where the device says it is online or offline (its last will); empty: online once a "
                       "reading arrives."))
           << text(u"payloadOnline"_s, QCoreApplication::translate("MqttGeneric", "Online payload"),
                   u"online"_s)
           << text(u"payloadOffline"_s, QCoreApplication::translate("MqttGeneric", "Offline payload"),
                   u"offline"_s);
    schema
        << text(u"switchTopic"_s, QCoreApplication::translate("MqttGeneric", "Switch command topic"),
                QString(),
                QCoreApplication::translate(
                    "MqttGeneric",
                    "Where on and off are sent; empty: the device cannot be switched. Needs the on/off state "
                    "topic, which confirms each command."))
        << text(u"payloadOn"_s, QCoreApplication::translate("MqttGeneric", "Switch on payload"), u"ON"_s)
        << text(u"payloadOff"_s, QCoreApplication::translate("MqttGeneric", "Switch off payload"), u"OFF"_s);
    schema
        << text(u"setpointTopic"_s, QCoreApplication::translate("MqttGeneric", "Power setpoint topic"),
                QString(),
                QCoreApplication::translate(
                    "MqttGeneric",
                    "Where a power setpoint is sent as a plain number; empty: no setpoints. Needs the power "
                    "topic, which confirms each command."))
        << number(
               u"setpointScale"_s, QCoreApplication::translate("MqttGeneric", "Setpoint scale"), 1000.0,
               QCoreApplication::translate(
                   "MqttGeneric", "Multiplies the setpoint in kW before it is sent: 1000 for W, 1 for kW."));
    schema << text(
        u"currentTopic"_s, QCoreApplication::translate("MqttGeneric", "Charging current topic"), QString(),
        QCoreApplication::translate(
            "MqttGeneric",
            "EV chargers only: where the charging current in amperes is sent; empty: not set. Needs "
            "the power topic, which confirms each command."));
    return schema;
}

QString topicProblem(const QString &topic)
{
    if (topic.contains(u'+') || topic.contains(u'#'))
        return QCoreApplication::translate("MqttGeneric",
                                           "a topic cannot contain + or # (they are subscription wildcards)");
    if (topic.contains(QChar(0)))
        return QCoreApplication::translate("MqttGeneric", "a topic cannot contain a NUL character");
    if (topic.startsWith(u'$'))
        return QCoreApplication::translate("MqttGeneric", "topics starting with $ belong to the broker");
    if (topic.toUtf8().size() > 65535)
        return QCoreApplication::translate("MqttGeneric", "a topic is at most 65535 bytes long");
    return {};
}

std::optional<GenericConfig> configFromSettings(const QJsonObject &stored, QString *error)
{
    const std::optional<QJsonObject> checked = validateSettings(genericSettingsSchema(), stored, error);
    if (!checked)
        return std::nullopt;
    const QJsonObject &settings = *checked;
    const auto fail = [error](const QString &key, const QString &problem) {
        *error = u"%1: %2"_s.arg(key, problem);
        return std::nullopt;
    };
    const auto checkTopic = [&](const QString &key) -> std::optional<QString> {
        const QString topic = string(settings, key).trimmed();
        if (const QString problem = topicProblem(topic); !topic.isEmpty() && !problem.isEmpty()) {
            *error = u"%1: %2"_s.arg(key, problem);
            return std::nullopt;
        }
        return topic;
    };

    GenericConfig config;
    config.name = string(settings, u"name"_s).trimmed();
    if (const auto kind = plugins::findKind(kinds, string(settings, u"kind"_s)))
        config.kind = kind->kind;

    for (Reading reading : allReadings) {
        const QString key = readingKey(reading);
        const std::optional<QString> topic = checkTopic(key + u"Topic"_s);
        if (!topic)
            return std::nullopt;
        const QString pathText = string(settings, key + u"Path"_s).trimmed();
        QString pathError;
        const std::optional<JsonPath> path = JsonPath::parse(pathText, &pathError);
        if (!path)
            return fail(key + u"Path"_s, pathError);
        if (topic->isEmpty()) {
            if (!path->isEmpty())
                return fail(key + u"Path"_s,
                            QCoreApplication::translate(
                                "MqttGeneric", "set, but %1 is empty, so there is nothing to read it from")
                                .arg(key + u"Topic"_s));
            continue;
        }
        ReadingMapping mapping{*topic, *path, 1.0};
        if (reading != Reading::On) {
            mapping.scale = settings.value(key + u"Scale"_s).toDouble();
            if (mapping.scale == 0.0)
                return fail(key + u"Scale"_s, QCoreApplication::translate(
                                                  "MqttGeneric", "must not be 0 (every reading would be 0)"));
        }
        config.readings[static_cast<std::size_t>(reading)] = std::move(mapping);
    }

    config.maxPowerKw = settings.value(u"maxPowerKw"_s).toDouble();

    if (std::none_of(config.readings.begin(), config.readings.end(),
                     [](const auto &r) { return r.has_value(); }))
        return fail(u"powerTopic"_s,
                    QCoreApplication::translate(
                        "MqttGeneric", "no reading is mapped: set at least one of powerTopic, energyTopic, "
                                       "socTopic and onTopic"));

    const std::optional<QString> availability = checkTopic(u"availabilityTopic"_s);
    if (!availability)
        return std::nullopt;
    config.availabilityTopic = *availability;
    config.payloadOnline = string(settings, u"payloadOnline"_s).trimmed();
    config.payloadOffline = string(settings, u"payloadOffline"_s).trimmed();
    if (!config.availabilityTopic.isEmpty()) {
        if (config.payloadOnline.isEmpty())
            return fail(u"payloadOnline"_s,
                        QCoreApplication::translate("MqttGeneric", "required with an availability topic"));
        if (config.payloadOffline.isEmpty())
            return fail(u"payloadOffline"_s,
                        QCoreApplication::translate("MqttGeneric", "required with an availability topic"));
        if (config.payloadOnline == config.payloadOffline)
            return fail(u"payloadOffline"_s,
                        QCoreApplication::translate("MqttGeneric", "must differ from payloadOnline"));
    }

    const std::optional<QString> switchTopic = checkTopic(u"switchTopic"_s);
    const std::optional<QString> setpointTopic = switchTopic ? checkTopic(u"setpointTopic"_s) : std::nullopt;
    const std::optional<QString> currentTopic = setpointTopic ? checkTopic(u"currentTopic"_s) : std::nullopt;
    if (!currentTopic)
        return std::nullopt;
    config.switchTopic = *switchTopic;
    config.setpointTopic = *setpointTopic;
    config.currentTopic = *currentTopic;
    config.payloadOn = string(settings, u"payloadOn"_s).toUtf8();
    config.payloadOff = string(settings, u"payloadOff"_s).toUtf8();
    config.setpointScale = settings.value(u"setpointScale"_s).toDouble();
    if (!config.switchTopic.isEmpty()) {
        if (!config.reading(Reading::On))
            return fail(
                u"switchTopic"_s,
                QCoreApplication::translate(
                    "MqttGeneric", "needs onTopic: a switch command is confirmed by the on/off state"));
        if (config.payloadOn.isEmpty() || config.payloadOff.isEmpty())
            return fail(config.payloadOn.isEmpty() ? u"payloadOn"_s : u"payloadOff"_s,
                        QCoreApplication::translate("MqttGeneric", "required with a switch topic"));
        if (config.payloadOn == config.payloadOff)
            return fail(u"payloadOff"_s,
                        QCoreApplication::translate("MqttGeneric", "must differ from payloadOn"));
    }
    if (!config.setpointTopic.isEmpty()) {
        if (!config.reading(Reading::Power))
            return fail(u"setpointTopic"_s,
                        QCoreApplication::translate(
                            "MqttGeneric", "needs powerTopic: a setpoint is confirmed by the power reading"));
        if (config.setpointScale == 0.0)
            return fail(u"setpointScale"_s,
                        QCoreApplication::translate("MqttGeneric",
                                                    "must not be 0 (every setpoint would be sent as 0)"));
    }
    if (!config.currentTopic.isEmpty()) {
        if (config.kind != DeviceKind::EvCharger)
            return fail(u"currentTopic"_s,
                        QCoreApplication::translate("MqttGeneric",
                                                    "only an EV charger (kind ev) takes a charging current"));
        if (!config.reading(Reading::Power))
            return fail(
                u"currentTopic"_s,
                QCoreApplication::translate(
                    "MqttGeneric", "needs powerTopic: a charging current is confirmed by the power reading"));
    }
    return config;
}

} // namespace commonwatt::mqttgeneric

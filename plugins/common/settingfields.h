// Building a plugin's settings schema: typed fields with label, unit, default, range and help, written as
// Field::integer(u"relay"_s, tr("Relay"), 1, 32).defaultValue(1).help(tr("...")); the device-kind choices the
// MQTT plugins offer; and the checks every MQTT plugin makes before it creates a device.
#pragma once

#include <commonwatt/device.h>
#include <commonwatt/deviceplugin.h>
#include <commonwatt/settingsschema.h>

#include <QLatin1StringView>
#include <QStringList>

#include <array>
#include <initializer_list>
#include <optional>
#include <span>

namespace commonwatt::plugins {

// One settings field under construction; converts to the plugin API's SettingField.
class Field
{
public:
    [[nodiscard]] static Field text(QString key, QString label);
    [[nodiscard]] static Field number(QString key, QString label, double minimum, double maximum);
    [[nodiscard]] static Field integer(QString key, QString label, int minimum, int maximum);
    [[nodiscard]] static Field choice(QString key, QString label, QStringList choices);
    [[nodiscard]] static Field boolean(QString key, QString label);

    Field &unit(QString unit);
    Field &defaultValue(QJsonValue value);
    Field &help(QString help);
    Field &required(bool required = true);

    operator SettingField() const { return m_field; } // NOLINT(google-explicit-constructor): a builder

private:
    Field(QString key, QString label, SettingType type);

    SettingField m_field;
};

// A "kind" setting's choice and what it makes of the device.
struct KindChoice
{
    QLatin1StringView choice;
    DeviceKind kind;
    bool controllable = true; // false: it only measures
};

// A switching plug or relay: an appliance, a thermal load (water heater, heat pump), or a monitor, which
// measures the one load plugged into it and takes no commands (an appliance, never a Meter: a Meter is the
// household's grid connection).
inline constexpr std::array<KindChoice, 3> kSwitchKinds{{
    {QLatin1StringView("appliance"), DeviceKind::Appliance, true},
    {QLatin1StringView("thermal"), DeviceKind::ThermalLoad, true},
    {QLatin1StringView("monitor"), DeviceKind::Appliance, false},
}};

[[nodiscard]] QStringList choiceNames(std::span<const KindChoice> kinds);
// The entry for `choice`, or nothing (a validated setting always has one).
[[nodiscard]] std::optional<KindChoice> findKind(std::span<const KindChoice> kinds, QStringView choice);

// The fields a switching plug's plugin shares: "kind" (kSwitchKinds) and "maxPowerKw" (3.7 kW for a 16 A
// plug).
[[nodiscard]] SettingField switchKindField();
[[nodiscard]] SettingField plugMaxPowerField();

// How a device's own topic (Shelly's prefix, Tasmota's %topic%) may use /.
enum class TopicSlashes
{
    Inside,    // levels, but no / at the start or the end
    Forbidden, // one topic level
};
// Why `topic` cannot be the device's topic, or empty when it can: required, no MQTT wildcards, no spaces or
// control characters, and `slashes`; `forbiddenSlashMessage` explains TopicSlashes::Forbidden with %1 for the
// topic.
[[nodiscard]] QString deviceTopicProblem(const QString &topic, TopicSlashes slashes,
                                         const QString &forbiddenSlashMessage = {});

// What createDevices() needs from its context, checked in the order given.
enum class Need
{
    Clock,
    Mqtt,
    Parent,
    InstanceId,
};
// Why `pluginId` cannot create a device with `context` and `parent`, or empty: "shelly: no clock to run on".
[[nodiscard]] QString contextProblem(const PluginContext &context, const QObject *parent,
                                     QStringView pluginId, std::initializer_list<Need> needs);

// createDevices()'s refusal: *error (when asked for) says why, and no device is created.
QList<Device *> refuse(QString *error, const QString &message);

} // namespace commonwatt::plugins

#include "tasmotapayload.h"

#include "jsonreading.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace commonwatt::tasmota {

namespace {

std::optional<QJsonObject> parseObject(QByteArrayView payload, QString *error)
{
    return plugins::parseJsonObject(payload, kMaxPayloadBytes, error);
}

std::optional<bool> powerState(QStringView text)
{
    if (text.compare(u"ON", Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(u"OFF", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

// Reads our relay's state from a JSON object (STATE or RESULT); a missing key is not an error (RESULT answers
// every command, and a sensor-only device has no relay at all).
bool readPower(const QJsonObject &object, const ParseOptions &options, Readings &readings, QString *error)
{
    QString key = powerKey(options.relay);
    QJsonValue value = object.value(key);
    if (value.isUndefined() && options.relay == 1) {
        key = u"POWER1"_s;
        value = object.value(key);
    }
    if (value.isUndefined())
        return true;
    const std::optional<bool> on = value.isString() ? powerState(value.toString()) : std::nullopt;
    if (!on) {
        *error = QCoreApplication::translate("TasmotaPayload", "%1: expected \"ON\" or \"OFF\"").arg(key);
        return false;
    }
    readings.on = on;
    return true;
}

// Reads ENERGY.<key>: a number, or an array with one value per channel (multi-channel meters such as a
// Shelly 2.5 or a PZEM per phase), of which our relay's.
bool readEnergyValue(const QJsonObject &energy, QLatin1StringView key, int relay, plugins::NumberRange range,
                     std::optional<double> &out, QString *error)
{
    QJsonValue value = energy.value(key);
    if (value.isUndefined())
        return true;
    QString path = u"ENERGY."_s + key;
    if (value.isArray()) {
        const QJsonArray values = value.toArray();
        if (relay < 1 || relay > values.size()) {
            *error = QCoreApplication::translate("TasmotaPayload", "%1: no value for relay %2 (%3 values)")
                         .arg(path)
                         .arg(relay)
                         .arg(values.size());
            return false;
        }
        value = values.at(relay - 1);
        path += u"[%1]"_s.arg(relay - 1);
    }
    return plugins::readNumber(value, path, range, out, error);
}

ParseResult failed(const QString &error)
{
    return ParseResult{std::nullopt, error};
}

ParseResult parseJsonState(TopicKind kind, QByteArrayView payload, const ParseOptions &options)
{
    QString error;
    const std::optional<QJsonObject> object = parseObject(payload, &error);
    if (!object)
        return failed(error);
    Message message;
    message.kind = kind;
    if (!readPower(*object, options, message.readings, &error))
        return failed(error);
    return ParseResult{std::move(message), {}};
}

ParseResult parseSensor(QByteArrayView payload, const ParseOptions &options)
{
    QString error;
    const std::optional<QJsonObject> object = parseObject(payload, &error);
    if (!object)
        return failed(error);
    Message message;
    message.kind = TopicKind::Sensor;
    std::optional<QJsonObject> energy;
    if (!plugins::readObject(object->value("ENERGY"_L1), u"ENERGY"_s, energy, &error))
        return failed(error);
    if (!energy)
        return ParseResult{std::move(message), {}}; // other sensors (a switch input, a thermometer)
    const QJsonObject &e = *energy;
    Readings &r = message.readings;
    // Import meters read small negative power at idle; more than the limit either way is not a reading.
    if (!readEnergyValue(e, "Power"_L1, options.relay, {-options.maxPowerW, options.maxPowerW, "W"}, r.powerW,
                         &error) ||
        !readEnergyValue(e, "Total"_L1, options.relay, {0.0, 1.0e9, "kWh"}, r.energyKwh, &error) ||
        !readEnergyValue(e, "Voltage"_L1, options.relay, {0.0, 500.0, "V"}, r.voltageV, &error) ||
        !readEnergyValue(e, "Current"_L1, options.relay, {0.0, 100.0, "A"}, r.currentA, &error))
        return failed(error);
    return ParseResult{std::move(message), {}};
}

// A plain-text payload, compared without surrounding whitespace; never more than a word.
std::optional<QString> plainWord(QByteArrayView payload)
{
    if (payload.size() > 32)
        return std::nullopt;
    return QString::fromUtf8(payload).trimmed();
}

ParseResult parsePower(QByteArrayView payload)
{
    const std::optional<QString> word = plainWord(payload);
    const std::optional<bool> on = word ? powerState(*word) : std::nullopt;
    if (!on)
        return failed(
            QCoreApplication::translate("TasmotaPayload", "POWER: expected \"ON\" or \"OFF\", got \"%1\"")
                .arg(plugins::payloadExcerpt(payload)));
    Message message;
    message.kind = TopicKind::Power;
    message.readings.on = on;
    return ParseResult{std::move(message), {}};
}

ParseResult parseLwt(QByteArrayView payload)
{
    const std::optional<QString> word = plainWord(payload);
    Message message;
    message.kind = TopicKind::Lwt;
    if (word == u"Online"_s)
        message.online = true;
    else if (word == u"Offline"_s)
        message.online = false;
    else
        return failed(QCoreApplication::translate("TasmotaPayload",
                                                  "LWT: expected \"Online\" or \"Offline\", got \"%1\"")
                          .arg(plugins::payloadExcerpt(payload)));
    return ParseResult{std::move(message), {}};
}

} // namespace

ParseResult parse(TopicKind kind, QByteArrayView payload, const ParseOptions &options)
{
    switch (kind) {
    case TopicKind::State:
    case TopicKind::Result:
        return parseJsonState(kind, payload, options);
    case TopicKind::Sensor:
        return parseSensor(payload, options);
    case TopicKind::Lwt:
        return parseLwt(payload);
    case TopicKind::Power:
        return parsePower(payload);
    }
    return failed(QCoreApplication::translate("TasmotaPayload", "unknown topic"));
}

QString powerKey(int relay)
{
    return relay == 1 ? u"POWER"_s : u"POWER%1"_s.arg(relay);
}

} // namespace commonwatt::tasmota

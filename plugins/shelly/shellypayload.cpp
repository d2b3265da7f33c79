#include "shellypayload.h"

#include "jsonreading.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace commonwatt::shelly {

namespace {

using plugins::payloadExcerpt;
using plugins::readNumber;

std::optional<QJsonObject> parseObject(QByteArrayView payload, QString *error)
{
    return plugins::parseJsonObject(payload, kMaxPayloadBytes, error);
}

// The fields of a Switch status object (a status topic, a GetStatus result, or a NotifyStatus entry).
std::optional<SwitchStatus> readStatus(const QJsonObject &object, const QString &path,
                                       const ParseOptions &options, QString *error)
{
    const auto field = [&path](const char *name) {
        return path.isEmpty() ? QString::fromLatin1(name) : path + u'.' + QLatin1StringView(name);
    };
    SwitchStatus status;
    const QJsonValue id = object.value("id"_L1);
    if (!id.isUndefined() && (!id.isDouble() || id.toDouble() != options.switchId)) {
        *error = QCoreApplication::translate("ShellyPayload", "%1: expected switch %2")
                     .arg(field("id"))
                     .arg(options.switchId);
        return std::nullopt;
    }
    // A metering switch reads small negative power at idle; more than the limit either way is not a reading.
    std::optional<QJsonObject> energy;
    std::optional<QJsonObject> temperature;
    if (!plugins::readBool(object.value("output"_L1), field("output"), status.output, error) ||
        !readNumber(object.value("apower"_L1), field("apower"), {-options.maxPowerW, options.maxPowerW, "W"},
                    status.powerW, error) ||
        !readNumber(object.value("voltage"_L1), field("voltage"), {0.0, 500.0, "V"}, status.voltageV,
                    error) ||
        !readNumber(object.value("current"_L1), field("current"), {0.0, 100.0, "A"}, status.currentA,
                    error) ||
        !plugins::readObject(object.value("aenergy"_L1), field("aenergy"), energy, error))
        return std::nullopt;
    if (energy && !readNumber(energy->value("total"_L1), field("aenergy.total"), {0.0, 1.0e12, "Wh"},
                              status.energyWh, error))
        return std::nullopt;
    if (!plugins::readObject(object.value("temperature"_L1), field("temperature"), temperature, error))
        return std::nullopt;
    // tC is null while the sensor has no reading yet.
    if (temperature) {
        const QJsonValue celsius = temperature->value("tC"_L1);
        if (!celsius.isNull() &&
            !readNumber(celsius, field("temperature.tC"), {-60.0, 200.0, "degC"}, status.temperatureC, error))
            return std::nullopt;
    }
    return status;
}

ParseResult failed(const QString &error)
{
    return ParseResult{std::nullopt, error};
}

ParseResult parseSwitchStatus(QByteArrayView payload, const ParseOptions &options)
{
    QString error;
    const std::optional<QJsonObject> object = parseObject(payload, &error);
    if (!object)
        return failed(error);
    std::optional<SwitchStatus> status = readStatus(*object, {}, options, &error);
    if (!status)
        return failed(error);
    Message message;
    message.kind = TopicKind::SwitchStatus;
    message.status = std::move(status);
    return ParseResult{std::move(message), {}};
}

ParseResult parseEvent(QByteArrayView payload, const ParseOptions &options)
{
    QString error;
    const std::optional<QJsonObject> object = parseObject(payload, &error);
    if (!object)
        return failed(error);
    const QJsonValue method = object->value("method"_L1);
    if (!method.isString())
        return failed(QCoreApplication::translate("ShellyPayload", "method: must be text"));
    Message message;
    message.kind = TopicKind::Events;
    const QString name = method.toString();
    if (name != "NotifyStatus"_L1 && name != "NotifyFullStatus"_L1)
        return ParseResult{std::move(message), {}}; // NotifyEvent and the like: nothing to read
    const QJsonValue params = object->value("params"_L1);
    if (!params.isObject())
        return failed(QCoreApplication::translate("ShellyPayload", "params: must be an object"));
    const QString component = u"switch:%1"_s.arg(options.switchId);
    const QJsonValue entry = params.toObject().value(component);
    if (entry.isUndefined())
        return ParseResult{std::move(message), {}}; // about other components
    if (!entry.isObject())
        return failed(
            QCoreApplication::translate("ShellyPayload", "params.%1: must be an object").arg(component));
    std::optional<SwitchStatus> status =
        readStatus(entry.toObject(), u"params."_s + component, options, &error);
    if (!status)
        return failed(error);
    message.status = std::move(status);
    return ParseResult{std::move(message), {}};
}

ParseResult parseOnline(QByteArrayView payload)
{
    const QByteArray text = QByteArray(payload.data(), std::min(payload.size(), qsizetype(64))).trimmed();
    Message message;
    message.kind = TopicKind::Online;
    if (payload.size() <= 64 && text == "true")
        message.online = true;
    else if (payload.size() <= 64 && text == "false")
        message.online = false;
    else
        return failed(QCoreApplication::translate("ShellyPayload", "expected true or false, got \"%1\"")
                          .arg(payloadExcerpt(payload)));
    return ParseResult{std::move(message), {}};
}

ParseResult parseRpcReply(QByteArrayView payload, const ParseOptions &options)
{
    QString error;
    const std::optional<QJsonObject> object = parseObject(payload, &error);
    if (!object)
        return failed(error);
    const QJsonValue id = object->value("id"_L1);
    const double idValue = id.toDouble(-1.0);
    // JSON-RPC allows text ids too, but ours are always whole numbers, so anything else is not our reply.
    if (!id.isDouble() || !std::isfinite(idValue) || idValue < 0.0 || idValue > 9.0e15 ||
        idValue != std::floor(idValue))
        return failed(QCoreApplication::translate("ShellyPayload", "id: must be a whole number"));
    Message message;
    message.kind = TopicKind::RpcReply;
    message.rpcId = static_cast<qint64>(idValue);
    const QJsonValue rpcError = object->value("error"_L1);
    if (!rpcError.isUndefined()) {
        if (!rpcError.isObject())
            return failed(QCoreApplication::translate("ShellyPayload", "error: must be an object"));
        const QJsonObject e = rpcError.toObject();
        const QJsonValue code = e.value("code"_L1);
        const QJsonValue text = e.value("message"_L1);
        if (!code.isDouble() || !text.isString())
            return failed(QCoreApplication::translate("ShellyPayload",
                                                      "error: must have a numeric code and a text message"));
        message.rpcError = u"%1: %2"_s.arg(plugins::formatNumber(code.toDouble()), text.toString().left(200));
        return ParseResult{std::move(message), {}};
    }
    const QJsonValue result = object->value("result"_L1);
    if (!result.isObject())
        return failed(QCoreApplication::translate("ShellyPayload", "result: must be an object"));
    // Switch.GetStatus answers with the status; Switch.Set with {"was_on": ...}, which says nothing about
    // now.
    const QJsonObject resultObject = result.toObject();
    if (resultObject.contains("output"_L1)) {
        std::optional<SwitchStatus> status = readStatus(resultObject, u"result"_s, options, &error);
        if (!status)
            return failed(error);
        message.status = std::move(status);
    }
    return ParseResult{std::move(message), {}};
}

} // namespace

void SwitchStatus::merge(const SwitchStatus &newer)
{
    const auto take = [](auto &mine, const auto &theirs) {
        if (theirs)
            mine = theirs;
    };
    take(output, newer.output);
    take(powerW, newer.powerW);
    take(voltageV, newer.voltageV);
    take(currentA, newer.currentA);
    take(energyWh, newer.energyWh);
    take(temperatureC, newer.temperatureC);
}

ParseResult parse(TopicKind kind, QByteArrayView payload, const ParseOptions &options)
{
    switch (kind) {
    case TopicKind::SwitchStatus:
        return parseSwitchStatus(payload, options);
    case TopicKind::Events:
        return parseEvent(payload, options);
    case TopicKind::Online:
        return parseOnline(payload);
    case TopicKind::RpcReply:
        return parseRpcReply(payload, options);
    }
    return failed(QCoreApplication::translate("ShellyPayload", "unknown topic"));
}

QString topicSuffix(TopicKind kind, int switchId)
{
    switch (kind) {
    case TopicKind::SwitchStatus:
        return u"status/switch:%1"_s.arg(switchId);
    case TopicKind::Events:
        return u"events/rpc"_s;
    case TopicKind::Online:
        return u"online"_s;
    case TopicKind::RpcReply:
        return u"rpc"_s;
    }
    return {};
}

} // namespace commonwatt::shelly

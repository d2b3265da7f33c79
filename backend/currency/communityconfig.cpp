#include "currency/communityconfig.h"

#include "currency/exact.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <array>
#include <charconv>
#include <cmath>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace commonwatt::currency {

namespace {

QString shortest(double value)
{
    std::array<char, 64> buffer{};
    const auto [ptr, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return ec == std::errc() ? QString::fromLatin1(buffer.data(), ptr - buffer.data()) : u"?"_s;
}

// How the offending value reads in an error message: the value itself where it is short, else its kind.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return shortest(value.toDouble());
    case QJsonValue::String:
        return u'"' + value.toString().left(40) + u'"';
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    default:
        return u"null"_s;
    }
}

// Raised inside the parser and turned into a ConfigParseResult; never escapes parseCommunityConfig.
struct Failure
{
    QString field;
    QString message;
};

[[noreturn]] void fail(const QString &field, const QString &expectation, const QJsonValue &value)
{
    throw Failure{field, u'"' + field + u"\" must be "_s + expectation + u", not "_s + describe(value)};
}

int readInteger(const QString &field, const QJsonValue &value, int min, int max, const QString &extra = {})
{
    const QString expectation = u"an integer from %1 to %2"_s.arg(min).arg(max) + extra;
    if (!value.isDouble())
        fail(field, expectation, value);
    const double v = value.toDouble();
    if (v != std::floor(v) || v < min || v > max)
        fail(field, expectation, value);
    return static_cast<int>(v);
}

// A decimal factor as millionths, range checked on the exact millionths (R3).
std::int64_t readFactor(const QString &field, const QJsonValue &value, std::int64_t minMillionths,
                        std::int64_t maxMillionths, const QString &rangeText)
{
    const QString expectation = u"a number from "_s + rangeText;
    if (!value.isDouble())
        fail(field, expectation, value);
    const auto millionths = doubleToMillionths(value.toDouble());
    if (!millionths || *millionths < minMillionths || *millionths > maxMillionths)
        fail(field, expectation, value);
    return *millionths;
}

BaselineWindow readWindow(const QString &field, const QJsonValue &value)
{
    const QString expectation = u"[short, long] with integer days 1 <= short <= long <= 90"_s;
    if (!value.isArray() || value.toArray().size() != 2)
        fail(field, expectation, value);
    const QJsonArray pair = value.toArray();
    const int shortDays = readInteger(field, pair.at(0), 1, 90);
    const int longDays = readInteger(field, pair.at(1), shortDays, 90);
    return {shortDays, longDays};
}

using Reader = std::function<void(CommunityConfig &, const QJsonValue &)>;

const std::map<QString, Reader> &readers()
{
    static const std::map<QString, Reader> table{
        {u"timeZone"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             if (!v.isString() || !QTimeZone::isTimeZoneIdAvailable(v.toString().toUtf8()))
                 fail(u"timeZone"_s, u"an IANA time zone name such as \"Europe/Berlin\""_s, v);
             c.timeZone = v.toString();
         }},
        {u"holidays"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             const QString expectation = u"an array of dates \"YYYY-MM-DD\""_s;
             if (!v.isArray())
                 fail(u"holidays"_s, expectation, v);
             for (const QJsonValue &entry : v.toArray()) {
                 const QDate date = QDate::fromString(entry.toString(), Qt::ISODate);
                 if (!entry.isString() || !date.isValid() || entry.toString().size() != 10)
                     fail(u"holidays"_s, expectation, entry);
                 c.holidays.append(date);
             }
         }},
        {u"currencyCode"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             static const QRegularExpression iso(u"^[A-Z]{3}$"_s);
             if (!v.isString() || !iso.match(v.toString()).hasMatch())
                 fail(u"currencyCode"_s, u"an ISO 4217 code of three capital letters"_s, v);
             c.currencyCode = v.toString();
         }},
        {u"slotMinutes"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             const int minutes = readInteger(u"slotMinutes"_s, v, 1, 60, u" that divides 60"_s);
             if (60 % minutes != 0)
                 fail(u"slotMinutes"_s, u"an integer from 1 to 60 that divides 60"_s, v);
             c.slotMinutes = minutes;
         }},
        {u"referenceIntensity"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             c.referenceIntensity = readInteger(u"referenceIntensity"_s, v, 1, 2000);
         }},
        {u"fossilIntensity"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             c.fossilIntensity = readInteger(u"fossilIntensity"_s, v, 1, 2000);
         }},
        {u"kappa"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             c.kappa = readFactor(u"kappa"_s, v, 0, kMillion, u"0 to 1"_s);
         }},
        {u"gamma"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             c.gamma = readFactor(u"gamma"_s, v, 0, kMillion, u"0 to 1"_s);
         }},
        {u"feeByHops"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             const QString expectation = u"an array of 5 non-decreasing numbers from 0 to 1"_s;
             if (!v.isArray() || v.toArray().size() != kHopCount)
                 fail(u"feeByHops"_s, expectation, v);
             const QJsonArray fees = v.toArray();
             for (int h = 0; h < kHopCount; ++h) {
                 const std::int64_t previous = h == 0 ? 0 : c.feeByHops[std::size_t(h - 1)];
                 if (!fees.at(h).isDouble())
                     fail(u"feeByHops"_s, expectation, fees.at(h));
                 const auto fee = doubleToMillionths(fees.at(h).toDouble());
                 if (!fee || *fee < previous || *fee > kMillion)
                     fail(u"feeByHops"_s, expectation, fees.at(h));
                 c.feeByHops[std::size_t(h)] = *fee;
             }
         }},
        {u"validationTolerance"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             c.validationTolerance = readFactor(u"validationTolerance"_s, v, 0, kMillion, u"0 to 1"_s);
         }},
        {u"eventRateDefault"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             c.eventRateDefault = readFactor(u"eventRateDefault"_s, v, 0, 1000 * kMillion, u"0 to 1000"_s);
         }},
        {u"firmLevel"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             c.firmLevel = readFactor(u"firmLevel"_s, v, 0, kMillion, u"0 to 1"_s);
         }},
        {u"baselineDays"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             const QJsonObject o = v.toObject();
             if (!v.isObject() || o.size() != 2 || !o.contains(u"weekday"_s) || !o.contains(u"weekend"_s))
                 fail(u"baselineDays"_s,
                      u"an object {\"weekday\": [short, long], \"weekend\": [short, long]}"_s, v);
             c.baselineWeekday = readWindow(u"baselineDays"_s, o.value(u"weekday"_s));
             c.baselineWeekend = readWindow(u"baselineDays"_s, o.value(u"weekend"_s));
         }},
        {u"baselineMinData"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             c.baselineMinData = readFactor(u"baselineMinData"_s, v, 0, kMillion, u"0 to 1"_s);
         }},
        {u"reputationDays"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             c.reputationDays = readInteger(u"reputationDays"_s, v, 1, 366);
         }},
        {u"expiryMonths"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             c.expiryMonths = readInteger(u"expiryMonths"_s, v, 1, 120);
         }},
        {u"stewards"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             const QString expectation = u"an array of public keys (non-empty strings)"_s;
             if (!v.isArray())
                 fail(u"stewards"_s, expectation, v);
             for (const QJsonValue &key : v.toArray()) {
                 if (!key.isString() || key.toString().isEmpty())
                     fail(u"stewards"_s, expectation, key);
                 c.stewards.append(key.toString());
             }
         }},
        {u"stewardThreshold"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             c.stewardThreshold = readInteger(u"stewardThreshold"_s, v, 1, 100);
         }},
        {u"distributor"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             static const QRegularExpression hexKey(u"^[0-9a-fA-F]{64}$"_s);
             if (!v.isString() || !hexKey.match(v.toString()).hasMatch())
                 fail(u"distributor"_s, u"an Ed25519 public key as 64 hex digits"_s, v);
             c.distributor = v.toString().toLower();
         }},
        {u"reserveRate"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             c.reserveRate = readFactor(u"reserveRate"_s, v, 0, 100 * kMillion, u"0 to 100"_s);
         }},
        {u"effectiveFrom"_s,
         [](CommunityConfig &c, const QJsonValue &v) {
             const QString expectation = u"a slot index (an integer from 0 to 2^53)"_s;
             const double slot = v.toDouble(-1);
             if (!v.isDouble() || slot != std::floor(slot) || slot < 0 || slot > 9007199254740992.0)
                 fail(u"effectiveFrom"_s, expectation, v);
             c.effectiveFrom = static_cast<std::int64_t>(slot);
         }},
    };
    return table;
}

} // namespace

CommunityConfig CommunityConfig::defaults(const QString &timeZone)
{
    CommunityConfig config;
    config.timeZone = timeZone;
    return config;
}

ConfigParseResult parseCommunityConfig(const QJsonObject &json)
{
    try {
        CommunityConfig config;
        for (auto it = json.begin(); it != json.end(); ++it) {
            const auto reader = readers().find(it.key());
            if (reader == readers().end())
                throw Failure{it.key(), u"unknown field \""_s + it.key() + u'"'};
            reader->second(config, it.value());
        }
        if (!json.contains(u"timeZone"_s))
            throw Failure{u"timeZone"_s,
                          u"\"timeZone\" is required: an IANA time zone name such as \"Europe/Berlin\""_s};
        // Needs both fields, so it is checked once both are read, whatever their order in the object.
        if (!config.stewards.isEmpty() && config.stewardThreshold > config.stewards.size())
            throw Failure{
                u"stewardThreshold"_s,
                u"\"stewardThreshold\" must be an integer from 1 to %1 (the number of stewards), not %2"_s
                    .arg(config.stewards.size())
                    .arg(config.stewardThreshold)};
        return {std::move(config), {}, {}};
    } catch (const Failure &failure) {
        return {std::nullopt, failure.field, failure.message};
    }
}

} // namespace commonwatt::currency

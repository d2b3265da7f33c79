#include "validator.h"

#include "currency/exact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace commonwatt::ledger {

namespace {

constexpr std::int64_t kMaxDeclaredW = 1'000'000'000;
constexpr std::int64_t kMinToleranceWh = 10;

std::optional<std::int64_t> jsonInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double v = value.toDouble();
    if (v != std::floor(v) || v < 0 || v > double(kMaxDeclaredW))
        return std::nullopt;
    return static_cast<std::int64_t>(v);
}

QString perSlot(std::int64_t powerW, int slotMinutes)
{
    return u"%1 W (%2 Wh per %3-minute slot)"_s.arg(powerW)
        .arg(slotLimitWh(powerW, slotMinutes))
        .arg(slotMinutes);
}

QString rangeProblem(const QString &field, std::int64_t wh)
{
    if (wh < 0 || wh > currency::kMaxSlotWh)
        return u"%1 must be 0 to %2 Wh, not %3"_s.arg(field).arg(currency::kMaxSlotWh).arg(wh);
    return {};
}

// The revenue meter's numbers against the connection limits (V4): what a replica can check too (L12).
QString meterBeyondJoin(const currency::CommunityConfig &config, const MembershipJoin &join,
                        const RevenueMeterDelta &meter, const QString &whose)
{
    const std::array<std::tuple<const char16_t *, std::int64_t, std::int64_t>, 2> flows{{
        {u"import", meter.importWh, join.importLimitW},
        {u"export", meter.exportWh, join.exportLimitW},
    }};
    for (const auto &[name, wh, limitW] : flows) {
        if (const QString problem = rangeProblem(whose + QString::fromUtf16(name), wh); !problem.isEmpty())
            return problem;
        if (wh > slotLimitWh(limitW, config.slotMinutes))
            return u"%1%2 %3 Wh in the slot is beyond the connection's %4"_s
                .arg(whose, QString::fromUtf16(name))
                .arg(wh)
                .arg(perSlot(limitW, config.slotMinutes));
    }
    return {};
}

// |claimed - metered| within max(tolerance * metered, 10 Wh), exactly (V5).
QString mismatch(const currency::CommunityConfig &config, const char16_t *name, std::int64_t claimed,
                 std::int64_t metered)
{
    const std::int64_t diff = claimed > metered ? claimed - metered : metered - claimed;
    const std::int64_t allowedMillionths =
        std::max(metered * config.validationTolerance, kMinToleranceWh * currency::kMillion);
    if (diff * currency::kMillion <= allowedMillionths)
        return {};
    return u"%1: the claim's %2 Wh and the revenue meter's %3 Wh differ by %4 Wh, more than %5 Wh"_s
        .arg(QString::fromUtf16(name))
        .arg(claimed)
        .arg(metered)
        .arg(diff)
        .arg(allowedMillionths / currency::kMillion);
}

Validation refused(Validation validation, const QString &reason)
{
    validation.accepted = false;
    validation.reason = reason;
    return validation;
}

} // namespace

DeclaredDevicesResult parseDeclaredDevices(const QString &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return {std::nullopt, u"devicesJson: not a JSON array"_s};
    std::vector<DeclaredDevice> devices;
    std::set<QString> ids;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"devicesJson[%1]"_s.arg(i);
        const QJsonObject o = array.at(i).toObject();
        if (!array.at(i).isObject())
            return {std::nullopt, where + u": not an object"_s};
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != u"id"_s && it.key() != u"kind"_s && it.key() != u"powerW"_s &&
                it.key() != u"capacityWh"_s)
                return {std::nullopt, where + u": unknown field \"%1\""_s.arg(it.key())};
        }
        DeclaredDevice device;
        device.id = o.value(u"id"_s).toString();
        device.kind = o.value(u"kind"_s).toString();
        if (!o.value(u"id"_s).isString() || device.id.isEmpty())
            return {std::nullopt, where + u".id: must be a non-empty string"_s};
        if (!ids.insert(device.id).second)
            return {std::nullopt, where + u".id: \"%1\" is declared twice"_s.arg(device.id)};
        if (!o.value(u"kind"_s).isString())
            return {std::nullopt, where + u".kind: must be a string"_s};
        const auto power = jsonInteger(o.value(u"powerW"_s));
        if (!power)
            return {std::nullopt, where + u".powerW: must be an integer from 0 to %1"_s.arg(kMaxDeclaredW)};
        device.powerW = *power;
        if (o.contains(u"capacityWh"_s)) {
            const auto capacity = jsonInteger(o.value(u"capacityWh"_s));
            if (!capacity)
                return {std::nullopt,
                        where + u".capacityWh: must be an integer from 0 to %1"_s.arg(kMaxDeclaredW)};
            device.capacityWh = *capacity;
        }
        devices.push_back(std::move(device));
    }
    return {std::move(devices), {}};
}

std::int64_t slotLimitWh(std::int64_t powerW, int slotMinutes)
{
    return std::clamp<std::int64_t>(powerW, 0, kMaxDeclaredW) * slotMinutes / 60;
}

QString claimBeyondJoin(const currency::CommunityConfig &config, const MembershipJoin &join,
                        const ClaimContent &claim)
{
    const std::array<std::pair<const char16_t *, std::int64_t>, 4> energies{{
        {u"importWh", claim.importWh},
        {u"exportWh", claim.exportWh},
        {u"pvWh", claim.pvWh},
        {u"fossilWh", claim.fossilWh},
    }};
    for (const auto &[name, wh] : energies) {
        if (const QString problem = rangeProblem(QString::fromUtf16(name), wh); !problem.isEmpty())
            return problem;
    }
    const std::int64_t slotMs = config.slotSeconds() * 1000;
    if (claim.slotStartMs % slotMs != 0)
        return u"slotStartMs %1 is not the start of a %2-minute slot"_s.arg(claim.slotStartMs)
            .arg(config.slotMinutes);
    if (const QString problem = meterBeyondJoin(config, join, {claim.importWh, claim.exportWh}, QString());
        !problem.isEmpty())
        return problem;
    if (claim.pvWh > slotLimitWh(join.pvPeakW, config.slotMinutes))
        return u"PV %1 Wh in the slot is beyond the registered peak of %2"_s.arg(claim.pvWh)
            .arg(perSlot(join.pvPeakW, config.slotMinutes));

    const DeclaredDevicesResult declared = parseDeclaredDevices(join.devicesJson);
    if (!declared.devices)
        return u"the membership's "_s + declared.error;
    for (const DeviceReading &reading : claim.devices) {
        const auto device = std::find_if(declared.devices->begin(), declared.devices->end(),
                                         [&](const DeclaredDevice &d) { return d.id == reading.id; });
        if (device == declared.devices->end())
            return u"device \"%1\" is not declared in the membership"_s.arg(reading.id);
        const std::array<std::pair<const char16_t *, std::int64_t>, 3> flows{{
            {u"charge", reading.chargeWh},
            {u"discharge", reading.dischargeWh},
            {u"load", reading.loadWh},
        }};
        for (const auto &[name, wh] : flows) {
            const QString what = u"device \"%1\": %2"_s.arg(reading.id, QString::fromUtf16(name));
            if (wh < 0 || wh > currency::kMaxSlotWh)
                return what + u" must be 0 to %1 Wh, not %2"_s.arg(currency::kMaxSlotWh).arg(wh);
            if (wh > slotLimitWh(device->powerW, config.slotMinutes))
                return what + u" %1 Wh in the slot is beyond its %2"_s.arg(wh).arg(
                                  perSlot(device->powerW, config.slotMinutes));
            if (device->capacityWh && wh > *device->capacityWh)
                return what + u" %1 Wh in the slot is beyond its capacity of %2 Wh"_s.arg(wh).arg(
                                  *device->capacityWh);
        }
    }
    return {};
}

Validation validateClaim(const currency::CommunityConfig &config, const MembershipJoin &join,
                         const Hash &claimEntry, const ClaimContent &claim, const RevenueMeterDelta &meter,
                         const GridLevelFlows &flows, const currency::MeasuredSignals &measured)
{
    const currency::SlotSignals slotSignals = currency::settledSignals(config, measured);
    Validation v;
    v.claim = claimEntry;
    v.member = join.member;
    v.feeder = join.feeder;
    v.slotStartMs = claim.slotStartMs;
    v.importWh = meter.importWh;
    v.exportWh = meter.exportWh;
    v.intensityGramsPerKWh = slotSignals.g;
    v.stressThousandths = slotSignals.s;
    v.renewableThousandths = slotSignals.r;
    v.eventLevel = static_cast<std::uint8_t>(slotSignals.eventLevel);

    if (const QString problem = claimBeyondJoin(config, join, claim); !problem.isEmpty())
        return refused(v, problem);
    if (const QString problem = meterBeyondJoin(config, join, meter, u"the revenue meter's "_s);
        !problem.isEmpty())
        return refused(v, problem);
    if (const QString problem = mismatch(config, u"import", claim.importWh, meter.importWh);
        !problem.isEmpty())
        return refused(v, problem);
    if (const QString problem = mismatch(config, u"export", claim.exportWh, meter.exportWh);
        !problem.isEmpty())
        return refused(v, problem);

    // V6: the metered export, up to the claimed PV (already within the registered peak, V3).
    v.givingEligibleWh =
        std::min({meter.exportWh, claim.pvWh, slotLimitWh(join.pvPeakW, config.slotMinutes)});
    v.fossilWh = claim.fossilWh;
    const auto hops =
        currency::splitExportByHops(meter.exportWh, flows.feeder, flows.substation, flows.region);
    v.exportHop0Wh = hops[0];
    v.exportHop1Wh = hops[1];
    v.exportHop2Wh = hops[2];
    v.exportHop3Wh = hops[3];
    v.exportHop4Wh = hops[4];
    const currency::SlotSettlement settled = settleValidation(config, v, join.pvPeakW);
    if (!settled.breakdown) {
        Validation out = refused(v, u"settlement: "_s + settled.error);
        out.givingEligibleWh = out.fossilWh = 0;
        out.exportHop0Wh = out.exportHop1Wh = out.exportHop2Wh = out.exportHop3Wh = out.exportHop4Wh = 0;
        return out;
    }
    v.feeMilliCredits = settled.breakdown->fee.value();
    v.accepted = true;
    return v;
}

currency::SlotSettlement settleValidation(const currency::CommunityConfig &config,
                                          const Validation &validation, std::int64_t pvPeakW)
{
    currency::SlotSignals slotSignals;
    slotSignals.g = int(std::clamp<std::int64_t>(validation.intensityGramsPerKWh, -1, 1'000'000));
    slotSignals.s = int(std::clamp<std::int64_t>(validation.stressThousandths, -1'000'000, 1'000'000));
    slotSignals.r = int(std::clamp<std::int64_t>(validation.renewableThousandths, -1, 1'000'000));
    slotSignals.eventLevel = validation.eventLevel;
    currency::SlotMeterData meter;
    meter.importWh = validation.importWh;
    meter.exportWh = validation.exportWh;
    meter.pvWh = validation.givingEligibleWh;
    meter.fossilWh = validation.fossilWh;
    meter.exportByHops = std::array<std::int64_t, currency::kHopCount>{
        validation.exportHop0Wh, validation.exportHop1Wh, validation.exportHop2Wh, validation.exportHop3Wh,
        validation.exportHop4Wh};
    meter.pvPeakW = pvPeakW;
    return currency::settleSlot(config, slotSignals, meter);
}

QString auditValidation(const currency::CommunityConfig &config, const MembershipJoin &join,
                        const ClaimContent &claim, const Validation &validation)
{
    if (!validation.accepted)
        return {};
    if (const QString problem = claimBeyondJoin(config, join, claim); !problem.isEmpty())
        return u"accepted although "_s + problem;
    if (validation.fossilWh != claim.fossilWh)
        return u"fossilWh %1 is not the claim's %2"_s.arg(validation.fossilWh).arg(claim.fossilWh);
    if (validation.givingEligibleWh > std::min(validation.exportWh, claim.pvWh))
        return u"givingEligibleWh %1 is beyond min(export %2, the claim's PV %3)"_s
            .arg(validation.givingEligibleWh)
            .arg(validation.exportWh)
            .arg(claim.pvWh);
    return {};
}

} // namespace commonwatt::ledger

#include "planrequests.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {
constexpr auto kFormat = "commonwatt-plan-requests/1"_L1;

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;

double number(const QVariantMap &map, const QString &key)
{
    const double value = map.value(key).toDouble();
    return std::isfinite(value) ? value : 0.0;
}

qint64 floorDiv(qint64 value, qint64 step)
{
    const qint64 quotient = value / step;
    return (value % step != 0 && value < 0) ? quotient - 1 : quotient;
}
} // namespace

std::optional<qint64> runNowUntilMs(const Device &device, qint64 nowMs, qint64 slotMs, QString *error)
{
    const QVariantMap &f = device.flexibility();
    qint64 needMs = 0;
    switch (device.kind()) {
    case DeviceKind::Appliance:
        if (f.value(u"state"_s).toString() != u"waiting"_s) {
            *error = QCoreApplication::translate("PlanRequests", "%1 has no programme waiting to start.")
                         .arg(device.name());
            return std::nullopt;
        }
        // Done when it starts; the time bound only matters if it never does.
        needMs = qint64(double(f.value(u"profileKw"_s).toList().size()) * number(f, u"profileSlotMinutes"_s) *
                        kMinuteMs);
        break;
    case DeviceKind::EvCharger: {
        const double efficiency =
            number(f, u"chargeEfficiency"_s) > 0 ? number(f, u"chargeEfficiency"_s) : 1.0;
        const double kw = number(f, u"maxChargeKw"_s) * efficiency;
        if (!f.value(u"pluggedIn"_s).toBool() || kw <= 0.0) {
            *error = QCoreApplication::translate("PlanRequests", "%1 is not plugged in.").arg(device.name());
            return std::nullopt;
        }
        needMs = qint64(std::max(0.0, number(f, u"capacityKwh"_s) - number(f, u"socKwh"_s)) / kw * kHourMs);
        break;
    }
    case DeviceKind::ThermalLoad: {
        const double kw = number(f, u"maxKw"_s);
        if (kw <= 0.0) {
            *error =
                QCoreApplication::translate("PlanRequests", "%1 tells too little about itself to be planned.")
                    .arg(device.name());
            return std::nullopt;
        }
        needMs = qint64(number(f, u"energyKwh"_s) / kw * kHourMs);
        break;
    }
    default:
        *error = QCoreApplication::translate("PlanRequests", "%1 has nothing to run now.").arg(device.name());
        return std::nullopt;
    }
    // Whole slots from the current one, and one more, so that the last partial slot is covered.
    const qint64 slotStart = floorDiv(nowMs, slotMs) * slotMs;
    return slotStart + (floorDiv(std::max<qint64>(needMs, 0) + slotMs - 1, slotMs) + 1) * slotMs;
}

QString requestKindName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::RunNow:
        return u"runNow"_s;
    case RequestKind::ReadyBy:
        return u"readyBy"_s;
    case RequestKind::SkipToday:
        break;
    }
    return u"skipToday"_s;
}

std::optional<RequestKind> requestKindFromName(const QString &name)
{
    for (RequestKind kind : {RequestKind::RunNow, RequestKind::ReadyBy, RequestKind::SkipToday}) {
        if (requestKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

PlanRequests::PlanRequests(QString path)
    : m_path(std::move(path))
{}

bool PlanRequests::load(qint64 nowMs, QString *error)
{
    m_requests.clear();
    if (m_path.isEmpty())
        return true;
    QFile file(m_path);
    if (!file.exists())
        return true;
    const QString where = QDir::toNativeSeparators(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("PlanRequests", "Cannot read the planner's requests from %1: %2")
                     .arg(where, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || root.value("format"_L1).toString() != kFormat) {
        *error = QCoreApplication::translate(
                     "PlanRequests", "The planner's requests in %1 are not readable and were ignored.")
                     .arg(where);
        return false;
    }
    bool allRead = true;
    for (const QJsonValue &value : root.value("requests"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        const auto kind = requestKindFromName(entry.value("kind"_L1).toString());
        PlanRequest request;
        request.deviceId = entry.value("device"_L1).toString();
        request.createdMs = entry.value("createdMs"_L1).toInteger();
        request.untilMs = entry.value("untilMs"_L1).toInteger();
        request.targetPercent = entry.value("targetPercent"_L1).toDouble();
        if (!kind || request.deviceId.isEmpty() || request.untilMs <= 0 ||
            !std::isfinite(request.targetPercent)) {
            allRead = false;
            continue;
        }
        request.kind = *kind;
        if (request.untilMs > nowMs)
            set(request);
    }
    if (!allRead)
        *error =
            QCoreApplication::translate(
                "PlanRequests", "Some of the planner's requests in %1 were not readable and were ignored.")
                .arg(where);
    return allRead;
}

QByteArray PlanRequests::serialize() const
{
    QJsonArray list;
    for (const PlanRequest &request : m_requests) {
        QJsonObject entry{{"device"_L1, request.deviceId},
                          {"kind"_L1, requestKindName(request.kind)},
                          {"createdMs"_L1, request.createdMs},
                          {"untilMs"_L1, request.untilMs}};
        if (request.kind == RequestKind::ReadyBy)
            entry.insert("targetPercent"_L1, request.targetPercent);
        list.append(entry);
    }
    return QJsonDocument(QJsonObject{{"format"_L1, kFormat}, {"requests"_L1, list}}).toJson();
}

bool PlanRequests::writeFile(const QString &path, const QByteArray &contents, QString *error)
{
    // Written whole or not at all: a power cut mid-write leaves the previous requests.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit()) {
        *error = QCoreApplication::translate("PlanRequests", "Cannot save the planner's requests to %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<PlanRequest> PlanRequests::find(const QString &deviceId) const
{
    for (const PlanRequest &request : m_requests) {
        if (request.deviceId == deviceId)
            return request;
    }
    return std::nullopt;
}

void PlanRequests::set(const PlanRequest &request)
{
    remove(request.deviceId);
    m_requests.append(request);
}

bool PlanRequests::remove(const QString &deviceId)
{
    return m_requests.removeIf([&](const PlanRequest &r) { return r.deviceId == deviceId; }) > 0;
}

bool PlanRequests::expire(qint64 nowMs)
{
    return m_requests.removeIf([nowMs](const PlanRequest &r) { return r.untilMs <= nowMs; }) > 0;
}

} // namespace commonwatt::app

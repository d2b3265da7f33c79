// What the household asked of the planner ("run now", "ready by 07:00 with 80 %", "don't run today"): one
// standing request per device, kept in the data folder so that a restart does not forget it, and dropped
// when it has done its job.
#pragma once

#include <commonwatt/device.h>

#include <QList>
#include <QString>

#include <optional>

namespace commonwatt::app {

enum class RequestKind
{
    RunNow,    // appliance: start now; car: charge at full power now; heater: heat now
    ReadyBy,   // car: reach targetPercent by untilMs
    SkipToday, // appliance or heater: leave it out of the plan and keep it off until untilMs (next midnight)
};

struct PlanRequest
{
    QString deviceId;
    RequestKind kind = RequestKind::RunNow;
    qint64 createdMs = 0;
    qint64 untilMs = 0;         // the request ends here (ReadyBy: the departure)
    double targetPercent = 0.0; // ReadyBy only

    friend bool operator==(const PlanRequest &, const PlanRequest &) = default;
};

class PlanRequests
{
public:
    PlanRequests() = default;
    // path empty: nothing is kept on disk (tests of other parts, headless tools).
    explicit PlanRequests(QString path);

    // Reads the file, dropping requests that ended before nowMs. A missing file is an empty list; a broken
    // one is reported in *error (naming the file) and ignored, so that a bad file never stops the planner.
    bool load(qint64 nowMs, QString *error);
    // The file's new contents; write them with writeFile (off the UI thread).
    [[nodiscard]] QByteArray serialize() const;
    [[nodiscard]] static bool writeFile(const QString &path, const QByteArray &contents, QString *error);
    [[nodiscard]] const QString &path() const { return m_path; }

    [[nodiscard]] const QList<PlanRequest> &all() const { return m_requests; }
    [[nodiscard]] std::optional<PlanRequest> find(const QString &deviceId) const;
    // Replaces the device's request.
    void set(const PlanRequest &request);
    // True when the device had a request.
    bool remove(const QString &deviceId);
    // Drops requests that have ended by nowMs; true when any was dropped.
    bool expire(qint64 nowMs);

private:
    QString m_path;
    QList<PlanRequest> m_requests;
};

// When a "run now" for the device ends: an appliance's programme, a car's charge to full or a heater's
// energy at full power, in whole slots from the current one and one more. nullopt (with *error in words) when
// the device has nothing to run now.
[[nodiscard]] std::optional<qint64> runNowUntilMs(const Device &device, qint64 nowMs, qint64 slotMs,
                                                  QString *error);

[[nodiscard]] QString requestKindName(RequestKind kind);
[[nodiscard]] std::optional<RequestKind> requestKindFromName(const QString &name);

} // namespace commonwatt::app

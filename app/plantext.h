// The Plan page's words: each decision's sentence ("Washing machine at 13:15: solar surplus, +0.8 cr vs
// now"), each device's state, and where each forecast came from. Translated, short and plain.
#pragma once

#include "loadforecast.h"
#include "planexplainer.h"
#include "planrequests.h"
#include "scenariobuilder.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace commonwatt::app {

class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)

public:
    PlanText(QTimeZone zone, qint64 nowMs);

    // "+0.8 cr", "-0.05 cr": one decimal, or two below a tenth.
    [[nodiscard]] static QString credits(double value);
    // "13:15", or "tomorrow 09:00" for a time on a later day than nowMs.
    [[nodiscard]] QString time(qint64 ms) const;
    // "13:15–15:00", "tomorrow 07:15–08:00", "21:00–tomorrow 02:00".
    [[nodiscard]] QString range(qint64 fromMs, qint64 toMs) const;

    // The decision in a sentence without the device's name ("at 13:15: solar surplus, +0.8 cr vs now"), and
    // with it ("Washing machine at 13:15: ...").
    [[nodiscard]] QString decision(const DeviceStatus &status, const DeviceExplanation &explanation,
                                   const BuiltScenario &built) const;
    [[nodiscard]] QString sentence(const DeviceStatus &status, const DeviceExplanation &explanation,
                                   const BuiltScenario &built) const;
    // What a device is doing when the plan has nothing for it ("Not plugged in").
    [[nodiscard]] QString state(const DeviceStatus &status) const;
    [[nodiscard]] QString request(const PlanRequest &request) const;

    [[nodiscard]] static QString reason(Reason reason, bool battery);
    // Where a forecast came from, for the Plan page: "learned from 42 days", "sun position (2 d)",
    // "feed 36 h". feedHours: for a grid signal, the hours its feed covers (-1: all of them).
    [[nodiscard]] static QString source(const forecast::Forecast &forecast, bool solar, int feedHours = -1);

private:
    QTimeZone m_zone;
    qint64 m_nowMs;
};

} // namespace commonwatt::app

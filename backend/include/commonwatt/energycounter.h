// The energy register as Commonwatt stores it (part of the public plugin API): monotonic, even when the
// device's own register jumps (reset to zero, a replaced device, a Tasmota restoring an older saved total, an
// "EnergyTotal" typed by the installer), and deaf to one-off garbage. The rule (docs/plugins.md, "Energy
// counters"):
// - a step from the last good value that the plausibility limit allows (at most maxPowerKw x elapsed time
//   x 1.5 plus kMarginKwh up, at most kToleranceKwh down) is accepted; a small drop repeats the last value;
// - any other step is a discontinuity: refused (the device reports it as a bad payload) and remembered as a
//   candidate;
// - if the next value continues plausibly from the candidate, the device's register really did jump: the
//   published counter carries on from where it was, adding only what the device counted since the candidate;
//   if it continues from the last good value instead, the candidate was a glitch and is forgotten.
// So the published counter never steps backwards and never leaps by more than the device could have used.
// Plugins keep one per energy channel, on the device's thread; it is not thread-safe.
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace commonwatt {

class EnergyCounter
{
public:
    static constexpr double kToleranceKwh = 0.01; // rounding and re-sampling noise
    static constexpr double kMarginKwh = 0.05;    // allowance on top of maxPowerKw x time (late reports)

    // maxPowerKw: the most the device can draw (or deliver); the counter may rise 1.5 times that fast.
    explicit EnergyCounter(double maxPowerKw)
        : m_maxPowerKw(maxPowerKw)
    {}

    struct Update
    {
        bool accepted = false;
        double publishedKwh = 0.0; // the counter to report (unchanged when refused)
        bool rebased = false;      // accepted as the continuation of a jump in the device's register
        QString problem;           // why it was refused, naming the values
    };

    // rawKwh is the device's register; nowMs when it arrived.
    [[nodiscard]] Update update(double rawKwh, qint64 nowMs);
    // The counter published last, or nothing before the first accepted value.
    [[nodiscard]] std::optional<double> published() const;
    [[nodiscard]] double maxPowerKw() const { return m_maxPowerKw; }

private:
    struct Sample
    {
        double rawKwh;
        qint64 ms;
    };
    [[nodiscard]] bool plausible(const Sample &from, double toKwh, qint64 toMs) const;
    double publish();

    double m_maxPowerKw;
    std::optional<Sample> m_last; // last accepted raw value (high-water mark)
    std::optional<Sample> m_candidate;
    double m_offsetKwh = 0.0;
    double m_publishedKwh = 0.0;
};

} // namespace commonwatt

// The Qt side of the simulator: owns the model and the household's Devices, and steps the model on the
// injected clock, one step per sample boundary, so that a clock that jumps ahead hours at once still gets
// every sample and exact counters. The battery, the car's charger, the appliances and the water heater
// publish their flexibility (docs/planning.md) and take the scheduler's commands.
//
// This header stays free of the model's headers: Qt 6.4's moc cannot parse <compare>, <concepts> or
// <numbers> (which domain/units.h pulls in) once CMake hands it the compiler's predefined macros.
#pragma once

#include <commonwatt/device.h>

#include <QList>
#include <QObject>

#include <array>
#include <memory>

namespace commonwatt {
class Clock;
}

namespace commonwatt::simulator {

struct HouseholdConfig;
struct HouseholdSnapshot;
class HouseholdSimulator;
class GridSignalModel;

class SimulatedHousehold final : public QObject
{
    Q_OBJECT
public:
    // The devices are children of the household. The first sample is at the first multiple of the sample
    // interval (counted from the epoch) at or after the clock's time now; it is reported on the first tick
    // that reaches it.
    SimulatedHousehold(Clock *clock, const HouseholdConfig &config, QObject *parent = nullptr);
    ~SimulatedHousehold() override;

    [[nodiscard]] QList<Device *> devices() const;
    [[nodiscard]] Device *device(const QString &id) const;
    [[nodiscard]] qint64 nextSampleMs() const { return m_nextSampleMs; }
    // The `grid-signals` device reports once per 15-minute slot, at the slot's start: the first slot start
    // at or after the clock's time at creation. Far in the future when the device is switched off.
    [[nodiscard]] qint64 nextSlotMs() const { return m_nextSlotMs; }
    // The newest sample reported; null before the first.
    [[nodiscard]] const HouseholdSnapshot *lastSnapshot() const { return m_last.get(); }
    [[nodiscard]] const HouseholdConfig &config() const;

    // Reports every sample up to and including nowMs, in order; a time that is not later than the last one
    // seen does nothing. Connected to Clock::ticked. Works from the tick's argument rather than asking the
    // clock, so the household may live in another thread than its clock.
    void advanceTo(qint64 nowMs);

    // Commands act from the end of the newest sample reported (before the first: from the start of the first
    // sample's interval), so the next sample shows them. That time, as epoch milliseconds.
    [[nodiscard]] qint64 commandTimeMs() const;

private:
    // What a device last told the scheduler, so that it tells changes only: discrete ones at once, a state
    // of charge or an energy once per 15-minute slot when it has moved by 0.1 kWh.
    struct Told
    {
        bool yet = false;
        double kwh = 0.0;
        qint64 state = 0;
        qint64 time = 0;
    };
    struct Output
    {
        Device *device = nullptr;      // cleared if someone deletes the device
        QList<DeviceReading> readings; // reused from sample to sample, so that a year needs no allocations
        Told told;
    };
    Output makeOutput(const QString &id, const QString &name, DeviceKind kind, QList<ChannelSpec> channels);
    void forgetWhenDestroyed(Output &output);
    void takeCommands(Output &output, QList<CommandKind> kinds);
    void execute(Output &output, const DeviceCommand &command);
    void publish(Output &output, qint64 timestampMs, std::initializer_list<double> values);
    void publish(const HouseholdSnapshot &snapshot);
    void publishGridSignals(qint64 slotStartMs);
    // Tells the devices' flexibility where it changed; false if a receiver deleted the household.
    bool tellFlexibility(qint64 timestampMs);

    std::unique_ptr<HouseholdSimulator> m_model;
    std::unique_ptr<HouseholdSnapshot> m_last;
    std::unique_ptr<GridSignalModel> m_gridSignalModel; // null when the setting switches it off
    qint64 m_intervalMs;
    qint64 m_nextSampleMs;
    qint64 m_nextSlotMs;
    qint64 m_clockMs;             // the latest time the clock has told us
    qint64 m_flexibilitySlot = 0; // the slot of the latest sample that told its flexibility
    bool m_catchingUp = false;
    Output m_grid, m_pv, m_battery, m_ev, m_waterHeater, m_gridSignals;
    std::array<Output, 3> m_appliances;
    QList<DeviceReading> m_forecast; // reused from slot to slot
};

} // namespace commonwatt::simulator

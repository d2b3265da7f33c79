// The scheduler's input: one household over a horizon (docs: ../shared/docs/scheduling.md, "Scenario").
// Plain C++ with no Qt, so that the reader can be fuzzed on its own and the solvers stay portable.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace commonwatt::scheduler {

struct CurrencyParameters
{
    double referenceIntensity = 400.0;
    double kappa = 0.25;
    double gamma = 0.5;
    double exportFee = 0.01;
};

struct Weights
{
    double credits = 1.0;
    double money = 0.0;
};

// Every array has exactly `slots` entries once read; optional ones are filled with their defaults.
struct Signals
{
    std::vector<double> carbonIntensity;
    std::vector<double> gridNeed;
    std::vector<double> priceImport;
    std::vector<double> priceExport;
    std::vector<double> eventRate;
    std::vector<double> eventBaselineKw;
};

struct Site
{
    double importLimitKw = 0.0;
    double exportLimitKw = 0.0;
    std::vector<double> baseLoadKw;
    std::vector<double> pvKw;
};

// Slot indices are kept as written (they may lie outside the horizon); the clamped accessors give [0, slots].
struct Battery
{
    std::string id;
    double capacityKwh = 0.0;
    double socKwh = 0.0;
    double minSocKwh = 0.0;
    double maxSocKwh = 0.0;
    double maxChargeKw = 0.0;
    double maxDischargeKw = 0.0;
    double chargeEfficiency = 1.0;
    double dischargeEfficiency = 1.0;
    double cycleCostPerKwh = 0.0;
    std::optional<double> finalSocKwhMin;
};

struct Ev
{
    std::string id;
    double capacityKwh = 0.0;
    double socKwh = 0.0;
    double targetSocKwh = 0.0;
    std::int64_t arrivalSlot = 0;
    std::int64_t departureSlot = 0;
    double minChargeKw = 0.0;
    double maxChargeKw = 0.0;
    double chargeEfficiency = 1.0;
};

struct Appliance
{
    std::string id;
    std::vector<double> profileKw;
    std::int64_t earliestStartSlot = 0;
    std::int64_t latestEndSlot = 0;
};

struct Thermal
{
    std::string id;
    double maxKw = 0.0;
    double energyKwh = 0.0;
    std::int64_t windowStartSlot = 0;
    std::int64_t windowEndSlot = 0;
};

enum class DeviceType
{
    Battery,
    Ev,
    Appliance,
    Thermal,
};

// A device in the order the scenario lists it: its type and its index in that type's vector.
struct DeviceRef
{
    DeviceType type = DeviceType::Battery;
    int index = 0;
};

struct Scenario
{
    std::string name;
    std::string start;                 // as written, ISO 8601 UTC
    std::int64_t startEpochSeconds = 0; // the same instant
    int slotMinutes = 15;
    int slotCount = 0;
    Signals gridSignals; // "signals" in the JSON
    CurrencyParameters currency;
    Weights weights;
    Site site;
    std::vector<Battery> batteries;
    std::vector<Ev> evs;
    std::vector<Appliance> appliances;
    std::vector<Thermal> thermals;
    std::vector<DeviceRef> deviceOrder; // every device, in the order written

    [[nodiscard]] double dt() const { return slotMinutes / 60.0; }
    [[nodiscard]] int clampSlot(std::int64_t slot) const
    {
        return slot < 0 ? 0 : (slot > slotCount ? slotCount : static_cast<int>(slot));
    }
    [[nodiscard]] const std::string &deviceId(DeviceRef ref) const;
};

// w[t] of scheduling.md: the credits a grid kWh costs in slot t (never negative for a valid scenario).
[[nodiscard]] std::vector<double> gridWeights(const Scenario &scenario);

} // namespace commonwatt::scheduler

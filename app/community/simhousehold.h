// The households of a simulated community (commonwatt-community simulate, docs/community-cli.md): each is the
// app's simulated household model (plugins/simulator) with its own seed and equipment, read out per ledger
// slot as the figures a meter claim carries and the distributor's revenue meter sees. Deterministic: the
// same community seed and index give the same household and the same days.
#pragma once

#include "householdsimulator.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace commonwatt::community {

// One device's energy in one slot, in Wh, as a meter claim lists it.
struct DeviceSlot
{
    QString id = {};
    std::int64_t chargeWh = 0;
    std::int64_t dischargeWh = 0;
    std::int64_t loadWh = 0;
};

// What one household measured in one slot, in Wh.
struct SlotFigures
{
    qint64 slotStartMs = 0;
    std::int64_t importWh = 0;
    std::int64_t exportWh = 0;
    std::int64_t pvWh = 0;
    std::int64_t fossilWh = 0;
    std::int64_t loadWh = 0; // everything consumed at home, storage charge and export excluded
    std::vector<DeviceSlot> devices = {};
};

// Who a household is and where it sits in the grid: what its membership declares.
struct HouseholdProfile
{
    int index = 0;
    QString dwelling = {};
    QString meter = {};
    QString feeder = {};
    QString substation = {};
    QString region = {};
    std::int64_t importLimitW = 0;
    std::int64_t exportLimitW = 0;
    std::int64_t pvPeakW = 0;
    QString devicesJson = {}; // the membership's declared devices, exact bytes
    simulator::HouseholdConfig model = {};
};

// Households per low-voltage feeder and feeders per primary substation in the simulated grid.
inline constexpr int kHouseholdsPerFeeder = 10;
inline constexpr int kFeedersPerSubstation = 2;

// Household `index` of the community with `seed`: about four in five have PV (3 to 9 kWp), half a battery,
// two in five a car; all have a water heater. Feeders of ten, substations of two feeders, one region.
[[nodiscard]] HouseholdProfile householdProfile(int index, std::uint64_t seed);

class SimulatedMeterHousehold
{
public:
    SimulatedMeterHousehold(HouseholdProfile profile, qint64 startMs, int slotMinutes);

    [[nodiscard]] const HouseholdProfile &profile() const { return m_profile; }
    // The start of the slot nextSlot() covers.
    [[nodiscard]] qint64 nextSlotStartMs() const { return m_nextSlotMs; }
    // Steps the model through the next slot (one-minute steps) and returns its figures.
    [[nodiscard]] SlotFigures nextSlot();

private:
    HouseholdProfile m_profile;
    simulator::HouseholdSimulator m_model;
    qint64 m_nextSlotMs = 0;
    qint64 m_slotMs = 0;
};

} // namespace commonwatt::community

// Clean-energy share and the energy passport of storage (currency.md section 9; docs/currency-rules.md
// R14-R18). Cleanliness is in integer millionths (0 .. 1'000'000).
#pragma once

#ifndef Q_MOC_RUN

#include "currency/exact.h"
#include "currency/slotsettlement.h"

#include <cstdint>
#include <vector>

namespace commonwatt::currency {

// One storage device's metered AC flows in a slot, Wh.
struct StorageFlow
{
    std::int64_t chargeWh = 0;
    std::int64_t dischargeWh = 0;
};

// What a storage device holds: quantity in Wh-millionths (micro-Wh) and the weighted mean cleanliness.
class EnergyPassport
{
public:
    // First content, and whatever an EV brings from elsewhere, counts 0 (section 9).
    EnergyPassport(std::int64_t etaChargeMillionths, std::int64_t etaDischargeMillionths,
                   std::int64_t initialContentWh = 0);

    [[nodiscard]] std::int64_t contentMicroWh() const { return m_contentMicroWh; }
    [[nodiscard]] std::int64_t cleanliness() const { return m_cleanliness; }

    // Change of content for these flows: eta_c * charge - discharge / eta_d, in micro-Wh (R16).
    [[nodiscard]] std::int64_t contentChangeMicroWh(const StorageFlow &flow) const;
    // The clean part of a net AC discharge of `acWh`, in Wh-millionths: at the passport for what the content
    // covers, at 0 beyond it (R17).
    [[nodiscard]] Int128 dischargeCleanWhMillionths(const StorageFlow &flow) const;
    // Applies the slot: a net charge enters at the pool mean, a net discharge leaves at the passport.
    void apply(const StorageFlow &flow, std::int64_t poolMean);

private:
    std::int64_t m_etaCharge;
    std::int64_t m_etaDischarge;
    std::int64_t m_contentMicroWh;
    std::int64_t m_cleanliness = 0;
};

// One household's slot as the pool sees it (section 9). P2P deliveries will be one more source here.
struct PoolSlot
{
    std::int64_t importWh = 0;
    int r = 0; // renewable share of the grid, thousandths
    std::int64_t pvWh = 0;
    std::int64_t fossilWh = 0;
    std::int64_t loadWh = 0;          // excludes storage charge and export
    std::vector<StorageFlow> storage; // one per device, in the order of the passports

    // A settled slot's meter data as the pool sees it, with its storage as one device when there is one.
    [[nodiscard]] static PoolSlot from(const SlotMeterData &meter, int r, bool withStorage)
    {
        PoolSlot pool;
        pool.importWh = meter.importWh;
        pool.r = r;
        pool.pvWh = meter.pvWh;
        pool.fossilWh = meter.fossilWh;
        pool.loadWh = meter.loadWh;
        if (withStorage)
            pool.storage.push_back({meter.storageChargeWh, meter.storageDischargeWh});
        return pool;
    }
};

// Running clean share: sum(m * load) / sum(load).
struct CleanShare
{
    Int128 cleanLoadWhMillionths = 0;
    std::int64_t loadWh = 0;
    // Rounded half to even to millionths; 0 without load.
    [[nodiscard]] std::int64_t millionths() const
    {
        return loadWh == 0 ? 0 : roundHalfEven(cleanLoadWhMillionths, loadWh);
    }
};

class CleanShareTracker
{
public:
    explicit CleanShareTracker(std::vector<EnergyPassport> passports = {});

    // Settles one slot in time order and returns its pool mean m[t] in millionths (R14).
    std::int64_t addSlot(const PoolSlot &slot);

    [[nodiscard]] const CleanShare &share() const { return m_share; }
    [[nodiscard]] const std::vector<EnergyPassport> &passports() const { return m_passports; }

private:
    std::vector<EnergyPassport> m_passports;
    CleanShare m_share;
};

} // namespace commonwatt::currency

#endif // Q_MOC_RUN

#include "currency/cleanshare.h"

#include <algorithm>
#include <cassert>

namespace commonwatt::currency {

EnergyPassport::EnergyPassport(std::int64_t etaChargeMillionths, std::int64_t etaDischargeMillionths,
                               std::int64_t initialContentWh)
    : m_etaCharge(std::clamp<std::int64_t>(etaChargeMillionths, 1, kMillion))
    , m_etaDischarge(std::clamp<std::int64_t>(etaDischargeMillionths, 1, kMillion))
    , m_contentMicroWh(std::max<std::int64_t>(initialContentWh, 0) * kMillion)
{}

std::int64_t EnergyPassport::contentChangeMicroWh(const StorageFlow &flow) const
{
    // eta_c * charge is exact in micro-Wh; discharge / eta_d is rounded half to even to the micro-Wh.
    return flow.chargeWh * m_etaCharge -
           roundHalfEven(Int128(flow.dischargeWh) * kMillion * kMillion, m_etaDischarge);
}

Int128 EnergyPassport::dischargeCleanWhMillionths(const StorageFlow &flow) const
{
    const std::int64_t acWh = flow.dischargeWh - flow.chargeWh;
    if (acWh <= 0)
        return 0;
    const std::int64_t decrease = -contentChangeMicroWh(flow);
    if (decrease <= m_contentMicroWh)
        return Int128(acWh) * m_cleanliness;
    // Beyond the tracked content: energy of unknown origin, which counts 0 like first content.
    return roundHalfEven(Int128(acWh) * m_cleanliness * m_contentMicroWh, decrease);
}

void EnergyPassport::apply(const StorageFlow &flow, std::int64_t poolMean)
{
    const std::int64_t change = contentChangeMicroWh(flow);
    if (change > 0) {
        const Int128 clean = Int128(m_contentMicroWh) * m_cleanliness + Int128(change) * poolMean;
        m_contentMicroWh += change;
        m_cleanliness = roundHalfEven(clean, m_contentMicroWh);
    } else {
        // Losses and discharge change the quantity, never the cleanliness.
        m_contentMicroWh = std::max<std::int64_t>(0, m_contentMicroWh + change);
    }
}

CleanShareTracker::CleanShareTracker(std::vector<EnergyPassport> passports)
    : m_passports(std::move(passports))
{}

std::int64_t CleanShareTracker::addSlot(const PoolSlot &slot)
{
    assert(slot.storage.size() == m_passports.size());
    // Sources in Wh and their clean part in Wh-millionths: PV at 1, fossil at 0, grid at r, net storage
    // discharge at its passport.
    Int128 clean = Int128(slot.pvWh) * kMillion + Int128(slot.importWh) * slot.r * 1000;
    std::int64_t sources = slot.pvWh + slot.fossilWh + slot.importWh;
    for (std::size_t i = 0; i < m_passports.size(); ++i) {
        const StorageFlow &flow = slot.storage[i];
        if (flow.dischargeWh > flow.chargeWh) {
            sources += flow.dischargeWh - flow.chargeWh;
            clean += m_passports[i].dischargeCleanWhMillionths(flow);
        }
    }
    const std::int64_t mean = sources == 0 ? 0 : roundHalfEven(clean, sources);
    for (std::size_t i = 0; i < m_passports.size(); ++i)
        m_passports[i].apply(slot.storage[i], mean);
    m_share.cleanLoadWhMillionths += Int128(slot.loadWh) * mean;
    m_share.loadWh += slot.loadWh;
    return mean;
}

} // namespace commonwatt::currency

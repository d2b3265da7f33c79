#include "scenariobuilder.h"

#include "currency/slotsettlement.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

constexpr double kMillionth = 1e-6;
constexpr double kThousandth = 1e-3;

// A number from a flexibility map, or nullopt when it is missing, not a number or not finite.
std::optional<double> number(const QVariantMap &map, const char *key)
{
    const QVariant value = map.value(QLatin1StringView(key));
    bool ok = false;
    const double result = value.toDouble(&ok);
    if (!value.isValid() || !ok || !std::isfinite(result))
        return std::nullopt;
    return result;
}

double nonNegative(double value)
{
    return std::max(0.0, value);
}

double efficiency(const QVariantMap &map, const char *key)
{
    const double value = number(map, key).value_or(1.0);
    return value > 0.0 && value <= 1.0 ? value : 1.0;
}

class Builder
{
public:
    explicit Builder(const PlanInputs &inputs)
        : m_in(inputs)
    {}

    BuiltScenario build()
    {
        makeHorizon();
        makeSignals();
        makeSite();
        for (const DeviceSnapshot &device : m_in.devices)
            addDevice(device);
        return std::move(m_out);
    }

private:
    [[nodiscard]] scheduler::Scenario &sc() { return m_out.scenario; }
    [[nodiscard]] std::size_t slotSize() const { return static_cast<std::size_t>(m_out.scenario.slotCount); }

    // The first slot starting at or after ms (0 for the past).
    [[nodiscard]] std::int64_t slotCeil(qint64 ms) const
    {
        const qint64 offset = ms - m_out.startMs;
        return offset <= 0 ? 0 : (offset + m_out.slotMs - 1) / m_out.slotMs;
    }
    // The slot containing ms (0 for the past).
    [[nodiscard]] std::int64_t slotFloor(qint64 ms) const
    {
        const qint64 offset = ms - m_out.startMs;
        return offset <= 0 ? 0 : offset / m_out.slotMs;
    }

    void makeHorizon()
    {
        const PlanHorizon horizon = planHorizon(m_in.nowMs, m_in.zone, m_in.community.slotMinutes);
        m_out.slotMs = horizon.slotMs;
        m_out.nowMs = m_in.nowMs;
        m_out.startMs = horizon.startMs;
        sc().name = "household";
        sc().slotMinutes = static_cast<int>(horizon.slotMs / 60'000);
        sc().slotCount = horizon.slotCount;
        sc().startEpochSeconds = m_out.startMs / 1000;
        sc().start =
            QDateTime::fromMSecsSinceEpoch(m_out.startMs, Qt::UTC).toString(Qt::ISODate).toStdString();

        const PlanForecasts *given = m_in.forecasts.get();
        if (given && given->horizon.startMs == horizon.startMs && given->horizon.slotMs == horizon.slotMs &&
            given->horizon.slotCount == horizon.slotCount) {
            m_out.forecasts = m_in.forecasts;
        } else {
            ForecastInputs inputs;
            inputs.nowMs = m_in.nowMs;
            inputs.zone = m_in.zone;
            inputs.community = m_in.community;
            inputs.signalFeed = m_in.signalForecast;
            inputs.history = m_in.history;
            inputs.site = m_in.site;
            m_out.forecasts = std::make_shared<const PlanForecasts>(makeForecasts(inputs));
        }
    }

    // Carbon intensity and grid need from their forecasts (the feed, a learned profile or the community
    // defaults, as they say); a grid event in the feed raises the grid need to its level (currency.md, 5),
    // unless the household declined it.
    void makeSignals()
    {
        const currency::CommunityConfig &config = m_in.community;
        scheduler::CurrencyParameters &currency = sc().currency;
        currency.referenceIntensity = config.referenceIntensity;
        currency.kappa = double(config.kappa) * kMillionth;
        currency.gamma = double(config.gamma) * kMillionth;
        currency.exportFee = double(config.feeByHops[0]) * kMillionth; // the feeder: where the split starts

        const PlanForecasts &f = *m_out.forecasts;
        const std::size_t n = slotSize();
        scheduler::Signals &feed = sc().gridSignals;
        feed.carbonIntensity.resize(n);
        feed.gridNeed.resize(n);
        feed.priceImport.assign(n, 0.0);
        feed.priceExport.assign(n, 0.0);
        feed.eventRate.assign(n, 0.0); // rewards need the household's opt-in, which the ledger brings
        feed.eventBaselineKw.assign(n, 0.0);
        m_out.eventLevels.assign(n, 0);
        m_out.signalSlotsForecast = f.feedSlots;
        for (std::size_t t = 0; t < n; ++t) {
            currency::SlotSignals signal;
            signal.g = static_cast<int>(std::lround(std::max(0.0, f.carbon.values.at(t))));
            signal.s = static_cast<int>(std::lround(std::clamp(f.gridNeed.values.at(t), -1.0, 1.0) * 1000.0));
            signal.eventLevel = t < f.eventLevels.size() ? f.eventLevels[t] : 0;
            // A declined event still counts for settlement (docs/events.md); only the plan leaves out its floor.
            const qint64 slotStart = m_out.startMs + static_cast<qint64>(t) * m_out.slotMs;
            for (const EventWindow &declined : m_in.declinedEvents) {
                if (declined.overlaps(slotStart, slotStart + m_out.slotMs))
                    signal.eventLevel = 0;
            }
            feed.carbonIntensity[t] = signal.g;
            feed.gridNeed[t] = std::clamp(currency::effectiveStress(signal) * kThousandth, -1.0, 1.0);
            m_out.eventLevels[t] = signal.eventLevel;
        }
    }

    void makeSite()
    {
        sc().site.importLimitKw = nonNegative(m_in.importLimitKw);
        sc().site.exportLimitKw = nonNegative(m_in.exportLimitKw);
        sc().site.baseLoadKw = m_out.forecasts->baseLoad.values;
        sc().site.pvKw = m_out.forecasts->pv.values;
    }

    void addToBaseLoad(const std::vector<double> &kw, std::size_t fromSlot = 0)
    {
        std::vector<double> &base = sc().site.baseLoadKw;
        for (std::size_t k = 0; k < kw.size() && fromSlot + k < base.size(); ++k)
            base[fromSlot + k] += kw[k];
    }

    [[nodiscard]] std::optional<PlanRequest> requestFor(const QString &id) const
    {
        for (const PlanRequest &request : m_in.requests) {
            if (request.deviceId == id && request.untilMs > m_in.nowMs)
                return request;
        }
        return std::nullopt;
    }

    void planned(DeviceStatus &status, scheduler::DeviceType type, int index)
    {
        status.state = DeviceState::Planned;
        status.scenarioIndex = static_cast<int>(sc().deviceOrder.size());
        sc().deviceOrder.push_back({type, index});
    }

    void addDevice(const DeviceSnapshot &device)
    {
        DeviceStatus status;
        status.id = device.id;
        status.name = device.name;
        status.kind = device.kind;
        status.holdable = device.kind == DeviceKind::ThermalLoad || device.acceptsSetPower;
        status.state = device.flexibility.isEmpty() ? DeviceState::Idle : DeviceState::Unplannable;
        if (!device.flexibility.isEmpty()) {
            switch (device.kind) {
            case DeviceKind::Battery:
                addBattery(device, status);
                break;
            case DeviceKind::EvCharger:
                addEv(device, status);
                break;
            case DeviceKind::Appliance:
                addAppliance(device, status);
                break;
            case DeviceKind::ThermalLoad:
                addThermal(device, status);
                break;
            default:
                return;
            }
        }
        m_out.devices.append(status);
    }

    void addBattery(const DeviceSnapshot &device, DeviceStatus &status)
    {
        const QVariantMap &f = device.flexibility;
        const auto capacity = number(f, "capacityKwh");
        const auto soc = number(f, "socKwh");
        if (!capacity || !soc || *capacity <= 0.0)
            return;
        scheduler::Battery b;
        b.id = device.id.toStdString();
        b.capacityKwh = *capacity;
        b.socKwh = std::clamp(*soc, 0.0, b.capacityKwh);
        // A battery reporting a state outside its own limits is planned from where it is.
        b.minSocKwh = std::clamp(number(f, "minSocKwh").value_or(0.0), 0.0, b.socKwh);
        b.maxSocKwh = std::clamp(number(f, "maxSocKwh").value_or(b.capacityKwh), b.socKwh, b.capacityKwh);
        b.maxChargeKw = nonNegative(number(f, "maxChargeKw").value_or(0.0));
        b.maxDischargeKw = nonNegative(number(f, "maxDischargeKw").value_or(0.0));
        b.chargeEfficiency = efficiency(f, "chargeEfficiency");
        b.dischargeEfficiency = efficiency(f, "dischargeEfficiency");
        b.cycleCostPerKwh = nonNegative(number(f, "cycleCostPerKwh").value_or(0.0));
        // Energy left at the horizon's end is worth something the objective cannot see: keep what there is
        // now, up to the middle of the usable range, so that the plan never empties it just because the
        // horizon ends.
        b.finalSocKwhMin = std::min(b.socKwh, (b.minSocKwh + b.maxSocKwh) / 2.0);
        status.maxKw = std::max(b.maxChargeKw, b.maxDischargeKw);
        sc().batteries.push_back(b);
        planned(status, scheduler::DeviceType::Battery, int(sc().batteries.size()) - 1);
    }

    void addEv(const DeviceSnapshot &device, DeviceStatus &status)
    {
        const QVariantMap &f = device.flexibility;
        if (!f.value(u"pluggedIn"_s).toBool()) {
            status.state = DeviceState::Unplugged;
            return;
        }
        const auto capacity = number(f, "capacityKwh");
        const auto soc = number(f, "socKwh");
        const auto maxKw = number(f, "maxChargeKw");
        if (!capacity || !soc || !maxKw || *capacity <= 0.0 || *maxKw <= 0.0)
            return;
        scheduler::Ev ev;
        ev.id = device.id.toStdString();
        ev.capacityKwh = *capacity;
        ev.socKwh = std::clamp(*soc, 0.0, ev.capacityKwh);
        ev.targetSocKwh = std::clamp(number(f, "targetSocKwh").value_or(ev.capacityKwh), 0.0, ev.capacityKwh);
        ev.maxChargeKw = *maxKw;
        ev.minChargeKw = std::clamp(number(f, "minChargeKw").value_or(0.0), 0.0, ev.maxChargeKw);
        ev.chargeEfficiency = efficiency(f, "chargeEfficiency");
        status.maxKw = ev.maxChargeKw;
        qint64 departureMs = qint64(number(f, "departureMs").value_or(0.0));

        const std::optional<PlanRequest> request = requestFor(device.id);
        if (request && request->kind == RequestKind::ReadyBy) {
            departureMs = request->untilMs;
            ev.targetSocKwh =
                std::clamp(request->targetPercent / 100.0 * ev.capacityKwh, 0.0, ev.capacityKwh);
        } else if (request && request->kind == RequestKind::RunNow) {
            // Full power until full: a target of a full car by the request's end, which the solver meets
            // first of all (the shortfall is minimised before anything else).
            departureMs = request->untilMs;
            ev.targetSocKwh = ev.capacityKwh;
        }
        if (departureMs <= m_in.nowMs) {
            // It charges at once on its own; the rest of the plan must see that load.
            status.state = DeviceState::NoDeparture;
            const double needKwh = std::max(0.0, ev.targetSocKwh - ev.socKwh) / ev.chargeEfficiency;
            const double dt = sc().dt();
            std::vector<double> load;
            for (double left = needKwh; left > 1e-9 && load.size() < slotSize(); left -= ev.maxChargeKw * dt)
                load.push_back(std::min(ev.maxChargeKw, left / dt));
            addToBaseLoad(load);
            return;
        }
        ev.arrivalSlot = 0;
        ev.departureSlot = std::max<std::int64_t>(1, slotFloor(departureMs));
        sc().evs.push_back(ev);
        planned(status, scheduler::DeviceType::Ev, int(sc().evs.size()) - 1);
    }

    void addAppliance(const DeviceSnapshot &device, DeviceStatus &status)
    {
        const QVariantMap &f = device.flexibility;
        const QString state = f.value(u"state"_s).toString();
        QList<double> profile;
        for (const QVariant &value : f.value(u"profileKw"_s).toList())
            profile.append(nonNegative(value.toDouble()));
        const qint64 stepMs = qint64(number(f, "profileSlotMinutes").value_or(0.0) * 60'000);
        if (state == QLatin1StringView(kStateRunning)) {
            status.state = DeviceState::Running;
            const qint64 startedMs = qint64(number(f, "runStartedMs").value_or(double(m_in.nowMs)));
            if (stepMs > 0 && !profile.isEmpty()) {
                // The rest of the programme, from the start of the current slot, is load the plan must carry.
                addToBaseLoad(resampleProfile(profile, stepMs, std::max<qint64>(0, m_out.startMs - startedMs),
                                              m_out.slotMs));
                status.untilMs = startedMs + stepMs * profile.size();
            }
            return;
        }
        if (state != QLatin1StringView(kStateWaiting)) {
            status.state = DeviceState::Idle;
            return;
        }
        if (stepMs <= 0 || profile.isEmpty())
            return;
        const std::optional<PlanRequest> request = requestFor(device.id);
        if (heldToday(request, status))
            return;
        scheduler::Appliance a;
        a.id = device.id.toStdString();
        a.profileKw = resampleProfile(profile, stepMs, 0, m_out.slotMs);
        const auto length = static_cast<std::int64_t>(a.profileKw.size());
        // Once its earliest start has passed it may start now, in the current slot.
        const qint64 earliestMs = qint64(number(f, "earliestStartMs").value_or(0.0));
        a.earliestStartSlot = earliestMs <= m_in.nowMs ? 0 : slotCeil(earliestMs);
        const auto latestEndMs = number(f, "latestEndMs");
        a.latestEndSlot = latestEndMs && *latestEndMs > 0 ? slotFloor(qint64(*latestEndMs)) : sc().slotCount;
        if (request && request->kind == RequestKind::RunNow) {
            a.earliestStartSlot = 0;
            a.latestEndSlot = length;
        }
        if (a.latestEndSlot < a.earliestStartSlot + length) {
            // Its deadline cannot be met any more: it starts as soon as it may and ends late.
            a.latestEndSlot = a.earliestStartSlot + length;
            status.late = true;
        }
        if (a.earliestStartSlot + length > sc().slotCount)
            return; // it may not start before the horizon ends
        for (double kw : a.profileKw)
            status.maxKw = std::max(status.maxKw, kw);
        sc().appliances.push_back(a);
        planned(status, scheduler::DeviceType::Appliance, int(sc().appliances.size()) - 1);
    }

    // "Don't run today": the device stays out of the plan (and is held off) until the request ends.
    static bool heldToday(const std::optional<PlanRequest> &request, DeviceStatus &status)
    {
        if (!request || request->kind != RequestKind::SkipToday)
            return false;
        status.state = DeviceState::Held;
        status.untilMs = request->untilMs;
        return true;
    }

    void addThermal(const DeviceSnapshot &device, DeviceStatus &status)
    {
        const QVariantMap &f = device.flexibility;
        const auto maxKw = number(f, "maxKw");
        const auto energy = number(f, "energyKwh");
        if (!maxKw || !energy || *maxKw <= 0.0)
            return;
        const std::optional<PlanRequest> request = requestFor(device.id);
        if (heldToday(request, status))
            return;
        scheduler::Thermal h;
        h.id = device.id.toStdString();
        h.maxKw = *maxKw;
        h.windowStartSlot = slotFloor(qint64(number(f, "windowStartMs").value_or(0.0)));
        h.windowEndSlot = slotFloor(qint64(number(f, "windowEndMs").value_or(0.0)));
        if (request && request->kind == RequestKind::RunNow) {
            h.windowStartSlot = 0;
            h.windowEndSlot = std::max<std::int64_t>(1, slotCeil(request->untilMs));
        }
        h.windowEndSlot = std::min<std::int64_t>(h.windowEndSlot, sc().slotCount);
        if (h.windowEndSlot <= h.windowStartSlot) {
            status.state = DeviceState::Idle; // its window is over: the thermostat has it
            return;
        }
        // What the window cannot hold is left to the thermostat rather than making the plan impossible.
        const double most = h.maxKw * double(h.windowEndSlot - h.windowStartSlot) * sc().dt();
        h.energyKwh = std::clamp(*energy, 0.0, most);
        status.maxKw = h.maxKw;
        sc().thermals.push_back(h);
        planned(status, scheduler::DeviceType::Thermal, int(sc().thermals.size()) - 1);
    }

    const PlanInputs &m_in;
    BuiltScenario m_out;
};

} // namespace

std::vector<double> resampleProfile(const QList<double> &profileKw, qint64 stepMs, qint64 offsetMs,
                                    qint64 slotMs)
{
    std::vector<double> means;
    const qint64 totalMs = stepMs * profileKw.size();
    if (stepMs <= 0 || slotMs <= 0 || offsetMs >= totalMs)
        return means;
    for (qint64 from = offsetMs; from < totalMs; from += slotMs) {
        const qint64 to = from + slotMs;
        double energy = 0.0; // kW * ms
        for (qint64 step = from / stepMs; step < profileKw.size() && step * stepMs < to; ++step) {
            const qint64 overlap = std::min(to, (step + 1) * stepMs) - std::max(from, step * stepMs);
            if (overlap > 0)
                energy += profileKw[step] * double(overlap);
        }
        means.push_back(energy / double(slotMs));
    }
    return means;
}

BuiltScenario buildScenario(const PlanInputs &inputs)
{
    return Builder(inputs).build();
}

} // namespace commonwatt::app

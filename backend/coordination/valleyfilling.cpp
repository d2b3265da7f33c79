#include "valleyfilling.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

namespace commonwatt::coordination {

double objectiveFloor(double independentObjective)
{
    return independentObjective - std::max(0.02 * std::abs(independentObjective), 0.1);
}

CoordinatedHousehold::CoordinatedHousehold(scheduler::Scenario scenario, scheduler::Plan independent)
    : m_scenario(std::move(scenario))
    , m_plan(std::move(independent))
    , m_netKw(netLoadKw(m_plan))
    , m_independentObjective(m_plan.objective)
    , m_floor(objectiveFloor(m_plan.objective))
{}

bool CoordinatedHousehold::respond(const std::vector<double> &aggregateKw, int households,
                                   const ValleyFillingOptions &options)
{
    if (aggregateKw.size() != m_netKw.size() || households <= 0)
        return false;
    CongestionTerms terms;
    terms.priceKw.reserve(aggregateKw.size());
    for (double kw : aggregateKw)
        terms.priceKw.push_back(options.priceScale * kw / households);
    terms.anchorKw.assign(m_netKw.begin(), m_netKw.end());
    terms.proximalWeight = options.proximalWeight;
    BestResponseOptions responseOptions = options.bestResponse;
    responseOptions.multiplierHint = m_multiplier;
    BestResponse response = bestResponse(m_scenario, m_plan, terms, m_floor, responseOptions);
    if (!response.moved)
        return false;
    m_multiplier = response.multiplier;
    m_plan = std::move(response.plan);
    m_netKw = std::move(response.netKw);
    return true;
}

FeederStats feederStats(const std::vector<double> &aggregateKw)
{
    FeederStats stats;
    if (aggregateKw.empty())
        return stats;
    double sum = 0.0;
    for (double a : aggregateKw) {
        sum += a;
        stats.sumSquares += a * a;
    }
    stats.peakKw = *std::max_element(aggregateKw.begin(), aggregateKw.end());
    stats.meanKw = sum / double(aggregateKw.size());
    stats.peakToAverage = stats.meanKw > 0.0 ? stats.peakKw / stats.meanKw : 0.0;
    return stats;
}

std::vector<double> aggregateOf(const std::vector<CoordinatedHousehold> &households)
{
    std::vector<double> total;
    for (const CoordinatedHousehold &h : households) {
        if (total.empty())
            total.assign(h.netKw().size(), 0.0);
        for (std::size_t t = 0; t < total.size() && t < h.netKw().size(); ++t)
            total[t] += h.netKw()[t];
    }
    return total;
}

std::vector<RoundRecord> runValleyFilling(std::vector<CoordinatedHousehold> &households,
                                          const ValleyFillingOptions &options, int workers,
                                          const std::function<void(const RoundRecord &)> &progress)
{
    std::vector<RoundRecord> rounds;
    RoundRecord start;
    start.aggregateKw = aggregateOf(households);
    start.stats = feederStats(start.aggregateKw);
    rounds.push_back(start);
    if (progress)
        progress(start);
    const int count = int(households.size());
    for (int round = 1; round <= options.maxRounds; ++round) {
        const auto began = std::chrono::steady_clock::now();
        const std::vector<double> aggregate = rounds.back().aggregateKw;
        std::atomic<int> next{0}, moved{0};
        const auto work = [&] {
            for (int i = next++; i < count; i = next++)
                if (households[std::size_t(i)].respond(aggregate, count, options))
                    ++moved;
        };
        std::vector<std::thread> threads;
        for (int w = 1; w < std::max(1, workers); ++w)
            threads.emplace_back(work);
        work();
        for (std::thread &thread : threads)
            thread.join();
        RoundRecord record;
        record.round = round;
        record.aggregateKw = aggregateOf(households);
        record.stats = feederStats(record.aggregateKw);
        record.moved = moved.load();
        record.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count();
        const double before = rounds.back().stats.sumSquares;
        rounds.push_back(record);
        if (progress)
            progress(record);
        if (record.moved == 0 || std::abs(before - record.stats.sumSquares) <= options.tolerance * before)
            break;
    }
    return rounds;
}

} // namespace commonwatt::coordination

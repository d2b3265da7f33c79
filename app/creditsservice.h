// The household's credits, clean share and reputation as the Dashboard shows them: settled slot by slot from
// the readings store with the currency engine. Without a community these are estimates (currency.md,
// section 6): nothing here is validated or signed.
#pragma once

#include "household.h"

#ifndef Q_MOC_RUN
#include "currency/cleanshare.h"
#include "currency/eventreward.h"
#include "currency/reputation.h"
#include "currency/slotsettlement.h"
#endif

#include <QMap>
#include <QObject>

#include <optional>
#include <vector>

namespace commonwatt::app {

struct CreditsSummary
{
    bool valid = false;
    MilliCredits today; // net: giving - taking - fossil
    MilliCredits month;
    MilliCredits total; // since firstDayMs
    qint64 firstDayMs = 0;
    std::optional<std::int64_t> cleanShareToday; // millionths; unset without load
    MilliCredits eventRewardsMonth;              // grid events this month, included in month and total
    currency::Reputation reputation;
};

class CreditsService : public QObject
{
    Q_OBJECT
public:
    CreditsService(Household &household, storage::ReadingsStore &store, QObject *parent = nullptr);

    [[nodiscard]] const CreditsSummary &summary() const { return m_summary; }
    // Settles what is new: completed days once, today every time. Runs on the store's worker through its
    // queries, so it never waits on disk.
    void refresh();

signals:
    void summaryChanged();

private:
    struct Day
    {
        qint64 startMs = 0;
        bool hasData = false;
        currency::PeriodTotals totals;
        MilliCredits eventRewards; // events that ended within the day
        [[nodiscard]] MilliCredits net() const { return totals.net() + eventRewards; }
        currency::CleanShare cleanShare;
        currency::Int128 importTimesR = 0; // for the region's import-weighted renewable share
        std::int64_t importWh = 0;
        std::vector<currency::EnergyPassport> passportsAtEnd;
    };
    struct Load;

    void settleNext();
    void settleDay(qint64 startMs, qint64 endMs, qint64 untilMs);
    void finishDay(Load &load);
    void summarize();

    Household &m_household;
    storage::ReadingsStore &m_store;
    QMap<qint64, Day> m_days; // completed days, by local start
    std::optional<Day> m_today;
    QList<std::pair<qint64, qint64>> m_queue; // days still to settle: [start, end)
    // Net import by slot and the days with events: what event baselines are computed from (section 5).
    currency::BaselineHistory m_history;
    std::optional<qint64> m_firstDataMs; // the first hour with readings, once known
    bool m_busy = false;
    bool m_again = false;
    CreditsSummary m_summary;
};

} // namespace commonwatt::app

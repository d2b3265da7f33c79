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
    // The clean share over the reputation window (the days before the last midnight), millionths: what the
    // community ledger's reputation takes from the household (docs/ledger-app.md).
    std::int64_t cleanShareWindow = 0;
};

// One completed slot's meter figures as the household measured them: what a meter claim carries.
struct MeterSlot
{
    qint64 slotStartMs = 0;
    currency::SlotMeterData meter = {};
};

// One grid event as settled for this household (currency.md, section 5): paid once its last slot has ended.
struct EventResult
{
    qint64 startMs = 0;
    qint64 endMs = 0; // exclusive: the end of its last slot
    int level = 0;    // the highest LEVEL over its slots
    std::optional<KilowattHours> baseline; // summed over its slots; unset when a slot has none
    KilowattHours net = {};                // import - export over its slots
    MilliCredits reward = {};
    QString refusal; // why nothing is paid, when the baseline or the readings lack data
};

// One settled local day as the History page shows it (docs/history.md): the day's credits by part and its
// clean share's numerator and denominator, so that weeks and months add up exactly.
struct DailyCredits
{
    qint64 dayStartMs = 0;
    MilliCredits giving = {};
    MilliCredits taking = {};
    MilliCredits fossil = {};
    MilliCredits eventRewards = {};
    std::int64_t slotCount = 0;
    currency::CleanShare cleanShare = {};
    [[nodiscard]] MilliCredits net() const { return giving - taking - fossil + eventRewards; }
};

class CreditsService : public QObject
{
    Q_OBJECT
public:
    CreditsService(Household &household, storage::ReadingsStore &store, QObject *parent = nullptr);

    [[nodiscard]] const CreditsSummary &summary() const { return m_summary; }
    // The grid events that ended within the settled days (the reputation window), oldest first.
    [[nodiscard]] const QList<EventResult> &eventResults() const { return m_events; }
    // The settled days with readings (the reputation window and today), oldest first.
    [[nodiscard]] QList<DailyCredits> dailyCredits() const;
    // Settles what is new: completed days once, today every time. Runs on the store's worker through its
    // queries, so it never waits on disk.
    void refresh();

signals:
    void summaryChanged();
    // The completed slots of a day just settled, oldest first; today's again on every refresh.
    void meterSlotsSettled(const QList<commonwatt::app::MeterSlot> &settled);

private:
    struct Day
    {
        qint64 startMs = 0;
        bool hasData = false;
        currency::PeriodTotals totals;
        MilliCredits eventRewards; // events that ended within the day
        QList<EventResult> events;
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
    [[nodiscard]] EventResult describeEvent(const std::vector<currency::EventSlot> &slotList, int level,
                                            const currency::EventReward &reward) const;

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
    QList<EventResult> m_events;
};

} // namespace commonwatt::app

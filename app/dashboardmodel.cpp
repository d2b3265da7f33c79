#include "dashboardmodel.h"

#include "creditsservice.h"
#include "household.h"
#include "ledgerservice.h"

#include <QDateTime>
#include <QLocale>

namespace commonwatt::app {

DashboardModel::DashboardModel(Household &household, QString sourceText, const CreditsService *credits,
                               QObject *parent)
    : QObject(parent)
    , m_household(household)
    , m_credits(credits)
    , m_sourceText(std::move(sourceText))
{
    connect(&household, &Household::powerFlowChanged, this, &DashboardModel::updateFlow);
    connect(&household, &Household::totalsChanged, this, &DashboardModel::totalsChanged);
    connect(&household.clock(), &Clock::ticked, this, &DashboardModel::updateClock);
    connect(&household, &Household::signalForecastChanged, this, &DashboardModel::updateAdvice);
    if (credits)
        connect(credits, &CreditsService::summaryChanged, this, &DashboardModel::creditsChanged);
    updateFlow();
    updateClock(household.clock().nowMs());
}

QString DashboardModel::shortTime(const QTime &time)
{
    // Minutes are what a glance needs; some locales' short format still carries seconds.
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(time, format);
}

void DashboardModel::updateAdvice()
{
    QString rating;
    QString nextBetter;
    const auto advice = currency::adviseTime(m_household.communityConfig(), m_household.signalForecast(),
                                             m_household.clock().nowMs());
    if (advice) {
        switch (advice->rating) {
        case currency::TimeRating::Good:
            rating = QStringLiteral("good");
            break;
        case currency::TimeRating::Fair:
            rating = QStringLiteral("fair");
            break;
        case currency::TimeRating::Poor:
            rating = QStringLiteral("poor");
            break;
        }
        if (advice->nextBetterMs) {
            nextBetter = shortTime(
                QDateTime::fromMSecsSinceEpoch(*advice->nextBetterMs, m_household.timeZone()).time());
        }
    }
    if (rating == m_timeRating && nextBetter == m_nextBetterTime)
        return;
    m_timeRating = rating;
    m_nextBetterTime = nextBetter;
    emit adviceChanged();
}

void DashboardModel::updateFlow()
{
    const PowerFlow flow = m_household.powerFlow();
    m_pvKw = flow.pv.value();
    m_gridKw = flow.grid.value();
    m_batteryKw = flow.battery.value();
    m_evKw = flow.ev.value();
    m_houseKw = flow.house.value();
    m_hasBattery = flow.batterySocPercent.has_value();
    m_batterySoc = flow.batterySocPercent.value_or(0.0);
    m_hasEv = flow.evSocPercent.has_value();
    m_evSoc = flow.evSocPercent.value_or(0.0);
    m_evPlugged = flow.evPlugged;
    m_hasData = flow.timestampMs >= 0;
    emit flowChanged();
}

void DashboardModel::updateClock(qint64 nowMs)
{
    constexpr qint64 minuteMs = 60'000;
    const qint64 minute = nowMs / minuteMs;
    if (minute == m_shownMinute)
        return;
    m_shownMinute = minute;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, m_household.timeZone());
    m_timeText = shortTime(local.time());
    m_dateText = QLocale().toString(local.date(), QLocale::LongFormat);
    emit clockChanged();
    updateAdvice();
}

void DashboardModel::relocalize()
{
    m_shownMinute = -1;
    updateClock(m_household.clock().nowMs());
    m_nextBetterTime.clear(); // written in the old locale: make updateAdvice() announce the new text
    updateAdvice();
    emit creditsChanged();
    emit totalsChanged();
}

double DashboardModel::todayPvKwh() const
{
    return m_household.todayTotals().pv.value();
}
double DashboardModel::todayImportKwh() const
{
    return m_household.todayTotals().gridImport.value();
}
double DashboardModel::todayExportKwh() const
{
    return m_household.todayTotals().gridExport.value();
}
double DashboardModel::todayHouseKwh() const
{
    return m_household.todayTotals().house().value();
}
double DashboardModel::todayEvKwh() const
{
    return m_household.todayTotals().ev.value();
}
double DashboardModel::todayBatteryChargeKwh() const
{
    return m_household.todayTotals().batteryCharge.value();
}
double DashboardModel::todayBatteryDischargeKwh() const
{
    return m_household.todayTotals().batteryDischarge.value();
}
double DashboardModel::selfSufficiency() const
{
    return m_household.todayTotals().selfSufficiency();
}

namespace {
constexpr double kPerMilli = 1000.0;
} // namespace

void DashboardModel::attachLedger(const LedgerService &ledger)
{
    connect(&ledger, &LedgerService::summaryChanged, this,
            [this, &ledger] { setLedgerSummary(ledger.summary()); });
    setLedgerSummary(ledger.summary());
}

void DashboardModel::setLedgerSummary(const LedgerSummary &summary)
{
    m_ledger = summary;
    emit creditsChanged();
}

int DashboardModel::pendingClaims() const
{
    return m_ledger ? int(m_ledger->pendingClaims) : 0;
}

QString DashboardModel::pendingText() const
{
    const int pending = pendingClaims();
    if (pending == 0)
        return {};
    // English is the source language and has no translation file: its plural is written out here.
    if (pending == 1) {
        //: One claim of the household's meter readings that the distributor has not validated yet
        return tr("1 slot waiting for the grid to confirm");
    }
    //: Claims of the household's meter readings that the distributor has not validated yet; %1 is 2 or more
    return tr("%1 slots waiting for the grid to confirm").arg(QLocale().toString(pending));
}

bool DashboardModel::hasCredits() const
{
    return (m_credits && m_credits->summary().valid) || (m_ledger && m_ledger->derived);
}
namespace {
bool estimated(const CreditsService *credits)
{
    return credits && credits->summary().valid;
}
} // namespace

// Today's and this month's credits are the household's own estimates even in a community: the ledger
// validates a slot only 48 h after it ends.
double DashboardModel::creditsToday() const
{
    return estimated(m_credits) ? double(m_credits->summary().today.value()) / kPerMilli : 0.0;
}
double DashboardModel::creditsMonth() const
{
    return estimated(m_credits) ? double(m_credits->summary().month.value()) / kPerMilli : 0.0;
}
double DashboardModel::creditsBalance() const
{
    if (m_ledger)
        return double(m_ledger->balance.value()) / kPerMilli;
    return estimated(m_credits) ? double(m_credits->summary().total.value()) / kPerMilli : 0.0;
}
QString DashboardModel::balanceSince() const
{
    if (m_ledger || !estimated(m_credits))
        return {};
    const QDate day =
        QDateTime::fromMSecsSinceEpoch(m_credits->summary().firstDayMs, m_household.timeZone()).date();
    return QLocale().toString(day, QLocale::ShortFormat);
}
bool DashboardModel::hasCleanShare() const
{
    return estimated(m_credits) && m_credits->summary().cleanShareToday.has_value();
}
double DashboardModel::cleanShareToday() const
{
    return hasCleanShare() ? double(*m_credits->summary().cleanShareToday) / 1e6 : 0.0;
}
// Reputation points come in thousandths of a point: the ledger's in a community, else the estimate.
currency::Reputation DashboardModel::shownReputation() const
{
    if (m_ledger)
        return m_ledger->reputation;
    return estimated(m_credits) ? m_credits->summary().reputation : currency::Reputation{};
}
double DashboardModel::reputation() const
{
    return double(shownReputation().total) / kPerMilli;
}
double DashboardModel::reputationGiving() const
{
    return double(shownReputation().givingPart) / kPerMilli;
}
double DashboardModel::reputationReliability() const
{
    return double(shownReputation().reliabilityPart) / kPerMilli;
}
double DashboardModel::reputationClean() const
{
    return double(shownReputation().cleanPart) / kPerMilli;
}

} // namespace commonwatt::app

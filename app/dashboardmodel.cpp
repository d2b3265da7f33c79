#include "dashboardmodel.h"

#include "household.h"

#include <QDateTime>
#include <QLocale>

namespace commonwatt::app {

DashboardModel::DashboardModel(Household &household, QString sourceText, QObject *parent)
    : QObject(parent)
    , m_household(household)
    , m_sourceText(std::move(sourceText))
{
    connect(&household, &Household::powerFlowChanged, this, &DashboardModel::updateFlow);
    connect(&household, &Household::totalsChanged, this, &DashboardModel::totalsChanged);
    connect(&household.clock(), &Clock::ticked, this, &DashboardModel::updateClock);
    updateFlow();
    updateClock(household.clock().nowMs());
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
    const QLocale locale;
    // Minutes are what a glance needs; some locales' short format still carries seconds.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    m_timeText = locale.toString(local.time(), timeFormat);
    m_dateText = locale.toString(local.date(), QLocale::LongFormat);
    emit clockChanged();
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

} // namespace commonwatt::app

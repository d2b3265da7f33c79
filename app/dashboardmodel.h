// What the Dashboard page binds to: the live power flow, today's energy and the household's clock.
#pragma once

#include "ledgersummary.h"

#include <QObject>
#include <QString>
#include <QTime>

#include <optional>

namespace commonwatt::app {

class CreditsService;
class Household;
class LedgerService;

class DashboardModel : public QObject
{
    Q_OBJECT
    // Live power in kW. Grid: + import, - export. Battery: + charging, - discharging.
    Q_PROPERTY(double pvKw READ pvKw NOTIFY flowChanged FINAL)
    Q_PROPERTY(double gridKw READ gridKw NOTIFY flowChanged FINAL)
    Q_PROPERTY(double batteryKw READ batteryKw NOTIFY flowChanged FINAL)
    Q_PROPERTY(double evKw READ evKw NOTIFY flowChanged FINAL)
    Q_PROPERTY(double houseKw READ houseKw NOTIFY flowChanged FINAL)
    Q_PROPERTY(bool hasBattery READ hasBattery NOTIFY flowChanged FINAL)
    Q_PROPERTY(double batterySocPercent READ batterySocPercent NOTIFY flowChanged FINAL)
    Q_PROPERTY(bool hasEv READ hasEv NOTIFY flowChanged FINAL)
    Q_PROPERTY(double evSocPercent READ evSocPercent NOTIFY flowChanged FINAL)
    Q_PROPERTY(bool evPlugged READ evPlugged NOTIFY flowChanged FINAL)
    Q_PROPERTY(bool hasData READ hasData NOTIFY flowChanged FINAL)
    // Today's energy in kWh (household's local day).
    Q_PROPERTY(double todayPvKwh READ todayPvKwh NOTIFY totalsChanged FINAL)
    Q_PROPERTY(double todayImportKwh READ todayImportKwh NOTIFY totalsChanged FINAL)
    Q_PROPERTY(double todayExportKwh READ todayExportKwh NOTIFY totalsChanged FINAL)
    Q_PROPERTY(double todayHouseKwh READ todayHouseKwh NOTIFY totalsChanged FINAL)
    Q_PROPERTY(double todayEvKwh READ todayEvKwh NOTIFY totalsChanged FINAL)
    Q_PROPERTY(double todayBatteryChargeKwh READ todayBatteryChargeKwh NOTIFY totalsChanged FINAL)
    Q_PROPERTY(double todayBatteryDischargeKwh READ todayBatteryDischargeKwh NOTIFY totalsChanged FINAL)
    Q_PROPERTY(double selfSufficiency READ selfSufficiency NOTIFY totalsChanged FINAL)
    // The household's local time, and where the data comes from.
    Q_PROPERTY(QString timeText READ timeText NOTIFY clockChanged FINAL)
    Q_PROPERTY(QString dateText READ dateText NOTIFY clockChanged FINAL)
    Q_PROPERTY(QString sourceText READ sourceText CONSTANT FINAL)
    // Is now a good time to use energy? "good", "fair", "poor", or "" while no grid signals are known;
    // with the local time of the next better slot ("" when there is none). docs/currency-rules.md R32-R34.
    Q_PROPERTY(QString timeRating READ timeRating NOTIFY adviceChanged FINAL)
    Q_PROPERTY(QString nextBetterTime READ nextBetterTime NOTIFY adviceChanged FINAL)
    // Credits (net: giving - taking), in credits; estimates while the household is in no community.
    Q_PROPERTY(bool hasCredits READ hasCredits NOTIFY creditsChanged FINAL)
    Q_PROPERTY(double creditsToday READ creditsToday NOTIFY creditsChanged FINAL)
    Q_PROPERTY(double creditsMonth READ creditsMonth NOTIFY creditsChanged FINAL)
    Q_PROPERTY(double creditsBalance READ creditsBalance NOTIFY creditsChanged FINAL)
    Q_PROPERTY(QString balanceSince READ balanceSince NOTIFY creditsChanged FINAL)
    // In a community (--community): the balance and the reputation come from the ledger, and the household's
    // claims not yet validated wait "for the grid to confirm" (docs/ledger-app.md). Without one, everything
    // above is an estimate.
    Q_PROPERTY(bool hasCommunity READ hasCommunity NOTIFY creditsChanged FINAL)
    Q_PROPERTY(int pendingClaims READ pendingClaims NOTIFY creditsChanged FINAL)
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY creditsChanged FINAL)
    // Today's clean-energy share 0..1 (section 9), and reputation 0..100 with its three parts (section 8).
    Q_PROPERTY(bool hasCleanShare READ hasCleanShare NOTIFY creditsChanged FINAL)
    Q_PROPERTY(double cleanShareToday READ cleanShareToday NOTIFY creditsChanged FINAL)
    Q_PROPERTY(double reputation READ reputation NOTIFY creditsChanged FINAL)
    Q_PROPERTY(double reputationGiving READ reputationGiving NOTIFY creditsChanged FINAL)
    Q_PROPERTY(double reputationReliability READ reputationReliability NOTIFY creditsChanged FINAL)
    Q_PROPERTY(double reputationClean READ reputationClean NOTIFY creditsChanged FINAL)

public:
    DashboardModel(Household &household, QString sourceText, const CreditsService *credits = nullptr,
                   QObject *parent = nullptr);

    [[nodiscard]] double pvKw() const { return m_pvKw; }
    [[nodiscard]] double gridKw() const { return m_gridKw; }
    [[nodiscard]] double batteryKw() const { return m_batteryKw; }
    [[nodiscard]] double evKw() const { return m_evKw; }
    [[nodiscard]] double houseKw() const { return m_houseKw; }
    [[nodiscard]] bool hasBattery() const { return m_hasBattery; }
    [[nodiscard]] double batterySocPercent() const { return m_batterySoc; }
    [[nodiscard]] bool hasEv() const { return m_hasEv; }
    [[nodiscard]] double evSocPercent() const { return m_evSoc; }
    [[nodiscard]] bool evPlugged() const { return m_evPlugged; }
    [[nodiscard]] bool hasData() const { return m_hasData; }
    [[nodiscard]] double todayPvKwh() const;
    [[nodiscard]] double todayImportKwh() const;
    [[nodiscard]] double todayExportKwh() const;
    [[nodiscard]] double todayHouseKwh() const;
    [[nodiscard]] double todayEvKwh() const;
    [[nodiscard]] double todayBatteryChargeKwh() const;
    [[nodiscard]] double todayBatteryDischargeKwh() const;
    [[nodiscard]] double selfSufficiency() const;
    [[nodiscard]] QString timeText() const { return m_timeText; }
    [[nodiscard]] QString dateText() const { return m_dateText; }
    [[nodiscard]] QString sourceText() const { return m_sourceText; }
    [[nodiscard]] QString timeRating() const { return m_timeRating; }
    [[nodiscard]] QString nextBetterTime() const { return m_nextBetterTime; }
    [[nodiscard]] bool hasCredits() const;
    [[nodiscard]] double creditsToday() const;
    [[nodiscard]] double creditsMonth() const;
    [[nodiscard]] double creditsBalance() const;
    [[nodiscard]] QString balanceSince() const;
    [[nodiscard]] bool hasCleanShare() const;
    [[nodiscard]] double cleanShareToday() const;
    [[nodiscard]] double reputation() const;
    [[nodiscard]] double reputationGiving() const;
    [[nodiscard]] double reputationReliability() const;
    [[nodiscard]] double reputationClean() const;
    [[nodiscard]] bool hasCommunity() const { return m_ledger.has_value(); }
    [[nodiscard]] int pendingClaims() const;
    [[nodiscard]] QString pendingText() const;

    // Shows the ledger's balance and reputation from now on, as its summary changes.
    void attachLedger(const LedgerService &ledger);
    // The ledger's latest summary; from then on the household is shown as in a community.
    void setLedgerSummary(const commonwatt::app::LedgerSummary &summary);

    // Writes the texts anew in the current default locale and language (after a language switch).
    void relocalize();
    // A time of day in the locale, to the minute.
    [[nodiscard]] static QString shortTime(const QTime &time);

signals:
    void flowChanged();
    void totalsChanged();
    void clockChanged();
    void adviceChanged();
    void creditsChanged();

private:
    void updateFlow();
    void updateClock(qint64 nowMs);
    void updateAdvice();
    [[nodiscard]] currency::Reputation shownReputation() const;

    Household &m_household;
    const CreditsService *m_credits;
    std::optional<LedgerSummary> m_ledger;
    QString m_sourceText;
    double m_pvKw = 0.0;
    double m_gridKw = 0.0;
    double m_batteryKw = 0.0;
    double m_evKw = 0.0;
    double m_houseKw = 0.0;
    bool m_hasBattery = false;
    double m_batterySoc = 0.0;
    bool m_hasEv = false;
    double m_evSoc = 0.0;
    bool m_evPlugged = false;
    bool m_hasData = false;
    qint64 m_shownMinute = -1;
    QString m_timeText;
    QString m_dateText;
    QString m_timeRating;
    QString m_nextBetterTime;
};

} // namespace commonwatt::app

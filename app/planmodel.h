// What the Plan page binds to: one row per controllable device (its blocks of activity over the horizon, its
// reason, its request), the band of w[t], the plan's credits against running everything now, where the
// forecasts came from, and how planning is going. Positions on the timeline are fractions 0..1 of the
// horizon, so that QML only scales them.
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace commonwatt::app {

class Planner;
struct PlanOutcome;

class PlanModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY planChanged FINAL)
    // Credits of the plan and of running everything now over the horizon, and the plan's gain over it.
    Q_PROPERTY(double planCredits READ planCredits NOTIFY planChanged FINAL)
    Q_PROPERTY(double immediateCredits READ immediateCredits NOTIFY planChanged FINAL)
    Q_PROPERTY(double creditsGain READ creditsGain NOTIFY planChanged FINAL)
    Q_PROPERTY(QString planCreditsText READ planCreditsText NOTIFY planChanged FINAL)
    Q_PROPERTY(QString immediateCreditsText READ immediateCreditsText NOTIFY planChanged FINAL)
    Q_PROPERTY(QString creditsGainText READ creditsGainText NOTIFY planChanged FINAL)
    // w[t] per slot: normalised 0..1 over the horizon (for colour and height) and its value in cr/kWh.
    Q_PROPERTY(QList<qreal> bandLevels READ bandLevels NOTIFY planChanged FINAL)
    Q_PROPERTY(QList<qreal> bandWeights READ bandWeights NOTIFY planChanged FINAL)
    Q_PROPERTY(double lowestWeight READ lowestWeight NOTIFY planChanged FINAL)
    Q_PROPERTY(double highestWeight READ highestWeight NOTIFY planChanged FINAL)
    // Forecast PV per slot, 0..1 of its highest value.
    Q_PROPERTY(QList<qreal> solarLevels READ solarLevels NOTIFY planChanged FINAL)
    // The timeline: where now is, and the local hours ({position, hour, label}) and days ({position, label}).
    Q_PROPERTY(double nowPosition READ nowPosition NOTIFY nowChanged FINAL)
    Q_PROPERTY(QVariantList hourTicks READ hourTicks NOTIFY planChanged FINAL)
    Q_PROPERTY(QVariantList dayMarks READ dayMarks NOTIFY planChanged FINAL)
    // Where the forecasts came from.
    Q_PROPERTY(QString pvSource READ pvSource NOTIFY planChanged FINAL)
    Q_PROPERTY(QString baseLoadSource READ baseLoadSource NOTIFY planChanged FINAL)
    Q_PROPERTY(QString signalSource READ signalSource NOTIFY planChanged FINAL)
    // How accurate the forecasts were: "Solar forecast: ±1.2 kWh/day, 38 % better than yesterday-as-forecast"
    // (24 h ahead, last 7 days), and the last 14 days' daily error of the solar forecast 24 h ahead as bars
    // [{label, kwh, level}] (level 0..1 of the highest; kwh -1 for a day with nothing compared).
    Q_PROPERTY(QString solarAccuracy READ solarAccuracy NOTIFY accuracyChanged FINAL)
    Q_PROPERTY(QString homeAccuracy READ homeAccuracy NOTIFY accuracyChanged FINAL)
    // The same in short: "Solar ±1.2 kWh/day, 38 % better", "Home ±0.8 kWh/day, 12 % worse".
    Q_PROPERTY(QString solarAccuracyShort READ solarAccuracyShort NOTIFY accuracyChanged FINAL)
    Q_PROPERTY(QString homeAccuracyShort READ homeAccuracyShort NOTIFY accuracyChanged FINAL)
    Q_PROPERTY(QVariantList accuracyBars READ accuracyBars NOTIFY accuracyChanged FINAL)
    // Planning state.
    // Home's "next": up to three devices' next planned actions with their reasons, soonest first:
    // [{deviceId, kind, text}].
    Q_PROPERTY(QVariantList nextActions READ nextActions NOTIFY planChanged FINAL)
    Q_PROPERTY(bool planning READ planning NOTIFY planningChanged FINAL)
    Q_PROPERTY(QString plannedAt READ plannedAt NOTIFY planChanged FINAL)
    Q_PROPERTY(double solverMs READ solverMs NOTIFY planChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)

public:
    enum Role
    {
        DeviceIdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,     // "battery", "ev", "appliance", "thermal"
        StateRole,    // "planned", "running", "idle", "unplugged", "noDeparture", "held", "unplannable"
        StatusRole,   // the state in words, empty for a planned device
        SegmentsRole, // [{start, end, level, kind}]: fractions of the horizon; level 0..1 of the row's scale
        ReasonRole,   // the decision as a sentence with the device's name
        DecisionRole, // the same without the name (the row shows the name already)
        CreditDeltaRole,
        RequestRole,     // "runNow", "readyBy", "skipToday" or ""
        RequestTextRole, // "Ready by 07:00 with 80 %"
        CanRunNowRole,
        CanReadyByRole,
        CanSkipTodayRole,
        ProblemRole,   // the device's last refusal of a command
        SocLevelsRole, // a battery: its charge 0..1 at the end of each slot; empty for other devices
        FlowsRole,     // a battery: +1 charging, -1 discharging, 0 idle, per slot
    };
    Q_ENUM(Role)

    explicit PlanModel(Planner &planner, QObject *parent = nullptr);
    ~PlanModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return rowCount(); }
    [[nodiscard]] bool hasPlan() const;
    [[nodiscard]] double planCredits() const;
    [[nodiscard]] double immediateCredits() const;
    [[nodiscard]] double creditsGain() const { return planCredits() - immediateCredits(); }
    [[nodiscard]] QString planCreditsText() const;
    [[nodiscard]] QString immediateCreditsText() const;
    [[nodiscard]] QString creditsGainText() const;
    [[nodiscard]] QList<qreal> bandLevels() const { return m_bandLevels; }
    [[nodiscard]] QList<qreal> bandWeights() const { return m_bandWeights; }
    [[nodiscard]] double lowestWeight() const { return m_lowestWeight; }
    [[nodiscard]] double highestWeight() const { return m_highestWeight; }
    [[nodiscard]] QList<qreal> solarLevels() const { return m_solarLevels; }
    [[nodiscard]] double nowPosition() const { return m_nowPosition; }
    [[nodiscard]] QVariantList hourTicks() const { return m_hourTicks; }
    [[nodiscard]] QVariantList dayMarks() const { return m_dayMarks; }
    [[nodiscard]] QString pvSource() const;
    [[nodiscard]] QString baseLoadSource() const;
    [[nodiscard]] QString signalSource() const;
    [[nodiscard]] QString solarAccuracy() const;
    [[nodiscard]] QString homeAccuracy() const;
    [[nodiscard]] QString solarAccuracyShort() const;
    [[nodiscard]] QString homeAccuracyShort() const;
    [[nodiscard]] QVariantList accuracyBars() const;
    [[nodiscard]] bool planning() const;
    [[nodiscard]] QVariantList nextActions() const { return m_nextActions; }
    [[nodiscard]] QString plannedAt() const;
    [[nodiscard]] double solverMs() const;
    [[nodiscard]] QString error() const;

    // Every role of a row by name, for the device's sheet.
    Q_INVOKABLE QVariantMap rowData(int row) const;
    // Writes the plan's texts anew in the current default locale and language (after a language switch).
    void relocalize();
    // The household's requests; false when the device cannot do it now (lastActionError says why).
    Q_INVOKABLE bool runNow(const QString &deviceId);
    Q_INVOKABLE bool readyBy(const QString &deviceId, int hour, int minute, int percent);
    Q_INVOKABLE bool skipToday(const QString &deviceId);
    Q_INVOKABLE void cancelRequest(const QString &deviceId);
    Q_INVOKABLE QString lastActionError() const { return m_actionError; }
    // One accuracy figure: quantity "pv" or "baseLoad", horizon 1, 6 or 24 h, over the last `days` days:
    // {days, errorKwhPerDay, persistenceKwhPerDay, skill}.
    Q_INVOKABLE QVariantMap accuracy(const QString &quantity, int horizonHours, int days) const;

signals:
    void countChanged();
    void planChanged();
    void nowChanged();
    void planningChanged();
    void errorChanged();
    void accuracyChanged();

private:
    struct Row;
    void rebuild();
    [[nodiscard]] static QVariantList nextActionsOf(const QList<Row> &rows);
    void refreshRequestsAndProblems();
    [[nodiscard]] bool fillRequest(Row &row) const;
    void updateNow(qint64 nowMs);
    [[nodiscard]] double positionOf(qint64 ms) const;
    [[nodiscard]] const Row *rowAt(const QModelIndex &index) const;

    Planner &m_planner;
    std::shared_ptr<const PlanOutcome> m_outcome;
    QList<Row> m_rows;
    QList<qreal> m_bandLevels;
    QList<qreal> m_bandWeights;
    QList<qreal> m_solarLevels;
    double m_lowestWeight = 0.0;
    double m_highestWeight = 0.0;
    double m_nowPosition = 0.0;
    QVariantList m_hourTicks;
    QVariantList m_dayMarks;
    QString m_actionError;
    QVariantList m_nextActions;
    static constexpr qsizetype kNextActions = 3;
};

} // namespace commonwatt::app

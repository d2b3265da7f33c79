#include "planmodel.h"

#include "forecastservice.h"
#include "household.h"
#include "planner.h"
#include "plantext.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

constexpr double kActiveKw = 1e-3;
// A band narrower than this (cr/kWh) is flat: every slot is as good as any other.
constexpr double kFlatBand = 0.02;

QString kindName(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Battery:
        return u"battery"_s;
    case DeviceKind::EvCharger:
        return u"ev"_s;
    case DeviceKind::ThermalLoad:
        return u"thermal"_s;
    default:
        break;
    }
    return u"appliance"_s;
}

QString stateName(DeviceState state)
{
    switch (state) {
    case DeviceState::Planned:
        return u"planned"_s;
    case DeviceState::Running:
        return u"running"_s;
    case DeviceState::Idle:
        return u"idle"_s;
    case DeviceState::Unplugged:
        return u"unplugged"_s;
    case DeviceState::NoDeparture:
        return u"noDeparture"_s;
    case DeviceState::Held:
        return u"held"_s;
    case DeviceState::Unplannable:
        break;
    }
    return u"unplannable"_s;
}

QVariantMap segment(double start, double end, double level, const QString &kind)
{
    return {{u"start"_s, start}, {u"end"_s, end}, {u"level"_s, level}, {u"kind"_s, kind}};
}

} // namespace

struct PlanModel::Row
{
    DeviceStatus status;
    QVariantList segments;
    QList<qreal> socLevels;
    QList<int> flows;
    QString reason;
    QString decision;
    double creditDelta = 0.0;
    QString request;
    QString requestText;
    QString problem;
};

PlanModel::PlanModel(Planner &planner, QObject *parent)
    : QAbstractListModel(parent)
    , m_planner(planner)
{
    connect(&planner, &Planner::planChanged, this, &PlanModel::rebuild);
    connect(&planner, &Planner::requestsChanged, this, &PlanModel::refreshRequestsAndProblems);
    connect(&planner, &Planner::commandErrorsChanged, this, &PlanModel::refreshRequestsAndProblems);
    connect(&planner, &Planner::planningChanged, this, &PlanModel::planningChanged);
    connect(&planner, &Planner::errorChanged, this, &PlanModel::errorChanged);
    connect(&planner.household().clock(), &Clock::ticked, this, &PlanModel::updateNow);
    connect(&planner.forecasts(), &ForecastService::accuracyChanged, this, &PlanModel::accuracyChanged);
    rebuild();
}

PlanModel::~PlanModel() = default;

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QHash<int, QByteArray> PlanModel::roleNames() const
{
    return {
        {DeviceIdRole, "deviceId"},
        {NameRole, "name"},
        {KindRole, "kind"},
        {StateRole, "deviceState"},
        {StatusRole, "status"},
        {SegmentsRole, "segments"},
        {ReasonRole, "reason"},
        {DecisionRole, "decision"},
        {CreditDeltaRole, "creditDelta"},
        {RequestRole, "request"},
        {RequestTextRole, "requestText"},
        {CanRunNowRole, "canRunNow"},
        {CanReadyByRole, "canReadyBy"},
        {CanSkipTodayRole, "canSkipToday"},
        {ProblemRole, "problem"},
        {SocLevelsRole, "socLevels"},
        {FlowsRole, "flows"},
    };
}

const PlanModel::Row *PlanModel::rowAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_rows[index.row()];
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    const Row *row = rowAt(index);
    if (!row)
        return {};
    const DeviceStatus &s = row->status;
    const bool waitingAppliance = s.kind == DeviceKind::Appliance && s.state == DeviceState::Planned;
    const bool pluggedCar = s.kind == DeviceKind::EvCharger &&
                            (s.state == DeviceState::Planned || s.state == DeviceState::NoDeparture);
    const bool heater = s.kind == DeviceKind::ThermalLoad &&
                        (s.state == DeviceState::Planned || s.state == DeviceState::Held);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case DeviceIdRole:
        return s.id;
    case KindRole:
        return kindName(s.kind);
    case StateRole:
        return stateName(s.state);
    case StatusRole:
        return PlanText(m_planner.household().timeZone(), m_planner.household().clock().nowMs()).state(s);
    case SegmentsRole:
        return row->segments;
    case ReasonRole:
        return row->reason;
    case DecisionRole:
        return row->decision;
    case CreditDeltaRole:
        return row->creditDelta;
    case RequestRole:
        return row->request;
    case RequestTextRole:
        return row->requestText;
    case CanRunNowRole:
        return waitingAppliance || pluggedCar || (heater && s.state == DeviceState::Planned);
    case CanReadyByRole:
        return pluggedCar;
    case CanSkipTodayRole:
        return waitingAppliance || (s.kind == DeviceKind::Appliance && s.state == DeviceState::Held) ||
               heater;
    case ProblemRole:
        return row->problem;
    case SocLevelsRole:
        return QVariant::fromValue(row->socLevels);
    case FlowsRole:
        return QVariant::fromValue(row->flows);
    default:
        break;
    }
    return {};
}

double PlanModel::positionOf(qint64 ms) const
{
    if (!m_outcome)
        return 0.0;
    const BuiltScenario &built = m_outcome->built;
    const double span = double(built.endMs() - built.startMs);
    return span > 0 ? std::clamp(double(ms - built.startMs) / span, 0.0, 1.0) : 0.0;
}

void PlanModel::relocalize()
{
    rebuild();
    emit accuracyChanged();
}

void PlanModel::rebuild()
{
    m_outcome = m_planner.outcome();
    QList<Row> rows;
    m_bandLevels.clear();
    m_bandWeights.clear();
    m_solarLevels.clear();
    m_hourTicks.clear();
    m_dayMarks.clear();
    if (m_outcome) {
        const BuiltScenario &built = m_outcome->built;
        const scheduler::Scenario &scenario = built.scenario;
        const PlanText text(m_planner.household().timeZone(), built.nowMs);
        const bool planned = m_outcome->plan.hasSchedule();
        const double slotFraction = 1.0 / std::max(1, scenario.slotCount);
        for (const DeviceStatus &status : built.devices) {
            Row row;
            row.status = status;
            if (status.state == DeviceState::Planned && planned) {
                const std::size_t d = std::size_t(status.scenarioIndex);
                const DeviceExplanation &why = m_outcome->explanation.devices.at(d);
                row.reason = text.sentence(status, why, built);
                row.decision = text.decision(status, why, built);
                row.creditDelta = why.creditDelta;
                const scheduler::DeviceRef ref = scenario.deviceOrder[d];
                const std::vector<double> kw = devicePowerKw(scenario, m_outcome->plan, ref);
                if (ref.type == scheduler::DeviceType::Battery) {
                    // A battery reads best as its charge over time, shaded by what it is doing.
                    const scheduler::BatteryPlan &battery =
                        m_outcome->plan.batteries.at(std::size_t(ref.index));
                    const double capacity = scenario.batteries.at(std::size_t(ref.index)).capacityKwh;
                    for (std::size_t t = 0; t < kw.size() && t + 1 < battery.socKwh.size(); ++t) {
                        row.socLevels.append(
                            capacity > 0 ? std::clamp(battery.socKwh[t + 1] / capacity, 0.0, 1.0) : 0.0);
                        row.flows.append(kw[t] > kActiveKw ? 1 : (kw[t] < -kActiveKw ? -1 : 0));
                    }
                }
                // One block per run of slots with the same direction; its height is the run's mean power.
                const double scale = status.maxKw > 0 ? status.maxKw : 1.0;
                std::size_t t = 0;
                while (t < kw.size()) {
                    const int sign = kw[t] > kActiveKw ? 1 : (kw[t] < -kActiveKw ? -1 : 0);
                    std::size_t end = t + 1;
                    double sum = std::abs(kw[t]);
                    while (end < kw.size() &&
                           (kw[end] > kActiveKw ? 1 : (kw[end] < -kActiveKw ? -1 : 0)) == sign) {
                        sum += std::abs(kw[end]);
                        ++end;
                    }
                    if (sign != 0) {
                        // Square-rooted, so that a battery covering the night's 0.3 kW still shows.
                        const double level = std::clamp(std::sqrt(sum / double(end - t) / scale), 0.15, 1.0);
                        row.segments.append(segment(double(t) * slotFraction, double(end) * slotFraction,
                                                    level, sign > 0 ? u"on"_s : u"discharge"_s));
                    }
                    t = end;
                }
            } else if (status.state == DeviceState::Running && status.untilMs > built.nowMs) {
                row.segments.append(
                    segment(positionOf(built.nowMs), positionOf(status.untilMs), 1.0, u"running"_s));
            }
            rows.append(row);
        }

        const std::vector<double> w = scheduler::gridWeights(scenario);
        const auto [low, high] = std::minmax_element(w.cbegin(), w.cend());
        m_lowestWeight = low != w.cend() ? *low : 0.0;
        m_highestWeight = high != w.cend() ? *high : 0.0;
        const double range = m_highestWeight - m_lowestWeight;
        double peakPv = 0.0;
        for (double kw : scenario.site.pvKw)
            peakPv = std::max(peakPv, kw);
        for (std::size_t t = 0; t < w.size(); ++t) {
            m_bandWeights.append(w[t]);
            m_bandLevels.append(range < kFlatBand ? 0.5 : (w[t] - m_lowestWeight) / range);
            m_solarLevels.append(peakPv > 0 ? scenario.site.pvKw[t] / peakPv : 0.0);
        }

        const QTimeZone &zone = m_planner.household().timeZone();
        QDateTime hour = QDateTime::fromMSecsSinceEpoch(built.startMs, zone);
        hour.setTime(QTime(hour.time().hour(), 0));
        const QDate today = hour.date();
        for (hour = hour.addSecs(3600); hour.toMSecsSinceEpoch() < built.endMs(); hour = hour.addSecs(3600)) {
            const double position = positionOf(hour.toMSecsSinceEpoch());
            const int h = hour.time().hour();
            m_hourTicks.append(QVariantMap{{u"position"_s, position},
                                           {u"hour"_s, h},
                                           {u"label"_s, QLocale().toString(QTime(h, 0), u"HH:mm"_s)}});
            if (h == 0) {
                const QString label = hour.date() == today.addDays(1)
                                          //: The timeline's second day
                                          ? tr("Tomorrow")
                                          : QLocale().toString(hour.date(), u"dddd"_s);
                m_dayMarks.append(QVariantMap{{u"position"_s, position}, {u"label"_s, label}});
            }
        }
    }
    for (Row &row : rows)
        (void)fillRequest(row);
    const bool countChange = rows.size() != m_rows.size();
    bool sameDevices = !countChange;
    for (qsizetype i = 0; sameDevices && i < rows.size(); ++i)
        sameDevices = rows[i].status.id == m_rows[i].status.id;
    if (sameDevices) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    if (countChange)
        emit countChanged();
    m_nextActions = nextActionsOf(m_rows);
    if (m_outcome)
        updateNow(m_planner.household().clock().nowMs());
    emit planChanged();
}

QVariantList PlanModel::nextActionsOf(const QList<Row> &rows)
{
    // What runs now first, then what starts soonest: the start of a row's first block.
    std::vector<std::pair<double, const Row *>> starting;
    for (const Row &row : rows) {
        if (row.segments.isEmpty() || (row.reason.isEmpty() && row.status.state != DeviceState::Running))
            continue;
        const QVariantMap first = row.segments.constFirst().toMap();
        const bool running = first.value(u"kind"_s).toString() == u"running"_s;
        starting.emplace_back(running ? -1.0 : first.value(u"start"_s).toDouble(), &row);
    }
    std::stable_sort(starting.begin(), starting.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QVariantList actions;
    for (const auto &[start, row] : starting) {
        if (actions.size() == kNextActions)
            break;
        actions.append(QVariantMap{{u"deviceId"_s, row->status.id},
                                   {u"kind"_s, kindName(row->status.kind)},
                                   {u"text"_s, row->reason.isEmpty() ? row->status.name : row->reason}});
    }
    return actions;
}

bool PlanModel::fillRequest(Row &row) const
{
    const PlanText text(m_planner.household().timeZone(), m_planner.household().clock().nowMs());
    const auto request = m_planner.requests().find(row.status.id);
    const QString kind = request ? requestKindName(request->kind) : QString();
    const QString requestText = request ? text.request(*request) : QString();
    const QString problem = m_planner.commandErrors().value(row.status.id);
    if (kind == row.request && requestText == row.requestText && problem == row.problem)
        return false;
    row.request = kind;
    row.requestText = requestText;
    row.problem = problem;
    return true;
}

void PlanModel::refreshRequestsAndProblems()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (fillRequest(m_rows[i]))
            emit dataChanged(index(int(i)), index(int(i)), {RequestRole, RequestTextRole, ProblemRole});
    }
}

void PlanModel::updateNow(qint64 nowMs)
{
    const double position = positionOf(nowMs);
    if (std::abs(position - m_nowPosition) < 1e-6)
        return;
    m_nowPosition = position;
    emit nowChanged();
}

bool PlanModel::hasPlan() const
{
    return m_outcome && m_outcome->plan.hasSchedule();
}
double PlanModel::planCredits() const
{
    return hasPlan() ? m_outcome->explanation.planCredits : 0.0;
}
double PlanModel::immediateCredits() const
{
    return hasPlan() ? m_outcome->explanation.immediateCredits : 0.0;
}
QString PlanModel::planCreditsText() const
{
    return PlanText::credits(planCredits());
}
QString PlanModel::immediateCreditsText() const
{
    return PlanText::credits(immediateCredits());
}
QString PlanModel::creditsGainText() const
{
    return PlanText::credits(creditsGain());
}
QString PlanModel::pvSource() const
{
    if (!m_outcome || !m_outcome->built.forecasts)
        return {};
    return PlanText::source(m_outcome->built.forecasts->pv, true);
}
QString PlanModel::baseLoadSource() const
{
    if (!m_outcome || !m_outcome->built.forecasts)
        return {};
    return PlanText::source(m_outcome->built.forecasts->baseLoad, false);
}
QString PlanModel::signalSource() const
{
    if (!m_outcome || !m_outcome->built.forecasts)
        return {};
    const BuiltScenario &built = m_outcome->built;
    const forecast::Forecast &carbon = built.forecasts->carbon;
    // The feed's own share of the horizon, in hours, when it covers only part of it.
    const int feedHours =
        built.signalSlotsForecast > 0 && built.signalSlotsForecast < built.scenario.slotCount
            ? int(std::lround(double(built.signalSlotsForecast * built.slotMs) / 3.6e6))
            : -1;
    if (built.signalSlotsForecast > 0 && carbon.source != forecast::Source::Feed) {
        forecast::Forecast feed = carbon;
        feed.source = forecast::Source::Feed;
        //: The grid signals: %1 the feed's hours, %2 what the rest of the plan uses
        return tr("%1, then %2")
            .arg(PlanText::source(feed, false, feedHours), PlanText::source(carbon, false));
    }
    return PlanText::source(carbon, false, carbon.source == forecast::Source::Feed ? feedHours : -1);
}

namespace {

// kWh per day: one decimal, none from 10 on.
QString kwhPerDay(double kwh)
{
    return QLocale().toString(kwh, 'f', kwh >= 9.95 ? 0 : 1);
}

// "Solar forecast: ±1.2 kWh/day, 38 % better than yesterday-as-forecast".
QString accuracyText(const QString &what, const forecast::AccuracySummary &summary)
{
    if (!summary.valid())
        //: %1 "Solar forecast" or "Home forecast": no forecast has been compared with what happened yet
        return PlanModel::tr("%1: accuracy known after its first day").arg(what);
    const QString error = kwhPerDay(summary.errorKwhPerDay);
    const int percent = int(std::lround(std::abs(summary.skill) * 100.0));
    if (summary.skill >= 0.0)
        //: %1 "Solar forecast", %2 its mean error in kWh per day, %3 how much smaller (in %) than taking
        //: yesterday's values as the forecast
        return PlanModel::tr("%1: ±%2 kWh/day, %3 % better than yesterday-as-forecast")
            .arg(what, error)
            .arg(percent);
    //: As above, when the forecast was worse than taking yesterday's values
    return PlanModel::tr("%1: ±%2 kWh/day, %3 % worse than yesterday-as-forecast")
        .arg(what, error)
        .arg(percent);
}

constexpr int kAccuracyDays = 7;
constexpr int kChartDays = 14;
constexpr int kChartHorizonHours = 24;

} // namespace

QString PlanModel::solarAccuracy() const
{
    return accuracyText(tr("Solar forecast"), m_planner.forecasts().accuracy(
                                                  forecast::Quantity::Pv, kChartHorizonHours, kAccuracyDays));
}
QString PlanModel::homeAccuracy() const
{
    return accuracyText(
        tr("Home forecast"),
        m_planner.forecasts().accuracy(forecast::Quantity::BaseLoad, kChartHorizonHours, kAccuracyDays));
}
namespace {

QString shortAccuracyText(const forecast::AccuracySummary &summary, bool solar)
{
    if (!summary.valid())
        return solar
                   //: Short: the solar forecast has not been compared with a day of what happened yet
                   ? PlanModel::tr("Solar accuracy after a day")
                   : PlanModel::tr("Home accuracy after a day");
    const QString error = kwhPerDay(summary.errorKwhPerDay);
    const int percent = int(std::lround(std::abs(summary.skill) * 100.0));
    if (summary.skill >= 0.0)
        return solar
                   //: Short: %1 the solar forecast's error in kWh per day, %2 how much better than
                   //: yesterday's
                   ? PlanModel::tr("Solar ±%1 kWh/day, %2 % better").arg(error).arg(percent)
                   : PlanModel::tr("Home ±%1 kWh/day, %2 % better").arg(error).arg(percent);
    return solar ? PlanModel::tr("Solar ±%1 kWh/day, %2 % worse").arg(error).arg(percent)
                 : PlanModel::tr("Home ±%1 kWh/day, %2 % worse").arg(error).arg(percent);
}

} // namespace

QString PlanModel::solarAccuracyShort() const
{
    return shortAccuracyText(
        m_planner.forecasts().accuracy(forecast::Quantity::Pv, kChartHorizonHours, kAccuracyDays), true);
}
QString PlanModel::homeAccuracyShort() const
{
    return shortAccuracyText(
        m_planner.forecasts().accuracy(forecast::Quantity::BaseLoad, kChartHorizonHours, kAccuracyDays),
        false);
}
QVariantList PlanModel::accuracyBars() const
{
    const std::vector<double> errors =
        m_planner.forecasts().dailyErrors(forecast::Quantity::Pv, kChartHorizonHours, kChartDays);
    double highest = 0.0;
    for (double kwh : errors) {
        if (std::isfinite(kwh))
            highest = std::max(highest, kwh);
    }
    QVariantList bars;
    const QDate today = m_planner.forecasts().today();
    for (std::size_t i = 0; i < errors.size(); ++i) {
        const QDate day = today.addDays(qint64(i) - qint64(errors.size()) + 1);
        const bool known = std::isfinite(errors[i]);
        bars.append(QVariantMap{{u"label"_s, QLocale().toString(day, u"ddd d"_s)},
                                {u"kwh"_s, known ? errors[i] : -1.0},
                                {u"level"_s, known && highest > 0 ? errors[i] / highest : 0.0}});
    }
    return bars;
}
QVariantMap PlanModel::accuracy(const QString &quantity, int horizonHours, int days) const
{
    const forecast::Quantity which =
        quantity == u"pv"_s ? forecast::Quantity::Pv : forecast::Quantity::BaseLoad;
    const forecast::AccuracySummary summary = m_planner.forecasts().accuracy(which, horizonHours, days);
    return {{u"days"_s, summary.days},
            {u"errorKwhPerDay"_s, summary.errorKwhPerDay},
            {u"persistenceKwhPerDay"_s, summary.persistenceKwhPerDay},
            {u"skill"_s, summary.skill}};
}
bool PlanModel::planning() const
{
    return m_planner.isPlanning();
}
QString PlanModel::plannedAt() const
{
    if (m_planner.plannedAtMs() < 0)
        return {};
    return PlanText(m_planner.household().timeZone(), m_planner.plannedAtMs()).time(m_planner.plannedAtMs());
}
double PlanModel::solverMs() const
{
    return m_outcome ? m_outcome->plan.solveMs : 0.0;
}
QString PlanModel::error() const
{
    return m_planner.errorText();
}

QVariantMap PlanModel::rowData(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= rowCount())
        return values;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        values.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return values;
}

bool PlanModel::runNow(const QString &deviceId)
{
    m_actionError.clear();
    return m_planner.requestRunNow(deviceId, &m_actionError);
}

bool PlanModel::readyBy(const QString &deviceId, int hour, int minute, int percent)
{
    m_actionError.clear();
    return m_planner.requestReadyBy(deviceId, QTime(hour, minute), percent, &m_actionError);
}

bool PlanModel::skipToday(const QString &deviceId)
{
    m_actionError.clear();
    return m_planner.requestSkipToday(deviceId, &m_actionError);
}

void PlanModel::cancelRequest(const QString &deviceId)
{
    m_actionError.clear();
    m_planner.cancelRequest(deviceId);
}

} // namespace commonwatt::app

// The household's planner: the scenario it builds from the devices' flexibility, the forecasts and the
// household's requests; the commands it sends at slot boundaries; debounced re-planning; requests that
// survive a restart; and reasons whose credit difference is what the plan earns over running the device now.
#include "forecastservice.h"
#include "household.h"
#include "planmodel.h"
#include "planner.h"
#include "scheduler/immediate.h"
#include "scheduler/objective.h"
#include "scheduler/plan.h"
#include "scheduler/scenario.h"
#include "scheduler/siteflows.h"
#include "scheduler/solver.h"

#include "../support/plannerplugin.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace commonwatt;
using namespace Qt::StringLiterals;
using testing::PlannerPlugin;

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kSlotMs = 15 * kMinuteMs;
constexpr qint64 kHourMs = 60 * kMinuteMs;

qint64 utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

// A grid that is dirty and stressed in the morning, clean with surplus from 11:00 to 15:00, stressed again
// in the evening with a grid event at 18:00, for two days.
QList<DeviceReading> signalForecast(qint64 fromMs)
{
    QList<DeviceReading> forecast;
    for (qint64 t = fromMs; t < fromMs + 48 * kHourMs; t += kSlotMs) {
        const int hour = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).time().hour();
        const bool clean = hour >= 11 && hour < 15;
        const bool evening = hour >= 17 && hour < 21;
        forecast.append({0, t, clean ? 120.0 : evening ? 520.0 : 450.0});
        forecast.append({1, t, clean ? -0.4 : evening ? 0.5 : 0.2});
        forecast.append({2, t, hour == 18 ? 2.0 : 0.0});
    }
    return forecast;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<storage::ReadingsStore>();
        QVERIFY2(m_store->open(m_dir->filePath(u"test.db"_s)), qPrintable(m_store->errorString()));
        m_clock = std::make_unique<SimulatedClock>(utc(20, 8, 5));
        m_household = std::make_unique<app::Household>(*m_clock, *m_store, QTimeZone::utc());
        m_plugin = std::make_unique<PlannerPlugin>();
        QString error;
        QVERIFY2(m_household->addDevices(*m_plugin, {}, &error), qPrintable(error));
        const qint64 now = m_clock->nowMs();
        m_plugin->battery->setFlexibility(PlannerPlugin::batteryFlexibility(5.0));
        m_plugin->ev->setFlexibility(PlannerPlugin::evFlexibility(true, 20.0, 45.0, utc(21, 7)));
        m_plugin->washer->setFlexibility(
            PlannerPlugin::washerFlexibility(u"waiting"_s, now, now + 10 * kHourMs));
        m_plugin->heater->setFlexibility(PlannerPlugin::heaterFlexibility(4.0, now, utc(20, 20)));
        emit m_plugin->gridSignals->forecastReady(utc(20, 8), signalForecast(utc(20, 8)));
    }
    void cleanup()
    {
        m_planner.reset();
        m_household.reset();
        m_plugin.reset();
        m_store->close();
        m_store.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void scenarioFromFlexibilityAndForecasts()
    {
        // Two days of history: the home draws 0.6 kW; PV makes 2 kW from 10:00 to 14:00, exported.
        const storage::ChannelId meter = m_store->channel(u"grid"_s, u"power"_s, u"kW"_s);
        const storage::ChannelId pv = m_store->channel(u"pv"_s, u"power"_s, u"kW"_s);
        for (qint64 t = m_clock->nowMs() - 48 * kHourMs; t < m_clock->nowMs(); t += kMinuteMs) {
            const int hour = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).time().hour();
            const double sun = hour >= 10 && hour < 14 ? 2.0 : 0.0;
            m_store->append({meter, t, 0.6 - sun});
            m_store->append({pv, t, sun});
        }
        QVERIFY(m_store->waitForFlushed());

        const app::PlanOutcome &outcome = planned();
        const app::BuiltScenario &built = outcome.built;
        const scheduler::Scenario &s = built.scenario;
        // From the current slot to the end of tomorrow.
        QCOMPARE(built.startMs, utc(20, 8));
        QCOMPARE(s.slotMinutes, 15);
        QCOMPARE(s.slotCount, int((utc(22, 0) - utc(20, 8)) / kSlotMs));
        QCOMPARE(QString::fromStdString(s.start), u"2026-06-20T08:00:00Z"_s);

        // The forecasts (backend/forecast) of the history the planner read reach the scenario as they are,
        // with their sources: two days are too few to learn the array from, not too few for the home.
        const app::PlanForecasts &f = *built.forecasts;
        QCOMPARE(f.pv.source, forecast::Source::Fallback);
        QVERIFY(f.baseLoad.source != forecast::Source::None);
        const std::shared_ptr<const app::LoadHistory> history = m_planner->forecasts().history();
        QVERIFY(history->hasPv);
        const forecast::Horizon horizon{built.startMs, built.slotMs, s.slotCount, built.nowMs,
                                        QTimeZone::utc()};
        forecast::PvSite site;
        site.locationKnown = m_household->pvSite().locationKnown;
        site.latitude = m_household->pvSite().latitude;
        site.longitude = m_household->pvSite().longitude;
        QVERIFY(s.site.pvKw == forecast::forecastPv(history->pv, site, horizon).values);
        QVERIFY(s.site.baseLoadKw == forecast::forecastBaseLoad(history->base, horizon).values);
        // The base load is the meter plus PV: 0.6 kW all day, whatever the sun did.
        for (std::size_t t = 0; t < s.site.baseLoadKw.size(); ++t)
            QVERIFY2(std::abs(s.site.baseLoadKw[t] - 0.6) < 0.1, qPrintable(QString::number(t)));
        QVERIFY(s.site.pvKw[std::size_t(built.slotAt(utc(21, 12)))] > 0.5);
        QCOMPARE(s.site.pvKw[std::size_t(built.slotAt(utc(21, 23)))], 0.0);
        // The Plan page names them.
        app::PlanModel model(*m_planner);
        QVERIFY2(model.pvSource().startsWith(u"sun position"_s), qPrintable(model.pvSource()));
        QVERIFY2(!model.baseLoadSource().isEmpty(), qPrintable(model.baseLoadSource()));
        QCOMPARE(model.signalSource(), u"feed"_s);
        QCOMPARE(s.site.importLimitKw, 17.0);
        QCOMPARE(s.site.exportLimitKw, 5.0);

        // Grid signals from the feed; an event raises the grid need to its level.
        const int noon = built.slotAt(utc(20, 12));
        QCOMPARE(s.gridSignals.carbonIntensity[std::size_t(noon)], 120.0);
        QCOMPARE(s.gridSignals.gridNeed[std::size_t(noon)], -0.4);
        QCOMPARE(s.gridSignals.gridNeed[std::size_t(built.slotAt(utc(20, 18)))], 0.75);
        QCOMPARE(built.signalSlotsForecast, s.slotCount);
        // The renewable share is forecast beside them (for the clean-share estimate): this feed sends none,
        // so every slot has the settlement's even split.
        QCOMPARE(f.renewableShare.values.size(), std::size_t(s.slotCount));
        QCOMPARE(f.renewableShare.values[std::size_t(noon)], 0.5);
        QCOMPARE(s.currency.kappa, 0.25);
        QCOMPARE(s.currency.exportFee, 0.01);

        // Every flexible device from its map.
        QCOMPARE(s.batteries.size(), std::size_t(1));
        QCOMPARE(s.batteries[0].socKwh, 5.0);
        QCOMPARE(s.batteries[0].maxChargeKw, 4.0);
        QCOMPARE(s.evs.size(), std::size_t(1));
        QCOMPARE(s.evs[0].arrivalSlot, std::int64_t(0));
        QCOMPARE(s.evs[0].departureSlot, std::int64_t(built.slotAt(utc(21, 7))));
        QCOMPARE(s.evs[0].targetSocKwh, 45.0);
        QCOMPARE(s.appliances.size(), std::size_t(1));
        QVERIFY(s.appliances[0].profileKw == (std::vector<double>{2.0, 2.0, 0.3, 0.3, 0.5, 0.5}));
        QCOMPARE(s.appliances[0].earliestStartSlot, std::int64_t(0)); // loaded: it may start now
        QCOMPARE(s.appliances[0].latestEndSlot, std::int64_t(built.slotAt(m_clock->nowMs() + 10 * kHourMs)));
        QCOMPARE(s.thermals.size(), std::size_t(1));
        QCOMPARE(s.thermals[0].windowEndSlot, std::int64_t(built.slotAt(utc(20, 20))));
        QCOMPARE(s.thermals[0].energyKwh, 4.0);
        QVERIFY(outcome.plan.hasSchedule());
    }

    void aDeclinedEventIsPlannedWithoutItsFloor()
    {
        // A clean evening (g 100, s -0.5) under a LEVEL 3 event from 19:00 to 21:00; the rest of the day fair
        // (g 150, s -0.2). The washer may run from 19:00 to midnight.
        const qint64 eventStart = utc(20, 19);
        const qint64 eventEnd = utc(20, 21);
        QList<DeviceReading> forecast;
        for (qint64 t = utc(20, 8); t < utc(22, 0); t += kSlotMs) {
            const bool inEvent = t >= eventStart && t < eventEnd;
            forecast.append({0, t, inEvent ? 100.0 : 150.0});
            forecast.append({1, t, inEvent ? -0.5 : -0.2});
            forecast.append({2, t, inEvent ? 3.0 : 0.0});
        }
        emit m_plugin->gridSignals->forecastReady(utc(20, 8), forecast);
        m_plugin->washer->setFlexibility(PlannerPlugin::washerFlexibility(u"waiting"_s, eventStart, utc(20, 23, 45)));

        const auto washerStart = [this](const app::PlanOutcome &outcome) {
            const int index = indexOf(outcome, u"washer"_s);
            Q_ASSERT(index >= 0);
            const std::size_t appliance = std::size_t(outcome.built.scenario.deviceOrder[std::size_t(index)].index);
            return outcome.built.startMs + outcome.plan.appliances[appliance].startSlot * outcome.built.slotMs;
        };
        // Accepted (or not answered): the event's floor raises the grid need to 1, and the washer waits.
        const app::PlanOutcome &honoured = planned();
        const int eventSlot = honoured.built.slotAt(eventStart);
        QCOMPARE(honoured.built.eventLevels[std::size_t(eventSlot)], 3);
        QCOMPARE(honoured.built.scenario.gridSignals.gridNeed[std::size_t(eventSlot)], 1.0);
        const qint64 honouredStart = washerStart(honoured);
        QVERIFY2(honouredStart >= eventEnd, qPrintable(QDateTime::fromMSecsSinceEpoch(honouredStart).toString()));

        // Declined: the same household plans as if the floor were absent, and the clean evening wins.
        QSignalSpy replanned(m_planner.get(), &app::Planner::planChanged);
        m_planner->setDeclinedEvents({{eventStart, eventEnd}});
        QVERIFY(replanned.wait(10'000));
        const app::PlanOutcome &declined = planned();
        QCOMPARE(declined.built.eventLevels[std::size_t(eventSlot)], 0);
        QCOMPARE(declined.built.scenario.gridSignals.gridNeed[std::size_t(eventSlot)], -0.5);
        const qint64 declinedStart = washerStart(declined);
        QVERIFY2(declinedStart >= eventStart && declinedStart < eventEnd,
                 qPrintable(QDateTime::fromMSecsSinceEpoch(declinedStart).toString()));
    }

    void typicalProfilesWithoutHistory()
    {
        const app::BuiltScenario &built = planned().built;
        // A new installation: the sun's position and a typical home, and the Plan page says so.
        QCOMPARE(built.forecasts->pv.source, forecast::Source::Fallback);
        QCOMPARE(built.forecasts->baseLoad.source, forecast::Source::Fallback);
        QCOMPARE(built.forecasts->pv.historyDays, 0);
        app::PlanModel model(*m_planner);
        QCOMPARE(model.pvSource(), u"sun position (no history yet)"_s);
        QCOMPARE(model.baseLoadSource(), u"typical home (no history yet)"_s);
        const scheduler::Scenario &s = built.scenario;
        QVERIFY(s.site.pvKw[std::size_t(built.slotAt(utc(20, 13)))] > 0.0);
        QCOMPARE(s.site.pvKw[std::size_t(built.slotAt(utc(20, 23)))], 0.0);
        QVERIFY(s.site.baseLoadKw[0] > 0.0);
    }

    void runningApplianceIsBaseLoad()
    {
        const qint64 started = m_clock->nowMs() - 30 * kMinuteMs;
        m_plugin->washer->setFlexibility(PlannerPlugin::washerFlexibility(u"running"_s, started - kHourMs,
                                                                          started + 5 * kHourMs, started));
        const app::PlanOutcome &outcome = planned();
        QVERIFY(outcome.built.scenario.appliances.empty());
        const scheduler::Scenario &s = outcome.built.scenario;
        // Started at 07:35: at 08:00 it is 25 minutes in, in its second heating quarter hour.
        QVERIFY(s.site.baseLoadKw[0] > 1.0);
        QVERIFY(s.site.baseLoadKw[5] < 1.0);
    }

    void commandsAtSlotBoundaries()
    {
        const app::PlanOutcome &first = planned();
        // Right after the plan: the current slot's decisions, valid to the end of the next slot.
        QTRY_VERIFY(!m_plugin->commands.value(u"battery"_s).isEmpty());
        const DeviceCommand battery = m_plugin->commands.value(u"battery"_s).constLast();
        QCOMPARE(battery.kind, CommandKind::SetPower);
        QCOMPARE(battery.validUntilMs, utc(20, 8, 30));
        QCOMPARE(battery.valueKw,
                 first.plan.batteries[0].chargeKw[0] - first.plan.batteries[0].dischargeKw[0]);
        const DeviceCommand ev = m_plugin->commands.value(u"ev"_s).constLast();
        QCOMPARE(ev.valueKw, first.plan.evs[0].chargeKw[0]);
        const DeviceCommand heater = m_plugin->commands.value(u"water-heater"_s).constLast();
        QCOMPARE(heater.valueKw, first.plan.thermals[0].powerKw[0]);

        // Slot by slot, the washer is started exactly in the slot a plan says, and only once.
        int startedInSlot = -1;
        for (int slot = 1; slot < 40 && startedInSlot < 0; ++slot) {
            const qint64 boundary = utc(20, 8) + slot * kSlotMs;
            const auto inHand = m_planner->outcome();
            const qint64 plannedStart =
                inHand->built.startMs + inHand->plan.appliances.at(0).startSlot * kSlotMs;
            const qsizetype before = m_plugin->commands.value(u"battery"_s).size();
            m_clock->advanceTo(boundary);
            // The plan in hand acts at the boundary itself, before the next plan is made.
            QCOMPARE(m_plugin->commands.value(u"battery"_s).size(), before + 1);
            const DeviceCommand atBoundary = m_plugin->commands.value(u"battery"_s).constLast();
            QCOMPARE(atBoundary.issuedMs, boundary);
            QCOMPARE(atBoundary.validUntilMs, boundary + 2 * kSlotMs);
            QVERIFY(std::abs(atBoundary.valueKw) <= 4.0 + 1e-9);
            QTRY_VERIFY(!m_planner->isPlanning());
            const auto fresh = m_planner->outcome();
            QCOMPARE(fresh->built.startMs, boundary);
            const QList<DeviceCommand> starts = m_plugin->commands.value(u"washer"_s);
            if (starts.isEmpty())
                continue;
            QCOMPARE(starts.size(), 1);
            QCOMPARE(starts.constFirst().kind, CommandKind::StartRun);
            QCOMPARE(starts.constFirst().issuedMs, boundary);
            QCOMPARE(plannedStart, boundary);
            startedInSlot = slot;
        }
        // The dirty morning is waited out: it starts in the clean hours from 11:00.
        QVERIFY2(startedInSlot >= 12, qPrintable(QString::number(startedInSlot)));
        QCOMPARE(m_plugin->commands.value(u"washer"_s).size(), 1);
    }

    void replanningIsDebounced()
    {
        (void)planned();
        QSignalSpy plans(m_planner.get(), &app::Planner::planChanged);
        // A battery's charge drifts with every sample: picked up at the next slot, not planned for now.
        m_plugin->battery->setFlexibility(PlannerPlugin::batteryFlexibility(5.2));
        QVERIFY(!m_planner->isPlanning());
        // A burst of real changes: one plan after it.
        const qint64 now = m_clock->nowMs();
        for (int i = 1; i <= 5; ++i) {
            m_plugin->washer->setFlexibility(
                PlannerPlugin::washerFlexibility(u"waiting"_s, now, now + (10 + i) * kHourMs));
        }
        QVERIFY(m_planner->isPlanning());
        QCOMPARE(plans.size(), 0);
        QTRY_VERIFY(plans.size() > 0 && !m_planner->isPlanning());
        QCOMPARE(plans.size(), 1);
        QCOMPARE(m_planner->outcome()->built.scenario.appliances[0].latestEndSlot,
                 std::int64_t(m_planner->outcome()->built.slotAt(now + 15 * kHourMs)));
        // A new grid-signal forecast is planned for too.
        emit m_plugin->gridSignals->forecastReady(utc(20, 8), signalForecast(utc(20, 8)));
        QVERIFY(m_planner->isPlanning());
        QTRY_COMPARE(plans.size(), 2);
    }

    void requestsChangeThePlan()
    {
        const app::PlanOutcome &before = planned();
        QVERIFY(before.plan.appliances[0].startSlot > 0);
        QList<std::shared_ptr<const app::PlanOutcome>> plans;
        connect(m_planner.get(), &app::Planner::planChanged, this,
                [&] { plans.append(m_planner->outcome()); });

        QString error;
        QVERIFY2(m_planner->requestRunNow(u"washer"_s, &error), qPrintable(error));
        QCOMPARE(m_planner->requests().find(u"washer"_s)->kind, app::RequestKind::RunNow);
        QTRY_VERIFY(!plans.isEmpty());
        // The first plan after the request starts it now, and says why.
        QCOMPARE(plans.constFirst()->plan.appliances.at(0).startSlot, 0);
        QCOMPARE(plans.constFirst()
                     ->explanation.devices[std::size_t(indexOf(*plans.constFirst(), u"washer"_s))]
                     .reason,
                 app::Reason::Requested);
        QCOMPARE(m_plugin->commands.value(u"washer"_s).size(), 1);
        QCOMPARE(m_plugin->commands.value(u"washer"_s).constFirst().kind, CommandKind::StartRun);
        // Once running, the request has done its job and the washer's rest is base load.
        QVERIFY(!m_planner->requests().find(u"washer"_s));
        QTRY_VERIFY(!m_planner->isPlanning() && m_planner->outcome()->built.scenario.appliances.empty());

        // Ready by 06:00 with 90 %: the car's target and departure.
        QVERIFY2(m_planner->requestReadyBy(u"ev"_s, QTime(6, 0), 90.0, &error), qPrintable(error));
        QTRY_VERIFY(!m_planner->isPlanning() &&
                    m_planner->outcome()->built.scenario.evs[0].targetSocKwh == 54.0);
        const app::PlanOutcome &car = *m_planner->outcome();
        QCOMPARE(car.built.scenario.evs[0].departureSlot, std::int64_t(car.built.slotAt(utc(21, 6))));
        QCOMPARE(car.plan.evs[0].shortfallKwh, 0.0);

        // Not today: the heater leaves the plan and is held at zero.
        QVERIFY(m_planner->requestSkipToday(u"water-heater"_s, &error));
        QTRY_VERIFY(!m_planner->isPlanning() && m_planner->outcome()->built.scenario.thermals.empty());
        QCOMPARE(m_plugin->commands.value(u"water-heater"_s).constLast().valueKw, 0.0);
        QCOMPARE(m_planner->requests().find(u"water-heater"_s)->untilMs, utc(21, 0));

        // What a device cannot do is refused in words.
        QVERIFY(!m_planner->requestReadyBy(u"washer"_s, QTime(7, 0), 80, &error));
        QVERIFY(!error.isEmpty());
        // A car that leaves takes its request with it.
        m_plugin->ev->setFlexibility(PlannerPlugin::evFlexibility(false, 30.0, 45.0, 0));
        QVERIFY(!m_planner->requests().find(u"ev"_s));
    }

    void requestsSurviveARestart()
    {
        const QString path = m_dir->filePath(u"planrequests.json"_s);
        m_planner = std::make_unique<app::Planner>(*m_household, *m_store, path);
        m_planner->setDebounceInterval(std::chrono::milliseconds(50));
        m_planner->start();
        QVERIFY(m_planner->requestReadyBy(u"ev"_s, QTime(7, 30), 70.0));
        QVERIFY(m_planner->requestSkipToday(u"washer"_s));
        m_planner.reset(); // waits for the file to be written

        m_planner = std::make_unique<app::Planner>(*m_household, *m_store, path);
        m_planner->setDebounceInterval(std::chrono::milliseconds(50));
        m_planner->start();
        QCOMPARE(m_planner->requests().all().size(), 2);
        const auto car = m_planner->requests().find(u"ev"_s);
        QVERIFY(car);
        QCOMPARE(car->kind, app::RequestKind::ReadyBy);
        QCOMPARE(car->untilMs, utc(21, 7, 30));
        QCOMPARE(car->targetPercent, 70.0);
        QTRY_VERIFY(m_planner->outcome());
        QCOMPARE(m_planner->outcome()->built.scenario.evs[0].targetSocKwh, 42.0);
        QVERIFY(m_planner->outcome()->built.scenario.appliances.empty());

        // At midnight "not today" has ended, and the file says so.
        m_clock->advanceTo(utc(21, 0) + kMinuteMs);
        QVERIFY(!m_planner->requests().find(u"washer"_s));
        QTRY_VERIFY(!m_planner->isPlanning());
        m_planner.reset();
        app::PlanRequests reread(path);
        QString error;
        QVERIFY2(reread.load(utc(21, 1), &error), qPrintable(error));
        QCOMPARE(reread.all().size(), 1);
        QCOMPARE(reread.all().constFirst().deviceId, u"ev"_s);
    }

    void reasonsCarryTheCreditDifference()
    {
        const app::PlanOutcome &outcome = planned();
        const scheduler::Scenario &s = outcome.built.scenario;
        const app::PlanExplanation &explanation = outcome.explanation;
        QCOMPARE(explanation.devices.size(), s.deviceOrder.size());
        // Planning never does worse than running everything now.
        QVERIFY(explanation.planCredits >= explanation.immediateCredits - 1e-6);

        // The washer's difference is the plan against the same plan with the washer started at once.
        const int washer = indexOf(u"washer"_s);
        const app::DeviceExplanation &why = explanation.devices[std::size_t(washer)];
        scheduler::Plan now = outcome.plan;
        now.appliances[0].startSlot = int(s.appliances[0].earliestStartSlot);
        (void)scheduler::computeSiteFlows(s, now);
        scheduler::Plan planned = outcome.plan;
        (void)scheduler::computeSiteFlows(s, planned);
        QVERIFY(std::abs(why.creditDelta - (planned.objective - now.objective)) < 1e-9);
        QVERIFY2(why.creditDelta > 0.1, qPrintable(QString::number(why.creditDelta)));
        QVERIFY(why.reason == app::Reason::SolarSurplus || why.reason == app::Reason::LowCarbon ||
                why.reason == app::Reason::GridSurplus);
        QCOMPARE(why.firstActiveSlot, outcome.plan.appliances[0].startSlot);

        // The model says it in a sentence: when, why, and by how much.
        app::PlanModel model(*m_planner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), 4);
        QModelIndex row;
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.index(i).data(app::PlanModel::DeviceIdRole).toString() == u"washer"_s)
                row = model.index(i);
        }
        QVERIFY(row.isValid());
        const QString sentence = row.data(app::PlanModel::ReasonRole).toString();
        const QString start = QDateTime::fromMSecsSinceEpoch(
                                  outcome.built.startMs + why.firstActiveSlot * kSlotMs, QTimeZone::utc())
                                  .toString(u"HH:mm"_s);
        QVERIFY2(sentence.startsWith(u"Washer at "_s + start + u": "_s), qPrintable(sentence));
        QVERIFY2(sentence.endsWith(u", +"_s + QLocale().toString(why.creditDelta, 'f', 1) + u" cr vs now"_s),
                 qPrintable(sentence));
        QCOMPARE(row.data(app::PlanModel::CreditDeltaRole).toDouble(), why.creditDelta);
        QVERIFY(model.creditsGain() >= -1e-6);
        QCOMPARE(model.bandLevels().size(), s.slotCount);
        QVERIFY(!model.hourTicks().isEmpty());
    }

    void modelTakesRequests()
    {
        (void)planned();
        app::PlanModel model(*m_planner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto row = [&model](const QString &id) {
            for (int i = 0; i < model.rowCount(); ++i) {
                if (model.index(i).data(app::PlanModel::DeviceIdRole).toString() == id)
                    return model.index(i);
            }
            return QModelIndex();
        };
        QVERIFY(row(u"ev"_s).data(app::PlanModel::CanReadyByRole).toBool());
        QVERIFY(!row(u"battery"_s).data(app::PlanModel::CanRunNowRole).toBool());

        QVERIFY(model.readyBy(u"ev"_s, 6, 0, 90));
        QCOMPARE(row(u"ev"_s).data(app::PlanModel::RequestRole).toString(), u"readyBy"_s);
        QCOMPARE(row(u"ev"_s).data(app::PlanModel::RequestTextRole).toString(),
                 u"Ready by tomorrow 06:00 with 90 %"_s);
        QVERIFY(!model.runNow(u"battery"_s));
        QVERIFY(!model.lastActionError().isEmpty());

        QVERIFY(model.skipToday(u"washer"_s));
        QTRY_COMPARE(row(u"washer"_s).data(app::PlanModel::StateRole).toString(), u"held"_s);
        QVERIFY(row(u"washer"_s).data(app::PlanModel::SegmentsRole).toList().isEmpty());
        model.cancelRequest(u"washer"_s);
        QTRY_COMPARE(row(u"washer"_s).data(app::PlanModel::StateRole).toString(), u"planned"_s);
        QCOMPARE(row(u"washer"_s).data(app::PlanModel::RequestRole).toString(), QString());
        QCOMPARE(row(u"washer"_s).data(app::PlanModel::SegmentsRole).toList().size(), 1);
    }

    void refusedCommandsAreShown()
    {
        // The washer stops accepting StartRun: the planner keeps the device's reason for the Plan page.
        m_plugin->washer->setAcceptedCommands({CommandKind::Automatic});
        QString error;
        (void)planned();
        QVERIFY(m_planner->requestRunNow(u"washer"_s, &error));
        QTRY_VERIFY(m_planner->commandErrors().contains(u"washer"_s));
        QVERIFY2(m_planner->commandErrors().value(u"washer"_s).contains(u"does not accept"_s),
                 qPrintable(m_planner->commandErrors().value(u"washer"_s)));
    }

private:
    // Starts a planner (no file) and waits for its first plan.
    const app::PlanOutcome &planned()
    {
        if (!m_planner) {
            m_planner = std::make_unique<app::Planner>(*m_household, *m_store, QString());
            m_planner->setDebounceInterval(std::chrono::milliseconds(50));
            m_planner->start();
        }
        [&] { QTRY_VERIFY_WITH_TIMEOUT(m_planner->outcome() && !m_planner->isPlanning(), 10'000); }();
        Q_ASSERT(m_planner->outcome());
        return *m_planner->outcome();
    }
    int indexOf(const QString &id) const { return indexOf(*m_planner->outcome(), id); }
    static int indexOf(const app::PlanOutcome &outcome, const QString &id)
    {
        for (const app::DeviceStatus &status : outcome.built.devices) {
            if (status.id == id)
                return status.scenarioIndex;
        }
        return -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::ReadingsStore> m_store;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<app::Household> m_household;
    std::unique_ptr<PlannerPlugin> m_plugin;
    std::unique_ptr<app::Planner> m_planner;
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"

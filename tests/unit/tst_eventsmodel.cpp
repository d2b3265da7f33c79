// The Events view model on the demo household over two winter weekdays with grid events (Monday 2 and
// Tuesday 3 February 2026, 17:00-19:00, LEVEL 2, from the simulator's grid-signal feed): announced the day
// before, active during, past after with what CreditsService settled; answers that persist across a restart
// and are refused once the event has started; a declined event reaches the planner.
#include "dashboardmodel.h"
#include "eventsmodel.h"
#include "gridevents.h"

#include "../support/demohousehold.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

#include <memory>

using namespace commonwatt;
using namespace Qt::StringLiterals;

namespace {

const QDate kMonday(2026, 2, 2);

QVariant role(const app::EventsModel &model, int row, app::EventsModel::Role role)
{
    return model.data(model.index(row), role);
}

int rowOf(const app::EventsModel &model, qint64 startMs)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (role(model, row, app::EventsModel::IdRole).toString() == app::EventsModel::idOf(startMs))
            return row;
    }
    return -1;
}

} // namespace

class TestEventsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void anEventFromAnnouncementToReward()
    {
        testing::DemoHousehold household;
        QVERIFY(household.start(kMonday.addDays(-1), QTime(20, 0)));
        QVERIFY(household.settle());
        auto model = std::make_unique<app::EventsModel>(household.runtime().gridEvents());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Sunday evening: Monday's event is in the feed's forecast, which runs to the end of Monday. It runs
        // 17:00-19:00 in the simulator's time zone, which is the household's where the system's is known.
        QTRY_COMPARE(model->count(), 1);
        const auto firstEventSlot = [&]() -> qint64 {
            for (const currency::SignalSlot &slot : household.runtime().household().signalForecast()) {
                if (slot.signal.eventLevel > 0)
                    return slot.startMs;
            }
            return -1;
        };
        const qint64 start = firstEventSlot();
        const qint64 end = start + 2 * 3600'000;
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(start, QTimeZone::systemTimeZone()).date(), kMonday);
        const QString id = app::EventsModel::idOf(start);
        const QString from = app::DashboardModel::shortTime(QDateTime::fromMSecsSinceEpoch(start).time());
        const QString until = app::DashboardModel::shortTime(QDateTime::fromMSecsSinceEpoch(end).time());
        QCOMPARE(role(*model, 0, app::EventsModel::IdRole).toString(), id);
        QCOMPARE(role(*model, 0, app::EventsModel::StatusRole).toString(), u"upcoming"_s);
        QCOMPARE(role(*model, 0, app::EventsModel::LevelRole).toInt(), 2);
        QCOMPARE(role(*model, 0, app::EventsModel::LevelTextRole).toString(), u"high need"_s);
        QCOMPARE(role(*model, 0, app::EventsModel::ResponseRole).toString(), u"none"_s);
        QCOMPARE(role(*model, 0, app::EventsModel::EarnedRole).toString(), QString());
        QVERIFY(model->hasNextEvent());
        QCOMPARE(model->nextEventId(), id);
        QVERIFY(!model->nextEventActive());
        QCOMPARE(model->nextEventWhen(), u"tomorrow %1–%2"_s.arg(from, until));
        QCOMPARE(model->nextEventTitle(), u"Grid event coming: high need"_s);
        const app::GridEventInfo *event = household.runtime().gridEvents().find(start);
        QVERIFY(event);
        QCOMPARE(event->endMs, end);

        // Answers before the start are taken; the last one counts, and a declined event reaches the planner.
        QVERIFY(!model->accept(app::EventsModel::idOf(start - 3600'000)).isEmpty());
        QVERIFY(!model->accept(u"not a time"_s).isEmpty());
        QCOMPARE(model->accept(id), QString());
        QCOMPARE(model->nextEventResponse(), u"accepted"_s);
        QVERIFY(household.runtime().planner().declinedEvents().isEmpty());
        QCOMPARE(model->decline(id), QString());
        QCOMPARE(role(*model, 0, app::EventsModel::ResponseRole).toString(), u"declined"_s);
        QCOMPARE(household.runtime().planner().declinedEvents(), (QList<app::EventWindow>{{start, end}}));

        // They survive a restart on the same data folder.
        model.reset();
        QVERIFY(household.restart());
        model = std::make_unique<app::EventsModel>(household.runtime().gridEvents());
        household.advanceTo(household.runtime().clock().nowMs() + 15 * 60'000); // the feed's next forecast
        QTRY_COMPARE(model->nextEventResponse(), u"declined"_s);
        QTRY_COMPARE(household.runtime().planner().declinedEvents(), (QList<app::EventWindow>{{start, end}}));

        // Under way: active, and no longer to be answered.
        household.advanceTo(start + 30 * 60'000);
        QTRY_VERIFY(model->nextEventActive());
        QCOMPARE(model->nextEventId(), id);
        QCOMPARE(model->nextEventWhen(), u"until %1"_s.arg(until));
        QCOMPARE(role(*model, rowOf(*model, start), app::EventsModel::StatusRole).toString(), u"active"_s);
        const QString refused = model->accept(id);
        QVERIFY2(refused.contains(u"already started"_s), qPrintable(refused));
        QCOMPARE(model->nextEventResponse(), u"declined"_s);

        // Over: past, with what CreditsService settled for it; Tuesday's event is announced and comes first.
        household.advanceTo(end + 30 * 60'000);
        QVERIFY(household.settle());
        const app::CreditsService &credits = household.runtime().credits();
        const auto settled = [&]() -> const app::EventResult * {
            for (const app::EventResult &result : credits.eventResults()) {
                if (result.startMs == start)
                    return &result;
            }
            return nullptr;
        };
        QTRY_VERIFY(settled());
        QCOMPARE(settled()->endMs, end);
        QCOMPARE(settled()->level, 2);
        const int past = rowOf(*model, start);
        QVERIFY(past >= 0);
        QCOMPARE(role(*model, past, app::EventsModel::StatusRole).toString(), u"past"_s);
        QCOMPARE(role(*model, past, app::EventsModel::ResponseRole).toString(), u"declined"_s);
        const QString earned = role(*model, past, app::EventsModel::EarnedRole).toString();
        if (settled()->reward.value() > 0) {
            QCOMPARE(earned, u"%1 credits earned"_s.arg(double(settled()->reward.value()) / 1000.0, 0, 'f', 2));
        } else {
            // Two days of history are far from the 48 weekdays a baseline needs: the rule book's reason.
            QVERIFY(!settled()->refusal.isEmpty());
            QVERIFY2(earned.startsWith(u"Nothing paid: your usual use"_s), qPrintable(earned));
            QCOMPARE(role(*model, past, app::EventsModel::DetailRole).toString(), settled()->refusal);
        }
        const qint64 tuesday = start + 24 * 3600'000;
        QTRY_COMPARE(model->count(), 2);
        QCOMPARE(rowOf(*model, tuesday), 0);
        QCOMPARE(past, 1);
        QCOMPARE(model->nextEventId(), app::EventsModel::idOf(tuesday));
        QCOMPARE(model->nextEventResponse(), u"none"_s);
        QVERIFY(!model->decline(id).isEmpty()); // over: nothing to answer
        // The declined event is over: the planner no longer leaves anything out.
        QCOMPARE(household.runtime().gridEvents().declinedWindows(), QList<app::EventWindow>());
        model.reset();
    }
};

QTEST_MAIN(TestEventsModel)
#include "tst_eventsmodel.moc"

// Loads the real main window offscreen on a demo household and checks that the dashboard shows it, and that
// the Plan page shows the household's plan.
#include "dashboardmodel.h"
#include "planmodel.h"
#include "ui.h"

#include "../support/demoui.h"
#include "../support/quickitems.h"

#include <QAccessible>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace commonwatt;
using namespace Qt::StringLiterals;

namespace {
double leadingNumber(const QString &text)
{
    // "3.2 kWh" in the test's C locale.
    static const QRegularExpression number(u"-?[0-9]+(\\.[0-9]+)?"_s);
    const auto match = number.match(text);
    return match.hasMatch() ? match.captured(0).toDouble() : -1.0;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init()
    {
        // Any QML warning (binding loop, undefined property, missing type) fails the test. Qt forgets the
        // pattern after each test function, so it is given before each.
        QTest::failOnWarning(QRegularExpression(u"qrc:/"_s));
    }

    void dashboardShowsTheHousehold()
    {
        testing::DemoHousehold household;
        QVERIFY(household.start(QDate(2026, 6, 20), QTime(13, 0)));
        QVERIFY(household.settle());

        testing::DemoUi ui(household);
        app::DashboardModel &dashboard = ui.dashboard;
        app::PlanModel &plan = ui.plan;
        QQmlApplicationEngine engine;
        QQuickWindow *window = ui.openMainWindow(engine);
        QVERIFY(window);

        for (const char *name :
             {"dashboardPage", "powerFlow", "solarNode", "gridNode", "houseNode", "batteryNode", "evNode",
              "todayPanel", "todaySolar", "todayHome", "todayImport", "todayExport", "todayEv",
              "todaySelfSufficiency", "timeLabel", "dateLabel", "sourceBadge"}) {
            QVERIFY2(window->findChild<QQuickItem *>(QLatin1StringView(name)), name);
        }
        auto text = [window](const char *name) {
            auto *item = window->findChild<QQuickItem *>(QLatin1StringView(name));
            return item ? item->property("text").toString() : QString();
        };

        // Midday in June: the sun shines, and the morning's energy is in today's totals.
        QVERIFY2(leadingNumber(text("solarNodeValue")) > 0.0, qPrintable(text("solarNodeValue")));
        QTRY_VERIFY2(leadingNumber(text("todaySolarValue")) > 1.0, qPrintable(text("todaySolarValue")));
        QVERIFY(leadingNumber(text("todayHomeValue")) > 0.5);
        QCOMPARE(text("timeLabel"), u"13:00"_s);
        QVERIFY(!text("dateLabel").isEmpty());

        // The simulated grid-signal feed tells whether now is a good time; the banner says it in words.
        QVERIFY(!dashboard.timeRating().isEmpty());
        auto *banner = window->findChild<QQuickItem *>(u"timeAdviceBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(text("timeAdviceText").startsWith(u"Now is a "_s + dashboard.timeRating()),
                 qPrintable(text("timeAdviceText")));
        if (!dashboard.nextBetterTime().isEmpty())
            QVERIFY(text("timeAdviceText").endsWith(dashboard.nextBetterTime()));

        // Credits, clean share and reputation, settled from the store with the currency engine.
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.hasCredits(), 20'000);
        QVERIFY(window->findChild<QQuickItem *>(u"commonsPanel"_s)->isVisible());
        QVERIFY(dashboard.hasCleanShare());
        QVERIFY(dashboard.cleanShareToday() > 0.0 && dashboard.cleanShareToday() <= 1.0);
        QCOMPARE(dashboard.creditsMonth(), dashboard.creditsToday()); // the household's first day
        // A first day has no history before the last midnight: the parts take their neutral values.
        QCOMPARE(dashboard.reputationGiving(), 25.0);
        QCOMPARE(dashboard.reputationReliability(), 15.0);
        QCOMPARE(dashboard.reputation(), dashboard.reputationGiving() + dashboard.reputationReliability() +
                                             dashboard.reputationClean());
        QVERIFY(!text("creditsTodayValue").isEmpty());
        auto visible = [window](const char *name) {
            auto *item = window->findChild<QQuickItem *>(QLatin1StringView(name));
            return item && item->isVisible();
        };
        QVERIFY(visible("estimatesTag")); // no community: estimates
        QVERIFY(!visible("pendingClaims"));

        // In a community the ledger's summary decides the balance and the reputation, and counts the claims
        // waiting for the grid to confirm; nothing is called an estimate any more.
        app::LedgerSummary ledger;
        ledger.derived = true;
        ledger.joined = true;
        ledger.balance = MilliCredits(12'345);
        ledger.pendingClaims = 3;
        ledger.validatedClaims = 40;
        ledger.reputation = {31'000, 15'000, 9'000, 55'000};
        dashboard.setLedgerSummary(ledger);
        QVERIFY(dashboard.hasCommunity());
        QTRY_VERIFY(!visible("estimatesTag"));
        QVERIFY(visible("pendingClaims"));
        QCOMPARE(text("pendingClaims"), u"3 slots waiting for the grid to confirm"_s);
        QCOMPARE(dashboard.creditsBalance(), 12.345);
        auto *creditsTile = window->findChild<QQuickItem *>(u"creditsToday"_s);
        QVERIFY(creditsTile);
        const QString detail = creditsTile->property("detail").toString();
        QVERIFY2(detail.contains(u"balance"_s) && detail.contains(u"12.3"_s), qPrintable(detail));
        QCOMPARE(text("reputationValue"), u"55 / 100"_s);
        QCOMPARE(dashboard.reputationGiving(), 31.0);
        ledger.pendingClaims = 0;
        dashboard.setLedgerSummary(ledger);
        QTRY_VERIFY(!visible("pendingClaims"));
        QVERIFY(!visible("estimatesTag"));

        // Live: the values follow the household as simulated time moves on.
        QSignalSpy flow(&dashboard, &app::DashboardModel::flowChanged);
        const QString solarBefore = text("todaySolarValue");
        household.advanceTo(household.runtime().clock().nowMs() + 2 * 3600 * 1000);
        QVERIFY(household.settle());
        QTRY_VERIFY(flow.size() > 0);
        QTRY_VERIFY(text("todaySolarValue") != solarBefore);
        QCOMPARE(text("timeLabel"), u"15:00"_s);
        QCOMPARE(dashboard.pvKw(), household.runtime().household().powerFlow().pv.value());

        // The Plan page, one tap away: the plan's worth, the band of w[t] and a row per device.
        QTRY_VERIFY_WITH_TIMEOUT(plan.hasPlan() && !plan.planning(), 20'000);
        auto item = [window](const char *name) {
            return testing::findItem(window->contentItem(), QString::fromLatin1(name));
        };
        auto tap = [window](QQuickItem *target) { testing::tap(window, target); };
        tap(item("navPlan"));
        QTRY_VERIFY(item("planPage")->isVisible());
        QVERIFY(!item("dashboardPage")->isVisible());
        for (const char *name :
             {"planSummary", "planGain", "planTimeline", "planAxis", "weightBand", "planRows", "nowMarker",
              "weightLegend", "planSources", "forecastAccuracy"}) {
            QVERIFY2(item(name) && item(name)->isVisible(), name);
        }
        // Where the forecasts came from, and how good they were (nothing compared yet on a first day).
        QVERIFY2(item("planSources")->property("text").toString().startsWith(u"solar: "_s),
                 qPrintable(item("planSources")->property("text").toString()));
        QCOMPARE(plan.solarAccuracy(), u"Solar forecast: accuracy known after its first day"_s);
        QCOMPARE(plan.accuracyBars().size(), 14);
        QCOMPARE(item("planGain")->property("text").toString(), plan.creditsGainText());
        QVERIFY(plan.creditsGain() >= -1e-6); // planning never does worse than running everything now
        QCOMPARE(plan.count(), 6);            // battery, car, three appliances, water heater
        QCOMPARE(plan.bandLevels().size(), plan.bandWeights().size());
        // The battery's row says what it does and why, with its credits against running it now.
        QTRY_VERIFY(item("planRow_battery"));
        const QString decision = item("planDecision_battery")->property("text").toString();
        QVERIFY2(decision.endsWith(u" cr vs now"_s), qPrintable(decision));

        // The page follows the plan as time moves on (a shorter horizon, new rows' data) without a warning.
        QSignalSpy planned(&plan, &app::PlanModel::planChanged);
        household.advanceTo(household.runtime().clock().nowMs() + 30 * 60 * 1000);
        QTRY_VERIFY(planned.size() > 0 && !plan.planning());
        QTest::qWait(50); // a frame with the new plan
        QCOMPARE(item("planGain")->property("text").toString(), plan.creditsGainText());

        // Tapping a device opens its sheet; what it cannot do now is not offered.
        tap(item("planRow_battery"));
        auto *sheet = window->findChild<QObject *>(u"deviceSheet"_s);
        QVERIFY(sheet);
        QTRY_VERIFY(sheet->property("opened").toBool());
        QCOMPARE(sheet->property("deviceName").toString(), u"Home battery"_s);
        QVERIFY(!item("sheetRunNow")->isEnabled());
        tap(item("sheetClose"));
        QTRY_VERIFY(!sheet->property("visible").toBool());

        // And back home.
        tap(item("navHome"));
        QTRY_VERIFY(item("dashboardPage")->isVisible());
    }

    void planPageCrossesMidnight()
    {
        // At midnight the horizon grows from one day to two: every row gets longer lists while shown.
        testing::DemoHousehold household;
        QVERIFY(household.start(QDate(2026, 3, 18), QTime(23, 40)));
        QVERIFY(household.settle());
        testing::DemoUi ui(household);
        app::PlanModel &plan = ui.plan;
        QQmlApplicationEngine engine;
        QQuickWindow *window = ui.openMainWindow(engine);
        QVERIFY(window);
        testing::findItem(window->contentItem(), u"headerBar"_s)->setProperty("currentPage", 1);
        QTRY_VERIFY_WITH_TIMEOUT(plan.hasPlan() && !plan.planning(), 20'000);
        const qsizetype before = plan.bandLevels().size();
        QVERIFY(before <= 25 * 4); // to the end of tomorrow, which begins in 20 minutes
        QTRY_VERIFY(testing::findItem(window->contentItem(), u"planRow_battery"_s));

        household.advanceTo(household.runtime().clock().nowMs() + 30 * 60 * 1000);
        QTRY_VERIFY(plan.bandLevels().size() > before && !plan.planning());
        QTest::qWait(50); // a frame with the new plan
        QCOMPARE(testing::findItem(window->contentItem(), u"planGain"_s)->property("text").toString(),
                 plan.creditsGainText());
    }

    void todayStartsAtLocalMidnight()
    {
        testing::DemoHousehold household;
        QVERIFY(household.start(QDate(2026, 3, 18), QTime(23, 30)));
        QVERIFY(household.settle());
        app::DashboardModel dashboard(household.runtime().household(), household.runtime().sourceText(),
                                      &household.runtime().credits());
        QTRY_VERIFY(dashboard.todayPvKwh() > 1.0);
        const double homeLateEvening = dashboard.todayHouseKwh();
        QVERIFY(homeLateEvening > 3.0);

        // Half an hour into the next day: no sun yet, and the home's use starts again from zero.
        household.advanceTo(household.runtime().clock().nowMs() + 3600 * 1000);
        QVERIFY(household.settle());
        QTRY_COMPARE(dashboard.todayPvKwh(), 0.0);
        QVERIFY(dashboard.todayHouseKwh() > 0.0);
        QVERIFY2(dashboard.todayHouseKwh() < 2.0, qPrintable(QString::number(dashboard.todayHouseKwh())));
        QVERIFY(dashboard.selfSufficiency() >= 0.0 && dashboard.selfSufficiency() <= 1.0);
    }

    // Every control a finger or a screen reader can use has a name: each visible, enabled MouseArea's item or
    // its parent gives one to assistive technology, on every page.
    void everyControlHasAnAccessibleName()
    {
        testing::DemoHousehold household;
        QVERIFY(household.start(QDate(2026, 6, 20), QTime(13, 0)));
        QVERIFY(household.settle());
        testing::DemoUi ui(household);
        QQmlApplicationEngine engine;
        QQuickWindow *window = ui.openMainWindow(engine);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(ui.plan.hasPlan() && !ui.plan.planning(), 20'000);
        QQuickItem *pages = testing::findItem(window->contentItem(), u"pages"_s);
        QVERIFY(pages);
        // The Installer page in installer mode, with the form of a plugin that needs a broker open.
        QCOMPARE(ui.kiosk.setPin(u"2468"_s, u"2468"_s), QString());
        const QVariantList plugins = ui.installer.plugins();
        QVERIFY(!plugins.isEmpty());
        const bool tasmota = std::any_of(plugins.begin(), plugins.end(),
                                         [](const QVariant &p) { return p.toMap().value(u"id"_s) == u"tasmota"_s; });
        ui.installer.openAddForm(tasmota ? u"tasmota"_s : plugins.constFirst().toMap().value(u"id"_s).toString());
        QVERIFY(ui.installer.formOpen());
        const auto nameOf = [](QQuickItem *item) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
            return iface ? iface->text(QAccessible::Name) : QString();
        };
        int checked = 0;
        for (qsizetype page = 0; page < pages->childItems().size(); ++page) {
            testing::findItem(window->contentItem(), u"headerBar"_s)->setProperty("currentPage", int(page));
            QTest::qWait(50);
            QStringList unnamed;
            std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
                if (!item->isVisible())
                    return;
                if (item->inherits("QQuickMouseArea") && item->isEnabled()) {
                    ++checked;
                    QQuickItem *owner = item->parentItem();
                    if (nameOf(item).isEmpty() && (!owner || nameOf(owner).isEmpty()))
                        unnamed.append(owner ? owner->objectName() + u" ("_s +
                                                   QString::fromLatin1(owner->metaObject()->className()) + u")"_s
                                             : u"?"_s);
                }
                const QList<QQuickItem *> children = item->childItems();
                for (QQuickItem *child : children)
                    walk(child);
            };
            walk(window->contentItem());
            QVERIFY2(unnamed.isEmpty(), qPrintable(u"page %1: "_s.arg(page) + unnamed.join(u", "_s)));
        }
        QVERIFY2(checked > 20, qPrintable(QString::number(checked)));
    }

    // The History page, third tab: today's power drawn by the chart, and the export's file field with a name in
    // the export folder.
    void historyPageShowsToday()
    {
        testing::DemoHousehold household;
        QVERIFY(household.start(QDate(2026, 6, 20), QTime(13, 0)));
        QVERIFY(household.settle());
        testing::DemoUi ui(household);
        QQmlApplicationEngine engine;
        QQuickWindow *window = ui.openMainWindow(engine);
        QVERIFY(window);
        testing::findItem(window->contentItem(), u"headerBar"_s)->setProperty("currentPage", 2);
        QTRY_VERIFY(testing::findItem(window->contentItem(), u"historyPage"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!ui.history.busy(), 20'000);
        QCOMPARE(ui.history.emptyText(), QString());
        QQuickItem *chart = testing::findItem(window->contentItem(), u"historyChart"_s);
        QVERIFY(chart && chart->isVisible());
        QTRY_VERIFY2(chart->width() > 200 && chart->height() > 100,
                     qPrintable(u"%1x%2"_s.arg(chart->width()).arg(chart->height())));
        QTRY_VERIFY(chart->property("paintCount").toInt() > 0);
        QQuickItem *exportButton = testing::findItem(window->contentItem(), u"historyExport"_s);
        QVERIFY(exportButton);
        QMetaObject::invokeMethod(exportButton, "clicked");
        QQuickItem *path = testing::findItem(window->contentItem(), u"historyExportPath"_s);
        QTRY_VERIFY(path && path->isVisible());
        QVERIFY(path->property("text").toString().startsWith(household.dataPath()));
    }

    // The Events page shows each event of the model with its own time, status and answer: yesterday's past,
    // tonight's upcoming, on a winter Tuesday.
    void eventsPageShowsEachEvent()
    {
        testing::DemoHousehold household;
        QVERIFY(household.start(QDate(2026, 2, 2), QTime(0, 0)));
        household.advanceTo(
            QDateTime(QDate(2026, 2, 3), QTime(10, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch());
        QVERIFY(household.settle());
        testing::DemoUi ui(household);
        QQmlApplicationEngine engine;
        QQuickWindow *window = ui.openMainWindow(engine);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(ui.events.rowCount() >= 2, 20'000);
        testing::findItem(window->contentItem(), u"headerBar"_s)->setProperty("currentPage", 3);
        QVERIFY(testing::findItem(window->contentItem(), u"eventsPage"_s)->isVisible());

        QSet<QString> statuses;
        for (int row = 0; row < ui.events.rowCount(); ++row) {
            const QModelIndex index = ui.events.index(row);
            const QString id = index.data(app::EventsModel::IdRole).toString();
            QQuickItem *card = nullptr;
            QTRY_VERIFY2((card = testing::findItem(window->contentItem(), u"eventCard_"_s + id)), qPrintable(id));
            // What the card shows, not only what it was given.
            const auto shown = [card](const QString &name) {
                QQuickItem *text = testing::findItem(card, name);
                return text && text->isVisible() ? text->property("text").toString() : QString();
            };
            const QString when = index.data(app::EventsModel::WhenRole).toString();
            QVERIFY(!when.isEmpty());
            QCOMPARE(shown(u"eventWhen"_s), when);
            const QString status = index.data(app::EventsModel::StatusRole).toString();
            const QString earned = index.data(app::EventsModel::EarnedRole).toString();
            if (status == u"past"_s)
                QVERIFY2(!earned.isEmpty() && shown(u"eventEarned"_s).contains(earned), qPrintable(shown(u"eventEarned"_s)));
            QCOMPARE(testing::findItem(card, u"acceptButton"_s)->isVisible(), status == u"upcoming"_s);
            statuses.insert(status);
        }
        QVERIFY2(statuses.contains(u"past"_s) && statuses.contains(u"upcoming"_s),
                 qPrintable(QStringList(statuses.begin(), statuses.end()).join(u',')));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

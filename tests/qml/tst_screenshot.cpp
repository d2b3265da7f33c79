// The dashboard and the Plan page in a real window (Xvfb in CI), saved as PNGs in the build folder, and in
// $COMMONWATT_SCREENSHOT_DIR when set (scripts/screenshots fills docs/screenshots/ this way).
#include "dashboardmodel.h"
#include "forecastservice.h"
#include "kioskmodel.h"
#include "planmodel.h"
#include "ui.h"

#include "../support/demohousehold.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTest>

#include <memory>

using namespace commonwatt;
using namespace Qt::StringLiterals;

namespace {

// A demo household at a local time with its main window open at 1280x800.
class Screen
{
public:
    // daysBefore: the household runs that many days before, slot by slot with its planner and forecasts, so
    // that the Plan page has forecast accuracy to show.
    bool open(QTime localTime, int daysBefore = 0)
    {
        // A Saturday in June: sun on the roof, the car at home for part of the day.
        const QDate day(2026, 6, 20);
        if (!m_household.start(day.addDays(-daysBefore), daysBefore > 0 ? QTime(0, 0) : localTime))
            return false;
        app::Runtime &runtime = m_household.runtime();
        const qint64 targetMs = QDateTime(day, localTime, QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
        constexpr qint64 slotMs = 15 * 60'000;
        while (runtime.clock().nowMs() < targetMs) {
            m_household.advanceTo(std::min(targetMs, runtime.clock().nowMs() + slotMs));
            if (!m_household.settle())
                return false;
            const qint64 now = runtime.clock().nowMs();
            if (!QTest::qWaitFor(
                    [&] {
                        return runtime.planner().forecasts().refreshedAtMs() >= now - slotMs &&
                               !runtime.planner().forecasts().isRefreshing();
                    },
                    20'000))
                return false;
        }
        if (!m_household.settle())
            return false;
        m_dashboard = std::make_unique<app::DashboardModel>(runtime.household(), runtime.sourceText(),
                                                            &runtime.credits());
        m_plan = std::make_unique<app::PlanModel>(runtime.planner());
        m_kiosk = std::make_unique<app::KioskModel>(runtime.configuration(), runtime.wallClock(), false);
        QString error;
        if (!app::loadMainWindow(m_engine, {m_dashboard.get(), m_plan.get(), m_kiosk.get()}, false, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
        if (!m_window)
            return false;
        m_window->resize(1280, 800);
        return QTest::qWaitForWindowExposed(m_window);
    }

    [[nodiscard]] QQuickWindow *window() const { return m_window; }
    [[nodiscard]] app::DashboardModel &dashboard() const { return *m_dashboard; }
    [[nodiscard]] app::PlanModel &plan() const { return *m_plan; }

private:
    testing::DemoHousehold m_household;
    std::unique_ptr<app::DashboardModel> m_dashboard;
    std::unique_ptr<app::PlanModel> m_plan;
    std::unique_ptr<app::KioskModel> m_kiosk;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
};

// Saves the window in the build folder, and in $COMMONWATT_SCREENSHOT_DIR when `docs` is set.
void save(QQuickWindow *window, const QString &name, bool docs = true)
{
    const QImage image = window->grabWindow();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window->size() * window->devicePixelRatio());
    // Not a blank or single-colour frame: the page drew its nodes, lines and text.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));

    const QString inBuild = QCoreApplication::applicationDirPath() + u"/"_s + name + u".png"_s;
    QVERIFY(image.save(inBuild));
    qInfo("saved %s (platform %s)", qPrintable(inBuild), qPrintable(QGuiApplication::platformName()));
    const QString folder = qEnvironmentVariable("COMMONWATT_SCREENSHOT_DIR");
    if (docs && !folder.isEmpty()) {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(image.save(folder + u"/"_s + name + u".png"_s));
    }
}

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void dashboard()
    {
        Screen screen;
        // Shortly after noon: the sun high, the car charging.
        QVERIFY(screen.open(QTime(13, 20)));
        QTRY_VERIFY(screen.dashboard().todayPvKwh() > 0.0);
        QTRY_VERIFY_WITH_TIMEOUT(screen.dashboard().hasCredits(), 20'000);
        QTest::qWait(300); // let the flow dots move off their starting points
        save(screen.window(), u"dashboard"_s);
    }

    void plan()
    {
        Screen screen;
        // Mid-morning: the washing is in, waiting for the sun; the water heater too. After a few days, so
        // that the forecasts' accuracy shows.
        QVERIFY(screen.open(QTime(10, 0), 4));
        QTRY_VERIFY_WITH_TIMEOUT(screen.plan().hasPlan() && !screen.plan().planning(), 20'000);
        auto *header = screen.window()->findChild<QQuickItem *>(u"headerBar"_s);
        QVERIFY(header);
        header->setProperty("currentPage", 1);
        QTest::qWait(100); // a frame for the page's first layout
        save(screen.window(), u"plan"_s);

        // The wall panel's 7-inch screen and a full-HD one, kept in the build folder to look at.
        for (const QSize size : {QSize(800, 480), QSize(1920, 1080)}) {
            screen.window()->resize(size);
            QTRY_COMPARE(screen.window()->size(), size);
            QTest::qWait(100);
            save(screen.window(), u"plan-%1x%2"_s.arg(size.width()).arg(size.height()), false);
        }
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"

// Every page in a real window (Xvfb in CI), saved as PNGs in the build folder, and in
// $COMMONWATT_SCREENSHOT_DIR when set (scripts/screenshots fills docs/screenshots/ this way).
#include "dashboardmodel.h"
#include "eventsmodel.h"
#include "forecastservice.h"
#include "kioskmodel.h"
#include "planmodel.h"
#include "ui.h"

#include "../support/demoui.h"
#include "../support/quickitems.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
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
    // The day defaults to a Saturday in June: sun on the roof, the car at home for part of the day. kiosk:
    // the wall panel's mode.
    bool open(QTime localTime, int daysBefore = 0, QDate day = QDate(2026, 6, 20), bool kiosk = false)
    {
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
        m_ui = std::make_unique<testing::DemoUi>(m_household, kiosk);
        m_window = m_ui->openMainWindow(m_engine, kiosk);
        if (!m_window)
            return false;
        m_window->resize(1280, 800);
        return QTest::qWaitForWindowExposed(m_window);
    }

    [[nodiscard]] QQuickWindow *window() const { return m_window; }
    [[nodiscard]] app::DashboardModel &dashboard() const { return m_ui->dashboard; }
    [[nodiscard]] app::PlanModel &plan() const { return m_ui->plan; }
    [[nodiscard]] app::UiSettings &settings() const { return m_ui->settings; }
    [[nodiscard]] app::EventsModel &events() const { return m_ui->events; }
    [[nodiscard]] app::KioskModel &kiosk() const { return m_ui->kiosk; }
    [[nodiscard]] app::InstallerModel &installer() const { return m_ui->installer; }

private:
    testing::DemoHousehold m_household;
    std::unique_ptr<testing::DemoUi> m_ui;
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

// Shows the page whose item has objectName `<name>Page` by selecting its tab.
bool showPage(QQuickWindow *window, const QString &name)
{
    auto *pages = window->findChild<QQuickItem *>(u"pages"_s);
    auto *header = window->findChild<QQuickItem *>(u"headerBar"_s);
    if (!pages || !header)
        return false;
    const QList<QQuickItem *> children = pages->childItems();
    for (qsizetype i = 0; i < children.size(); ++i) {
        if (children[i]->objectName() == name + u"Page"_s) {
            header->setProperty("currentPage", int(i));
            return children[i]->isVisible();
        }
    }
    return false;
}

const QStringList kPages = {u"dashboard"_s, u"plan"_s, u"events"_s, u"settings"_s, u"community"_s, u"history"_s};

// Each of pages at size, saved as <page>[-<tag>]-<w>x<h>-<theme>.png.
void shoot(QQuickWindow *window, QSize size, const QStringList &pages, const QString &tag, const QString &theme)
{
    window->resize(size);
    QTRY_COMPARE(window->size(), size);
    for (const QString &page : pages) {
        QVERIFY2(showPage(window, page), qPrintable(page));
        QTest::qWait(120); // a frame for the page's layout
        save(window, u"%1%2-%3x%4-%5"_s.arg(page, tag.isEmpty() ? QString() : u"-"_s + tag)
                         .arg(size.width())
                         .arg(size.height())
                         .arg(theme));
    }
}

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        // No QML warning during the run (binding loops, undefined values, missing types, layout trouble).
        QTest::failOnWarning(QRegularExpression(u"qrc:/|QML|Binding loop"_s));
    }

    void dashboard()
    {
        Screen screen;
        // Shortly after noon: the sun high, the car charging.
        QVERIFY(screen.open(QTime(13, 20)));
        QTRY_VERIFY(screen.dashboard().todayPvKwh() > 0.0);
        QTRY_VERIFY_WITH_TIMEOUT(screen.dashboard().hasCredits(), 20'000);
        QTest::qWait(300); // let the flow dots move off their starting points
        save(screen.window(), u"dashboard-afternoon-1280x800-night"_s);
    }

    // Every page at the three screen sizes, in landscape and portrait, in both themes, and in German: the
    // household mid-morning after four days, with the washing waiting for the sun and forecasts' accuracy.
    void everyPageSizeAndTheme()
    {
        Screen screen;
        QVERIFY(screen.open(QTime(10, 0), 4));
        QTRY_VERIFY_WITH_TIMEOUT(screen.plan().hasPlan() && !screen.plan().planning(), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(screen.dashboard().hasCredits(), 20'000);
        const QList<QSize> sizes = {QSize(1280, 800), QSize(800, 480), QSize(1920, 1080),
                                    QSize(800, 1280), QSize(480, 800), QSize(1080, 1920)};
        for (const QString &theme : {u"night"_s, u"day"_s}) {
            QVERIFY(screen.settings().setTheme(theme));
            for (const QSize size : sizes) {
                shoot(screen.window(), size, kPages, {}, theme);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QVERIFY(screen.settings().setLanguage(u"de"_s));
        QVERIFY(screen.settings().setTheme(u"night"_s));
        for (const QSize size : {QSize(1280, 800), QSize(800, 480)}) {
            shoot(screen.window(), size, kPages, u"de"_s, u"night"_s);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(screen.settings().setLanguage(QString()));
    }

    // A winter Tuesday morning: yesterday's grid event is past, tonight's is announced, on Home and the
    // Events page.
    void gridEvents()
    {
        Screen screen;
        QVERIFY(screen.open(QTime(10, 0), 2, QDate(2026, 2, 3)));
        QTRY_VERIFY_WITH_TIMEOUT(screen.events().hasNextEvent(), 20'000);
        QVERIFY(screen.events().rowCount() >= 2);
        for (const QString &theme : {u"night"_s, u"day"_s}) {
            QVERIFY(screen.settings().setTheme(theme));
            for (const QSize size : {QSize(1280, 800), QSize(800, 480), QSize(480, 800)}) {
                shoot(screen.window(), size, {u"dashboard"_s, u"events"_s}, u"event"_s, theme);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    // The Community page's sections on the demo community (tests/support/democommunity.h): the trades with an
    // open offer, the pool with a grant request the household (a steward) may approve, the anonymous board.
    void communitySections()
    {
        Screen screen;
        QVERIFY(screen.open(QTime(10, 0), 4));
        auto *page = screen.window()->findChild<QQuickItem *>(u"communityPage"_s);
        QVERIFY(page);
        const QStringList sections = {u"ledger"_s, u"trades"_s, u"pool"_s, u"board"_s};
        for (const QString &theme : {u"night"_s, u"day"_s}) {
            QVERIFY(screen.settings().setTheme(theme));
            for (qsizetype i = 1; i < sections.size(); ++i) {
                page->setProperty("section", int(i));
                for (const QSize size : {QSize(1280, 800), QSize(800, 480), QSize(480, 800)}) {
                    shoot(screen.window(), size, {u"community"_s}, sections[i], theme);
                    if (QTest::currentTestFailed())
                        return;
                }
            }
            page->setProperty("section", 0);
        }
    }

    // The Installer page in installer mode: the devices, and the form of the Tasmota plugin with its broker,
    // at the three screen sizes, landscape and portrait, in both themes.
    void installerPage()
    {
        Screen screen;
        QVERIFY(screen.open(QTime(10, 0)));
        QCOMPARE(screen.kiosk().setPin(u"2468"_s, u"2468"_s), QString());
        QVERIFY(screen.kiosk().installerMode());
        for (const QString &theme : {u"night"_s, u"day"_s}) {
            QVERIFY(screen.settings().setTheme(theme));
            for (const QSize size : {QSize(1280, 800), QSize(800, 480), QSize(1920, 1080), QSize(480, 800)}) {
                screen.installer().closeForm();
                shoot(screen.window(), size, {u"installer"_s}, {}, theme);
                screen.installer().openAddForm(u"tasmota"_s);
                shoot(screen.window(), size, {u"installer"_s}, u"form"_s, theme);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    // The wall panel: its installer button, the PIN pad and the dimmed screen.
    void wallPanel()
    {
        Screen screen;
        QVERIFY(screen.open(QTime(20, 30), 0, QDate(2026, 6, 20), true));
        screen.window()->resize(800, 480);
        QTRY_COMPARE(screen.window()->size(), QSize(800, 480));
        QTest::qWait(120);
        save(screen.window(), u"kiosk-dashboard-800x480"_s);
        QQuickItem *root = screen.window()->contentItem(); // with the popups' overlay
        testing::tap(screen.window(), testing::findItem(root, u"installerButton"_s));
        QTRY_VERIFY(testing::findItem(root, u"installerPinPad"_s) &&
                    testing::findItem(root, u"installerPinPad"_s)->isVisible());
        QTest::qWait(300); // the dialog's opening transition
        save(screen.window(), u"kiosk-installer-800x480"_s);
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"

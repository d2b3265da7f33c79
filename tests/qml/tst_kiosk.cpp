// The wall panel on the real main window, offscreen: it dims after the idle time, the touch that wakes it does
// nothing else, and installer mode (behind the PIN, with its lockout) is the only way out. The panel's clock is
// a manual one, so that idle time and lockouts pass without waiting.
#include "../support/demoui.h"
#include "../support/quickitems.h"

#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QPointingDevice>
#include <QQmlApplicationEngine>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace commonwatt;
using namespace Qt::StringLiterals;
using testing::findItem;

namespace {
constexpr qint64 kSecondMs = 1000;

// Debian 12's Qt Virtual Keyboard needs Qt.labs.folderlistmodel (qml6-module-qt-labs-folderlistmodel) but does
// not depend on it. Without it the keyboard cannot load, and the panel must work on without one.
bool keyboardIsComplete()
{
    return QFile::exists(QLibraryInfo::path(QLibraryInfo::QmlImportsPath) + u"/Qt/labs/folderlistmodel/qmldir"_s);
}
} // namespace

// A demo household and its main window, with the panel's model on a manual clock.
class Panel
{
public:
    [[nodiscard]] bool start(bool kiosk)
    {
        if (!m_household.start(QDate(2026, 6, 20), QTime(13, 0)) || !m_household.settle())
            return false;
        app::Runtime &runtime = m_household.runtime();
        m_clock = std::make_unique<SimulatedClock>(runtime.wallClock().nowMs());
        m_ui = std::make_unique<testing::DemoUi>(m_household);
        m_kiosk = std::make_unique<app::KioskModel>(runtime.configuration(), *m_clock, kiosk);
        if (kiosk)
            m_kiosk->watchInput(*QGuiApplication::instance());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        if (kiosk && !keyboardIsComplete()) {
            for (const char *warning : {"Type InputPanel unavailable", "Type Keyboard unavailable",
                                        "module \"Qt.labs.folderlistmodel\" is not installed"}) {
                QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(
                                                       QString::fromLatin1(warning))));
            }
        }
        QString error;
        app::UiModels models = m_ui->models();
        models.kiosk = m_kiosk.get();
        if (!app::loadMainWindow(*m_engine, models, kiosk, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        return m_window && QTest::qWaitForWindowExposed(m_window);
    }

    [[nodiscard]] QQuickItem *item(const char *name) const
    {
        return findItem(m_window->contentItem(), QString::fromLatin1(name));
    }
    [[nodiscard]] QString text(const char *name) const
    {
        QQuickItem *found = item(name);
        return found ? found->property("text").toString() : QString();
    }
    void tap(const char *name) const
    {
        QVERIFY2(item(name), name);
        testing::tap(m_window, item(name));
    }
    // Digits on the installer dialog's PIN pad, then OK.
    void typePin(const QString &pin) const
    {
        for (const QChar digit : pin)
            tap(qPrintable(u"pinKey"_s + digit));
        tap("pinOk");
    }
    void idle(qint64 ms) { m_clock->advanceBy(ms); }
    [[nodiscard]] int currentPage() const { return item("headerBar")->property("currentPage").toInt(); }

    [[nodiscard]] app::KioskModel &kiosk() const { return *m_kiosk; }
    [[nodiscard]] QQuickWindow *window() const { return m_window; }

private:
    testing::DemoHousehold m_household;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<testing::DemoUi> m_ui;
    std::unique_ptr<app::KioskModel> m_kiosk;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

class TestKiosk : public QObject
{
    Q_OBJECT
public:
    // As main() does for --kiosk: the on-screen keyboard is chosen before the application exists.
    static void initMain() { qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard")); }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init() { QTest::failOnWarning(QRegularExpression(u"qrc:/"_s)); }

    void wakeTouchDoesNothingElse()
    {
        Panel panel;
        QVERIFY(panel.start(true));
        app::KioskModel &kiosk = panel.kiosk();
        QCOMPARE(kiosk.dimAfterSeconds(), app::KioskModel::kDefaultDimAfterSeconds);
        QQuickItem *dimmer = panel.item("screenDimmer");
        QVERIFY(dimmer);
        QVERIFY(!dimmer->isVisible());

        panel.idle(119 * kSecondMs);
        QVERIFY(!kiosk.dimmed());
        panel.idle(kSecondMs);
        QVERIFY(kiosk.dimmed());
        QTRY_VERIFY(dimmer->isVisible());
        QCOMPARE(panel.text("dimmerClock"), u"13:00"_s);

        // The tap on "Plan" wakes the panel and does nothing else.
        QCOMPARE(panel.currentPage(), 0);
        panel.tap("navPlan");
        QVERIFY(!kiosk.dimmed());
        QTRY_VERIFY(!dimmer->isVisible());
        QTest::qWait(50);
        QCOMPARE(panel.currentPage(), 0);
        QVERIFY(panel.item("dashboardPage")->isVisible());
        // The next one is an ordinary tap.
        panel.tap("navPlan");
        QTRY_COMPARE(panel.currentPage(), 1);
        QTRY_VERIFY(panel.item("planPage")->isVisible());

        // Any input starts the idle time again.
        panel.idle(100 * kSecondMs);
        QTest::mouseMove(panel.window(), QPoint(10, 10));
        panel.idle(100 * kSecondMs);
        QVERIFY(!kiosk.dimmed());
        panel.idle(20 * kSecondMs);
        QVERIFY(kiosk.dimmed());

        // A finger does the same as the mouse: its touch wakes the panel, and Qt makes no click out of it.
        QPointingDevice *touchScreen = QTest::createTouchDevice();
        QQuickItem *home = panel.item("navHome");
        const QPoint homeCentre = home->mapToScene(QPointF(home->width() / 2, home->height() / 2)).toPoint();
        QTest::touchEvent(panel.window(), touchScreen).press(0, homeCentre);
        QVERIFY(!kiosk.dimmed());
        QTest::touchEvent(panel.window(), touchScreen).move(0, homeCentre + QPoint(2, 0));
        QTest::touchEvent(panel.window(), touchScreen).release(0, homeCentre + QPoint(2, 0));
        QTest::qWait(50);
        QCOMPARE(panel.currentPage(), 1);
        QTest::touchEvent(panel.window(), touchScreen).press(0, homeCentre);
        QTest::touchEvent(panel.window(), touchScreen).release(0, homeCentre);
        QTRY_COMPARE(panel.currentPage(), 0);

        // A key wakes it too, and reaches nothing.
        panel.idle(120 * kSecondMs);
        QVERIFY(kiosk.dimmed());
        QTest::keyClick(panel.window(), Qt::Key_Space);
        QVERIFY(!kiosk.dimmed());
    }

    void installerModeIsTheWayOut()
    {
        Panel panel;
        QVERIFY(panel.start(true));
        app::KioskModel &kiosk = panel.kiosk();
        QSignalSpy quit(&kiosk, &app::KioskModel::quitRequested);
        QVERIFY(!kiosk.quitApp());
        QCOMPARE(quit.size(), 0);
        QVERIFY(!kiosk.pinSet());
        // The window does not close either.
        panel.window()->close();
        QTest::qWait(20);
        QVERIFY(panel.window()->isVisible());

        // The on-screen keyboard is loaded, hidden until a text field wants it; where it cannot load, the
        // panel works on without it.
        if (keyboardIsComplete()) {
            QQuickItem *keyboard = panel.item("kioskKeyboard");
            QVERIFY(keyboard);
            QVERIFY(!keyboard->isVisible());
        } else {
            QCOMPARE(panel.item("keyboardLoader")->property("status").toInt(), 3); // Loader.Error
        }

        // No PIN yet: the installer chooses one, entered twice.
        QQuickItem *button = panel.item("installerButton");
        QVERIFY(button && button->isVisible());
        QVERIFY(button->height() >= 48);
        panel.tap("installerButton");
        auto *dialog = panel.window()->findChild<QObject *>(u"installerDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(panel.text("installerTitle"), u"Choose the installer PIN"_s);
        panel.typePin(u"2468"_s);
        QCOMPARE(panel.text("installerTitle"), u"Enter the new PIN again"_s);
        panel.typePin(u"2461"_s);
        QVERIFY(panel.text("installerError").contains(u"differ"_s));
        QVERIFY(!kiosk.pinSet());
        panel.typePin(u"2468"_s);
        panel.typePin(u"2468"_s);
        QVERIFY(kiosk.pinSet());
        QVERIFY(kiosk.installerMode());
        QCOMPARE(panel.text("installerTitle"), u"Installer mode"_s);
        panel.tap("installerClose");
        QVERIFY(!kiosk.installerMode());
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY(!kiosk.quitApp());
        // Nor can a PIN be chosen again outside installer mode.
        QVERIFY(!kiosk.setPin(u"1111"_s, u"1111"_s).isEmpty());

        // A wrong PIN says how many tries are left; the fifth locks the PIN, and the lock counts down.
        panel.tap("installerButton");
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(panel.text("installerTitle"), u"Enter the installer PIN"_s);
        panel.typePin(u"1357"_s);
        QVERIFY(!kiosk.installerMode());
        QCOMPARE(panel.text("installerError"), u"Wrong PIN. 4 tries left before the PIN locks."_s);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(kiosk.enterInstallerMode(u"1357"_s).isEmpty(), false);
        QCOMPARE(kiosk.lockedSeconds(), 30);
        QCOMPARE(kiosk.attemptsLeft(), 0);
        QTRY_VERIFY(panel.item("installerLockout")->isVisible());
        QVERIFY(!panel.item("installerPinPad")->isEnabled());
        panel.idle(10 * kSecondMs);
        QCOMPARE(kiosk.lockedSeconds(), 20);
        QTRY_COMPARE(panel.text("installerLockout"), u"Locked after too many wrong tries: 20 s left."_s);
        QCOMPARE(kiosk.enterInstallerMode(u"2468"_s),
                 u"The PIN is locked after too many wrong tries: try again in 20 s."_s);
        QVERIFY(!kiosk.installerMode());

        // After the delay the right PIN opens installer mode, and leaving the panel is allowed.
        panel.idle(20 * kSecondMs);
        QTRY_VERIFY(panel.item("installerPinPad")->isEnabled());
        panel.typePin(u"2468"_s);
        QVERIFY(kiosk.installerMode());
        QCOMPARE(kiosk.attemptsLeft(), 5);
        QTRY_VERIFY(panel.item("installerQuit")->isVisible());
        // Under the kiosk session, leaving leaves a file that keeps the unit from starting the panel again.
        QTemporaryDir runtime;
        const QString leftFile = runtime.filePath(u"left"_s);
        qputenv("COMMONWATT_KIOSK_LEFT_FILE", leftFile.toUtf8());
        panel.tap("installerQuit");
        qunsetenv("COMMONWATT_KIOSK_LEFT_FILE");
        QCOMPARE(quit.size(), 1);
        QVERIFY(QFile::exists(leftFile));

        // Installer mode ends by itself after five minutes without a touch.
        panel.idle(app::KioskModel::kInstallerIdleMs - kSecondMs);
        QVERIFY(kiosk.installerMode());
        panel.idle(kSecondMs);
        QVERIFY(!kiosk.installerMode());
        QVERIFY(QFile::remove(leftFile));
        qputenv("COMMONWATT_KIOSK_LEFT_FILE", leftFile.toUtf8());
        QVERIFY(!kiosk.quitApp());
        qunsetenv("COMMONWATT_KIOSK_LEFT_FILE");
        QVERIFY(!QFile::exists(leftFile)); // a refused exit leaves nothing behind
        QCOMPARE(quit.size(), 1);
    }

    void theDesktopHasNoPanelControls()
    {
        Panel panel;
        QVERIFY(panel.start(false));
        // Installer mode is reachable on the desktop too, behind the same PIN (docs/installer.md).
        QVERIFY(panel.item("installerButton")->isVisible());
        QVERIFY(!panel.item("kioskKeyboard"));
        panel.idle(3600 * kSecondMs);
        QVERIFY(!panel.kiosk().dimmed());
        QVERIFY(!panel.item("screenDimmer")->isVisible());
        panel.tap("navPlan");
        QTRY_COMPARE(panel.currentPage(), 1);
    }
};

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"

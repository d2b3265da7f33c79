// The dashboard in a real window (Xvfb in CI), saved as a PNG in the build folder, and in
// $COMMONWATT_SCREENSHOT_DIR when set (scripts/screenshots fills docs/screenshots/ this way).
#include "dashboardmodel.h"
#include "ui.h"

#include "../support/demohousehold.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSet>
#include <QTest>

using namespace commonwatt;
using namespace Qt::StringLiterals;

class TestScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void dashboard()
    {
        testing::DemoHousehold household;
        // A Saturday in June shortly after noon: sun on the roof, the car at home.
        QVERIFY(household.start(QDate(2026, 6, 20), QTime(13, 20)));
        QVERIFY(household.settle());

        app::DashboardModel model(household.runtime().household(), household.runtime().sourceText(),
                                  &household.runtime().credits());
        QQmlApplicationEngine engine;
        QString error;
        QVERIFY2(app::loadMainWindow(engine, model, false, &error), qPrintable(error));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(model.todayPvKwh() > 0.0);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasCredits(), 20'000);
        QTest::qWait(300); // let the flow dots move off their starting points

        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800) * window->devicePixelRatio());
        // Not a blank or single-colour frame: the page drew its nodes, lines and text.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));

        const QString inBuild = QCoreApplication::applicationDirPath() + u"/dashboard.png"_s;
        QVERIFY(image.save(inBuild));
        qInfo("saved %s (platform %s)", qPrintable(inBuild), qPrintable(QGuiApplication::platformName()));
        const QString docs = qEnvironmentVariable("COMMONWATT_SCREENSHOT_DIR");
        if (!docs.isEmpty()) {
            QVERIFY(QDir().mkpath(docs));
            QVERIFY(image.save(docs + u"/dashboard.png"_s));
        }
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"

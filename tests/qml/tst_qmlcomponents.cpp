// Qt Quick Test runner for the pages' components (tests/qml/quick/tst_*.qml). The components bind to the real
// view models of a demo household stopped at a fixed moment: its clock does not run, so every test file sees
// the same numbers (the deterministic mock of house-style.md, with timers off).
#include "config/configstore.h"

#include "../support/demoui.h"

#include "config/configstore.h"

#include <QApplication>
#include <QLocale>
#include <QQmlError>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QUrl>
#include <QTemporaryDir>
#include <QtQuickTest/quicktest.h>

#include <memory>

using namespace commonwatt;
using namespace Qt::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        // The figures are checked as text in the C locale; the Settings page test switches languages itself.
        QLocale::setDefault(QLocale::c());
        // A Saturday in June shortly after noon, after four days of history: sun on the roof, the car
        // charging, a plan with forecast accuracy to show.
        const QDate day(2026, 6, 20);
        m_household = std::make_unique<testing::DemoHousehold>();
        if (!m_household->start(day, QTime(13, 20)) || !m_household->settle())
            qFatal("the demo household did not start");
        m_ui = std::make_unique<testing::DemoUi>(*m_household);
        // The wall panel's model keeps its PIN in a configuration of its own, on a clock that stands still.
        m_kioskClock = std::make_unique<SimulatedClock>(m_household->runtime().wallClock().nowMs());
        m_kioskConfig = std::make_unique<config::ConfigStore>(*m_kioskClock);
        if (!m_kioskDir.isValid() || !m_kioskConfig->open(m_kioskDir.path()))
            qFatal("the wall panel's configuration did not open");
        m_kiosk = std::make_unique<app::KioskModel>(*m_kioskConfig, *m_kioskClock, true);
        app::UiModels models = m_ui->models();
        models.kiosk = m_kiosk.get();
        app::registerViewModels(models);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        app::addModuleImportPath(*engine);
        // Timers off: the flow diagram's dots stand still, so that every frame of a test is the same. The Theme
        // singleton is this engine's own, and its module is registered on import.
        QQmlComponent animationsOff(engine);
        animationsOff.setData("import QtQml\nimport Commonwatt.Ui\nQtObject { Component.onCompleted: "
                              "Theme.animations = false }",
                              QUrl(u"qrc:/tst_qmlcomponents/animationsoff.qml"_s));
        std::unique_ptr<QObject> done(animationsOff.create());
        if (!done)
            qFatal("animations could not be turned off: %s", qPrintable(animationsOff.errorString()));
        m_ui->settings.attach(engine);
        // A QML warning (binding loop, undefined value, missing type) in a component fails the run.
        engine->setOutputWarningsToStandardError(true);
        QObject::connect(engine, &QQmlEngine::warnings, engine, [](const QList<QQmlError> &warnings) {
            for (const QQmlError &warning : warnings) {
                if (warning.url().path().contains(u"/Commonwatt/"))
                    qFatal("QML warning: %s", qPrintable(warning.toString()));
            }
        });
    }

    void cleanupTestCase()
    {
        m_kiosk.reset();
        m_kioskConfig.reset();
        m_kioskClock.reset();
        m_ui.reset();
        m_household.reset(); // while the application, which its threads' timers need, is still there
    }

private:
    std::unique_ptr<testing::DemoHousehold> m_household;
    std::unique_ptr<testing::DemoUi> m_ui;
    QTemporaryDir m_kioskDir;
    std::unique_ptr<SimulatedClock> m_kioskClock;
    std::unique_ptr<config::ConfigStore> m_kioskConfig;
    std::unique_ptr<app::KioskModel> m_kiosk;
};

// Qt Quick Test would make a QGuiApplication; the History chart draws with QCustomPlot, a widget, which needs
// a QApplication (as the app has).
int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "tst_qmlcomponents", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qmlcomponents.moc"

// commonwatt: the household energy manager. With a window on a desktop or wall panel, or --headless on a
// home server.
#include "commandline.h"
#include "configcommand.h"
#include "communitymodel.h"
#include "dashboardmodel.h"
#include "eventsmodel.h"
#include "historymodel.h"
#include "kioskmodel.h"
#include "installercommunity.h"
#include "installermodel.h"
#include "planmodel.h"
#include "runtime.h"
#include "ui.h"
#include "uisettings.h"
#include "unixsignals.h"

#include "pluginhost/exceptionguard.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QTimer>

#include <cstdio>
#include <memory>

Q_LOGGING_CATEGORY(lcMain, "commonwatt")

using namespace Qt::StringLiterals;
using namespace commonwatt;

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitStartFailed = 1;

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
    std::fflush(stream);
}

// On a home server, a line now and then says that the household is alive and where its time is.
void logHeadlessProgress(app::Runtime &runtime, QObject *context)
{
    auto *timer = new QTimer(context);
    auto stored = std::make_shared<qint64>(0);
    QObject::connect(&runtime.store(), &storage::ReadingsStore::batchCommitted, context,
                     [stored](qint64 readings, qint64) { *stored += readings; });
    QObject::connect(timer, &QTimer::timeout, context, [&runtime, stored] {
        const QDateTime now =
            QDateTime::fromMSecsSinceEpoch(runtime.clock().nowMs(), runtime.household().timeZone());
        qCInfo(lcMain).noquote() << "household time" << now.toString(Qt::ISODate) << "-" << *stored
                                 << "readings stored since start";
    });
    timer->start(std::chrono::seconds(10));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"Commonwatt"_s);
    QCoreApplication::setOrganizationDomain(u"commonwatt.org"_s);
    QCoreApplication::setApplicationName(u"commonwatt"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMONWATT_VERSION));

    // The wall panel has no keyboard: text is typed on Qt's on-screen keyboard, which is chosen before the
    // application object exists.
    if (app::wantsKiosk(argc, argv))
        qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));

    std::unique_ptr<QCoreApplication> application;
    if (app::needsWindow(argc, argv)) {
        application = std::make_unique<pluginhost::GuardedApplication<QApplication>>(argc, argv);
        QGuiApplication::setApplicationDisplayName(u"Commonwatt"_s);
    } else {
        application = std::make_unique<pluginhost::GuardedApplication<QCoreApplication>>(argc, argv);
    }

    const app::CommandLine commandLine = app::parseCommandLine(QCoreApplication::arguments());
    switch (commandLine.outcome) {
    case app::CommandLine::Outcome::ExitOk:
        print(stdout, commandLine.message);
        return 0;
    case app::CommandLine::Outcome::ExitError:
        print(stderr, u"commonwatt: "_s + commandLine.message + u"\nTry 'commonwatt --help'."_s);
        return kExitUsage;
    case app::CommandLine::Outcome::Run:
        break;
    }
    if (commandLine.configCommand != app::CommandLine::ConfigCommand::None)
        return app::runConfigCommand(commandLine);

    app::Runtime runtime;
    QString error;
    if (!runtime.start(commandLine, &error)) {
        print(stderr, u"commonwatt: "_s + error);
        return kExitStartFailed;
    }

    app::UnixSignalWatcher unixSignals;
    QObject::connect(
        &unixSignals, &app::UnixSignalWatcher::terminationRequested, application.get(), [](int number) {
            qCInfo(lcMain) << "signal" << number << "received: writing pending readings and stopping";
            QCoreApplication::quit();
        });
    QObject::connect(&runtime.store(), &storage::ReadingsStore::writeFailed, application.get(),
                     [](const QString &message) { qCWarning(lcMain).noquote() << message; });

    std::unique_ptr<app::DashboardModel> dashboard;
    std::unique_ptr<app::PlanModel> plan;
    std::unique_ptr<app::UiSettings> settings;
    std::unique_ptr<app::EventsModel> events;
    std::unique_ptr<app::KioskModel> kiosk;
    std::unique_ptr<app::CommunityModel> community;
    std::unique_ptr<app::InstallerModel> installer;
    std::unique_ptr<app::InstallerCommunity> installerCommunity;
    std::unique_ptr<app::HistoryModel> history;
    std::unique_ptr<QQmlApplicationEngine> engine;
    if (commandLine.headless) {
        qCInfo(lcMain).noquote() << "running headless; data in" << runtime.dataDirectory().path();
        logHeadlessProgress(runtime, application.get());
    } else {
        if (commandLine.kiosk)
            QGuiApplication::setOverrideCursor(Qt::BlankCursor);
        dashboard = std::make_unique<app::DashboardModel>(runtime.household(), runtime.sourceText(),
                                                          &runtime.credits());
        if (runtime.ledger())
            dashboard->attachLedger(*runtime.ledger());
        plan = std::make_unique<app::PlanModel>(runtime.planner());
        settings = std::make_unique<app::UiSettings>(&runtime.configuration(), runtime.clock(),
                                                     runtime.dataDirectory().path());
        settings->load(); // the first frame is already in the chosen language
        events = std::make_unique<app::EventsModel>(runtime.gridEvents());
        kiosk = std::make_unique<app::KioskModel>(runtime.configuration(), runtime.wallClock(),
                                                  commandLine.kiosk);
        // The wall panel is left only through installer mode.
        QObject::connect(kiosk.get(), &app::KioskModel::quitRequested, application.get(),
                         &QCoreApplication::quit, Qt::QueuedConnection);
        // Any input keeps installer mode open (and, on the wall panel, wakes the screen).
        kiosk->watchInput(*application);
        community = std::make_unique<app::CommunityModel>(&runtime.configuration(), &runtime.clock());
        if (runtime.ledger())
            community->attachLedger(*runtime.ledger());
        installer = std::make_unique<app::InstallerModel>(runtime.configuration(), runtime.devices(),
                                                          runtime.household(), runtime.wallClock(),
                                                          &runtime.planner(), kiosk.get(),
                                                          runtime.dataDirectory().path());
        installerCommunity = std::make_unique<app::InstallerCommunity>(
            runtime.configuration(), runtime.dataDirectory().path(),
            [&runtime](app::LedgerOptions options, QByteArrayView passphrase) {
                return runtime.joinCommunity(std::move(options), passphrase);
            },
            [&runtime] { return runtime.ledger(); }, kiosk.get());
        installer->setCommunity(installerCommunity.get());
        history = std::make_unique<app::HistoryModel>(
            runtime.household(), runtime.store(), &runtime.credits(),
            app::HistoryModel::defaultExportFolder(runtime.dataDirectory().path()), runtime.ledger());
        // A community joined from the installer: the pages follow its ledger from now on.
        QObject::connect(&runtime, &app::Runtime::ledgerStarted, application.get(), [&] {
            app::LedgerService &ledger = *runtime.ledger();
            dashboard->attachLedger(ledger);
            community->attachLedger(ledger);
            history->attachLedger(ledger);
            installerCommunity->watchLedger();
        });
        engine = std::make_unique<QQmlApplicationEngine>();
        if (!app::loadMainWindow(*engine,
                                 {dashboard.get(), plan.get(), settings.get(), events.get(), kiosk.get(),
                                  community.get(), installer.get(), history.get()},
                                 commandLine.kiosk, &error)) {
            print(stderr, u"commonwatt: "_s + error);
            return kExitStartFailed;
        }
        app::reportFirstFrameIfAsked(*engine);
    }

    runtime.run();
    const int code = QCoreApplication::exec();
    engine.reset();
    settings.reset();
    installer.reset(); // before the devices and the household it changes, and the kiosk it asks
    installerCommunity.reset(); // before the ledger it watches goes with the runtime
    kiosk.reset(); // before the configuration it keeps the PIN in goes with the runtime
    plan.reset(); // before the planner it reads goes with the runtime
    events.reset();
    community.reset(); // before the ledger it is connected to goes with the runtime
    history.reset(); // before the store and the credits it reads go with the runtime
    runtime.shutdown();
    return code;
}

#include "ui.h"

#include "communitymodel.h"
#include "dashboardmodel.h"
#include "eventsmodel.h"
#include "installermodel.h"
#include "historychart.h"
#include "historymodel.h"
#include "kioskmodel.h"
#include "planmodel.h"
#include "uisettings.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Commonwatt_UiPlugin)

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {
// A singleton that every engine gets, unlike qmlRegisterSingletonInstance's, which belongs to the first engine
// that reads it. The model stays the caller's.
template<typename T>
void registerModel(const char *name, T *model)
{
    Q_ASSERT(model);
    qmlRegisterSingletonType<T>("Commonwatt.App", 1, 0, name, [model](QQmlEngine *, QJSEngine *) -> QObject * {
        QJSEngine::setObjectOwnership(model, QJSEngine::CppOwnership);
        return model;
    });
}
} // namespace

void registerViewModels(const UiModels &models)
{
    registerModel("Dashboard", models.dashboard);
    registerModel("Plan", models.plan);
    registerModel("Settings", models.settings);
    QObject::connect(models.settings, &UiSettings::languageChanged, models.dashboard, &DashboardModel::relocalize);
    QObject::connect(models.settings, &UiSettings::languageChanged, models.plan, &PlanModel::relocalize);
    registerModel("Events", models.events);
    registerModel("Kiosk", models.kiosk);
    registerModel("Community", models.community);
    QObject::connect(models.settings, &UiSettings::languageChanged, models.community, &CommunityModel::relocalize);
    registerModel("Installer", models.installer);
    registerModel("History", models.history);
    QObject::connect(models.settings, &UiSettings::languageChanged, models.history, &HistoryModel::relocalize);
    qmlRegisterType<HistoryChart>("Commonwatt.App", 1, 0, "HistoryChart");
}

void addModuleImportPath(QQmlEngine &engine)
{
    engine.addImportPath(u"qrc:/"_s);
}

bool loadMainWindow(QQmlApplicationEngine &engine, const UiModels &models, bool kiosk, QString *error)
{
    registerViewModels(models);
    addModuleImportPath(engine);
    models.settings->attach(&engine);

    // Collected while loading only: later warnings go to the log, not into this function's finished frame.
    QStringList warnings;
    const QMetaObject::Connection collecting = QObject::connect(
        &engine, &QQmlApplicationEngine::warnings, &engine, [&warnings](const QList<QQmlError> &list) {
            for (const QQmlError &warning : list)
                warnings.append(warning.toString());
        });
    engine.setInitialProperties({{u"kiosk"_s, kiosk}});
    engine.load(QUrl(QString::fromLatin1(kMainQmlUrl)));
    QObject::disconnect(collecting);
    if (engine.rootObjects().isEmpty()) {
        *error = QCoreApplication::translate("Ui", "The user interface could not be loaded:\n%1")
                     .arg(warnings.join(u'\n'));
        return false;
    }
    return true;
}

void reportFirstFrameIfAsked(QQmlApplicationEngine &engine)
{
    if (!qEnvironmentVariableIsSet("COMMONWATT_REPORT_FIRST_FRAME") || engine.rootObjects().isEmpty())
        return;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [connection] {
        std::fputs("commonwatt: first frame\n", stderr);
        std::fflush(stderr);
        QObject::disconnect(*connection);
    }, Qt::DirectConnection);
}

} // namespace commonwatt::app

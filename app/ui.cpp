#include "ui.h"

#include "dashboardmodel.h"
#include "planmodel.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngine>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Commonwatt_UiPlugin)

using namespace Qt::StringLiterals;

namespace commonwatt::app {

bool loadMainWindow(QQmlApplicationEngine &engine, DashboardModel &dashboard, PlanModel &plan, bool kiosk,
                    QString *error)
{
    qmlRegisterSingletonInstance("Commonwatt.App", 1, 0, "Dashboard", &dashboard);
    qmlRegisterSingletonInstance("Commonwatt.App", 1, 0, "Plan", &plan);

    // Collected while loading only: later warnings go to the log, not into this function's finished frame.
    QStringList warnings;
    const QMetaObject::Connection collecting = QObject::connect(
        &engine, &QQmlApplicationEngine::warnings, &engine, [&warnings](const QList<QQmlError> &list) {
            for (const QQmlError &warning : list)
                warnings.append(warning.toString());
        });
    // Qt 6.4 does not search the resource root for modules, so files in pages/ and components/ would not see
    // the module they belong to.
    engine.addImportPath(u"qrc:/"_s);
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

} // namespace commonwatt::app

// Loads the QML user interface on top of a running household.
#pragma once

#include <QString>

class QQmlApplicationEngine;
class QQmlEngine;

namespace commonwatt::app {

class CommunityModel;
class DashboardModel;
class EventsModel;
class InstallerModel;
class HistoryModel;
class KioskModel;
class PlanModel;
class UiSettings;

// The view models the pages bind to, all owned by the caller and alive as long as the engine.
struct UiModels
{
    DashboardModel *dashboard = nullptr;
    PlanModel *plan = nullptr;
    UiSettings *settings = nullptr;
    EventsModel *events = nullptr;
    KioskModel *kiosk = nullptr;
    CommunityModel *community = nullptr;
    InstallerModel *installer = nullptr;
    HistoryModel *history = nullptr;
};

// Registers the view models as singletons of the module Commonwatt.App, for every engine created afterwards
// (the Qt Quick tests make one per test file). Used by the app and by the Qt Quick tests alike.
// The models re-write their texts when the language changes.
void registerViewModels(const UiModels &models);

// Lets files in the resource tree find the Commonwatt.Ui module: Qt 6.4 does not search the resource root, so
// files in pages/ and components/ would not see the module they belong to.
void addModuleImportPath(QQmlEngine &engine);

// Exposes the models and loads the main window. Qt 6.4 has no loadFromModule, so the file is loaded by its
// resource path.
[[nodiscard]] bool loadMainWindow(QQmlApplicationEngine &engine, const UiModels &models, bool kiosk,
                                  QString *error);

// With COMMONWATT_REPORT_FIRST_FRAME set, prints "commonwatt: first frame" to standard error when the main
// window has shown its first frame: tests/benchmarks/startup times start-up by it.
void reportFirstFrameIfAsked(QQmlApplicationEngine &engine);

inline constexpr auto kMainQmlUrl = "qrc:/Commonwatt/Ui/Main.qml";

} // namespace commonwatt::app

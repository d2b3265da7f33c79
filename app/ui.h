// Loads the QML user interface on top of a running household.
#pragma once

#include <QString>

class QQmlApplicationEngine;

namespace commonwatt::app {

class DashboardModel;
class PlanModel;

// Exposes the view models to QML (module Commonwatt.App) and loads the main window. Qt 6.4 has no
// loadFromModule, so the file is loaded by its resource path.
[[nodiscard]] bool loadMainWindow(QQmlApplicationEngine &engine, DashboardModel &dashboard, PlanModel &plan,
                                  bool kiosk, QString *error);

inline constexpr auto kMainQmlUrl = "qrc:/Commonwatt/Ui/Main.qml";

} // namespace commonwatt::app

// The view models of the user interface over a demo household, as app/main.cpp builds them.
#pragma once

#include "communitymodel.h"
#include "dashboardmodel.h"
#include "democommunity.h"
#include "demohousehold.h"
#include "eventsmodel.h"
#include "historymodel.h"
#include "installercommunity.h"
#include "installermodel.h"
#include "kioskmodel.h"
#include "planmodel.h"
#include "ui.h"
#include "uisettings.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>

namespace commonwatt::testing {

class DemoUi
{
public:
    explicit DemoUi(DemoHousehold &household, bool kioskMode = false)
        : dashboard(household.runtime().household(), household.runtime().sourceText(),
                    &household.runtime().credits()),
          plan(household.runtime().planner()),
          settings(&household.runtime().configuration(), household.runtime().clock(), household.dataPath()),
          events(household.runtime().gridEvents()),
          kiosk(household.runtime().configuration(), household.runtime().wallClock(), kioskMode),
          community(&household.runtime().configuration(), &household.runtime().clock()),
          history(household.runtime().household(), household.runtime().store(), &household.runtime().credits(),
                  household.dataPath()),
          installer(household.runtime().configuration(), household.runtime().devices(),
                    household.runtime().household(), household.runtime().wallClock(),
                    &household.runtime().planner(), &kiosk, household.dataPath()),
          installerCommunity(
              household.runtime().configuration(), household.dataPath(),
              [&household](app::LedgerOptions options, QByteArrayView passphrase) {
                  return household.runtime().joinCommunity(std::move(options), passphrase);
              },
              [&household] { return household.runtime().ledger(); }, &kiosk)
    {
        installer.setCommunity(&installerCommunity);
        settings.load();
        // A populated community (tests/support/democommunity.h), as if --community were given.
        demoCommunity = std::make_unique<DemoCommunity>(household.runtime().clock(),
                                                        household.dataPath() + QStringLiteral("/community"));
        demoCommunity->attach(community);
    }

    // Loads the main window over these models and waits until it is shown; null (with the reason logged) if it
    // could not be loaded.
    [[nodiscard]] QQuickWindow *openMainWindow(QQmlApplicationEngine &engine, bool kioskMode = false)
    {
        QString error;
        if (!app::loadMainWindow(engine, models(), kioskMode, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        return window && QTest::qWaitForWindowExposed(window) ? window : nullptr;
    }

    [[nodiscard]] app::UiModels models()
    {
        return {&dashboard, &plan, &settings, &events, &kiosk, &community, &installer, &history};
    }

    app::DashboardModel dashboard;
    app::PlanModel plan;
    app::UiSettings settings;
    app::EventsModel events;
    app::KioskModel kiosk;
    app::CommunityModel community;
    std::unique_ptr<DemoCommunity> demoCommunity;
    app::HistoryModel history;
    app::InstallerModel installer;
    app::InstallerCommunity installerCommunity;
};

} // namespace commonwatt::testing

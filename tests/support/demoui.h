// The view models of the user interface over a demo household, as app/main.cpp builds them.
#pragma once

#include "dashboardmodel.h"
#include "demohousehold.h"
#include "eventsmodel.h"
#include "kioskmodel.h"
#include "planmodel.h"
#include "ui.h"
#include "uisettings.h"

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
          kiosk(household.runtime().configuration(), household.runtime().wallClock(), kioskMode)
    {
        settings.load();
    }

    [[nodiscard]] app::UiModels models() { return {&dashboard, &plan, &settings, &events, &kiosk}; }

    app::DashboardModel dashboard;
    app::PlanModel plan;
    app::UiSettings settings;
    app::EventsModel events;
    app::KioskModel kiosk;
};

} // namespace commonwatt::testing

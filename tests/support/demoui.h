// The view models of the user interface over a demo household, as app/main.cpp builds them.
#pragma once

#include "dashboardmodel.h"
#include "demohousehold.h"
#include "eventsmodel.h"
#include "planmodel.h"
#include "ui.h"
#include "uisettings.h"

namespace commonwatt::testing {

class DemoUi
{
public:
    explicit DemoUi(DemoHousehold &household)
        : dashboard(household.runtime().household(), household.runtime().sourceText(),
                    &household.runtime().credits()),
          plan(household.runtime().planner()),
          settings(&household.runtime().configuration(), household.runtime().clock(), household.dataPath()),
          events(household.runtime().gridEvents())
    {
        settings.load();
    }

    [[nodiscard]] app::UiModels models() { return {&dashboard, &plan, &settings, &events}; }

    app::DashboardModel dashboard;
    app::PlanModel plan;
    app::UiSettings settings;
    app::EventsModel events;
};

} // namespace commonwatt::testing

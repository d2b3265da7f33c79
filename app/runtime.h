// The composition root of a running household: data folder, readings store, clock and devices, built from
// the command line. main() adds a window (or not, headless) on top of it; tests build it the same way.
#pragma once

#include "commandline.h"
#include "creditsservice.h"
#include "datadirectory.h"
#include "household.h"
#include "planner.h"

#include "domain/clock.h"
#include "storage/readingsstore.h"

#include <QObject>

#include <memory>

namespace commonwatt::app {

class Runtime : public QObject
{
    Q_OBJECT
public:
    explicit Runtime(QObject *parent = nullptr);
    ~Runtime() override;

    // Prepares the data folder, opens the store and creates the devices; positions the clock (catching the
    // demo household up to now when no --start is given). Does not start the clock. On failure *error says
    // what and where.
    [[nodiscard]] bool start(const CommandLine &commandLine, QString *error);
    // Lets simulated time run against real time at the command line's speed.
    void run();
    // Stops time and writes everything pending. Idempotent.
    void shutdown();

    [[nodiscard]] Household &household() const { return *m_household; }
    [[nodiscard]] storage::ReadingsStore &store() { return m_store; }
    [[nodiscard]] SimulatedClock &clock() const { return *m_clock; }
    [[nodiscard]] CreditsService &credits() const { return *m_credits; }
    [[nodiscard]] Planner &planner() const { return *m_planner; }
    [[nodiscard]] QString sourceText() const { return m_sourceText; }
    [[nodiscard]] const DataDirectory &dataDirectory() const { return m_dataDirectory; }

private:
    [[nodiscard]] qint64 latestStoredTimestamp();
    [[nodiscard]] QJsonObject demoSettings(const CommandLine &commandLine) const;

    DataDirectory m_dataDirectory;
    storage::ReadingsStore m_store;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<Household> m_household;
    std::unique_ptr<CreditsService> m_credits;
    std::unique_ptr<Planner> m_planner;
    QTimeZone m_timeZone;
    QString m_sourceText;
};

} // namespace commonwatt::app

// A demo household for UI tests: the real runtime (store, simulator, clock) in a temporary folder, with
// simulated time driven by the test.
#pragma once

#include "runtime.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace commonwatt::testing {

class DemoHousehold
{
public:
    // Starts at local midnight of `day` and simulates up to `localTime` of that day.
    [[nodiscard]] bool start(QDate day, QTime localTime)
    {
        if (!m_dir.isValid())
            return false;
        const QTimeZone zone = QTimeZone::systemTimeZone();
        app::CommandLine commandLine;
        commandLine.demo = true;
        commandLine.dataDir = m_dir.path();
        commandLine.startMs = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
        QString error;
        if (!m_runtime->start(commandLine, &error)) {
            qWarning("demo household did not start: %s", qPrintable(error));
            return false;
        }
        advanceTo(QDateTime(day, localTime, zone).toMSecsSinceEpoch());
        return true;
    }

    // Stops the household and starts it again on the same data folder, where its time had got to.
    [[nodiscard]] bool restart()
    {
        const qint64 nowMs = m_runtime->clock().nowMs();
        m_runtime.reset();
        m_runtime = std::make_unique<app::Runtime>();
        app::CommandLine commandLine;
        commandLine.demo = true;
        commandLine.dataDir = m_dir.path();
        commandLine.startMs = nowMs;
        QString error;
        if (!m_runtime->start(commandLine, &error)) {
            qWarning("demo household did not start again: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    // Moves simulated time in one-minute steps, as a running clock would.
    void advanceTo(qint64 targetMs)
    {
        while (m_runtime->clock().nowMs() < targetMs)
            m_runtime->simulatedClock()->advanceTo(std::min(targetMs, m_runtime->clock().nowMs() + 60'000));
    }

    // Writes what is pending and re-reads today's totals.
    [[nodiscard]] bool settle()
    {
        if (!m_runtime->store().waitForFlushed())
            return false;
        m_runtime->household().refreshTotals();
        return true;
    }

    [[nodiscard]] app::Runtime &runtime() { return *m_runtime; }
    [[nodiscard]] QString dataPath() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<app::Runtime> m_runtime = std::make_unique<app::Runtime>();
};

} // namespace commonwatt::testing

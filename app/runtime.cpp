#include "runtime.h"

#include "pluginregistry.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRuntime, "commonwatt.runtime")

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {
// Catching up is done in steps, so that the store batches as it would live.
constexpr qint64 kCatchUpStepMs = 60'000;
} // namespace

Runtime::Runtime(QObject *parent)
    : QObject(parent)
    , m_timeZone(QTimeZone::systemTimeZone())
{}

Runtime::~Runtime()
{
    shutdown();
}

bool Runtime::start(const CommandLine &commandLine, QString *error)
{
    if (!m_dataDirectory.prepare(commandLine.dataDir, error))
        return false;
    if (!m_store.open(m_dataDirectory.databasePath())) {
        *error = m_store.errorString();
        return false;
    }
    if (!m_timeZone.isValid())
        m_timeZone = QTimeZone::utc();

    // No devices can be configured yet, so every run is the demo household.
    if (!commandLine.demo)
        qCInfo(lcRuntime) << "no devices are configured: running the simulated household";

    const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
    qint64 startMs = realNow;
    if (commandLine.startMs) {
        startMs = *commandLine.startMs;
    } else {
        // Start from local midnight, or where the last run stopped, so that today's totals are whole.
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(realNow, m_timeZone);
        startMs = QDateTime(now.date(), QTime(0, 0), m_timeZone).toMSecsSinceEpoch();
        const qint64 latest = latestStoredTimestamp();
        if (latest >= startMs)
            startMs = latest + 1;
    }
    m_clock = std::make_unique<SimulatedClock>(startMs);
    m_clock->setSpeed(commandLine.speed);
    m_household = std::make_unique<Household>(*m_clock, m_store, m_timeZone);
    m_credits = std::make_unique<CreditsService>(*m_household, m_store);

    DevicePlugin *simulator = findStaticDevicePlugin(u"simulator"_s, error);
    if (!simulator)
        return false;
    if (!m_household->addDevices(*simulator, demoSettings(commandLine), error))
        return false;

    m_sourceText =
        commandLine.speed == 1.0
            ? tr("Simulated household")
            //: %1 is the speed-up of simulated time, e.g. "3,600"
            : tr("Simulated household, %1× speed").arg(QLocale().toString(commandLine.speed, 'g', 7));

    if (!commandLine.startMs && m_clock->nowMs() < realNow) {
        qCInfo(lcRuntime)
            << "simulating the household from"
            << QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), m_timeZone).toString(Qt::ISODate)
            << "up to now";
        while (m_clock->nowMs() < realNow)
            m_clock->advanceTo(std::min(realNow, m_clock->nowMs() + kCatchUpStepMs));
    }
    m_household->refreshTotals();
    // Planned from now on, not during the catch-up: commands for the past would be meaningless.
    m_planner = std::make_unique<Planner>(*m_household, m_store, m_dataDirectory.planRequestsPath());
    m_planner->start();
    return true;
}

void Runtime::run()
{
    if (m_clock)
        m_clock->start();
}

void Runtime::shutdown()
{
    if (m_clock)
        m_clock->stop();
    m_planner.reset(); // waits for a solve in progress; before the store closes, which it reads
    m_credits.reset(); // before the store closes: its queries answer into it
    m_store.close();
}

qint64 Runtime::latestStoredTimestamp()
{
    // Start-up only: waiting here is waiting for the first screen anyway.
    qint64 latest = -1;
    QEventLoop loop;
    m_store.queryLatestTimestamp(this, [&](qint64 value) {
        latest = value;
        loop.quit();
    });
    loop.exec();
    return latest;
}

QJsonObject Runtime::demoSettings(const CommandLine &commandLine) const
{
    QJsonObject settings;
    if (commandLine.seed)
        settings.insert("seed"_L1, static_cast<qint64>(*commandLine.seed));
    // The demo household lives in the user's time zone, with the sun where the zone's clock expects it.
    QByteArray zone = m_timeZone.id();
    const int offsetSeconds = m_timeZone.standardTimeOffset(QDateTime::currentDateTimeUtc());
    if (!QTimeZone::isTimeZoneIdAvailable(zone) && offsetSeconds == 0)
        zone = QByteArrayLiteral("Etc/UTC"); // the system may call it "UTC", which is no IANA name
    if (QTimeZone::isTimeZoneIdAvailable(zone)) {
        settings.insert("timeZone"_L1, QString::fromUtf8(zone));
        settings.insert("longitude"_L1, std::clamp(offsetSeconds / 3600.0 * 15.0, -180.0, 180.0));
    }
    return settings;
}

} // namespace commonwatt::app

#include "runtime.h"

#include <QCoreApplication>
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
// Site settings of the MQTT API (docs/mqtt-api.md): the broker it publishes on, and Home Assistant discovery.
constexpr QLatin1StringView kSiteMqttApiBroker{"mqtt_api_broker"};
constexpr QLatin1StringView kSiteHomeAssistant{"homeassistant_discovery"};
constexpr QLatin1StringView kSiteHomeAssistantPrefix{"homeassistant_prefix"};
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

    m_config = std::make_unique<config::ConfigStore>(m_wallClock);
    if (!m_config->open(m_dataDirectory.path())) {
        *error = m_config->errorString();
        return false;
    }
    m_devices = std::make_unique<DeviceSetup>(*m_config, m_dataDirectory.crashMarkerPath());
    m_devices->prepare(pluginhost::PluginCatalog::defaultFolders());
    // The simulation stands in only while nothing is configured: a household whose devices are all switched
    // off (or crashed) stays itself, with the problem shown, rather than turning into the demo.
    const bool demo = commandLine.demo || m_config->instances().isEmpty();
    if (demo && !commandLine.demo)
        qCInfo(lcRuntime) << "no devices are configured: running the simulated household";

    if (demo) {
        const qint64 startMs = commandLine.startMs.value_or(-1);
        auto clock = std::make_unique<SimulatedClock>(startMs >= 0 ? startMs : demoStartMs());
        clock->setSpeed(commandLine.speed);
        m_simulatedClock = clock.get();
        m_clock = std::move(clock);
    } else {
        m_clock = std::make_unique<SystemClock>();
    }
    m_household = std::make_unique<Household>(*m_clock, m_store, m_timeZone);
    m_credits = std::make_unique<CreditsService>(*m_household, m_store);
    if (commandLine.communityDir.isEmpty())
        resumeCommunity();
    else if (!startLedger(commandLine, error))
        return false;

    if (demo) {
        if (!m_devices->startSimulator(*m_household, demoSettings(commandLine), error))
            return false;
        m_sourceText =
            commandLine.speed == 1.0
                ? tr("Simulated household")
                //: %1 is the speed-up of simulated time, e.g. "3,600"
                : tr("Simulated household, %1× speed").arg(QLocale().toString(commandLine.speed, 'g', 7));
        const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
        if (!commandLine.startMs && m_simulatedClock->nowMs() < realNow) {
            qCInfo(lcRuntime)
                << "simulating the household from"
                << QDateTime::fromMSecsSinceEpoch(m_simulatedClock->nowMs(), m_timeZone).toString(Qt::ISODate)
                << "up to now";
            while (m_simulatedClock->nowMs() < realNow)
                m_simulatedClock->advanceTo(std::min(realNow, m_simulatedClock->nowMs() + kCatchUpStepMs));
        }
    } else {
        m_sourceText = tr("Your household");
    }
    m_household->refreshTotals();
    // Planned from now on, not during the catch-up: commands for the past would be meaningless.
    m_planner = std::make_unique<Planner>(*m_household, m_store, m_dataDirectory.planRequestsPath());
    m_planner->setSiteLimitsFrom(m_config->siteSettings());
    // Declined grid events are planned without their floor on the grid need (docs/events.md).
    m_gridEvents = std::make_unique<GridEvents>(*m_household, m_store, *m_credits);
    connect(m_gridEvents.get(), &GridEvents::responsesChanged, m_planner.get(),
            [this] { m_planner->setDeclinedEvents(m_gridEvents->declinedWindows()); });
    m_gridEvents->start();
    // The API's broker connection is made before the devices', so that it carries our last will.
    startMqttApi(commandLine);
    if (!demo)
        m_devices->startInstances(*m_household);
    m_planner->start();
    return true;
}

qint64 Runtime::demoStartMs()
{
    // From local midnight, or where the last run stopped, so that today's totals are whole.
    const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(realNow, m_timeZone);
    qint64 startMs = QDateTime(now.date(), QTime(0, 0), m_timeZone).toMSecsSinceEpoch();
    const qint64 latest = latestStoredTimestamp();
    if (latest >= startMs)
        startMs = latest + 1;
    return startMs;
}

void Runtime::startMqttApi(const CommandLine &commandLine)
{
    const QString brokerId = m_config->siteSetting(kSiteMqttApiBroker).toString();
    if (brokerId.isEmpty() && commandLine.mqttApiHost.isEmpty())
        return;
    MqttApiSettings settings;
    settings.householdId = m_config->siteSetting(config::sitekey::householdId).toString(u"home"_s);
    settings.softwareVersion = QCoreApplication::applicationVersion();
    settings.homeAssistantDiscovery = m_config->siteSetting(kSiteHomeAssistant).toBool(true);
    const QString prefix = m_config->siteSetting(kSiteHomeAssistantPrefix).toString();
    if (!prefix.isEmpty())
        settings.discoveryPrefix = prefix;
    const MqttAvailability availability = MqttApi::availability(settings.householdId);
    const DeviceSetup::Will will{availability.topic, availability.offline, availability.online};
    MqttClient *client =
        !brokerId.isEmpty()
            ? m_devices->broker(brokerId, will)
            : m_devices->connectBroker(u"mqtt-api"_s,
                                       QJsonObject{{u"host"_s, commandLine.mqttApiHost},
                                                   {u"port"_s, commandLine.mqttApiPort},
                                                   {u"clientId"_s, QString(u"commonwatt-"_s + settings.householdId)}},
                                       will);
    if (!client)
        return;
    m_mqttApi = std::make_unique<MqttApi>(*client, *m_household, m_store, m_credits.get(), m_planner.get(), settings);
    QString error;
    if (!m_mqttApi->start(&error)) {
        qCWarning(lcRuntime).noquote() << "MQTT API:" << error;
        m_mqttApi.reset();
        return;
    }
    connect(m_household.get(), &Household::devicesChanged, m_mqttApi.get(), &MqttApi::rescanDevices);
}

bool Runtime::startLedger(const CommandLine &commandLine, QString *error)
{
    const std::optional<QByteArray> passphrase = LedgerService::passphraseFromEnvironment(error);
    if (!passphrase)
        return false;
    LedgerOptions options;
    options.communityDirectory = commandLine.communityDir;
    options.member = commandLine.communityMember;
    options.host = commandLine.communityHost;
    options.port = commandLine.communityPort;
    if (const std::optional<QString> problem = openLedger(options, *passphrase)) {
        *error = *problem;
        return false;
    }
    return true;
}

std::optional<QString> Runtime::openLedger(LedgerOptions options, QByteArrayView passphrase)
{
    options.ledgerFile = m_dataDirectory.ledgerPath();
    m_ledger = std::make_unique<LedgerService>(*m_clock);
    if (const auto problem = m_ledger->open(options, passphrase)) {
        m_ledger.reset();
        return problem;
    }
    // Every completed slot the household measures is claimed; the clean share feeds the reputation.
    connect(m_credits.get(), &CreditsService::meterSlotsSettled, m_ledger.get(), &LedgerService::addMeterSlots);
    connect(m_credits.get(), &CreditsService::summaryChanged, m_ledger.get(),
            [this] { m_ledger->setCleanShare(m_credits->summary().cleanShareWindow); });
    m_ledger->start();
    qCInfo(lcRuntime).noquote() << "member of the community" << m_ledger->communityName() << "on"
                                << options.host + u':' + QString::number(options.port);
    return std::nullopt;
}

std::optional<QString> Runtime::joinCommunity(LedgerOptions options, QByteArrayView passphrase)
{
    if (m_ledger)
        return tr("This household is a member of %1 already.").arg(m_ledger->communityName());
    if (const std::optional<QString> problem = openLedger(std::move(options), passphrase))
        return problem;
    emit ledgerStarted();
    return std::nullopt;
}

void Runtime::resumeCommunity()
{
    const QString member = m_config->siteSetting(config::sitekey::communityMember).toString();
    if (member.isEmpty())
        return;
    QString error;
    const std::optional<QByteArray> passphrase = LedgerService::passphraseFromEnvironment(&error);
    if (!passphrase) {
        qCWarning(lcRuntime).noquote() << "not taking part in the community: the member key's passphrase is"
                                       << "needed at the start:" << error;
        return;
    }
    LedgerOptions options;
    options.communityDirectory = m_dataDirectory.path() + u"/community"_s;
    options.member = member;
    options.host = m_config->siteSetting(config::sitekey::communityHost).toString();
    options.port = m_config->siteSetting(config::sitekey::communityPort).toInt(1883);
    options.tls = m_config->siteSetting(config::sitekey::communityTls).toBool(false);
    options.caFile = m_config->siteSetting(config::sitekey::communityCaFile).toString();
    if (const std::optional<QString> problem = openLedger(options, *passphrase))
        qCWarning(lcRuntime).noquote() << "not taking part in the community:" << *problem;
}

void Runtime::run()
{
    if (m_simulatedClock)
        m_simulatedClock->start();
}

void Runtime::shutdown()
{
    if (m_simulatedClock)
        m_simulatedClock->stop();
    m_mqttApi.reset(); // publishes "offline" while the connection is still there
    m_gridEvents.reset(); // reads the planner and the credits
    m_planner.reset(); // waits for a solve in progress; before the store closes, which it reads
    m_ledger.reset(); // its worker reads the clock
    m_credits.reset(); // before the store closes: its queries answer into it
    if (m_devices)
        m_devices->stop(); // each plugin deletes its devices on its own thread, before the clock goes
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

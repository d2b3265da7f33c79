#include "validatorservice.h"

#include "communityledger.h"
#include "meterreadings.h"

#include "currency/communityconfig.h"
#include "currency/periodcsv.h"
#include "ledger/encoding.h"
#include "ledger/keyfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace commonwatt::community {

namespace {
Q_LOGGING_CATEGORY(lcValidator, "commonwatt.community.validator")

QByteArray readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": cannot read the file: "_s + file.errorString();
        return {};
    }
    return file.readAll();
}
} // namespace

ValidatorService::ValidatorService(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &ValidatorService::tick);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this]() {
        QString error;
        if (!loadReadings(&error))
            emit readingsRefused(error);
        m_watcher.addPath(m_options.readingsFile); // an atomic replace drops the watch
    });
}

ValidatorService::~ValidatorService()
{
    m_sync.reset();
    if (m_client)
        m_client->stop();
}

bool ValidatorService::loadReadings(QString *error)
{
    const QByteArray text = readAll(m_options.readingsFile, error);
    if (!error->isEmpty())
        return false;
    const currency::CsvResult<MeterReadings> parsed = parseMeterReadings(text, m_options.readingsFile, m_slotMinutes);
    if (!parsed.ok()) {
        *error = parsed.error.toString();
        return false;
    }
    m_households = parsed.value->households;
    m_feeders = parsed.value->feeders;
    return true;
}

std::optional<QString> ValidatorService::open(const ValidatorOptions &options, QByteArrayView passphrase)
{
    m_options = options;
    const CommunityFileResult community = readCommunityFile(communityFilePath(options.directory));
    if (!community.community)
        return community.error;
    m_community = community.community;
    ledger::KeyFile::ReadResult key = ledger::KeyFile::read(keyFilePath(options.directory, u"distributor"_s), passphrase);
    if (!key.key)
        return key.error;
    if (key.key->publicKey() != m_community->distributor)
        return keyFilePath(options.directory, u"distributor"_s) + u": not the community's distributor key"_s;
    m_key = std::make_unique<ledger::SecretKey>(std::move(*key.key));

    const auto *genesis = std::get_if<ledger::CommunityConfiguration>(&m_community->genesis.payload);
    const currency::ConfigParseResult config =
        currency::parseCommunityConfig(QJsonDocument::fromJson(genesis->configJson.toUtf8()).object());
    if (!config.ok())
        return communityFilePath(options.directory) + u": the genesis configuration's field \""_s + config.field +
               u"\": "_s + config.error;

    m_slotMinutes = config.config->slotMinutes;
    QString error;
    if (!loadReadings(&error))
        return error;
    if (!options.signalsFile.isEmpty()) {
        const QByteArray text = readAll(options.signalsFile, &error);
        if (!error.isEmpty())
            return error;
        const auto signalTable = currency::parseSignalsCsv(text, options.signalsFile, *config.config);
        if (!signalTable.ok())
            return signalTable.error.toString();
        for (const currency::SignalsRow &row : signalTable.value->rows)
            m_signals[row.startSecs * 1000] = row.signal;
    }

    MeterSource meters;
    meters.household = [this](const QString &meter, qint64 slot) -> std::optional<ledger::RevenueMeterDelta> {
        const auto found = m_households.find({meter, slot});
        return found == m_households.end() ? std::nullopt : std::optional(found->second);
    };
    meters.feeder = [this](const QString &feeder, qint64 slot) -> std::optional<currency::LevelFlows> {
        const auto found = m_feeders.find({feeder, slot});
        return found == m_feeders.end() ? std::nullopt : std::optional(found->second);
    };
    meters.gridSignals = [this](qint64 slot) {
        currency::MeasuredSignals measured;
        if (const auto found = m_signals.find(slot); found != m_signals.end()) {
            measured.g = found->second.g;
            measured.s = found->second.s / 1000.0;
            measured.r = found->second.r / 1000.0;
            measured.eventLevel = found->second.eventLevel;
        }
        return measured; // unset values settle to the community defaults
    };
    m_validator = std::make_unique<ClaimValidator>(*config.config, *m_key, std::move(meters));

    m_replica = std::make_unique<ledger::LedgerReplica>();
    if (const auto openError = m_replica->open(ledgerFilePath(options.directory)))
        return openError;
    if (const auto readError = m_replica->forEachEntry([this](const ledger::Entry &entry, const ledger::Hash &hash) {
            m_validator->noteEntry(entry, hash);
            return true;
        }))
        return readError;

    mqtt::MqttBrokerSettings broker;
    broker.host = options.host;
    broker.port = options.port;
    broker.clientId = u"cw-validator-"_s + m_community->topicId();
    m_client = std::make_unique<mqtt::PahoMqttClient>(broker);
    ledger::ReplicaHooks hooks = replicaHooks(*m_replica, [this](const ledger::Entry &entry, const ledger::Hash &hash) {
        m_validator->noteEntry(entry, hash);
    });
    hooks.submit = [submit = std::move(hooks.submit)](const QByteArray &bytes, qint64 receivedAtMs) {
        ledger::SubmitOutcome outcome = submit(bytes, receivedAtMs);
        if (!outcome.verdict.accepted() && outcome.verdict.reason != ledger::RejectReason::Replay)
            qCInfo(lcValidator).noquote() << "refused an entry:" << ledger::rejectReasonName(outcome.verdict.reason)
                                          << outcome.verdict.text;
        return outcome;
    };
    ledger::LedgerSyncSettings settings;
    settings.communityId = m_community->id.toHex();
    settings.ownKeys = {m_key->publicKey()};
    settings.relayHeads = true;
    m_sync = std::make_unique<ledger::LedgerSync>(*m_client, m_clock, std::move(hooks), settings);
    m_watcher.addPath(options.readingsFile);
    return std::nullopt;
}

void ValidatorService::start()
{
    m_client->start();
    m_sync->start();
    m_timer.start(m_options.interval);
    tick();
}

void ValidatorService::tick()
{
    const qint64 now = m_clock.nowMs();
    for (ledger::Payload &payload : m_validator->due(now)) {
        const ledger::ChainHead head = m_replica->head(m_key->publicKey());
        ledger::Entry entry;
        entry.sequence = head.sequence + 1;
        entry.previous = head.hash;
        entry.timestampMs = now;
        entry.payload = std::move(payload);
        entry.sign(*m_key);
        const QByteArray bytes = ledger::encode(entry);
        const ledger::LedgerReplica::BatchResult stored = m_replica->submit(bytes, now);
        if (!stored.error.isEmpty() || !stored.results.front().verdict.accepted()) {
            qCWarning(lcValidator).noquote() << "cannot store its own entry:"
                                             << (stored.error.isEmpty() ? stored.results.front().verdict.text
                                                                        : stored.error);
            return; // tried again next tick: nothing is published that is not stored
        }
        m_validator->noteEntry(entry, stored.results.front().verdict.hash);
        m_sync->publishOwn(bytes);
        ++m_published;
    }
    emit publishedEntries(m_published);
}

} // namespace commonwatt::community

#include "ledgerservice.h"

#include "communityfile.h"
#include "communityledger.h"
#include "communitysetup.h"
#include "historyexport.h"

#include "currency/communityconfig.h"
#include "ledger/claim.h"
#include "ledger/encoding.h"
#include "ledger/keyfile.h"
#include "ledger/replica.h"
#include "ledger/state.h"
#include "ledger/sync.h"
#include "mqtt/pahomqttclient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <map>
#include <memory>

Q_LOGGING_CATEGORY(lcLedger, "commonwatt.ledger")

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {
constexpr qint64 kClaimWindowMs = 48LL * 60 * 60 * 1000; // docs/ledger-state.md, L10
constexpr auto kPassphraseVariable = "COMMONWATT_KEY_PASSPHRASE";
constexpr QLatin1StringView kPassphraseCredential{"commonwatt-key-passphrase"};

// The id of the membership's first declared device of kind "battery", or empty.
QString batteryDeviceId(const QString &devicesJson)
{
    const QJsonArray devices = QJsonDocument::fromJson(devicesJson.toUtf8()).array();
    for (const QJsonValue &device : devices) {
        const QJsonObject object = device.toObject();
        if (object.value("kind"_L1).toString() == "battery"_L1 && !object.value("id"_L1).toString().isEmpty())
            return object.value("id"_L1).toString();
    }
    return {};
}

// The entry a payload refers to (an offer, an acceptance, a grant request, an approval's subject, an event),
// if any.
std::optional<ledger::Hash> referencedEntry(const ledger::Payload &payload)
{
    return std::visit(
        [](const auto &p) -> std::optional<ledger::Hash> {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, ledger::TradeAcceptance>)
                return p.offer;
            else if constexpr (std::is_same_v<T, ledger::TradeSettlement>)
                return p.acceptance;
            else if constexpr (std::is_same_v<T, ledger::StewardApproval>)
                return p.subject;
            else if constexpr (std::is_same_v<T, ledger::GrantPayment>)
                return p.request;
            else if constexpr (std::is_same_v<T, ledger::GridEventResponse>)
                return p.event;
            else
                return std::nullopt;
        },
        payload);
}
} // namespace

// Everything that touches the replica, the broker and the key, on the service's thread.
class LedgerWorker : public QObject
{
    Q_OBJECT
public:
    LedgerWorker(const Clock &clock, community::CommunityFile community, currency::CommunityConfig config,
                 ledger::SecretKey key, LedgerOptions options)
        : m_clock(clock)
        , m_community(std::move(community))
        , m_config(std::move(config))
        , m_key(std::move(key))
        , m_options(std::move(options))
        , m_debounce(this)
    {
        m_debounce.setSingleShot(true);
        m_debounce.setInterval(m_options.debounce);
        connect(&m_debounce, &QTimer::timeout, this, &LedgerWorker::recompute);
        m_recipients.push_back(m_community.distributor);
        for (const ledger::PublicKey &steward : m_community.stewards)
            m_recipients.push_back(steward);
    }

    // On the worker thread: the replica, the connection and the sync.
    std::optional<QString> open()
    {
        m_replica = std::make_unique<ledger::LedgerReplica>();
        if (const auto error = m_replica->open(m_options.ledgerFile))
            return error;
        if (!m_replica->entry(m_community.id)) {
            const auto stored = m_replica->submit(m_community.genesis, m_clock.nowMs());
            if (!stored.error.isEmpty())
                return stored.error;
            if (!stored.results.front().verdict.accepted())
                return communityFilePath() + u": the genesis is refused: "_s +
                       stored.results.front().verdict.text;
        }
        // The household's own chain says which slots it has claimed: a restart never claims one twice.
        const auto error = m_replica->forEachEntry([this](const ledger::Entry &entry, const ledger::Hash &) {
            if (entry.participant != m_key.publicKey())
                return true;
            m_lastOwnTimestampMs = std::max(m_lastOwnTimestampMs, entry.timestampMs);
            if (const auto *claim = std::get_if<ledger::MeterClaim>(&entry.payload))
                m_lastClaimedSlotMs = std::max(m_lastClaimedSlotMs, claim->slotStartMs);
            return true;
        });
        if (error)
            return error;
        m_summary.lastClaimedSlotMs = m_lastClaimedSlotMs;

        mqtt::MqttBrokerSettings broker;
        broker.host = m_options.host;
        broker.port = m_options.port;
        broker.tls = m_options.tls;
        broker.caFile = m_options.caFile;
        broker.clientId = u"cw-%1-%2"_s.arg(m_community.topicId(), m_key.publicKey().toHex().left(16));
        m_client = std::make_unique<mqtt::PahoMqttClient>(broker);
        connect(m_client.get(), &MqttClient::stateChanged, this, [this](MqttClient::State state) {
            if (state != MqttClient::State::Connected)
                m_summary.sync = LedgerSummary::Sync::Connecting;
            else if (m_sync && !m_sync->isCaughtUp())
                m_summary.sync = LedgerSummary::Sync::CatchingUp;
            emit summaryReady(m_summary);
        });

        ledger::ReplicaHooks hooks = community::replicaHooks(*m_replica);
        ledger::LedgerSyncSettings settings;
        settings.communityId = m_community.id.toHex();
        settings.ownKeys = {m_key.publicKey()};
        m_sync = std::make_unique<ledger::LedgerSync>(*m_client, m_clock, std::move(hooks), settings);
        connect(m_sync.get(), &ledger::LedgerSync::entriesAccepted, this, [this] {
            if (!m_debounce.isActive())
                m_debounce.start();
        });
        connect(m_sync.get(), &ledger::LedgerSync::catchupProgress, this,
                [this](qint64 received, qint64 expected) {
                    m_summary.sync = LedgerSummary::Sync::CatchingUp;
                    m_summary.syncReceived = received;
                    m_summary.syncExpected = expected;
                    emit summaryReady(m_summary);
                });
        m_client->subscribe(profileTopicFilter(m_community.topicId()), this,
                            [this](const QList<MqttMessage> &messages) { onProfiles(messages); });
        connect(m_sync.get(), &ledger::LedgerSync::caughtUp, this, [this] {
            m_summary.sync = LedgerSummary::Sync::CaughtUp;
            m_summary.syncReceived = m_summary.syncExpected;
            recompute();
        });
        return std::nullopt;
    }

    void start()
    {
        m_client->start();
        m_sync->start();
        recompute();
    }

    void shutdown()
    {
        m_debounce.stop();
        m_sync.reset();
        if (m_client)
            m_client->stop();
        m_client.reset();
        m_replica.reset();
    }

    void addMeterSlots(const QList<MeterSlot> &settled)
    {
        for (const MeterSlot &slot : settled) {
            if (slot.slotStartMs > m_lastClaimedSlotMs)
                m_unclaimed.insert_or_assign(slot.slotStartMs, slot.meter);
        }
        claimDue();
    }

    void setCleanShare(std::int64_t millionths)
    {
        if (millionths == m_cleanShare)
            return;
        m_cleanShare = millionths;
        if (!m_debounce.isActive())
            m_debounce.start();
    }

    void publishEntry(quint64 request, const ledger::Payload &payload)
    {
        QString error;
        const std::optional<ledger::Hash> hash = appendOwn(payload, m_clock.nowMs(), &error);
        emit publishFinished(request, hash ? hash->toHex() : QString(), error);
        if (hash)
            recompute(); // the page shows the entry's effect (or refusal) at once
    }

    void setDisplayName(const QString &name)
    {
        if (!m_client)
            return;
        const QString topic = profileTopic(m_community.topicId(), m_key.publicKey());
        m_client->publish(topic, name.isEmpty() ? QByteArray() : encodeProfile(m_key, name, m_clock.nowMs()),
                          1, true);
        if (name.isEmpty())
            m_displayNames.erase(m_key.publicKey());
        else
            m_displayNames.insert_or_assign(m_key.publicKey(), name);
        recompute();
    }

    void exportEntries(const QString &path, qint64 fromMs, qint64 toMs)
    {
        QSaveFile file(path);
        qint64 count = 0;
        std::optional<QString> error;
        if (!m_replica) {
            error = path + u": the ledger is closed"_s;
        } else if (!file.open(QIODevice::WriteOnly)) {
            error = cannotWriteMessage(path, file.errorString());
        } else {
            file.write(kLedgerCsvHeader);
            error = m_replica->forEachEntry([&](const ledger::Entry &entry, const ledger::Hash &hash) {
                if (entry.timestampMs >= fromMs && entry.timestampMs < toMs) {
                    file.write(ledgerCsvRow(entry, hash));
                    ++count;
                }
                return true;
            });
            if (!error && !file.commit())
                error = cannotWriteMessage(path, file.errorString());
        }
        emit entriesExported(!error, count, error.value_or(QString()));
    }

signals:
    void summaryReady(const commonwatt::app::LedgerSummary &summary);
    void claimPublished(qint64 slotStartMs);
    void publishFinished(quint64 request, const QString &entryHash, const QString &error);
    void entriesExported(bool ok, qint64 count, const QString &message);

private:
    [[nodiscard]] QString communityFilePath() const
    {
        return community::communityFilePath(m_options.communityDirectory);
    }

    // Derives the state from every entry the replica holds and summarises it for the household.
    void recompute()
    {
        if (!m_replica)
            return;
        const ledger::CommunityState state = community::deriveReplicaState(*m_replica, m_community.id);
        LedgerSummary &s = m_summary;
        s.derived = true;
        s.error = state.error;
        const ledger::PublicKey &me = m_key.publicKey();
        const auto member = state.members.find(me);
        s.joined = member != state.members.end() && !member->second.left;
        if (s.joined && !m_join) {
            m_join = member->second.join;
            m_batteryId = batteryDeviceId(m_join->devicesJson);
        }
        s.balance = state.balance(me);
        s.pool = state.pool.balance;
        s.validatedClaims = 0;
        s.pendingClaims = 0;
        s.oldestPendingSlotMs.reset();
        if (const auto totals = state.totals.find(me); totals != state.totals.end()) {
            s.validatedClaims = totals->second.validatedClaims;
            s.pendingClaims = std::int64_t(totals->second.pendingClaims.size());
            for (const ledger::PendingClaim &pending : totals->second.pendingClaims)
                s.oldestPendingSlotMs =
                    std::min(s.oldestPendingSlotMs.value_or(pending.slotStartMs), pending.slotStartMs);
        }
        // The reputation window: the reputationDays community-local days before the last midnight.
        const ledger::ConfigurationRecord *record = state.currentConfiguration();
        const currency::CommunityConfig &config = record ? record->config : m_config;
        QTimeZone zone(config.timeZone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), zone).date();
        const qint64 toMs = QDateTime(today, QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 fromMs =
            QDateTime(today.addDays(-config.reputationDays), QTime(0, 0), zone).toMSecsSinceEpoch();
        s.reputation = currency::computeReputation(state.reputationInputs(me, fromMs, toMs, m_cleanShare));
        s.lastClaimedSlotMs = m_lastClaimedSlotMs;
        s.community = std::make_shared<const CommunitySnapshot>(
            buildCommunitySnapshot(*m_replica, state, me, m_clock.nowMs(), m_displayNames));
        emit summaryReady(s);
        claimDue();
    }

    // Claims every completed slot not yet claimed, oldest first, once the membership is known.
    void claimDue()
    {
        if (!m_join || !m_replica)
            return; // kept until the membership arrives: its devices decide what a claim lists
        const qint64 now = m_clock.nowMs();
        const qint64 slotMs = m_config.slotSeconds() * 1000;
        qint64 published = 0;
        std::optional<qint64> first;
        qint64 late = 0;
        for (auto it = m_unclaimed.begin(); it != m_unclaimed.end();) {
            const qint64 slotEnd = it->first + slotMs;
            if (now < slotEnd)
                break;
            if (now > slotEnd + kClaimWindowMs) {
                ++late;
                it = m_unclaimed.erase(it);
                continue;
            }
            if (!claim(it->first, it->second, now))
                break; // tried again with the next slots or summary
            ++published;
            if (!first)
                first = it->first;
            it = m_unclaimed.erase(it);
        }
        if (late > 0 && !m_loggedLate) {
            m_loggedLate = true;
            qCInfo(lcLedger) << late
                             << "measured slots ended more than 48 h ago and are not claimed (the ledger "
                                "refuses late claims); this is said once";
        }
        if (published > 0) {
            auto time = [](qint64 ms) {
                return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
            };
            qCInfo(lcLedger).noquote() << "published" << published << "meter claims, for the slots from"
                                       << time(*first) << "to" << time(m_lastClaimedSlotMs);
            if (!m_debounce.isActive())
                m_debounce.start();
        }
    }

    bool claim(qint64 slotStartMs, const currency::SlotMeterData &meter, qint64 now)
    {
        ledger::ClaimContent content;
        const auto salt = ledger::randomClaimSalt();
        if (!salt) {
            qCWarning(lcLedger) << "no random salt for a claim: libsodium cannot run";
            return false;
        }
        content.salt = *salt;
        content.slotStartMs = slotStartMs;
        content.importWh = meter.importWh;
        content.exportWh = meter.exportWh;
        content.pvWh = meter.pvWh;
        content.fossilWh = meter.fossilWh;
        if (!m_batteryId.isEmpty())
            content.devices.push_back({m_batteryId, meter.storageChargeWh, meter.storageDischargeWh, 0});
        ledger::SealResult sealed = ledger::sealMeterClaim(content, m_recipients);
        if (!sealed.claim) {
            qCWarning(lcLedger).noquote()
                << "cannot seal the claim for slot" << slotStartMs << ":" << sealed.error;
            return false;
        }
        QString error;
        if (!appendOwn(std::move(*sealed.claim), now, &error)) {
            qCWarning(lcLedger).noquote() << "cannot store the claim for slot" << slotStartMs << ":" << error;
            return false;
        }
        m_lastClaimedSlotMs = slotStartMs;
        emit claimPublished(slotStartMs);
        return true;
    }

    // Signs payload as the next entry of the household's chain, stores it and publishes it; its hash, or
    // nullopt with *error set. Nothing is published that the replica did not accept.
    std::optional<ledger::Hash> appendOwn(ledger::Payload payload, qint64 now, QString *error)
    {
        if (!m_replica || !m_sync) {
            *error = u"the community ledger is not open"_s;
            return std::nullopt;
        }
        // After the household's own last entry, and after the entry it refers to: the canonical order is by
        // timestamp (L2), so a reference stamped before its target by a clock behind the other household's
        // would be unknown there (L3).
        std::int64_t timestampMs = std::max<std::int64_t>(now, m_lastOwnTimestampMs + 1);
        if (const std::optional<ledger::Hash> target = referencedEntry(payload)) {
            if (const auto bytes = m_replica->entry(*target)) {
                const ledger::DecodeResult referenced = ledger::decode(*bytes);
                if (referenced.entry)
                    timestampMs = std::max(timestampMs, referenced.entry->timestampMs + 1);
            }
        }
        const ledger::Entry entry = community::nextEntry(*m_replica, m_key, timestampMs, std::move(payload));
        const QByteArray bytes = ledger::encode(entry);
        const ledger::LedgerReplica::BatchResult stored = m_replica->submit(bytes, now);
        if (!stored.error.isEmpty() || !stored.results.front().verdict.accepted()) {
            *error = stored.error.isEmpty() ? stored.results.front().verdict.text : stored.error;
            return std::nullopt;
        }
        m_lastOwnTimestampMs = entry.timestampMs;
        m_sync->publishOwn(bytes);
        return entry.hash();
    }

    // Retained names of members who show theirs on the reputation board; an empty message takes one back.
    void onProfiles(const QList<MqttMessage> &messages)
    {
        bool changed = false;
        for (const MqttMessage &message : messages) {
            QString error;
            const std::optional<Profile> profile = decodeProfile(message.topic, message.payload, &error);
            if (profile) {
                m_displayNames.insert_or_assign(profile->member, profile->displayName);
                changed = true;
            } else if (message.payload.isEmpty()) {
                const auto key = ledger::PublicKey::fromHex(message.topic.section(u'/', -1).toLatin1());
                changed = (key && m_displayNames.erase(*key) > 0) || changed;
            } else {
                qCInfo(lcLedger).noquote() << "a reputation board name is ignored:" << error;
            }
        }
        if (changed && !m_debounce.isActive())
            m_debounce.start();
    }

    const Clock &m_clock;
    community::CommunityFile m_community;
    currency::CommunityConfig m_config; // the genesis'
    ledger::SecretKey m_key;
    LedgerOptions m_options;
    std::vector<ledger::PublicKey> m_recipients;
    std::unique_ptr<ledger::LedgerReplica> m_replica;
    std::unique_ptr<mqtt::PahoMqttClient> m_client;
    std::unique_ptr<ledger::LedgerSync> m_sync;
    QTimer m_debounce;
    std::map<qint64, currency::SlotMeterData> m_unclaimed;
    std::int64_t m_lastClaimedSlotMs = -1;
    std::int64_t m_lastOwnTimestampMs = 0;
    std::optional<ledger::MembershipJoin> m_join;
    QString m_batteryId;
    std::int64_t m_cleanShare = 0;
    bool m_loggedLate = false;
    std::map<ledger::PublicKey, QString> m_displayNames; // opt-in names on the reputation board
    LedgerSummary m_summary;
};

LedgerService::LedgerService(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<LedgerSummary>();
    m_thread.setObjectName(u"ledger"_s);
}

LedgerService::~LedgerService()
{
    stop();
}

std::optional<QByteArray> LedgerService::passphraseFromEnvironment(QString *error)
{
    if (qEnvironmentVariableIsSet(kPassphraseVariable))
        return qgetenv(kPassphraseVariable);
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (credentials.isEmpty()) {
        *error = u"no passphrase for the member's key: set COMMONWATT_KEY_PASSPHRASE, or give the credential "
                 u"%1 (systemd LoadCredential)"_s.arg(kPassphraseCredential);
        return std::nullopt;
    }
    return community::readPassphraseFile(QDir(credentials).filePath(kPassphraseCredential), error);
}

std::optional<QString> LedgerService::open(const LedgerOptions &options, QByteArrayView passphrase)
{
    if (m_worker)
        return u"the community ledger is open already"_s;
    const QString communityPath = community::communityFilePath(options.communityDirectory);
    community::CommunityFileResult read = community::readCommunityFile(communityPath);
    if (!read.community)
        return read.error;
    const auto *genesis = std::get_if<ledger::CommunityConfiguration>(&read.community->genesis.payload);
    if (!genesis)
        return communityPath + u": the genesis is not a configuration"_s;
    const currency::ConfigParseResult config =
        currency::parseCommunityConfig(QJsonDocument::fromJson(genesis->configJson.toUtf8()).object());
    if (!config.ok())
        return communityPath + u": the genesis configuration's field \""_s + config.field + u"\": "_s +
               config.error;
    const QString keyPath = community::keyFilePath(options.communityDirectory, options.member);
    ledger::KeyFile::ReadResult key = ledger::KeyFile::read(keyPath, passphrase);
    if (!key.key)
        return key.error;
    // A steward may be a household too (approving grants from the Community page, never its own dwelling's);
    // the distributor's key never is.
    if (key.key->publicKey() == read.community->distributor)
        return keyPath + u": the distributor's key, not a household's"_s;

    m_communityName = read.community->name;
    m_topicId = read.community->topicId();
    m_worker =
        new LedgerWorker(m_clock, std::move(*read.community), *config.config, std::move(*key.key), options);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &LedgerWorker::summaryReady, this, &LedgerService::onSummary, Qt::QueuedConnection);
    connect(m_worker, &LedgerWorker::claimPublished, this, &LedgerService::claimPublished,
            Qt::QueuedConnection);
    connect(m_worker, &LedgerWorker::publishFinished, this, &LedgerService::publishFinished,
            Qt::QueuedConnection);
    connect(m_worker, &LedgerWorker::entriesExported, this, &LedgerService::entriesExported,
            Qt::QueuedConnection);
    m_thread.start();
    std::optional<QString> error;
    QMetaObject::invokeMethod(
        m_worker, [this, &error] { error = m_worker->open(); }, Qt::BlockingQueuedConnection);
    if (error)
        stop();
    return error;
}

void LedgerService::start()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &LedgerWorker::start, Qt::QueuedConnection);
}

void LedgerService::stop()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, &LedgerWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    m_worker = nullptr;
}

void LedgerService::addMeterSlots(const QList<MeterSlot> &settled)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, settled] { worker->addMeterSlots(settled); }, Qt::QueuedConnection);
}

void LedgerService::setCleanShare(std::int64_t millionths)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, millionths] { worker->setCleanShare(millionths); },
            Qt::QueuedConnection);
}

void LedgerService::publishEntry(quint64 request, const ledger::Payload &payload)
{
    if (!m_worker) {
        emit publishFinished(request, {}, tr("The community ledger is not open."));
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, payload] { worker->publishEntry(request, payload); },
        Qt::QueuedConnection);
}

void LedgerService::setDisplayName(const QString &name)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, name] { worker->setDisplayName(name); }, Qt::QueuedConnection);
}

void LedgerService::exportEntries(const QString &path, qint64 fromMs, qint64 toMs)
{
    if (!m_worker) {
        emit entriesExported(false, 0, path + u": the ledger is closed"_s);
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path, fromMs, toMs] { worker->exportEntries(path, fromMs, toMs); },
        Qt::QueuedConnection);
}

void LedgerService::onSummary(const LedgerSummary &summary)
{
    m_summary = summary;
    emit summaryChanged();
}

} // namespace commonwatt::app

#include "ledgerservice.moc"

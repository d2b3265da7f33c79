#include "communitysim.h"

#include "claimvalidator.h"
#include "communityledger.h"
#include "simhousehold.h"

#include "currency/communityconfig.h"
#include "currency/exact.h"
#include "currency/hopsplit.h"
#include "currency/slotsettlement.h"
#include "gridsignals.h"
#include "ledger/claim.h"
#include "ledger/encoding.h"
#include "ledger/replica.h"
#include "ledger/state.h"
#include "ledger/sync.h"
#include "ledger/validator.h"
#include "mqtt/pahomqttclient.h"

#include <commonwatt/clock.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <utility>

using namespace Qt::StringLiterals;

namespace commonwatt::community {

namespace {

constexpr qint64 kSlotMs = 15 * 60 * 1000;
constexpr qint64 kHourMs = 60 * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
// Customers on a feeder who are not members: their import, Wh per slot, in the feeder totals.
constexpr std::int64_t kOtherCustomersWhPerSlot = 6'000;
constexpr std::int64_t kTradeWh = 2'000;
constexpr std::int64_t kTradePriceMilliCreditsPerKWh = 100;
constexpr std::int64_t kPatronMilliCredits = 1'000'000;
constexpr std::int64_t kDonationMilliCredits = 1'000;
constexpr std::int64_t kGrantMilliCredits = 80'000;

ledger::SecretKey keyFromSeed(std::uint64_t communitySeed, std::uint64_t role)
{
    ledger::Seed seed;
    const QByteArray digest = QCryptographicHash::hash(
        u"commonwatt-simulation %1 %2"_s.arg(communitySeed).arg(role).toUtf8(), QCryptographicHash::Sha256);
    std::copy_n(reinterpret_cast<const std::uint8_t *>(digest.constData()), 32, seed.bytes.begin());
    return *ledger::SecretKey::fromSeed(seed);
}

// One participant: its key, its replica, its connection and its sync.
struct Node
{
    QString name;
    std::unique_ptr<ledger::SecretKey> key;
    std::unique_ptr<ledger::LedgerReplica> replica;
    std::unique_ptr<mqtt::PahoMqttClient> client;
    std::unique_ptr<ledger::LedgerSync> sync;
    bool online = true;
    std::vector<QByteArray> unpublished; // own entries signed while offline
    std::function<void(const ledger::Entry &, const ledger::Hash &)> onAccepted; // the validator's index
    [[nodiscard]] const ledger::PublicKey &publicKey() const { return key->publicKey(); }
};

class Simulation
{
public:
    explicit Simulation(const SimulationOptions &options)
        : m_options(options)
        , m_clock(options.startMs)
    {}

    SimulationResult run();

private:
    void progress(const QString &line) const
    {
        if (m_options.progress)
            m_options.progress(line);
    }
    std::unique_ptr<Node> makeNode(const QString &name, std::uint64_t role, bool relayHeads);
    bool connectAll(QString *error);
    // Signs payload as node's next entry, stores it and publishes it (or keeps it while node is offline).
    ledger::Hash publish(Node &node, ledger::Payload payload);
    [[nodiscard]] std::vector<Node *> allNodes();
    // Waits until every online replica holds every published entry; false after stallSeconds.
    bool barrier();
    void setOnline(Node &node, bool online);

    // The genesis configuration: the stewards, k = 2 and the distributor, from their keys.
    [[nodiscard]] QJsonObject genesisConfig() const;
    void foundCommunity();
    void claimSlot(qint64 slotStartMs);
    // The distributor publishes what its validator has due.
    void validateDue();
    void daily(int day, qint64 dayStartMs);
    [[nodiscard]] ledger::CommunityState distributorState() const;
    [[nodiscard]] currency::MeasuredSignals signalsFor(qint64 slotStartMs);
    void finish(SimulationResult &result);

    SimulationOptions m_options;
    SimulatedClock m_clock;
    currency::CommunityConfig m_config;
    ledger::Hash m_genesis;
    std::vector<std::unique_ptr<Node>> m_stewards;
    std::unique_ptr<Node> m_distributor;
    std::vector<std::unique_ptr<Node>> m_households;
    std::vector<SimulatedMeterHousehold> m_meters;
    std::unique_ptr<simulator::GridSignalModel> m_grid;
    std::map<qint64, currency::MeasuredSignals> m_signals;
    qint64 m_lastTimestampMs = 0;
    int m_nudges = 0; // catch-ups the barrier asked for
    std::int64_t m_published = 0; // entries published to the broker (the barrier's target)

    // The distributor's side: the revenue meters (the simulated truth) and its validator.
    std::map<std::pair<int, qint64>, SlotFigures> m_revenueMeter;
    std::map<QString, int> m_meterIndex;
    std::unique_ptr<ClaimValidator> m_validator;
    MeterSource m_pendingMeters; // handed to the validator once the configuration is known
    int m_tradesOffered = 0;
    std::map<QString, std::int64_t> m_validatorRefusals; // by the start of the reason

    std::int64_t m_claimsPublished = 0;
    std::vector<std::int64_t> m_claimsByMember;
    qint64 m_offlineBackMs = 0;
    std::int64_t m_offlineEntriesAtReturn = 0;
    QElapsedTimer m_offlineCatchup;
    double m_offlineCatchupSeconds = 0;
    bool m_midwayDone = false;
};

std::unique_ptr<Node> Simulation::makeNode(const QString &name, std::uint64_t role, bool relayHeads)
{
    auto node = std::make_unique<Node>();
    node->name = name;
    node->key = std::make_unique<ledger::SecretKey>(keyFromSeed(m_options.seed, role));
    node->replica = std::make_unique<ledger::LedgerReplica>();
    const QString file = QDir(m_options.directory).filePath(name + u".sqlite"_s);
    QFile::remove(file);
    QFile::remove(file + u"-wal"_s);
    QFile::remove(file + u"-shm"_s);
    if (const auto error = node->replica->open(file))
        qFatal("%s", qPrintable(*error));

    mqtt::MqttBrokerSettings broker;
    broker.host = m_options.host;
    broker.port = m_options.port;
    broker.clientId = u"cw-sim-%1-%2"_s.arg(m_options.seed).arg(name);
    mqtt::MqttClientLimits limits;
    limits.offlinePublishes = 100'000;
    node->client = std::make_unique<mqtt::PahoMqttClient>(broker, limits);

    Node *raw = node.get();
    ledger::ReplicaHooks hooks = replicaHooks(*raw->replica, [raw](const ledger::Entry &entry, const ledger::Hash &hash) {
        if (raw->onAccepted)
            raw->onAccepted(entry, hash);
    });
    ledger::LedgerSyncSettings settings;
    settings.communityId = m_genesis.toHex();
    settings.ownKeys = {node->publicKey()};
    settings.relayHeads = relayHeads;
    settings.retryMax = std::chrono::milliseconds(10'000); // simulated days pass in minutes
    node->sync = std::make_unique<ledger::LedgerSync>(*node->client, m_clock, std::move(hooks), settings);
    return node;
}

std::vector<Node *> Simulation::allNodes()
{
    std::vector<Node *> nodes;
    for (auto &n : m_stewards)
        nodes.push_back(n.get());
    nodes.push_back(m_distributor.get());
    for (auto &n : m_households)
        nodes.push_back(n.get());
    return nodes;
}

bool Simulation::connectAll(QString *error)
{
    for (Node *node : allNodes()) {
        node->client->start();
        node->sync->start();
    }
    QDeadlineTimer deadline(std::chrono::seconds(30));
    while (!deadline.hasExpired()) {
        const auto nodes = allNodes();
        if (std::all_of(nodes.begin(), nodes.end(),
                        [](Node *n) { return n->client->state() == MqttClient::State::Connected; }))
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    *error = u"cannot reach the broker at %1:%2 within 30 s"_s.arg(m_options.host).arg(m_options.port);
    return false;
}

ledger::Hash Simulation::publish(Node &node, ledger::Payload payload)
{
    const ledger::ChainHead head = node.replica->head(node.publicKey());
    ledger::Entry entry;
    entry.sequence = head.sequence + 1;
    entry.previous = head.hash;
    // Every entry a millisecond after the one before it, so that what an entry refers to is always earlier in
    // the canonical order (docs/ledger-state.md, L3) even when both are made at one simulated instant.
    m_lastTimestampMs = std::max(m_clock.nowMs(), m_lastTimestampMs + 1);
    entry.timestampMs = m_lastTimestampMs;
    entry.payload = std::move(payload);
    entry.sign(*node.key);
    const QByteArray bytes = ledger::encode(entry);
    const ledger::LedgerReplica::BatchResult stored = node.replica->submit(bytes, m_clock.nowMs());
    if (!stored.error.isEmpty() || !stored.results.front().verdict.accepted())
        qFatal("%s refused its own entry: %s", qPrintable(node.name),
               qPrintable(stored.error.isEmpty() ? stored.results.front().verdict.text : stored.error));
    const ledger::Hash hash = stored.results.front().verdict.hash;
    if (node.onAccepted)
        node.onAccepted(entry, hash);
    if (node.online) {
        node.sync->publishOwn(bytes);
        ++m_published;
    } else {
        node.unpublished.push_back(bytes);
    }
    return hash;
}

bool Simulation::barrier()
{
    QDeadlineTimer deadline(std::chrono::seconds(m_options.stallSeconds));
    QElapsedTimer sinceNudge;
    sinceNudge.start();
    for (;;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        std::vector<Node *> behind;
        for (Node *node : allNodes()) {
            if (node->online && node->replica->entryCount() <
                                    m_published + static_cast<std::int64_t>(node->unpublished.size()))
                behind.push_back(node);
        }
        if (behind.empty())
            return true;
        if (deadline.hasExpired())
            return false;
        // Simulated time stands still here, so nobody publishes the next entry that would remind a replica
        // of what it misses; a household's own timer does what the next quarter-hour would.
        if (sinceNudge.elapsed() > 10'000) {
            for (Node *node : behind)
                node->sync->requestCatchup();
            ++m_nudges;
            sinceNudge.restart();
        }
        QThread::usleep(200);
    }
}

void Simulation::setOnline(Node &node, bool online)
{
    if (node.online == online)
        return;
    node.online = online;
    if (!online) {
        node.client->stop();
        progress(u"%1 goes offline"_s.arg(node.name));
        return;
    }
    node.client->start();
    m_offlineEntriesAtReturn = node.replica->entryCount();
    m_offlineCatchup.start();
    for (const QByteArray &bytes : node.unpublished) {
        node.sync->publishOwn(bytes);
        ++m_published;
    }
    progress(u"%1 is back with %2 entries of its own to publish"_s.arg(node.name).arg(node.unpublished.size()));
    node.unpublished.clear();
}

currency::MeasuredSignals Simulation::signalsFor(qint64 slotStartMs)
{
    const auto found = m_signals.find(slotStartMs);
    if (found != m_signals.end())
        return found->second;
    const simulator::GridSignalSlot slot = m_grid->slotAt(slotStartMs);
    currency::MeasuredSignals measured;
    measured.g = slot.carbonIntensity;
    measured.s = slot.gridNeed;
    measured.r = slot.renewableShare;
    measured.eventLevel = slot.eventLevel;
    m_signals.emplace(slotStartMs, measured);
    return measured;
}

QJsonObject Simulation::genesisConfig() const
{
    QJsonArray stewards;
    for (const auto &s : m_stewards)
        stewards.append(s->publicKey().toHex());
    return QJsonObject{{u"timeZone"_s, u"Europe/Amsterdam"_s},
                       {u"stewards"_s, stewards},
                       {u"stewardThreshold"_s, 2},
                       {u"distributor"_s, m_distributor->publicKey().toHex()}};
}

void Simulation::foundCommunity()
{
    const QJsonObject config = genesisConfig();
    m_config = *currency::parseCommunityConfig(config).config;
    m_validator = std::make_unique<ClaimValidator>(m_config, *m_distributor->key, std::move(m_pendingMeters));
    const QString json = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
    m_genesis = publish(*m_stewards[0], ledger::CommunityConfiguration{json, 0});
    for (std::size_t i = 0; i < m_households.size(); ++i) {
        const HouseholdProfile &p = m_meters[i].profile();
        publish(*m_distributor,
                ledger::MembershipJoin{m_households[i]->publicKey(), p.dwelling, p.meter, p.feeder, p.substation,
                                       p.region, p.importLimitW, p.exportLimitW, p.pvPeakW, p.devicesJson});
    }
}

void Simulation::claimSlot(qint64 slotStartMs)
{
    std::vector<ledger::PublicKey> recipients{m_distributor->publicKey()};
    for (const auto &s : m_stewards)
        recipients.push_back(s->publicKey());
    for (std::size_t i = 0; i < m_households.size(); ++i) {
        SlotFigures f = m_meters[i].nextSlot();
        m_revenueMeter[{int(i), slotStartMs}] = f;
        ledger::ClaimContent content;
        content.salt = *ledger::randomClaimSalt();
        content.slotStartMs = slotStartMs;
        content.importWh = f.importWh;
        content.exportWh = f.exportWh;
        content.pvWh = f.pvWh;
        content.fossilWh = f.fossilWh;
        std::sort(f.devices.begin(), f.devices.end(),
                  [](const DeviceSlot &a, const DeviceSlot &b) { return a.id.toUtf8() < b.id.toUtf8(); });
        for (const DeviceSlot &d : f.devices)
            content.devices.push_back({d.id, d.chargeWh, d.dischargeWh, d.loadWh});
        ledger::SealResult sealed = ledger::sealMeterClaim(content, recipients);
        if (!sealed.claim)
            qFatal("sealing a claim: %s", qPrintable(sealed.error));
        publish(*m_households[i], std::move(*sealed.claim));
        ++m_claimsPublished;
        ++m_claimsByMember[i];
    }
}

void Simulation::validateDue()
{
    for (ledger::Payload &payload : m_validator->due(m_clock.nowMs())) {
        if (const auto *v = std::get_if<ledger::Validation>(&payload); v && !v->accepted)
            ++m_validatorRefusals[v->reason.left(v->reason.indexOf(u':') > 0 ? v->reason.indexOf(u':') : 60)];
        publish(*m_distributor, std::move(payload));
    }
}

ledger::CommunityState Simulation::distributorState() const
{
    return deriveReplicaState(*m_distributor->replica, m_genesis);
}

void Simulation::daily(int day, qint64 dayStartMs)
{
    ledger::CommunityState state = distributorState();
    // On the third day a household with panels but no battery (the one with the highest balance among them)
    // asks for a grant towards a home battery, two of the three stewards approve it, and another member
    // publishes the payment.
    if (day == 2) {
        int requester = -1;
        for (std::size_t i = 0; i < m_households.size(); ++i) {
            const HouseholdProfile &p = m_meters[i].profile();
            if (!m_households[i]->online || p.pvPeakW == 0 || p.model.hasBattery())
                continue;
            if (requester < 0 || state.balance(m_households[i]->publicKey()) >
                                     state.balance(m_households[std::size_t(requester)]->publicKey()))
                requester = int(i);
        }
        if (requester < 0)
            requester = m_households.size() > 1 ? 1 : 0;
        const ledger::Hash request = publish(*m_households[std::size_t(requester)],
                                             ledger::GrantRequest{u"home battery"_s, kGrantMilliCredits, 0});
        publish(*m_stewards[0], ledger::StewardApproval{request, true});
        publish(*m_stewards[2], ledger::StewardApproval{request, true});
        const std::size_t payer = requester == 0 ? 1 : 0;
        publish(*m_households[payer], ledger::GrantPayment{request, kGrantMilliCredits});
        if (!barrier())
            qWarning("the grant's entries did not reach every replica in time");
        state = distributorState();
    }
    // Trades, from the third day while they can settle before the run ends: the three households with panels
    // and the highest validated balances above what the payment can be (households with panels give more than they
    // take in June, so it is still covered when the trade settles) each accept 2 kWh for the next day offered
    // by one of the other households with the largest PV; what is delivered is what one exports while the
    // other imports, slot by slot.
    if (day >= 2 && day <= m_options.days - 2) {
        std::vector<std::pair<std::int64_t, int>> byBalance;
        for (std::size_t i = 0; i < m_households.size(); ++i) {
            const std::int64_t balance = state.balance(m_households[i]->publicKey()).value();
            if (m_households[i]->online && m_meters[i].profile().pvPeakW > 0 && balance > 500)
                byBalance.emplace_back(-balance, int(i));
        }
        std::sort(byBalance.begin(), byBalance.end());
        byBalance.resize(std::min<std::size_t>(byBalance.size(), 3));
        std::vector<int> sellers;
        for (std::size_t i = 0; i < m_households.size(); ++i) {
            const bool buyer = std::any_of(byBalance.begin(), byBalance.end(),
                                           [i](const auto &b) { return b.second == int(i); });
            if (m_households[i]->online && m_meters[i].profile().pvPeakW > 0 && !buyer)
                sellers.push_back(int(i));
        }
        std::stable_sort(sellers.begin(), sellers.end(), [this](int a, int b) {
            return m_meters[std::size_t(a)].profile().pvPeakW > m_meters[std::size_t(b)].profile().pvPeakW;
        });
        for (std::size_t k = 0; k < sellers.size() && k < byBalance.size(); ++k) {
            const ledger::Hash offer =
                publish(*m_households[std::size_t(sellers[k])],
                        ledger::TradeOffer{dayStartMs + kDayMs, dayStartMs + 2 * kDayMs - kSlotMs, kTradeWh,
                                           kTradePriceMilliCreditsPerKWh, 2});
            publish(*m_households[std::size_t(byBalance[k].second)], ledger::TradeAcceptance{offer, kTradeWh});
            ++m_tradesOffered;
        }
    }

    // Grid events: announced by the distributor the day before, accepted by every household online.
    if (const auto event = m_grid->eventOn((dayStartMs + kDayMs) / kDayMs)) {
        const qint64 start = dayStartMs + kDayMs + qint64(event->startSecond * 1000.0);
        const qint64 end = dayStartMs + kDayMs + qint64(event->endSecond * 1000.0);
        const ledger::Hash announced = publish(
            *m_distributor, ledger::GridEvent{u"sim-%1"_s.arg(day + 1), u"region-1"_s, start - start % kSlotMs,
                                              end - end % kSlotMs - (end % kSlotMs == 0 ? kSlotMs : 0),
                                              m_config.eventRateDefault / 1000});
        for (auto &h : m_households) {
            if (h->online)
                publish(*h, ledger::GridEventResponse{announced, true});
        }
    }

    if (day == 0) // a patron buys credits into the pool
        publish(*m_households[0], ledger::Contribution{ledger::Contribution::CapitalPurchase, kPatronMilliCredits});
    if (day == 3) { // donations from those whose balance allows
        for (std::size_t i = 0; i < m_households.size(); ++i) {
            if (m_households[i]->online && state.balance(m_households[i]->publicKey()).value() >= 2 * kDonationMilliCredits)
                publish(*m_households[i], ledger::Contribution{ledger::Contribution::Donation, kDonationMilliCredits});
        }
    }
}

SimulationResult Simulation::run()
{
    SimulationResult result;
    QElapsedTimer wall;
    wall.start();
    if (!QDir().mkpath(m_options.directory)) {
        result.error = m_options.directory + u": cannot create the folder"_s;
        return result;
    }
    // Keys first: the genesis (and so the topics) needs the stewards' and distributor's keys.
    for (int i = 0; i < 3; ++i) {
        m_stewards.push_back(std::make_unique<Node>());
        m_stewards.back()->key = std::make_unique<ledger::SecretKey>(keyFromSeed(m_options.seed, 1 + i));
    }
    m_distributor = std::make_unique<Node>();
    m_distributor->key = std::make_unique<ledger::SecretKey>(keyFromSeed(m_options.seed, 10));
    // The genesis entry is deterministic given the keys: make it once to learn the community id.
    {
        const QJsonObject config = genesisConfig();
        ledger::Entry genesis;
        genesis.sequence = 1;
        genesis.timestampMs = m_clock.nowMs();
        genesis.payload = ledger::CommunityConfiguration{
            QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)), 0};
        genesis.sign(*m_stewards[0]->key);
        m_genesis = genesis.hash();
    }
    m_stewards.clear();
    for (int i = 0; i < 3; ++i)
        m_stewards.push_back(makeNode(u"steward-%1"_s.arg(i + 1), std::uint64_t(1 + i), false));
    m_distributor = makeNode(u"distributor"_s, 10, true);
    m_claimsByMember.assign(std::size_t(m_options.households), 0);
    for (int i = 0; i < m_options.households; ++i) {
        m_households.push_back(makeNode(u"member-%1"_s.arg(i), std::uint64_t(100 + i), false));
        m_meters.emplace_back(householdProfile(i, m_options.seed), m_options.startMs, 15);
        m_meterIndex[m_meters.back().profile().meter] = i;
    }
    simulator::HouseholdConfig region = m_meters.front().profile().model;
    region.seed = m_options.seed * 31 + 7;
    m_grid = std::make_unique<simulator::GridSignalModel>(region);

    // The distributor's validator sees every entry its replica accepts; its meters are the simulated truth.
    MeterSource meters;
    meters.household = [this](const QString &meter, qint64 slot) -> std::optional<ledger::RevenueMeterDelta> {
        const auto index = m_meterIndex.find(meter);
        if (index == m_meterIndex.end())
            return std::nullopt;
        const auto found = m_revenueMeter.find({index->second, slot});
        if (found == m_revenueMeter.end())
            return std::nullopt;
        return ledger::RevenueMeterDelta{found->second.importWh, found->second.exportWh};
    };
    meters.feeder = [this](const QString &feeder, qint64 slot) -> std::optional<currency::LevelFlows> {
        currency::LevelFlows flows{0, kOtherCustomersWhPerSlot};
        for (std::size_t i = 0; i < m_meters.size(); ++i) {
            const auto found = m_revenueMeter.find({int(i), slot});
            if (m_meters[i].profile().feeder != feeder || found == m_revenueMeter.end())
                continue;
            flows.exportWh += found->second.exportWh;
            flows.importWh += found->second.importWh;
        }
        return flows;
    };
    meters.gridSignals = [this](qint64 slot) { return signalsFor(slot); };
    m_distributor->onAccepted = [this](const ledger::Entry &entry, const ledger::Hash &hash) {
        if (m_validator)
            m_validator->noteEntry(entry, hash);
    };
    m_pendingMeters = std::move(meters);

    QString error;
    if (!connectAll(&error)) {
        result.error = error;
        return result;
    }
    foundCommunity();
    if (!barrier()) {
        result.error = u"the replicas did not receive the community's founding entries"_s;
        return result;
    }
    progress(u"community %1: %2 households, 3 stewards, a validator"_s.arg(m_genesis.toHex().left(16))
                 .arg(m_options.households));

    const qint64 claimsEndMs = m_options.startMs + m_options.days * kDayMs;
    const qint64 endMs = claimsEndMs + kClaimDeadlineMs + kHourMs;
    Node *offline = m_options.offlineMember >= 0 ? m_households[std::size_t(m_options.offlineMember)].get() : nullptr;
    const qint64 offlineFrom = m_options.startMs + m_options.offlineFromDay * kDayMs;
    const qint64 offlineUntil = offlineFrom + m_options.offlineDays * kDayMs;
    for (qint64 slot = m_options.startMs; slot < endMs; slot += kSlotMs) {
        if (offline && slot == offlineFrom)
            setOnline(*offline, false);
        if (offline && slot == offlineUntil)
            setOnline(*offline, true);
        const qint64 sinceStart = slot - m_options.startMs;
        if (sinceStart % kDayMs == 9 * kHourMs && slot < claimsEndMs)
            daily(int(sinceStart / kDayMs), slot - 9 * kHourMs);
        m_clock.advanceTo(slot + kSlotMs);
        if (slot < claimsEndMs)
            claimSlot(slot);
        validateDue();
        if ((slot + kSlotMs) % kHourMs == 0) {
            if (!barrier()) {
                result.error = u"the replicas stopped agreeing at %1: a replica is %2 entries behind"_s
                                   .arg(QDateTime::fromMSecsSinceEpoch(slot, Qt::UTC).toString(Qt::ISODate))
                                   .arg(m_published);
                finish(result);
                return result;
            }
            if (offline && offline->online && m_offlineCatchup.isValid() && m_offlineCatchupSeconds == 0 &&
                offline->replica->entryCount() >= m_published)
                m_offlineCatchupSeconds = double(m_offlineCatchup.elapsed()) / 1000.0;
        }
        if (!m_midwayDone && m_options.midway && slot >= m_options.startMs + m_options.days * kDayMs / 2) {
            m_midwayDone = true;
            progress(u"midway"_s);
            m_options.midway();
        }
        if ((slot + kSlotMs - m_options.startMs) % kDayMs == 0)
            progress(u"day %1: %2 entries, %3 s"_s.arg((slot + kSlotMs - m_options.startMs) / kDayMs)
                         .arg(m_published)
                         .arg(double(wall.elapsed()) / 1000.0, 0, 'f', 1));
    }
    if (offline && m_offlineEntriesAtReturn > 0)
        result.offlineCaughtUpEntries = offline->replica->entryCount() - m_offlineEntriesAtReturn;
    result.offlineCatchupSeconds = m_offlineCatchupSeconds;
    finish(result);
    result.wallSeconds = double(wall.elapsed()) / 1000.0;
    return result;
}

void Simulation::finish(SimulationResult &result)
{
    // Everyone should agree now; give stragglers (a member just back) time to finish catching up.
    barrier();
    const std::vector<Node *> nodes = allNodes();
    result.replicas = int(nodes.size());
    result.entries = m_distributor->replica->entryCount();
    std::map<QString, int> headDigests, stateDigests;
    std::optional<ledger::CommunityState> reference;
    for (Node *node : nodes) {
        const QString heads = headsDigest(*node->replica);
        const ledger::CommunityState state = deriveReplicaState(*node->replica, m_genesis);
        const QString digest = state.stateDigest().toHex();
        ++headDigests[heads];
        ++stateDigests[digest];
        if (node == m_distributor.get()) {
            result.headsDigest = heads;
            result.stateDigest = digest;
            reference = state;
        }
        const mqtt::PahoMqttClient::Statistics stats = node->client->statistics();
        result.messagesPublished += stats.published;
        result.messagesReceived += stats.received;
        const ledger::LedgerSync::Statistics sync = node->sync->statistics();
        result.bytesPublished += sync.bytesPublished;
        result.sync.requestsSent += sync.requestsSent;
        result.sync.requestsAnswered += sync.requestsAnswered;
        result.sync.requestsStoodDown += sync.requestsStoodDown;
        result.sync.requestsDropped += sync.requestsDropped;
        result.sync.requestsNotChosen += sync.requestsNotChosen;
        result.sync.replyEntriesSent += sync.replyEntriesSent;
        result.sync.droppedFlood += stats.droppedFlood;
        result.sync.droppedPublishes += stats.droppedPublishes;
        for (const auto &[reason, count] : sync.rejected)
            result.sync.rejected[ledger::rejectReasonName(reason)] += count;
    }
    for (Node *node : nodes) {
        if (headsDigest(*node->replica) != result.headsDigest)
            result.problems << u"%1 has other chain heads (%2 entries, the validator %3)"_s.arg(node->name)
                                   .arg(node->replica->entryCount())
                                   .arg(result.entries);
    }
    if (stateDigests.size() > 1)
        result.problems << u"the replicas derive %1 different states"_s.arg(stateDigests.size());

    (void)m_distributor->replica->forEachEntry([&result](const ledger::Entry &entry, const ledger::Hash &) {
        EntrySizes &sizes = result.entrySizes[ledger::entryTypeName(entry.type())];
        ++sizes.count;
        sizes.bytes += ledger::encode(entry).size();
        return true;
    });
    const Recomputation recomputed = recomputeBalances(*m_distributor->replica, m_config);
    result.distributorBalance = reference->balance(m_distributor->publicKey()).value();
    result.distributorRecomputed = recomputed.balance(m_distributor->publicKey());
    result.feesRecomputed = recomputed.fees;
    result.poolBalance = reference->pool.balance.value();
    result.poolRecomputed = recomputed.pool;
    for (const ledger::Refusal &refusal : reference->refused)
        ++result.refusedByReason[ledger::refusalCodeName(refusal.code)];
    if (!reference->error.isEmpty())
        result.problems << u"the derived state has no genesis: "_s + reference->error;
    for (std::size_t i = 0; i < m_households.size(); ++i) {
        const Node &h = *m_households[i];
        MemberResult m;
        m.name = h.name;
        m.key = h.publicKey().toHex();
        m.balance = reference->balance(h.publicKey()).value();
        m.recomputed = recomputed.balance(h.publicKey());
        m.claims = m_claimsByMember[i];
        if (const auto totals = reference->totals.find(h.publicKey()); totals != reference->totals.end()) {
            m.validated = totals->second.validatedClaims;
            m.refused = totals->second.refusedClaims;
            m.pending = std::int64_t(totals->second.pendingClaims.size());
        }
        if (m.balance != m.recomputed)
            result.problems << u"%1: balance %2 mcr, recomputed %3 mcr"_s.arg(h.name).arg(m.balance).arg(m.recomputed);
        result.members.push_back(m);
    }
    if (result.distributorBalance != result.distributorRecomputed)
        result.problems << u"distributor: balance %1 mcr, recomputed %2 mcr"_s.arg(result.distributorBalance)
                               .arg(result.distributorRecomputed);
    if (result.poolBalance != result.poolRecomputed)
        result.problems << u"pool: balance %1 mcr, recomputed %2 mcr"_s.arg(result.poolBalance).arg(result.poolRecomputed);
    result.tradesOffered = m_tradesOffered;
    result.sync.nudges = m_nudges;
    result.validatorRefusals = m_validatorRefusals;
    result.tradesSettled = int(std::count_if(reference->trades.begin(), reference->trades.end(),
                                             [](const ledger::TradeRecord &t) { return t.settled; }));
    for (const ledger::TradeRecord &t : reference->trades)
        result.tradeDeliveredWh += t.settled ? t.deliveredWh : 0;
    result.grantsPaid = int(std::count_if(reference->grants.begin(), reference->grants.end(),
                                          [](const ledger::GrantRecord &g) { return g.paid; }));
    result.agreed = result.problems.isEmpty();

    for (Node *node : nodes) {
        node->sync.reset();
        node->client->stop();
    }
}

} // namespace

SimulationResult runSimulation(const SimulationOptions &options)
{
    Simulation simulation(options);
    return simulation.run();
}

QString formatText(const SimulationResult &r)
{
    QString out;
    out += u"replicas %1, entries %2, wall time %3 s\n"_s.arg(r.replicas).arg(r.entries).arg(r.wallSeconds, 0, 'f', 1);
    out += u"agreed: %1 (heads %2, state %3)\n"_s.arg(r.agreed ? u"yes"_s : u"NO"_s, r.headsDigest.left(16),
                                                    r.stateDigest.left(16));
    out += u"messages published %1, received %2, payload bytes published %3\n"_s.arg(r.messagesPublished)
               .arg(r.messagesReceived)
               .arg(r.bytesPublished);
    out += u"distributor fees %1 mcr (recomputed %2), pool %3 mcr (recomputed %4)\n"_s.arg(r.distributorBalance)
               .arg(r.distributorRecomputed)
               .arg(r.poolBalance)
               .arg(r.poolRecomputed);
    out += u"trades offered %1, settled %2 (%3 Wh delivered); grants paid %4\n"_s.arg(r.tradesOffered)
               .arg(r.tradesSettled)
               .arg(r.tradeDeliveredWh)
               .arg(r.grantsPaid);
    if (r.offlineCaughtUpEntries > 0)
        out += u"offline member caught up on %1 entries in %2 s\n"_s.arg(r.offlineCaughtUpEntries)
                   .arg(r.offlineCatchupSeconds, 0, 'f', 1);
    out += u"sync: %1 catch-up requests, %2 answered, %3 stood down, %4 left to others, %5 dropped, %6 entries "
           "sent by catch-up, %7 barrier nudges; client drops: %8 flood, %9 offline publishes\n"_s
               .arg(r.sync.requestsSent)
               .arg(r.sync.requestsAnswered)
               .arg(r.sync.requestsStoodDown)
               .arg(r.sync.requestsNotChosen)
               .arg(r.sync.requestsDropped)
               .arg(r.sync.replyEntriesSent)
               .arg(r.sync.nudges)
               .arg(r.sync.droppedFlood)
               .arg(r.sync.droppedPublishes);
    for (const auto &[reason, count] : r.sync.rejected)
        out += u"sync verdicts %1: %2\n"_s.arg(reason).arg(count);
    for (const auto &[type, sizes] : r.entrySizes)
        out += u"entries %1: %2, %3 bytes on average\n"_s.arg(type).arg(sizes.count).arg(sizes.bytes / std::max<std::int64_t>(1, sizes.count));
    for (const auto &[reason, count] : r.refusedByReason)
        out += u"refused (%1): %2\n"_s.arg(reason).arg(count);
    for (const auto &[reason, count] : r.validatorRefusals)
        out += u"claims the validator refused (%1): %2\n"_s.arg(reason).arg(count);
    for (const MemberResult &m : r.members)
        out += u"%1 %2 balance %3 mcr (recomputed %4), claims %5, validated %6, refused %7, pending %8\n"_s
                   .arg(m.name, m.key.left(12))
                   .arg(m.balance)
                   .arg(m.recomputed)
                   .arg(m.claims)
                   .arg(m.validated)
                   .arg(m.refused)
                   .arg(m.pending);
    for (const QString &p : r.problems)
        out += u"PROBLEM: "_s + p + u'\n';
    return out;
}

QString formatJson(const SimulationResult &r)
{
    QJsonArray members;
    for (const MemberResult &m : r.members)
        members.append(QJsonObject{{u"name"_s, m.name},
                                   {u"key"_s, m.key},
                                   {u"balanceMilliCredits"_s, qint64(m.balance)},
                                   {u"recomputedMilliCredits"_s, qint64(m.recomputed)},
                                   {u"claims"_s, qint64(m.claims)},
                                   {u"validated"_s, qint64(m.validated)},
                                   {u"refused"_s, qint64(m.refused)},
                                   {u"pending"_s, qint64(m.pending)}});
    QJsonObject refused, validatorRefused, sizes;
    for (const auto &[type, size] : r.entrySizes)
        sizes[type] = QJsonObject{{u"count"_s, qint64(size.count)}, {u"bytes"_s, qint64(size.bytes)}};
    for (const auto &[reason, count] : r.refusedByReason)
        refused[reason] = qint64(count);
    for (const auto &[reason, count] : r.validatorRefusals)
        validatorRefused[reason] = qint64(count);
    const QJsonObject json{
        {u"agreed"_s, r.agreed},
        {u"replicas"_s, r.replicas},
        {u"entries"_s, qint64(r.entries)},
        {u"headsDigest"_s, r.headsDigest},
        {u"stateDigest"_s, r.stateDigest},
        {u"distributorMilliCredits"_s, qint64(r.distributorBalance)},
        {u"distributorRecomputedMilliCredits"_s, qint64(r.distributorRecomputed)},
        {u"poolMilliCredits"_s, qint64(r.poolBalance)},
        {u"poolRecomputedMilliCredits"_s, qint64(r.poolRecomputed)},
        {u"tradesOffered"_s, r.tradesOffered},
        {u"tradesSettled"_s, r.tradesSettled},
        {u"tradeDeliveredWh"_s, qint64(r.tradeDeliveredWh)},
        {u"grantsPaid"_s, r.grantsPaid},
        {u"refused"_s, refused},
        {u"claimsRefusedByValidator"_s, validatorRefused},
        {u"entrySizes"_s, sizes},
        {u"wallSeconds"_s, r.wallSeconds},
        {u"messagesPublished"_s, qint64(r.messagesPublished)},
        {u"messagesReceived"_s, qint64(r.messagesReceived)},
        {u"bytesPublished"_s, qint64(r.bytesPublished)},
        {u"offlineCaughtUpEntries"_s, qint64(r.offlineCaughtUpEntries)},
        {u"offlineCatchupSeconds"_s, r.offlineCatchupSeconds},
        {u"members"_s, members},
        {u"problems"_s, QJsonArray::fromStringList(r.problems)},
    };
    return QString::fromUtf8(QJsonDocument(json).toJson());
}

} // namespace commonwatt::community

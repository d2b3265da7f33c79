// A demo community for the Community page's tests and screenshots: a real replica (SQLite) in a folder,
// entries built and signed with real keys as the stewards, the distributor, the household and three
// neighbours would publish them, and the CommunityModel fed with the snapshot the LedgerService's worker
// would derive (buildCommunitySnapshot over deriveState). The household's own actions are signed with its key
// and stored in the replica, as the worker does; only the broker is left out.
//
// What it holds, relative to `nowMs` at construction: the household (a steward too, dwelling "demo-home")
// with eight validated slots of solar export three days ago (a balance of a few credits), a sale settled
// then, a donation to the pool, and an acceptance of a neighbour's offer; neighbours with validated slots
// (the reputation board), one of them named on the board; an open offer for tomorrow; a capital contribution;
// a grant request for a home battery with one steward's approval.
#pragma once

#include "communitymodel.h"
#include "communitysnapshot.h"

#include "ledger/claim.h"
#include "ledger/encoding.h"
#include "ledger/replica.h"
#include "ledger/state.h"
#include "ledger/validator.h"

#include <commonwatt/clock.h>

#include <QDateTime>
#include <QDir>
#include <QJsonObject>
#include <QTimeZone>

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace commonwatt::testing {

class DemoCommunity
{
public:
    static constexpr std::int64_t kSlotMs = 15 * 60 * 1000;
    static constexpr std::int64_t kHourMs = 60 * 60 * 1000;
    static constexpr std::int64_t kDayMs = 24 * kHourMs;

    static ledger::SecretKey key(std::uint8_t fill)
    {
        ledger::Seed seed;
        seed.bytes.fill(fill);
        return *ledger::SecretKey::fromSeed(seed);
    }

    // The community's time zone: the system's, as the demo household's, when a configuration accepts it
    // (an IANA name), else UTC.
    static QString zoneId()
    {
        const QString id = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        const currency::ConfigParseResult parsed =
            currency::parseCommunityConfig({{QStringLiteral("timeZone"), id}});
        return parsed.ok() ? id : QStringLiteral("UTC");
    }

    DemoCommunity(const Clock &clock, const QString &directory, bool populate = true)
        : m_clock(clock)
    {
        QDir().mkpath(directory);
        if (const auto error = m_replica.open(QDir(directory).filePath(QStringLiteral("ledger.sqlite"))))
            qFatal("demo community: %s", qPrintable(*error));
        const std::int64_t now = clock.nowMs();
        // Slot-aligned start of the day three days ago, community time.
        const QTimeZone zone(zoneId().toUtf8());
        const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
        const std::int64_t threeDaysAgo = QDateTime(today.addDays(-3), QTime(0, 0), zone).toMSecsSinceEpoch();
        const std::int64_t tomorrow = QDateTime(today.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
        config = currency::CommunityConfig::defaults(zoneId());
        config.distributor = distributor.publicKey().toHex();

        genesis = add(stewardA, ledger::CommunityConfiguration{configJson(), 0}, threeDaysAgo - 10 * kDayMs);
        join(household, QStringLiteral("demo-home"), threeDaysAgo - 9 * kDayMs);
        join(neighbourA, QStringLiteral("flat-2"), threeDaysAgo - 9 * kDayMs + 1);
        join(neighbourB, QStringLiteral("flat-3"), threeDaysAgo - 9 * kDayMs + 2);
        join(neighbourC, QStringLiteral("flat-4"), threeDaysAgo - 9 * kDayMs + 3);
        if (!populate)
            return;
        // Solar around noon three days ago: the household exports most, the neighbours less.
        const std::int64_t noon = threeDaysAgo + 11 * kHourMs;
        // A sale settled: the household offered 1 kWh for 11:00-12:00 at 0.20 cr/kWh, neighbour A took 0.6
        // kWh, 0.5 kWh were delivered (0.10 cr paid).
        soldOffer =
            add(household, ledger::TradeOffer{noon, noon + 3 * kSlotMs, 1'000, 200, 4}, noon - 2 * kHourMs);
        m_sold = add(neighbourA, ledger::TradeAcceptance{soldOffer, 600}, noon - kHourMs);
        for (int i = 0; i < 8; ++i) {
            const std::int64_t slot = noon + i * kSlotMs;
            claimAndValidate(household, slot, 0, 800, 900);
            if (i < 5)
                claimAndValidate(neighbourA, slot, 100, 500, 600);
            if (i < 2)
                claimAndValidate(neighbourB, slot, 300, 200, 300);
            claimAndValidate(neighbourC, slot, 400, 0, 0);
        }
        const std::int64_t later = noon + 52 * kHourMs; // after the validations
        add(distributor, ledger::TradeSettlement{m_sold, 500, 100}, later - 1);
        add(neighbourA,
            ledger::TradeOffer{tomorrow + 12 * kHourMs, tomorrow + 14 * kHourMs - kSlotMs, 2'000, 300, 4},
            later);
        offerB =
            add(neighbourB,
                ledger::TradeOffer{tomorrow + 17 * kHourMs, tomorrow + 18 * kHourMs - kSlotMs, 1'000, 250, 4},
                later + 1);
        add(household, ledger::TradeAcceptance{offerB, 500}, later + 2);
        add(neighbourC, ledger::Contribution{ledger::Contribution::CapitalPurchase, 50'000}, later + 3);
        add(household, ledger::Contribution{ledger::Contribution::Donation, 1'000}, later + 4);
        grant = add(neighbourA, ledger::GrantRequest{QStringLiteral("a home battery"), 4'000, 0}, later + 5);
        add(stewardA, ledger::StewardApproval{grant, true}, later + 6);
        displayNames[neighbourA.publicKey()] = QStringLiteral("Sunny Row 2");
    }

    // Feeds model with the snapshot and routes its actions here: signed with the household's key and stored
    // in the replica at once, or, with holdPublishes, when deliver() is called (to see them pending).
    void attach(app::CommunityModel &model)
    {
        m_model = &model;
        model.setPublisher(
            [this](quint64 request, const ledger::Payload &payload) {
                m_held.push_back({request, payload});
                if (!holdPublishes)
                    deliver();
            },
            [this](const QString &name) {
                if (name.isEmpty())
                    displayNames.erase(household.publicKey());
                else
                    displayNames[household.publicKey()] = name;
                refresh();
            },
            QStringLiteral("Demo community"));
        refresh();
    }

    void deliver()
    {
        while (!m_held.empty()) {
            auto [request, payload] = m_held.front();
            m_held.pop_front();
            const std::int64_t now = std::max<std::int64_t>(m_clock.nowMs(), m_lastOwnMs + 1);
            ledger::Entry entry = next(household, std::move(payload), now);
            const QByteArray bytes = ledger::encode(entry);
            const auto stored = m_replica.submit(bytes, now);
            QString error = stored.error;
            if (error.isEmpty() && !stored.results.front().verdict.accepted())
                error = stored.results.front().verdict.text;
            if (error.isEmpty())
                m_lastOwnMs = entry.timestampMs;
            if (m_model)
                m_model->publishFinished(request, error.isEmpty() ? entry.hash().toHex() : QString(), error);
        }
        refresh();
    }

    // A signed entry of key's chain, stored in the replica; its hash.
    ledger::Hash add(const ledger::SecretKey &key, ledger::Payload payload, std::int64_t timestampMs)
    {
        ledger::Entry entry = next(key, std::move(payload), timestampMs);
        const auto stored = m_replica.submit(ledger::encode(entry), timestampMs);
        if (!stored.error.isEmpty() || !stored.results.front().verdict.accepted())
            qFatal("demo community: entry refused: %s",
                   qPrintable(stored.error.isEmpty() ? stored.results.front().verdict.text : stored.error));
        if (key.publicKey() == household.publicKey())
            m_lastOwnMs = std::max(m_lastOwnMs, timestampMs);
        return entry.hash();
    }

    ledger::CommunityState state() const
    {
        std::vector<ledger::HashedEntry> entries;
        (void)m_replica.forEachEntry([&](const ledger::Entry &entry, const ledger::Hash &hash) {
            entries.push_back({entry, hash});
            return true;
        });
        return ledger::deriveState(genesis, entries);
    }

    // What the household sees, or (for tests) what the member `as` sees.
    std::shared_ptr<const app::CommunitySnapshot> snapshot(std::optional<ledger::PublicKey> as = {}) const
    {
        return std::make_shared<const app::CommunitySnapshot>(app::buildCommunitySnapshot(
            m_replica, state(), as.value_or(household.publicKey()), m_clock.nowMs(), displayNames));
    }

    void refresh()
    {
        if (m_model)
            m_model->setSnapshot(snapshot());
    }

    // Claimed by member for slot (sealed to the distributor and the stewards) and validated by the
    // distributor's validator with the claim's own import and export.
    void claimAndValidate(const ledger::SecretKey &member, std::int64_t slot, std::int64_t importWh,
                          std::int64_t exportWh, std::int64_t pvWh)
    {
        ledger::ClaimContent content;
        content.salt.bytes.fill(0x5a);
        content.slotStartMs = slot;
        content.importWh = importWh;
        content.exportWh = exportWh;
        content.pvWh = pvWh;
        const std::vector<ledger::PublicKey> to{distributor.publicKey(), stewardA.publicKey(),
                                                household.publicKey(), stewardC.publicKey()};
        const ledger::SealResult sealed = ledger::sealMeterClaim(content, to);
        const ledger::Hash claim = add(member, *sealed.claim, slot + kSlotMs + 60'000);
        const ledger::GridLevelFlows flows{{1'000, 500}, {20'000, 12'000}, {300'000, 310'000}};
        const currency::MeasuredSignals measured{300.0, 0.2, 0.4, std::nullopt};
        add(distributor,
            ledger::validateClaim(config, joins.at(member.publicKey()), claim, content, {importWh, exportWh},
                                  flows, measured),
            slot + 49 * kHourMs);
    }

    QString configJson() const
    {
        return QStringLiteral(R"({"timeZone": "%1", "stewards": ["%2", "%3", "%4"], "stewardThreshold": 2, )"
                              R"("distributor": "%5"})")
            .arg(zoneId(), stewardA.publicKey().toHex(), household.publicKey().toHex(),
                 stewardC.publicKey().toHex(), distributor.publicKey().toHex());
    }

    void join(const ledger::SecretKey &member, const QString &dwelling, std::int64_t timestampMs)
    {
        ledger::MembershipJoin j{member.publicKey(),
                                 dwelling,
                                 QStringLiteral("meter-") + dwelling,
                                 QStringLiteral("feeder-7"),
                                 QStringLiteral("sub-2"),
                                 QStringLiteral("north"),
                                 10'000,
                                 8'000,
                                 6'000,
                                 QStringLiteral("[]")};
        joins[member.publicKey()] = j;
        add(distributor, j, timestampMs);
    }

    ledger::SecretKey stewardA = key(0x01), stewardC = key(0x03), distributor = key(0x10);
    ledger::SecretKey household = key(0x21), neighbourA = key(0x22), neighbourB = key(0x23),
                      neighbourC = key(0x24);
    currency::CommunityConfig config;
    ledger::Hash genesis;
    ledger::Hash offerB;
    ledger::Hash soldOffer;
    ledger::Hash grant;
    std::map<ledger::PublicKey, ledger::MembershipJoin> joins;
    std::map<ledger::PublicKey, QString> displayNames;
    bool holdPublishes = false;

private:
    ledger::Entry next(const ledger::SecretKey &key, ledger::Payload payload, std::int64_t timestampMs)
    {
        const ledger::ChainHead head = m_replica.head(key.publicKey());
        ledger::Entry entry;
        entry.sequence = head.sequence + 1;
        entry.previous = head.hash;
        entry.timestampMs = timestampMs;
        entry.payload = std::move(payload);
        entry.sign(key);
        return entry;
    }

    const Clock &m_clock;
    ledger::LedgerReplica m_replica;
    app::CommunityModel *m_model = nullptr;
    std::deque<std::pair<quint64, ledger::Payload>> m_held;
    std::int64_t m_lastOwnMs = 0;
    ledger::Hash m_sold; // neighbour A's acceptance of the household's past offer
};

} // namespace commonwatt::testing

#include "communitysnapshot.h"

#include "currency/exact.h"
#include "currency/reputation.h"
#include "currency/slotsettlement.h"
#include "ledger/validator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QtEndian>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {
constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;
constexpr std::int64_t kGrantApprovalWindowMs = 60 * kDayMs; // L21
constexpr std::int64_t kLargeGrantDelayMs = 7 * kDayMs;      // L23

// A grant over 10% of the pool needs one more approval and waits 7 days after the last (L23).
bool largeGrant(std::int64_t amount, const ledger::PoolAccount &pool)
{
    return currency::Int128(amount) * 10 > currency::Int128(pool.balance.value());
}

// The records of one kind by their entry's hash: the feed looks one up per referring entry.
template<typename Record> class ByHash
{
public:
    ByHash(const std::vector<Record> &records, ledger::Hash Record::*field)
    {
        for (const Record &record : records)
            m_index.emplace(record.*field, &record);
    }
    [[nodiscard]] const Record *find(const ledger::Hash &hash) const
    {
        const auto found = m_index.find(hash);
        return found == m_index.end() ? nullptr : found->second;
    }

private:
    std::map<ledger::Hash, const Record *> m_index;
};

// The net credits a validation moved for its member (giving - taking - fossil), as the state settled it.
std::int64_t validationNet(const ledger::CommunityState &state, const ledger::Validation &validation)
{
    if (!validation.accepted)
        return 0;
    const ledger::ConfigurationRecord *record = state.configurationAt(validation.slotStartMs);
    const auto member = state.members.find(validation.member);
    if (!record || member == state.members.end())
        return 0;
    const currency::SlotSettlement settled =
        ledger::settleValidation(record->config, validation, member->second.join.pvPeakW);
    return settled.breakdown ? settled.breakdown->net().value() : 0;
}

// The reputation window: the reputationDays community-local days before the last midnight.
std::pair<std::int64_t, std::int64_t> reputationWindow(const currency::CommunityConfig &config,
                                                       std::int64_t nowMs)
{
    QTimeZone zone(config.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    return {QDateTime(today.addDays(-config.reputationDays), QTime(0, 0), zone).toMSecsSinceEpoch(),
            QDateTime(today, QTime(0, 0), zone).toMSecsSinceEpoch()};
}
} // namespace

std::int64_t offerPriceCapMilliCredits(const currency::CommunityConfig &config)
{
    const currency::Weight weight = currency::gridWeight(config, 2 * config.referenceIntensity, 1000);
    return std::int64_t((weight.num * 1000) / weight.den);
}

CommunitySnapshot buildCommunitySnapshot(const ledger::LedgerReplica &replica,
                                         const ledger::CommunityState &state, const ledger::PublicKey &me,
                                         std::int64_t nowMs,
                                         const std::map<ledger::PublicKey, QString> &displayNames)
{
    CommunitySnapshot s;
    s.derived = true;
    s.error = state.error;
    s.me = me;
    s.nowMs = nowMs;
    s.asOfMs = state.asOfMs;
    if (!state.error.isEmpty())
        return s;
    const ledger::ConfigurationRecord *inForce = state.configurationAt(std::max(nowMs, state.asOfMs));
    if (inForce) {
        s.config = inForce->config;
        s.stewards = inForce->stewards;
        s.stewardThreshold = inForce->config.stewardThreshold;
        s.steward = inForce->stewards.contains(me);
    }
    const auto member = state.members.find(me);
    s.joined = member != state.members.end() && !member->second.left;
    if (member != state.members.end()) {
        s.dwelling = member->second.join.dwelling;
        s.exportLimitW = member->second.join.exportLimitW;
    }
    for (const auto &[key, record] : state.members)
        s.memberCount += record.left ? 0 : 1;
    s.balance = state.balance(me);
    s.pool = state.pool;

    std::map<ledger::Hash, const ledger::Refusal *> refusals;
    for (const ledger::Refusal &refusal : state.refused)
        refusals.emplace(refusal.entry, &refusal);
    auto sameDwelling = [&](const ledger::PublicKey &other) {
        if (other == me)
            return true;
        const auto found = state.members.find(other);
        return s.joined && found != state.members.end() && found->second.join.dwelling == s.dwelling;
    };

    const ByHash<ledger::OfferRecord> offers(state.offers, &ledger::OfferRecord::entry);
    const ByHash<ledger::TradeRecord> trades(state.trades, &ledger::TradeRecord::acceptance);
    const ByHash<ledger::GrantRecord> grants(state.grants, &ledger::GrantRecord::request);

    // The feed: every entry, with the numbers of its sentence.
    std::map<ledger::Hash, std::int64_t> timestamps;
    std::map<ledger::Hash, ledger::EntryType> types;
    (void)replica.forEachEntry([&](const ledger::Entry &entry, const ledger::Hash &hash) {
        timestamps.emplace(hash, entry.timestampMs);
        types.emplace(hash, entry.type());
        FeedItem item;
        item.type = entry.type();
        item.hash = hash;
        item.participant = entry.participant;
        item.sequence = entry.sequence;
        item.timestampMs = entry.timestampMs;
        item.mine = entry.participant == me;
        if (const auto refused = refusals.find(hash); refused != refusals.end()) {
            item.refused = true;
            item.refusalCode = refused->second->code;
            item.refusalText = refused->second->text;
        }
        if (item.mine)
            s.ownEntries.emplace(hash, item.refused ? std::optional(*refusals.at(hash)) : std::nullopt);
        std::visit(
            [&](const auto &payload) {
                using T = std::decay_t<decltype(payload)>;
                if constexpr (std::is_same_v<T, ledger::MeterClaim>) {
                    item.firstMs = item.lastMs = payload.slotStartMs;
                } else if constexpr (std::is_same_v<T, ledger::Validation>) {
                    item.other = payload.member;
                    item.aboutMe = payload.member == me;
                    item.firstMs = item.lastMs = payload.slotStartMs;
                    item.flag = payload.accepted;
                    item.text = payload.reason;
                    item.milliCredits = item.refused ? 0 : validationNet(state, payload);
                } else if constexpr (std::is_same_v<T, ledger::TradeOffer>) {
                    item.firstMs = payload.firstSlotMs;
                    item.lastMs = payload.lastSlotMs;
                    item.energyWh = payload.energyWh;
                    item.milliCredits = payload.priceMilliCreditsPerKWh;
                    item.number = payload.maxHops;
                } else if constexpr (std::is_same_v<T, ledger::TradeAcceptance>) {
                    item.energyWh = payload.energyWh;
                    if (const auto *offer = offers.find(payload.offer)) {
                        item.other = offer->seller;
                        item.aboutMe = offer->seller == me;
                        item.milliCredits = offer->offer.priceMilliCreditsPerKWh;
                        item.firstMs = offer->offer.firstSlotMs;
                        item.lastMs = offer->offer.lastSlotMs;
                    }
                } else if constexpr (std::is_same_v<T, ledger::TradeSettlement>) {
                    item.energyWh = payload.deliveredWh;
                    item.milliCredits = payload.paymentMilliCredits;
                    if (const auto *trade = trades.find(payload.acceptance)) {
                        item.other = trade->buyer;
                        item.aboutMe = trade->buyer == me || trade->seller == me;
                        item.number = trade->seller == me ? 1 : (trade->buyer == me ? 2 : 0);
                        item.firstMs = trade->firstSlotMs;
                    }
                } else if constexpr (std::is_same_v<T, ledger::GridEvent>) {
                    item.text = payload.eventId;
                    item.firstMs = payload.firstSlotMs;
                    item.lastMs = payload.lastSlotMs;
                    item.milliCredits = payload.rateMilliCreditsPerKWh;
                } else if constexpr (std::is_same_v<T, ledger::GridEventResponse>) {
                    item.flag = payload.accepted;
                } else if constexpr (std::is_same_v<T, ledger::Contribution>) {
                    item.number = payload.kind;
                    item.milliCredits = payload.amountMilliCredits;
                } else if constexpr (std::is_same_v<T, ledger::GrantRequest>) {
                    item.text = payload.purpose;
                    item.milliCredits = payload.amountMilliCredits;
                } else if constexpr (std::is_same_v<T, ledger::StewardApproval>) {
                    item.flag = payload.approved;
                    const auto subject = types.find(payload.subject);
                    item.number = subject == types.end() ? 0 : int(subject->second);
                    if (const auto *grant = grants.find(payload.subject)) {
                        item.other = grant->requester;
                        item.aboutMe = grant->requester == me;
                        item.text = grant->details.purpose;
                        item.milliCredits = grant->details.amountMilliCredits;
                    }
                } else if constexpr (std::is_same_v<T, ledger::GrantPayment>) {
                    item.milliCredits = payload.amountMilliCredits;
                    if (const auto *grant = grants.find(payload.request)) {
                        item.other = grant->requester;
                        item.aboutMe = grant->requester == me;
                        item.text = grant->details.purpose;
                    }
                } else if constexpr (std::is_same_v<T, ledger::CommunityConfiguration>) {
                    item.firstMs = payload.effectiveFromSlotMs;
                    item.flag = hash == state.genesis; // the founding configuration
                } else if constexpr (std::is_same_v<T, ledger::MembershipJoin>) {
                    item.other = payload.member;
                    item.aboutMe = payload.member == me;
                } else if constexpr (std::is_same_v<T, ledger::MembershipLeave>) {
                    item.other = payload.member;
                    item.aboutMe = payload.member == me;
                    item.text = payload.reason;
                }
            },
            entry.payload);
        s.feed.push_back(std::move(item));
        return true;
    });
    auto newestFirst = [](const FeedItem &a, const FeedItem &b) {
        return std::tie(a.timestampMs, a.participant, a.sequence) >
               std::tie(b.timestampMs, b.participant, b.sequence);
    };
    std::sort(s.feed.begin(), s.feed.end(), newestFirst);

    auto timestampOf = [&](const ledger::Hash &hash) {
        const auto found = timestamps.find(hash);
        return found == timestamps.end() ? std::int64_t(0) : found->second;
    };
    const std::int64_t slotMs = s.config.slotSeconds() * 1000;
    for (const ledger::OfferRecord &record : state.offers) {
        OfferView view;
        view.entry = record.entry;
        view.seller = record.seller;
        view.offer = record.offer;
        view.acceptedWh = record.acceptedWh;
        view.timestampMs = timestampOf(record.entry);
        view.mine = record.seller == me;
        view.open = nowMs < record.offer.lastSlotMs + slotMs && view.remainingWh() > 0;
        s.offers.push_back(view);
    }
    std::sort(s.offers.begin(), s.offers.end(),
              [](const OfferView &a, const OfferView &b) { return a.timestampMs > b.timestampMs; });
    for (const ledger::TradeRecord &trade : state.trades) {
        if (trade.seller != me && trade.buyer != me)
            continue;
        TradeView view;
        view.trade = trade;
        view.sold = trade.seller == me;
        if (const auto *offer = offers.find(trade.offer))
            view.priceMilliCreditsPerKWh = offer->offer.priceMilliCreditsPerKWh;
        s.myTrades.push_back(view);
    }
    std::reverse(s.myTrades.begin(), s.myTrades.end());
    for (const ledger::GrantRecord &grant : state.grants) {
        GrantView view;
        view.grant = grant;
        view.timestampMs = grant.requestedAtMs;
        view.mine = grant.requester == me;
        view.ownDwelling = sameDwelling(grant.requester);
        const bool large = largeGrant(grant.details.amountMilliCredits, state.pool);
        view.needed = grant.threshold + (large ? 1 : 0);
        if (large) {
            std::int64_t last = 0;
            for (const auto &[steward, at] : grant.approvals)
                last = std::max(last, at);
            view.payableFromMs = last + kLargeGrantDelayMs;
        }
        s.grants.push_back(view);
    }
    std::reverse(s.grants.begin(), s.grants.end());

    // The board: every joined member's giving and reliability parts over the reputation window. The clean
    // part needs the household's clean share, which is not on the ledger, so it is left out for everyone.
    const auto [fromMs, toMs] = reputationWindow(s.config, nowMs);
    std::vector<std::pair<std::int64_t, ledger::PublicKey>> points;
    for (const auto &[key, record] : state.members) {
        if (record.left)
            continue;
        const currency::Reputation reputation =
            currency::computeReputation(state.reputationInputs(key, fromMs, toMs, 0));
        points.emplace_back(reputation.givingPart + reputation.reliabilityPart, key);
    }
    std::sort(points.begin(), points.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (std::size_t i = 0; i < points.size(); ++i) {
        BoardRow row;
        row.rank = (i > 0 && points[i].first == points[i - 1].first) ? s.board.back().rank : int(i) + 1;
        row.points = points[i].first;
        row.me = points[i].second == me;
        if (const auto name = displayNames.find(points[i].second); name != displayNames.end())
            row.displayName = name->second;
        s.board.push_back(row);
    }
    return s;
}

namespace {
const GrantView *findGrant(const CommunitySnapshot &snapshot, const ledger::Hash &request)
{
    for (const GrantView &grant : snapshot.grants) {
        if (grant.grant.request == request)
            return &grant;
    }
    return nullptr;
}
} // namespace

ActionCheck checkOffer(const CommunitySnapshot &snapshot, const ledger::TradeOffer &offer, std::int64_t nowMs)
{
    if (!snapshot.derived || !snapshot.joined)
        return {ActionCheck::NoCommunity};
    const std::int64_t slotMs = snapshot.config.slotSeconds() * 1000;
    if (offer.firstSlotMs > offer.lastSlotMs || offer.firstSlotMs % slotMs != 0 ||
        offer.lastSlotMs % slotMs != 0)
        return {ActionCheck::BadSlotRange};
    if (offer.firstSlotMs < nowMs)
        return {ActionCheck::SlotInThePast};
    if (offer.lastSlotMs >= nowMs + kMaxOfferAheadMs)
        return {ActionCheck::TooFarAhead};
    if (offer.energyWh <= 0)
        return {ActionCheck::NoEnergy};
    // The export limit over the range: floor(P * slotMinutes / 60) Wh per slot (V3).
    const std::int64_t slotCount = (offer.lastSlotMs - offer.firstSlotMs) / slotMs + 1;
    const std::int64_t limitWh = slotCount * (snapshot.exportLimitW * snapshot.config.slotMinutes / 60);
    if (offer.energyWh > limitWh)
        return {ActionCheck::BeyondExportLimit, limitWh};
    if (offer.priceMilliCreditsPerKWh < 0)
        return {ActionCheck::PriceNegative};
    const std::int64_t cap = offerPriceCapMilliCredits(snapshot.config);
    if (offer.priceMilliCreditsPerKWh > cap)
        return {ActionCheck::PriceAboveCap, cap};
    if (offer.maxHops > 4)
        return {ActionCheck::BadHops};
    return {};
}

ActionCheck checkAcceptance(const CommunitySnapshot &snapshot, const ledger::Hash &offer,
                            std::int64_t energyWh, std::int64_t nowMs)
{
    if (!snapshot.derived || !snapshot.joined)
        return {ActionCheck::NoCommunity};
    const auto found = std::find_if(snapshot.offers.begin(), snapshot.offers.end(),
                                    [&](const OfferView &view) { return view.entry == offer; });
    if (found == snapshot.offers.end())
        return {ActionCheck::UnknownOffer};
    if (found->mine)
        return {ActionCheck::OwnOffer};
    const std::int64_t slotMs = snapshot.config.slotSeconds() * 1000;
    if (nowMs >= found->offer.lastSlotMs + slotMs || found->remainingWh() <= 0)
        return {ActionCheck::OfferClosed};
    if (energyWh <= 0)
        return {ActionCheck::NoEnergy};
    if (energyWh > found->remainingWh())
        return {ActionCheck::BeyondRemaining, found->remainingWh()};
    // What the settlement will ask of the buyer at most (L16): the balance must cover it.
    const std::int64_t cost = currency::roundHalfEven(
        currency::Int128(energyWh) * found->offer.priceMilliCreditsPerKWh, currency::Int128(1000));
    if (cost > 0 && snapshot.balance.value() < cost)
        return {ActionCheck::BalanceTooLow, snapshot.balance.value(), cost};
    return {};
}

ActionCheck checkContribution(const CommunitySnapshot &snapshot, std::int64_t milliCredits)
{
    if (!snapshot.derived || !snapshot.joined)
        return {ActionCheck::NoCommunity};
    if (milliCredits <= 0)
        return {ActionCheck::NoAmount};
    if (snapshot.balance.value() < milliCredits)
        return {ActionCheck::BalanceTooLow, snapshot.balance.value(), milliCredits};
    return {};
}

ActionCheck checkGrantRequest(const CommunitySnapshot &snapshot, const QString &purpose,
                              std::int64_t milliCredits)
{
    if (!snapshot.derived || !snapshot.joined)
        return {ActionCheck::NoCommunity};
    if (purpose.trimmed().isEmpty())
        return {ActionCheck::NoPurpose};
    if (purpose.size() > kMaxGrantPurposeLength)
        return {ActionCheck::PurposeTooLong, kMaxGrantPurposeLength};
    if (milliCredits <= 0)
        return {ActionCheck::NoAmount};
    return {};
}

ActionCheck checkApproval(const CommunitySnapshot &snapshot, const ledger::Hash &request, bool approve,
                          std::int64_t nowMs)
{
    if (!snapshot.derived)
        return {ActionCheck::NoCommunity};
    const GrantView *grant = findGrant(snapshot, request);
    if (!grant)
        return {ActionCheck::UnknownGrant};
    if (!grant->grant.stewards.contains(snapshot.me))
        return {ActionCheck::NotSteward};
    if (grant->ownDwelling)
        return {ActionCheck::OwnGrant};
    if (grant->grant.paid)
        return {ActionCheck::GrantPaid};
    if (nowMs > grant->grant.requestedAtMs + kGrantApprovalWindowMs)
        return {ActionCheck::ApprovalTooLate};
    const bool standing = grant->grant.approvals.contains(snapshot.me);
    if (approve && standing)
        return {ActionCheck::AlreadyApproved};
    if (!approve && !standing)
        return {ActionCheck::NotApproved};
    return {};
}

ActionCheck checkGrantPayment(const CommunitySnapshot &snapshot, const ledger::Hash &request,
                              std::int64_t nowMs)
{
    if (!snapshot.derived || !snapshot.joined)
        return {ActionCheck::NoCommunity};
    const GrantView *grant = findGrant(snapshot, request);
    if (!grant)
        return {ActionCheck::UnknownGrant};
    if (grant->grant.paid)
        return {ActionCheck::GrantPaid};
    const std::int64_t standing = std::int64_t(grant->grant.approvals.size());
    if (standing < grant->needed)
        return {ActionCheck::NeedsApprovals, grant->needed, standing};
    if (grant->payableFromMs > nowMs)
        return {ActionCheck::WaitingPeriod, grant->payableFromMs};
    if (snapshot.pool.balance.value() < grant->grant.details.amountMilliCredits)
        return {ActionCheck::PoolTooSmall, snapshot.pool.balance.value()};
    return {};
}

namespace {
QByteArray profileSigningInput(const ledger::PublicKey &member, const QString &displayName,
                               std::int64_t timestampMs)
{
    QByteArray input(kProfileFormat);
    input.append('\0');
    input.append(member.view().toByteArray());
    char time[8];
    qToBigEndian(timestampMs, time);
    input.append(time, 8);
    input.append(displayName.toUtf8());
    return input;
}
} // namespace

QString profileTopic(const QString &communityTopicId, const ledger::PublicKey &member)
{
    return u"commonwatt/community/%1/profile/%2"_s.arg(communityTopicId, member.toHex());
}

QString profileTopicFilter(const QString &communityTopicId)
{
    return u"commonwatt/community/%1/profile/+"_s.arg(communityTopicId);
}

QByteArray encodeProfile(const ledger::SecretKey &key, const QString &displayName, std::int64_t timestampMs)
{
    const ledger::Signature signature =
        key.sign(profileSigningInput(key.publicKey(), displayName, timestampMs));
    QJsonObject object{{u"format"_s, QString::fromLatin1(kProfileFormat)},
                       {u"member"_s, key.publicKey().toHex()},
                       {u"displayName"_s, displayName},
                       {u"timestampMs"_s, qint64(timestampMs)},
                       {u"signature"_s, QString::fromLatin1(signature.view().toByteArray().toHex())}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Profile> decodeProfile(const QString &topic, const QByteArray &payload, QString *error)
{
    auto fail = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    if (payload.isEmpty())
        return std::nullopt;
    const QString keyHex = topic.section(u'/', -1);
    const auto member = ledger::PublicKey::fromHex(keyHex.toLatin1());
    if (keyHex.size() != 64 || !member)
        return fail(topic + u": the topic does not end in a member's key"_s);
    const QJsonObject object = QJsonDocument::fromJson(payload).object();
    if (object.value(u"format"_s).toString() != QLatin1StringView(kProfileFormat))
        return fail(topic + u": field \"format\" is not "_s + QLatin1StringView(kProfileFormat));
    if (object.value(u"member"_s).toString() != member->toHex())
        return fail(topic + u": field \"member\" is not the topic's key"_s);
    Profile profile;
    profile.member = *member;
    profile.displayName = object.value(u"displayName"_s).toString();
    if (profile.displayName.trimmed().isEmpty() || profile.displayName.size() > kMaxDisplayNameLength)
        return fail(topic +
                    u": field \"displayName\" must have 1 to %1 characters"_s.arg(kMaxDisplayNameLength));
    profile.timestampMs = object.value(u"timestampMs"_s).toInteger(-1);
    if (profile.timestampMs < 0)
        return fail(topic + u": field \"timestampMs\" is missing"_s);
    const auto signature = ledger::Signature::fromHex(object.value(u"signature"_s).toString().toLatin1());
    if (!signature ||
        !ledger::verify(*member, profileSigningInput(*member, profile.displayName, profile.timestampMs),
                        *signature))
        return fail(topic + u": field \"signature\" is not the member's"_s);
    return profile;
}

} // namespace commonwatt::app

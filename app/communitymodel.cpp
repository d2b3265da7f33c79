#include "communitymodel.h"

#include "dashboardmodel.h"
#include "ledgerservice.h"

#include "config/configstore.h"

#include <commonwatt/clock.h>

#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {
constexpr int kShownActions = 5;

// "2", "1.5", "0.125" kWh from Wh: exact, without the trailing zeros that say nothing.
QString kwhNumber(std::int64_t wh)
{
    QString number = QLocale().toString(double(wh) / 1000.0, 'f', 3);
    const QString point = QLocale().decimalPoint();
    if (number.contains(point)) {
        while (number.endsWith(u'0'))
            number.chop(1);
        if (number.endsWith(point))
            number.chop(point.size());
    }
    return number;
}

QString shortKey(const ledger::PublicKey &key)
{
    return key.toHex().left(4) + u'…';
}

bool isTrade(ledger::EntryType type)
{
    return type == ledger::EntryType::TradeOffer || type == ledger::EntryType::TradeAcceptance ||
           type == ledger::EntryType::TradeSettlement;
}

bool isPool(const FeedItem &item)
{
    switch (item.type) {
    case ledger::EntryType::Contribution:
    case ledger::EntryType::GrantRequest:
    case ledger::EntryType::GrantPayment:
        return true;
    case ledger::EntryType::StewardApproval:
        return item.number == int(ledger::EntryType::GrantRequest);
    default:
        return false;
    }
}

QString category(const FeedItem &item)
{
    if (isTrade(item.type))
        return u"trade"_s;
    if (isPool(item))
        return u"pool"_s;
    switch (item.type) {
    case ledger::EntryType::MeterClaim:
    case ledger::EntryType::Validation:
        return u"claim"_s;
    case ledger::EntryType::GridEvent:
    case ledger::EntryType::GridEventResponse:
        return u"event"_s;
    default:
        return u"community"_s;
    }
}
} // namespace

// --- CommunityFeed ---------------------------------------------------------------------------------------

CommunityFeed::CommunityFeed(const CommunityModel &model, QObject *parent)
    : QAbstractListModel(parent)
    , m_model(model)
{}

int CommunityFeed::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

QVariant CommunityFeed::data(const QModelIndex &index, int role) const
{
    const CommunitySnapshot *snapshot = m_model.snapshot();
    if (!snapshot || !index.isValid() || index.row() >= m_shown)
        return {};
    const FeedItem &item = snapshot->feed[std::size_t(m_rows[std::size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
    case SentenceRole:
        return m_model.sentence(item);
    case WhenRole:
        return m_model.when(item.timestampMs);
    case CategoryRole:
        return category(item);
    case MineRole:
        return item.mine || item.aboutMe;
    case RefusedRole:
        return item.refused;
    case ReasonRole:
        return item.refused ? CommunityModel::refusalInWords(item.refusalCode) : QString();
    case AuthorRole:
        return m_model.author(item.participant);
    default:
        return {};
    }
}

QHash<int, QByteArray> CommunityFeed::roleNames() const
{
    return {{SentenceRole, "sentence"}, {WhenRole, "when"},       {CategoryRole, "category"},
            {MineRole, "mine"},         {RefusedRole, "refused"}, {ReasonRole, "reason"},
            {AuthorRole, "author"}};
}

bool CommunityFeed::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < int(m_rows.size());
}

void CommunityFeed::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min(kPageSize, int(m_rows.size()) - m_shown);
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
    emit countChanged();
}

void CommunityFeed::setFilter(const QString &filter)
{
    static const QStringList known{u"all"_s, u"mine"_s, u"trades"_s, u"pool"_s};
    const QString chosen = known.contains(filter) ? filter : u"all"_s;
    if (chosen == m_filter)
        return;
    m_filter = chosen;
    m_shown = 0; // a new filter starts at the newest page
    refresh();
    emit filterChanged();
}

void CommunityFeed::setDays(int days)
{
    days = std::max(0, days);
    if (days == m_days)
        return;
    m_days = days;
    m_shown = 0;
    refresh();
    emit filterChanged();
}

QString CommunityFeed::sentenceAt(int row) const
{
    return data(index(row), SentenceRole).toString();
}

bool CommunityFeed::passes(const FeedItem &item, std::int64_t fromMs) const
{
    if (item.timestampMs < fromMs)
        return false;
    if (m_filter == "mine"_L1)
        return item.mine || item.aboutMe;
    if (m_filter == "trades"_L1)
        return isTrade(item.type);
    if (m_filter == "pool"_L1)
        return isPool(item);
    return true;
}

void CommunityFeed::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (const CommunitySnapshot *snapshot = m_model.snapshot()) {
        // The period: the last m_days community-local days, today included.
        std::int64_t fromMs = std::numeric_limits<std::int64_t>::min();
        if (m_days > 0) {
            QTimeZone zone(snapshot->config.timeZone.toUtf8());
            if (!zone.isValid())
                zone = QTimeZone::utc();
            const QDate today = QDateTime::fromMSecsSinceEpoch(snapshot->nowMs, zone).date();
            fromMs = QDateTime(today.addDays(1 - m_days), QTime(0, 0), zone).toMSecsSinceEpoch();
        }
        for (std::size_t i = 0; i < snapshot->feed.size(); ++i) {
            if (passes(snapshot->feed[i], fromMs))
                m_rows.push_back(int(i));
        }
    }
    m_shown = std::min(int(m_rows.size()), std::max(m_shown, kPageSize));
    endResetModel();
    emit countChanged();
}

// --- CommunityModel --------------------------------------------------------------------------------------

CommunityModel::CommunityModel(config::ConfigStore *config, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_feed(*this)
{
    if (m_config)
        m_displayName = m_config->siteSetting(kDisplayNameKey).toString();
}

CommunityModel::~CommunityModel() = default;

void CommunityModel::attachLedger(LedgerService &ledger)
{
    setPublisher(
        [&ledger](quint64 request, const ledger::Payload &payload) { ledger.publishEntry(request, payload); },
        [&ledger](const QString &name) { ledger.setDisplayName(name); }, ledger.communityName());
    connect(&ledger, &LedgerService::summaryChanged, this,
            [this, &ledger] { setSnapshot(ledger.summary().community); });
    connect(&ledger, &LedgerService::publishFinished, this, &CommunityModel::publishFinished);
    setSnapshot(ledger.summary().community);
}

void CommunityModel::setPublisher(Publisher publisher, NamePublisher namePublisher,
                                  const QString &communityName)
{
    m_publisher = std::move(publisher);
    m_namePublisher = std::move(namePublisher);
    m_hasCommunity = true;
    m_communityName = communityName;
    // The name chosen earlier is published again: the broker may have lost its retained message.
    if (m_namePublisher && !m_displayName.isEmpty())
        m_namePublisher(m_displayName);
    emit changed();
}

void CommunityModel::setSnapshot(std::shared_ptr<const CommunitySnapshot> snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = std::move(snapshot);
    m_feed.refresh();
    resolveActions();
    emit changed();
}

std::int64_t CommunityModel::nowMs() const
{
    if (m_clock)
        return m_clock->nowMs();
    return m_snapshot ? m_snapshot->nowMs : 0;
}

bool CommunityModel::joined() const
{
    return m_snapshot && m_snapshot->error.isEmpty() && m_snapshot->joined;
}

QString CommunityModel::statusText() const
{
    if (!m_hasCommunity)
        return tr(
            "This household is not in a community yet. Your installer can join it to one in installer mode "
            "(Installer, then the PIN): under Community membership, import the key and community file from "
            "your grid operator, or create a key and send it to them.");
    if (!m_snapshot)
        return tr("Reading the community ledger…");
    if (!m_snapshot->error.isEmpty())
        //: %1 is the reason, from the ledger
        return tr("The community ledger cannot be used: %1").arg(m_snapshot->error);
    if (!m_snapshot->joined)
        return tr(
            "Waiting for your membership: the distributor signs it, and it arrives with the ledger from "
            "the community's broker.");
    return {};
}

int CommunityModel::memberCount() const
{
    return m_snapshot ? m_snapshot->memberCount : 0;
}

double CommunityModel::balance() const
{
    return m_snapshot ? double(m_snapshot->balance.value()) / 1000.0 : 0.0;
}

QString CommunityModel::balanceText() const
{
    return credits(m_snapshot ? m_snapshot->balance.value() : 0);
}

double CommunityModel::poolBalance() const
{
    return m_snapshot ? double(m_snapshot->pool.balance.value()) / 1000.0 : 0.0;
}

QString CommunityModel::poolText() const
{
    return credits(m_snapshot ? m_snapshot->pool.balance.value() : 0);
}

QString CommunityModel::poolFlowsText() const
{
    if (!m_snapshot)
        return {};
    //: The subsidy pool's totals; %1 and %2 are amounts of credits
    return tr("%1 given in, %2 granted")
        .arg(credits(m_snapshot->pool.inflows.value()), credits(m_snapshot->pool.outflows.value()));
}

bool CommunityModel::steward() const
{
    return m_snapshot && m_snapshot->steward;
}

QVariantList CommunityModel::offers() const
{
    QVariantList list;
    if (!m_snapshot)
        return list;
    // Others' open offers first (what the household can accept), then its own.
    for (const bool mine : {false, true}) {
        for (const OfferView &view : m_snapshot->offers) {
            if (!view.open || view.mine != mine)
                continue;
            const std::int64_t slotMs = m_snapshot->config.slotSeconds() * 1000;
            QVariantMap row{
                {u"id"_s, view.entry.toHex()},
                {u"who"_s, mine ? tr("Your offer") : author(view.seller)},
                {u"when"_s, slotRange(view.offer.firstSlotMs, view.offer.lastSlotMs)},
                {u"energy"_s, energy(view.offer.energyWh)},
                {u"price"_s, price(view.offer.priceMilliCreditsPerKWh)},
                //: What is left of an offer; %1 is an energy
                {u"remaining"_s, tr("%1 left").arg(energy(view.remainingWh()))},
                {u"remainingKwh"_s, kwhNumber(view.remainingWh())},
                {u"mine"_s, mine},
                {u"slots"_s, int((view.offer.lastSlotMs - view.offer.firstSlotMs) / slotMs + 1)},
            };
            list.append(row);
        }
    }
    return list;
}

QVariantList CommunityModel::trades() const
{
    QVariantList list;
    if (!m_snapshot)
        return list;
    for (const TradeView &view : m_snapshot->myTrades) {
        const ledger::TradeRecord &trade = view.trade;
        const QString range = slotRange(trade.firstSlotMs, trade.firstSlotMs);
        QString sentence = view.sold
                               //: %1 energy, %2 a household, %3 a price per kWh
                               ? tr("You sell %1 to %2 at %3")
                                     .arg(energy(trade.acceptedWh), household(trade.buyer),
                                          price(view.priceMilliCreditsPerKWh))
                               //: %1 energy, %2 a household, %3 a price per kWh
                               : tr("You buy %1 from %2 at %3")
                                     .arg(energy(trade.acceptedWh), household(trade.seller),
                                          price(view.priceMilliCreditsPerKWh));
        QString status;
        if (trade.settled) {
            status = view.sold
                         //: %1 energy delivered, %2 credits
                         ? tr("settled: %1 delivered, %2 received")
                               .arg(energy(trade.deliveredWh), credits(trade.payment.value()))
                         //: %1 energy delivered, %2 credits
                         : tr("settled: %1 delivered, %2 paid")
                               .arg(energy(trade.deliveredWh), credits(trade.payment.value()));
        } else {
            status = tr("waiting for the grid to confirm the delivery");
        }
        list.append(QVariantMap{{u"sentence"_s, sentence},
                                {u"when"_s, slotRange(trade.firstSlotMs, trade.firstSlotMs)},
                                {u"status"_s, status},
                                {u"settled"_s, trade.settled},
                                {u"range"_s, range}});
    }
    return list;
}

QVariantList CommunityModel::grants() const
{
    QVariantList list;
    if (!m_snapshot)
        return list;
    for (const GrantView &view : m_snapshot->grants) {
        const ledger::GrantRecord &grant = view.grant;
        const QString amount = credits(grant.details.amountMilliCredits);
        const QString sentence =
            view.mine
                //: %1 an amount of credits, %2 the purpose as written
                ? tr("You asked for %1: “%2”").arg(amount, grant.details.purpose)
                //: %1 who asks, %2 an amount of credits, %3 the purpose as the requester wrote it
                : tr("%1 asked for %2: “%3”").arg(author(grant.requester), amount, grant.details.purpose);
        //: %1 approvals so far, %2 needed
        QString approvals = tr("%1 of %2 approvals").arg(grant.approvals.size()).arg(view.needed);
        QString status;
        if (grant.paid)
            status = tr("paid");
        else if (std::int64_t(grant.approvals.size()) >= view.needed)
            status = tr("approved, waiting for payment");
        else
            status = tr("waiting for stewards");
        const ActionCheck approveCheck = checkApproval(*m_snapshot, grant.request, true, nowMs());
        const ActionCheck withdrawCheck = checkApproval(*m_snapshot, grant.request, false, nowMs());
        const ActionCheck payCheck = checkGrantPayment(*m_snapshot, grant.request, nowMs());
        QString why;
        if (m_snapshot->steward && grant.stewards.contains(m_snapshot->me) && !approveCheck.ok() &&
            !withdrawCheck.ok())
            why = actionProblem(approveCheck);
        list.append(QVariantMap{
            {u"id"_s, grant.request.toHex()},
            {u"sentence"_s, sentence},
            {u"when"_s, when(view.timestampMs)},
            {u"approvalsText"_s, approvals},
            {u"status"_s, status},
            {u"paid"_s, grant.paid},
            {u"mine"_s, view.mine},
            {u"canApprove"_s, approveCheck.ok()},
            {u"canWithdraw"_s, withdrawCheck.ok()},
            {u"canPay"_s, payCheck.ok()},
            {u"why"_s, why},
        });
    }
    return list;
}

QVariantList CommunityModel::board() const
{
    QVariantList list;
    if (!m_snapshot)
        return list;
    for (const BoardRow &row : m_snapshot->board) {
        QString name = row.displayName;
        if (row.me && m_displayName.isEmpty())
            name = tr("You (anonymous to others)");
        else if (row.me)
            //: The household's own row on the board; %1 its chosen name
            name = tr("You (%1)").arg(m_displayName);
        else if (name.isEmpty())
            name = tr("Anonymous member");
        list.append(QVariantMap{
            {u"rank"_s, row.rank},
            {u"name"_s, name},
            //: Reputation points out of 80 (giving and reliability)
            {u"points"_s, tr("%1 of 80").arg(QLocale().toString(double(row.points) / 1000.0, 'f', 1))},
            {u"me"_s, row.me}});
    }
    return list;
}

QVariantList CommunityModel::actions() const
{
    QVariantList list;
    for (const Action &action : m_actions)
        list.append(
            QVariantMap{{u"text"_s, action.text}, {u"state"_s, action.state}, {u"reason"_s, action.reason}});
    return list;
}

bool CommunityModel::hasPending() const
{
    return std::any_of(m_actions.begin(), m_actions.end(),
                       [](const Action &action) { return action.state == "pending"_L1; });
}

QString CommunityModel::suggestedStart() const
{
    if (!m_snapshot)
        return u"12:00"_s;
    const QDateTime next = local(m_snapshot->nowMs).addSecs(3600);
    return QTime(next.time().hour(), 0).toString(u"HH:mm"_s);
}

QString CommunityModel::priceCapText() const
{
    if (!m_snapshot)
        return {};
    //: %1 is a price per kWh
    return tr("at most %1").arg(price(offerPriceCapMilliCredits(m_snapshot->config)));
}

// --- actions -----------------------------------------------------------------------------------------------

std::optional<std::int64_t> CommunityModel::parseThousandths(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{1,12})(?:[.,](\\d{0,3}))?\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    std::int64_t value = match.captured(1).toLongLong() * 1000;
    QString decimals = match.captured(2);
    while (decimals.size() < 3)
        decimals.append(u'0');
    return value + decimals.toLongLong();
}

std::optional<ledger::TradeOffer> CommunityModel::parseOffer(int day, const QString &start,
                                                             const QString &end, const QString &energyKwh,
                                                             const QString &priceText, int maxHops,
                                                             QString *problem) const
{
    if (!m_snapshot || !joined()) {
        *problem = actionProblem({ActionCheck::NoCommunity});
        return std::nullopt;
    }
    const QTime from = QTime::fromString(start.trimmed(), u"H:mm"_s);
    const QTime until = QTime::fromString(end.trimmed(), u"H:mm"_s);
    if (!from.isValid()) {
        *problem = tr("Start: write a time such as 14:00.");
        return std::nullopt;
    }
    if (!until.isValid()) {
        *problem = tr("End: write a time such as 16:00.");
        return std::nullopt;
    }
    const QDateTime now = local(nowMs());
    const QDate date = now.date().addDays(std::clamp(day, 0, 7));
    const QDateTime first(date, from, now.timeZone());
    QDateTime last(date, until, now.timeZone());
    if (until == QTime(0, 0))
        last = QDateTime(date.addDays(1), QTime(0, 0), now.timeZone());
    const std::int64_t slotMs = m_snapshot->config.slotSeconds() * 1000;
    if (last <= first) {
        *problem = tr("End: choose a time after the start.");
        return std::nullopt;
    }
    const std::optional<std::int64_t> wh = parseThousandths(energyKwh);
    if (!wh) {
        *problem = tr("Energy: write a number of kWh, such as 2 or 1.5.");
        return std::nullopt;
    }
    const std::optional<std::int64_t> milliCredits = parseThousandths(priceText);
    if (!milliCredits) {
        *problem = tr("Price: write credits per kWh, such as 0.30.");
        return std::nullopt;
    }
    ledger::TradeOffer offer;
    offer.firstSlotMs = first.toMSecsSinceEpoch();
    offer.lastSlotMs = last.toMSecsSinceEpoch() - slotMs;
    offer.energyWh = *wh;
    offer.priceMilliCreditsPerKWh = *milliCredits;
    offer.maxHops = std::uint8_t(std::clamp(maxHops, 0, 255));
    const ActionCheck check = checkOffer(*m_snapshot, offer, nowMs());
    if (!check.ok()) {
        *problem = actionProblem(check);
        return std::nullopt;
    }
    return offer;
}

QString CommunityModel::offerProblem(int day, const QString &start, const QString &end,
                                     const QString &energyKwh, const QString &price, int maxHops) const
{
    QString problem;
    (void)parseOffer(day, start, end, energyKwh, price, maxHops, &problem);
    return problem;
}

bool CommunityModel::offer(int day, const QString &start, const QString &end, const QString &energyKwh,
                           const QString &priceText, int maxHops)
{
    QString problem;
    const auto offer = parseOffer(day, start, end, energyKwh, priceText, maxHops, &problem);
    if (!offer)
        return false;
    //: %1 energy, %2 a time range, %3 a price per kWh
    return publish(*offer, tr("Offer %1 for %2 at %3")
                               .arg(energy(offer->energyWh), slotRange(offer->firstSlotMs, offer->lastSlotMs),
                                    price(offer->priceMilliCreditsPerKWh)));
}

QString CommunityModel::acceptProblem(const QString &offerId, const QString &energyKwh) const
{
    const std::optional<std::int64_t> wh = parseThousandths(energyKwh);
    if (!wh)
        return tr("Energy: write a number of kWh, such as 2 or 1.5.");
    const auto id = ledger::Hash::fromHex(offerId.toLatin1());
    if (!m_snapshot || !id)
        return actionProblem({m_snapshot ? ActionCheck::UnknownOffer : ActionCheck::NoCommunity});
    return actionProblem(checkAcceptance(*m_snapshot, *id, *wh, nowMs()));
}

bool CommunityModel::accept(const QString &offerId, const QString &energyKwh)
{
    if (!acceptProblem(offerId, energyKwh).isEmpty())
        return false;
    const OfferView *view = findOffer(offerId);
    const std::int64_t wh = *parseThousandths(energyKwh);
    return publish(ledger::TradeAcceptance{view->entry, wh},
                   //: %1 energy, %2 a household
                   tr("Accept %1 from %2").arg(energy(wh), household(view->seller)));
}

QString CommunityModel::contributeProblem(const QString &creditsText) const
{
    const std::optional<std::int64_t> amount = parseThousandths(creditsText);
    if (!amount)
        return tr("Amount: write a number of credits, such as 5 or 2.50.");
    if (!m_snapshot)
        return actionProblem({ActionCheck::NoCommunity});
    return actionProblem(checkContribution(*m_snapshot, *amount));
}

bool CommunityModel::contribute(const QString &creditsText)
{
    if (!contributeProblem(creditsText).isEmpty())
        return false;
    const std::int64_t amount = *parseThousandths(creditsText);
    return publish(ledger::Contribution{ledger::Contribution::Donation, amount},
                   //: %1 an amount of credits
                   tr("Give %1 to the subsidy pool").arg(credits(amount)));
}

QString CommunityModel::grantProblem(const QString &purpose, const QString &creditsText) const
{
    if (!m_snapshot)
        return actionProblem({ActionCheck::NoCommunity});
    if (purpose.trimmed().isEmpty() || purpose.size() > kMaxGrantPurposeLength)
        return actionProblem(checkGrantRequest(*m_snapshot, purpose, 1));
    const std::optional<std::int64_t> amount = parseThousandths(creditsText);
    if (!amount)
        return tr("Amount: write a number of credits, such as 5 or 2.50.");
    return actionProblem(checkGrantRequest(*m_snapshot, purpose, *amount));
}

bool CommunityModel::requestGrant(const QString &purpose, const QString &creditsText)
{
    if (!grantProblem(purpose, creditsText).isEmpty())
        return false;
    const std::int64_t amount = *parseThousandths(creditsText);
    return publish(ledger::GrantRequest{purpose.trimmed(), amount, 0},
                   //: %1 an amount of credits, %2 the purpose
                   tr("Ask for %1: “%2”").arg(credits(amount), purpose.trimmed()));
}

QString CommunityModel::approvalProblem(const QString &grantId, bool approve) const
{
    const auto id = ledger::Hash::fromHex(grantId.toLatin1());
    if (!m_snapshot || !id)
        return actionProblem({m_snapshot ? ActionCheck::UnknownGrant : ActionCheck::NoCommunity});
    return actionProblem(checkApproval(*m_snapshot, *id, approve, nowMs()));
}

bool CommunityModel::approve(const QString &grantId, bool approve)
{
    if (!approvalProblem(grantId, approve).isEmpty())
        return false;
    const GrantView *view = findGrant(grantId);
    const QString purpose = view->grant.details.purpose;
    return publish(ledger::StewardApproval{view->grant.request, approve},
                   //: %1 the grant's purpose
                   approve ? tr("Approve “%1”").arg(purpose)
                           //: %1 the grant's purpose
                           : tr("Withdraw the approval of “%1”").arg(purpose));
}

QString CommunityModel::paymentProblem(const QString &grantId) const
{
    const auto id = ledger::Hash::fromHex(grantId.toLatin1());
    if (!m_snapshot || !id)
        return actionProblem({m_snapshot ? ActionCheck::UnknownGrant : ActionCheck::NoCommunity});
    return actionProblem(checkGrantPayment(*m_snapshot, *id, nowMs()));
}

bool CommunityModel::pay(const QString &grantId)
{
    if (!paymentProblem(grantId).isEmpty())
        return false;
    const GrantView *view = findGrant(grantId);
    return publish(ledger::GrantPayment{view->grant.request, view->grant.details.amountMilliCredits},
                   //: %1 the grant's purpose
                   tr("Pay the grant “%1”").arg(view->grant.details.purpose));
}

QString CommunityModel::setDisplayName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() > kMaxDisplayNameLength)
        return tr("Name: at most %1 characters.").arg(kMaxDisplayNameLength);
    if (trimmed == m_displayName)
        return {};
    if (m_config) {
        const bool kept = trimmed.isEmpty() ? m_config->removeSiteSetting(kDisplayNameKey)
                                            : m_config->putSiteSetting(kDisplayNameKey, trimmed);
        if (!kept)
            //: %1 is the reason given by the configuration database
            return tr("The name could not be saved: %1").arg(m_config->errorString());
    }
    m_displayName = trimmed;
    if (m_namePublisher)
        m_namePublisher(trimmed);
    emit displayNameChanged();
    emit changed();
    return {};
}

bool CommunityModel::publish(const ledger::Payload &payload, const QString &description)
{
    if (!m_publisher)
        return false;
    Action action;
    action.request = m_nextRequest++;
    action.text = description;
    action.state = u"pending"_s;
    m_actions.prepend(action);
    while (m_actions.size() > kShownActions && m_actions.back().state != "pending"_L1)
        m_actions.removeLast();
    emit actionsChanged();
    m_publisher(action.request, payload);
    return true;
}

void CommunityModel::publishFinished(quint64 request, const QString &entryHash, const QString &error)
{
    for (Action &action : m_actions) {
        if (action.request != request)
            continue;
        if (!error.isEmpty()) {
            action.state = u"failed"_s;
            action.reason = error;
        } else {
            action.entry = ledger::Hash::fromHex(entryHash.toLatin1());
        }
    }
    resolveActions();
    emit actionsChanged();
}

void CommunityModel::resolveActions()
{
    if (!m_snapshot)
        return;
    bool changedAny = false;
    for (Action &action : m_actions) {
        if (action.state != "pending"_L1 || !action.entry)
            continue;
        const auto found = m_snapshot->ownEntries.find(*action.entry);
        if (found == m_snapshot->ownEntries.end())
            continue; // not in the derived state yet: still pending
        changedAny = true;
        if (found->second) {
            action.state = u"refused"_s;
            action.reason = refusalInWords(found->second->code);
        } else {
            action.state = u"done"_s;
        }
    }
    if (changedAny)
        emit actionsChanged();
}

const OfferView *CommunityModel::findOffer(const QString &id) const
{
    if (!m_snapshot)
        return nullptr;
    for (const OfferView &view : m_snapshot->offers) {
        if (view.entry.toHex() == id)
            return &view;
    }
    return nullptr;
}

const GrantView *CommunityModel::findGrant(const QString &id) const
{
    if (!m_snapshot)
        return nullptr;
    for (const GrantView &view : m_snapshot->grants) {
        if (view.grant.request.toHex() == id)
            return &view;
    }
    return nullptr;
}

QString CommunityModel::actionProblem(const ActionCheck &check) const
{
    switch (check.code) {
    case ActionCheck::Ok:
        return {};
    case ActionCheck::NoCommunity:
        return tr("This household is not a member of a community yet.");
    case ActionCheck::BadSlotRange:
        //: %1 the slot length in minutes
        return tr("Start and end: choose times on the %1-minute grid, the end after the start.")
            .arg(m_snapshot ? m_snapshot->config.slotMinutes : 15);
    case ActionCheck::SlotInThePast:
        return tr("Start: that time has begun; offer energy from a later time.");
    case ActionCheck::TooFarAhead:
        return tr("End: offers reach at most 7 days ahead.");
    case ActionCheck::NoEnergy:
        return tr("Energy: give more than 0 kWh.");
    case ActionCheck::BeyondExportLimit:
        //: %1 an energy
        return tr("Energy: your connection can export at most %1 in that time.").arg(energy(check.limit));
    case ActionCheck::PriceNegative:
        return tr("Price: it cannot be below 0.");
    case ActionCheck::PriceAboveCap:
        //: %1 a price per kWh
        return tr("Price: at most %1, what a kWh from the grid costs at its dirtiest and most stressed; "
                  "energy "
                  "shared in the community never costs more than the grid's.")
            .arg(price(check.limit));
    case ActionCheck::BadHops:
        return tr("Distance: choose 0 to 4 grid levels.");
    case ActionCheck::UnknownOffer:
        return tr("That offer is not in the ledger.");
    case ActionCheck::OwnOffer:
        return tr("That is your own offer.");
    case ActionCheck::OfferClosed:
        return tr("That offer is closed: its time has passed or all its energy is taken.");
    case ActionCheck::BeyondRemaining:
        //: %1 an energy
        return tr("Energy: only %1 of that offer is left.").arg(energy(check.limit));
    case ActionCheck::BalanceTooLow:
        //: %1 the cost, %2 the balance
        return tr("Your balance does not cover %1: it is %2.")
            .arg(credits(check.amount), credits(check.limit));
    case ActionCheck::NoAmount:
        return tr("Amount: give more than 0 credits.");
    case ActionCheck::NoPurpose:
        return tr("Purpose: say what the grant is for, such as “a home battery”.");
    case ActionCheck::PurposeTooLong:
        return tr("Purpose: at most %1 characters.").arg(check.limit);
    case ActionCheck::UnknownGrant:
        return tr("That grant request is not in the ledger.");
    case ActionCheck::NotSteward:
        return tr("Only the stewards named when the request was made can approve it.");
    case ActionCheck::OwnGrant:
        return tr("A steward never approves a grant to their own dwelling.");
    case ActionCheck::AlreadyApproved:
        return tr("You have approved it already.");
    case ActionCheck::NotApproved:
        return tr("You have no approval of it to withdraw.");
    case ActionCheck::GrantPaid:
        return tr("That grant is paid already.");
    case ActionCheck::ApprovalTooLate:
        return tr("Approvals are given within 60 days of the request.");
    case ActionCheck::NeedsApprovals:
        //: %1 approvals so far, %2 needed
        return tr("It has %1 of the %2 approvals it needs.").arg(check.amount).arg(check.limit);
    case ActionCheck::WaitingPeriod:
        //: %1 a date and time
        return tr("A grant over a tenth of the pool waits 7 days after its last approval: until %1.")
            .arg(when(check.limit));
    case ActionCheck::PoolTooSmall:
        //: %1 the pool's balance
        return tr("The pool holds %1, not enough for this grant yet.").arg(credits(check.limit));
    }
    return {};
}

QString CommunityModel::refusalInWords(ledger::RefusalCode code)
{
    using ledger::RefusalCode;
    switch (code) {
    case RefusalCode::NotInChain:
        return tr("it is not linked to its author's chain");
    case RefusalCode::UnknownReference:
        return tr("it refers to an entry the ledger does not know");
    case RefusalCode::WrongReference:
        return tr("it refers to an entry that was refused or is of another kind");
    case RefusalCode::NotAllowed:
        return tr("its author may not publish it");
    case RefusalCode::NotMember:
        return tr("its author is not a member of the community");
    case RefusalCode::BadConfiguration:
        return tr("the configuration cannot be used");
    case RefusalCode::BadJoin:
        return tr("the membership's limits or devices cannot be used");
    case RefusalCode::BadClaim:
        return tr("the claim is a second one for its time, too late, or not sealed");
    case RefusalCode::DuplicateValidation:
        return tr("the claim was validated already");
    case RefusalCode::InconsistentValidation:
        return tr("its numbers do not follow from the claim");
    case RefusalCode::BadTrade:
        return tr("the trade's numbers are impossible");
    case RefusalCode::OverAccepted:
        return tr("someone accepted that energy first: the offer had less left");
    case RefusalCode::InsufficientBalance:
        return tr("the balance did not cover the payment");
    case RefusalCode::BadAmount:
        return tr("the amount is not allowed");
    case RefusalCode::BadApproval:
        return tr("the approval is not allowed: not a steward, too late, repeated, or nothing to withdraw");
    case RefusalCode::SelfApproval:
        return tr("a steward cannot approve a grant to their own dwelling");
    case RefusalCode::GrantWithoutApprovals:
        return tr("the grant does not have its approvals yet");
    case RefusalCode::PaidTwice:
        return tr("the grant was paid already");
    case RefusalCode::PoolCannotCover:
        return tr("the pool could not cover the grant");
    }
    return {};
}

// --- sentences ---------------------------------------------------------------------------------------------

QDateTime CommunityModel::local(std::int64_t ms) const
{
    QTimeZone zone = m_snapshot ? QTimeZone(m_snapshot->config.timeZone.toUtf8()) : QTimeZone();
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    return QDateTime::fromMSecsSinceEpoch(ms, zone);
}

QString CommunityModel::when(std::int64_t ms) const
{
    if (!m_snapshot)
        return {};
    const QDateTime time = local(ms);
    const QDate today = local(m_snapshot->nowMs).date();
    const QString clock = DashboardModel::shortTime(time.time());
    if (time.date() == today)
        return clock;
    if (time.date() == today.addDays(-1))
        //: %1 a time of day
        return tr("yesterday %1").arg(clock);
    if (time.date() == today.addDays(1))
        //: %1 a time of day
        return tr("tomorrow %1").arg(clock);
    return QLocale().toString(time.date(), u"ddd d MMM"_s) + u' ' + clock;
}

QString CommunityModel::slotRange(std::int64_t firstMs, std::int64_t lastMs) const
{
    const std::int64_t slotMs = (m_snapshot ? m_snapshot->config.slotSeconds() : 900) * 1000;
    const QDateTime until = local(lastMs + slotMs);
    //: A time range; %1 the start (with its day when not today), %2 the end time
    return tr("%1–%2").arg(when(firstMs), DashboardModel::shortTime(until.time()));
}

QString CommunityModel::credits(std::int64_t milliCredits, bool sign) const
{
    const QString number = QLocale().toString(double(milliCredits) / 1000.0, 'f', 2);
    //: An amount of credits; %1 the number
    return tr("%1 cr").arg(sign && milliCredits > 0 ? u'+' + number : number);
}

QString CommunityModel::energy(std::int64_t wh) const
{
    //: Energy in kilowatt-hours; %1 the number
    return tr("%1 kWh").arg(kwhNumber(wh));
}

QString CommunityModel::price(std::int64_t milliCreditsPerKWh) const
{
    // Two decimals, three when the price has a third (a cap of 2.625 is not rounded up to 2.63).
    const int decimals = milliCreditsPerKWh % 10 == 0 ? 2 : 3;
    //: A price in credits per kWh; %1 the number
    return tr("%1 cr/kWh").arg(QLocale().toString(double(milliCreditsPerKWh) / 1000.0, 'f', decimals));
}

QString CommunityModel::household(const ledger::PublicKey &key) const
{
    //: Another household, named by the start of its public key (no name is ever shown for others)
    return tr("household %1").arg(shortKey(key));
}

QString CommunityModel::author(const ledger::PublicKey &key) const
{
    if (m_snapshot && key == m_snapshot->me)
        return tr("You");
    if (m_snapshot && key.toHex() == m_snapshot->config.distributor)
        return tr("The grid operator");
    if (m_snapshot && m_snapshot->stewards.contains(key))
        //: %1 the start of the steward's public key
        return tr("Steward %1").arg(shortKey(key));
    //: %1 the start of the household's public key
    return tr("Household %1").arg(shortKey(key));
}

QString CommunityModel::sentence(const FeedItem &item) const
{
    using ledger::EntryType;
    const QString who = author(item.participant);
    const bool mine = item.mine;
    QString text;
    switch (item.type) {
    case EntryType::MeterClaim:
        //: %1 a time range
        text =
            mine ? tr("You claimed your meter readings for %1.").arg(slotRange(item.firstMs, item.lastMs))
                 //: %1 who, %2 a time range
                 : tr("%1 claimed its meter readings for %2.").arg(who, slotRange(item.firstMs, item.lastMs));
        break;
    case EntryType::Validation:
        if (item.aboutMe && item.flag)
            //: %1 a time range, %2 signed credits
            text = tr("Your claim for %1 was validated: %2.")
                       .arg(slotRange(item.firstMs, item.lastMs), credits(item.milliCredits, true));
        else if (item.aboutMe)
            //: %1 a time range, %2 the grid operator's reason
            text = tr("Your claim for %1 was refused by the grid operator: %2.")
                       .arg(slotRange(item.firstMs, item.lastMs), item.text);
        else if (item.flag)
            //: %1 a household, %2 a time range
            text = tr("The grid operator validated %1's claim for %2.")
                       .arg(household(item.other), slotRange(item.firstMs, item.lastMs));
        else
            //: %1 a household, %2 a time range
            text = tr("The grid operator refused %1's claim for %2.")
                       .arg(household(item.other), slotRange(item.firstMs, item.lastMs));
        break;
    case EntryType::TradeOffer:
        //: %1 energy, %2 a time range, %3 a price per kWh
        text = mine ? tr("You offered %1 for %2 at %3.")
                          .arg(energy(item.energyWh), slotRange(item.firstMs, item.lastMs),
                               price(item.milliCredits))
                    //: %1 who, %2 energy, %3 a time range, %4 a price per kWh
                    : tr("%1 offered %2 for %3 at %4.")
                          .arg(who, energy(item.energyWh), slotRange(item.firstMs, item.lastMs),
                               price(item.milliCredits));
        break;
    case EntryType::TradeAcceptance:
        if (mine)
            //: %1 energy, %2 a household, %3 a price per kWh
            text = tr("You accepted %1 from %2's offer at %3.")
                       .arg(energy(item.energyWh), household(item.other), price(item.milliCredits));
        else if (item.aboutMe)
            //: %1 who, %2 energy, %3 a time range
            text = tr("%1 accepted %2 of your offer for %3.")
                       .arg(who, energy(item.energyWh), slotRange(item.firstMs, item.lastMs));
        else
            //: %1 who, %2 energy, %3 a household
            text = tr("%1 accepted %2 of %3's offer.").arg(who, energy(item.energyWh), household(item.other));
        break;
    case EntryType::TradeSettlement:
        if (item.number == 1)
            //: %1 energy, %2 credits
            text = tr("Your sale settled: %1 delivered, you received %2.")
                       .arg(energy(item.energyWh), credits(item.milliCredits));
        else if (item.number == 2)
            //: %1 energy, %2 credits
            text = tr("Your purchase settled: %1 delivered, you paid %2.")
                       .arg(energy(item.energyWh), credits(item.milliCredits));
        else
            //: %1 energy, %2 credits
            text = tr("A trade settled: %1 delivered for %2.")
                       .arg(energy(item.energyWh), credits(item.milliCredits));
        break;
    case EntryType::GridEvent:
        //: %1 the event's id, %2 a time range, %3 a reward per kWh
        text = tr("The grid operator announced event %1 for %2, rewarding %3.")
                   .arg(item.text, slotRange(item.firstMs, item.lastMs), price(item.milliCredits));
        break;
    case EntryType::GridEventResponse:
        text = mine ? (item.flag ? tr("You joined a grid event.") : tr("You declined a grid event."))
                    //: %1 who
                    : (item.flag ? tr("%1 joined a grid event.").arg(who)
                                 //: %1 who
                                 : tr("%1 declined a grid event.").arg(who));
        break;
    case EntryType::Contribution: {
        const QString amount = credits(item.milliCredits);
        if (item.number == ledger::Contribution::CapitalPurchase)
            //: %1 credits
            text = mine ? tr("You bought %1 for the subsidy pool.").arg(amount)
                        //: %1 who, %2 credits
                        : tr("%1 bought %2 for the subsidy pool.").arg(who, amount);
        else if (item.number == ledger::Contribution::RoundUp)
            //: %1 credits
            text = mine ? tr("Your round-up moved %1 into the subsidy pool.").arg(amount)
                        //: %1 who, %2 credits
                        : tr("%1 rounded up %2 into the subsidy pool.").arg(who, amount);
        else
            //: %1 credits
            text = mine ? tr("You gave %1 to the subsidy pool.").arg(amount)
                        //: %1 who, %2 credits
                        : tr("%1 gave %2 to the subsidy pool.").arg(who, amount);
        break;
    }
    case EntryType::GrantRequest:
        //: %1 credits, %2 the purpose
        text = mine
                   ? tr("You asked the subsidy pool for %1: “%2”.").arg(credits(item.milliCredits), item.text)
                   //: %1 who, %2 credits, %3 the purpose
                   : tr("%1 asked the subsidy pool for %2: “%3”.")
                         .arg(who, credits(item.milliCredits), item.text);
        break;
    case EntryType::StewardApproval:
        if (item.number == int(EntryType::GrantRequest)) {
            const QString requester = household(item.other);
            if (mine)
                //: %1 a household, %2 the grant's purpose
                text = item.flag ? tr("You approved %1's grant request “%2”.").arg(requester, item.text)
                                 //: %1 a household, %2 the grant's purpose
                                 : tr("You withdrew your approval of %1's grant request “%2”.")
                                       .arg(requester, item.text);
            else if (item.aboutMe)
                //: %1 a steward, %2 the grant's purpose
                text = item.flag
                           ? tr("%1 approved your grant request “%2”.").arg(who, item.text)
                           //: %1 a steward, %2 the grant's purpose
                           : tr("%1 withdrew the approval of your grant request “%2”.").arg(who, item.text);
            else
                //: %1 a steward, %2 a household, %3 the grant's purpose
                text = item.flag ? tr("%1 approved %2's grant request “%3”.").arg(who, requester, item.text)
                                 //: %1 a steward, %2 a household, %3 the grant's purpose
                                 : tr("%1 withdrew the approval of %2's grant request “%3”.")
                                       .arg(who, requester, item.text);
        } else if (mine) {
            text = item.flag ? tr("You approved a change of the community's rules.")
                             : tr("You withdrew your approval of a change of the community's rules.");
        } else {
            //: %1 a steward
            text = item.flag ? tr("%1 approved a change of the community's rules.").arg(who)
                             //: %1 a steward
                             : tr("%1 withdrew the approval of a change of the community's rules.").arg(who);
        }
        break;
    case EntryType::GrantPayment:
        if (item.aboutMe)
            //: %1 the purpose, %2 credits
            text = tr("Your grant “%1” was paid: %2.").arg(item.text, credits(item.milliCredits));
        else if (mine)
            //: %1 a household, %2 the purpose, %3 credits
            text = tr("You paid %1's grant “%2” from the pool: %3.")
                       .arg(household(item.other), item.text, credits(item.milliCredits));
        else
            //: %1 who paid, %2 a household, %3 the purpose, %4 credits
            text = tr("%1 paid %2's grant “%3” from the pool: %4.")
                       .arg(who, household(item.other), item.text, credits(item.milliCredits));
        break;
    case EntryType::CommunityConfiguration:
        if (item.flag)
            text = mine ? tr("You founded the community.")
                        //: %1 a steward
                        : tr("%1 founded the community.").arg(who);
        else
            //: %1 a date and time
            text =
                mine ? tr("You proposed a change of the community's rules, from %1.").arg(when(item.firstMs))
                     //: %1 a steward, %2 a date and time
                     : tr("%1 proposed a change of the community's rules, from %2.")
                           .arg(who, when(item.firstMs));
        break;
    case EntryType::MembershipJoin:
        text = item.aboutMe ? tr("The grid operator signed your membership: you are in the community.")
                            //: %1 a household
                            : tr("%1 joined the community.").arg(household(item.other));
        break;
    case EntryType::MembershipLeave:
        text = item.aboutMe ? tr("Your membership ended.")
                            //: %1 a household
                            : tr("%1 left the community.").arg(household(item.other));
        break;
    }
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (item.refused)
        //: %1 the sentence, %2 why the ledger refused it
        text = tr("%1 Refused: %2.").arg(text, refusalInWords(item.refusalCode));
    return text;
}

void CommunityModel::relocalize()
{
    m_feed.refresh();
    emit changed();
}

} // namespace commonwatt::app

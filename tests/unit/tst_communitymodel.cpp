// The Community page's view model (app/communitymodel.*, app/communitysnapshot.*, docs/community-app.md) over
// a real replica (SQLite in a temporary folder) holding entries signed with real keys: the feed's sentences
// and filters, the checks before each action, the steward's rules, pending actions and the ledger's refusals,
// the reputation board's privacy, and the signed board names.
#include "communitymodel.h"
#include "communitysnapshot.h"

#include "../support/democommunity.h"

#include "config/configstore.h"
#include "currency/reputation.h"

#include <commonwatt/clock.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace commonwatt;
using namespace Qt::StringLiterals;
using testing::DemoCommunity;

namespace {
// Saturday 20 June 2026, 13:00 in the community's (the system's) zone.
qint64 startMs()
{
    return QDateTime(QDate(2026, 6, 20), QTime(13, 0), QTimeZone(DemoCommunity::zoneId().toUtf8()))
        .toMSecsSinceEpoch();
}

QString shortKey(const ledger::SecretKey &key)
{
    return key.publicKey().toHex().left(4) + u'…';
}

int countIf(const std::vector<app::FeedItem> &feed, const std::function<bool(const app::FeedItem &)> &pred)
{
    return int(std::count_if(feed.begin(), feed.end(), pred));
}

QStringList sentences(app::CommunityFeed &feed)
{
    while (feed.canFetchMore({}))
        feed.fetchMore({});
    QStringList list;
    for (int row = 0; row < feed.rowCount(); ++row)
        list.append(feed.sentenceAt(row));
    return list;
}

QVariantMap rowWith(const QVariantList &rows, const QString &key, const QVariant &value)
{
    for (const QVariant &row : rows) {
        if (row.toMap().value(key) == value)
            return row.toMap();
    }
    return {};
}
} // namespace

class TestCommunityModel : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        SimulatedClock clock{startMs()};
        std::unique_ptr<DemoCommunity> community;
        app::CommunityModel model{nullptr, &clock};

        explicit Fixture(bool populate = true)
        {
            community = std::make_unique<DemoCommunity>(clock, dir.path(), populate);
            community->attach(model);
        }
    };

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(QTimeZone(DemoCommunity::zoneId().toUtf8()).isValid());
    }

    // Each entry reads as a sentence in the household's words; the validated credits are what the derived
    // state credited (its balance, computed by deriveState, less the sale and the donation, over the eight
    // equal slots).
    void feedSentences()
    {
        Fixture f;
        const ledger::CommunityState state = f.community->state();
        QVERIFY2(state.error.isEmpty(), qPrintable(state.error));
        const std::int64_t balance = state.balance(f.community->household.publicKey()).value();
        QCOMPARE((balance - 100 + 1000) % 8, 0);
        const std::int64_t perSlot = (balance - 100 + 1000) / 8;
        QVERIFY(perSlot > 0);
        QCOMPARE(f.model.balance(), double(balance) / 1000.0);

        const QStringList all = sentences(*f.model.feed());
        QCOMPARE(all.size(), 61); // counted in filters()
        // Newest first: the household's donation is the last entry the demo wrote.
        QCOMPARE(all.first(), u"Steward %1 approved household %2's grant request “a home battery”."_s.arg(
                                  shortKey(f.community->stewardA), shortKey(f.community->neighbourA)));
        QVERIFY2(all.contains(u"You gave 1.00 cr to the subsidy pool."_s), qPrintable(all.join(u'\n')));

        const QTimeZone zone(DemoCommunity::zoneId().toUtf8());
        const QDate threeDaysAgo = QDate(2026, 6, 17);
        const QString day = QLocale().toString(threeDaysAgo, u"ddd d MMM"_s);
        const QString credits = QLocale().toString(double(perSlot) / 1000.0, 'f', 2);
        QVERIFY2(all.contains(u"Your claim for %1 11:00–11:15 was validated: +%2 cr."_s.arg(day, credits)),
                 qPrintable(all.join(u'\n')));
        QVERIFY(all.contains(u"You claimed your meter readings for %1 11:45–12:00."_s.arg(day)));
        QVERIFY(all.contains(u"Household %1 offered 2 kWh for tomorrow 12:00–14:00 at 0.30 cr/kWh."_s.arg(
            shortKey(f.community->neighbourA))));
        QVERIFY(all.contains(u"You accepted 0.5 kWh from household %1's offer at 0.25 cr/kWh."_s.arg(
            shortKey(f.community->neighbourB))));
        QVERIFY(all.contains(
            u"Household %1 bought 50.00 cr for the subsidy pool."_s.arg(shortKey(f.community->neighbourC))));
        QVERIFY(all.contains(u"Household %1 asked the subsidy pool for 4.00 cr: “a home battery”."_s.arg(
            shortKey(f.community->neighbourA))));
        QVERIFY(all.contains(u"The grid operator signed your membership: you are in the community."_s));
        QVERIFY(all.contains(u"You offered 1 kWh for %1 11:00–12:00 at 0.20 cr/kWh."_s.arg(day)));
        QVERIFY(all.contains(u"Household %1 accepted 0.6 kWh of your offer for %2 11:00–12:00."_s.arg(
            shortKey(f.community->neighbourA), day)));
        QVERIFY(all.contains(u"Your sale settled: 0.5 kWh delivered, you received 0.10 cr."_s));
        QVERIFY(all.contains(u"Household %1 joined the community."_s.arg(shortKey(f.community->neighbourB))));
        QVERIFY(all.contains(u"Steward %1 founded the community."_s.arg(shortKey(f.community->stewardA))));
        QVERIFY(all.contains(u"The grid operator validated household %1's claim for %2 11:00–11:15."_s.arg(
            shortKey(f.community->neighbourC), day)));

        // A refused entry says why, in words: neighbour C accepts more than the offer has left.
        f.community->add(f.community->neighbourC, ledger::TradeAcceptance{f.community->offerB, 600},
                         f.clock.nowMs());
        f.community->refresh();
        QCOMPARE(
            f.model.feed()->sentenceAt(0),
            u"Household %1 accepted 0.6 kWh of household %2's offer. Refused: someone accepted that energy "
            "first: the offer had less left."_s.arg(shortKey(f.community->neighbourC),
                                                    shortKey(f.community->neighbourB)));
        QCOMPARE(f.model.feed()->data(f.model.feed()->index(0), app::CommunityFeed::RefusedRole).toBool(),
                 true);
    }

    // Filters by what each entry is, counted here from the demo's own list of entries; the feed fetches a
    // page of 50 at a time.
    void filters()
    {
        Fixture f;
        app::CommunityFeed &feed = *f.model.feed();
        const app::CommunitySnapshot &s = *f.model.snapshot();
        // 23 claims and their validations, the genesis, 4 joins, 3 offers, 2 acceptances, 1 settlement,
        // 2 contributions, 1 grant request, 1 approval.
        QCOMPARE(int(s.feed.size()), 23 * 2 + 1 + 4 + 3 + 2 + 1 + 2 + 1 + 1);
        QCOMPARE(feed.total(), 61);
        QCOMPARE(feed.rowCount(), 50);
        QVERIFY(feed.canFetchMore({}));
        QSignalSpy inserted(&feed, &QAbstractItemModel::rowsInserted);
        feed.fetchMore({});
        QCOMPARE(feed.rowCount(), 61);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(!feed.canFetchMore({}));

        feed.setFilter(u"trades"_s);
        QCOMPARE(feed.total(), 6);
        feed.setFilter(u"pool"_s);
        QCOMPARE(feed.total(), 4);
        // Mine: 8 claims, the offer, the acceptance, the donation (published); 8 validations, the join, the
        // acceptance of its offer and the settlement (about it).
        feed.setFilter(u"mine"_s);
        QCOMPARE(feed.total(), 8 + 1 + 1 + 1 + 8 + 1 + 1 + 1);
        QCOMPARE(feed.total(), countIf(s.feed, [](const app::FeedItem &i) { return i.mine || i.aboutMe; }));
        feed.setFilter(u"nonsense"_s);
        QCOMPARE(feed.filter(), u"all"_s);
        QCOMPARE(feed.total(), 61);

        // By date: nothing was published today; the last 7 days leave out the genesis and the joins.
        feed.setDays(1);
        QCOMPARE(feed.total(), 0);
        feed.setDays(7);
        QCOMPARE(feed.total(), 61 - 5);
        feed.setDays(0);
        QCOMPARE(feed.total(), 61);
    }

    // The offer's rules, each with its reason in words, then an offer published, pending until the replica's
    // derived state has it.
    void offerValidation()
    {
        Fixture f;
        app::CommunityModel &m = f.model;
        // The cap: w at d = 2, s = 1 with the defaults: 1.5 * (0.25 + 0.75 * 2) = 2.625 cr/kWh.
        QCOMPARE(app::offerPriceCapMilliCredits(f.community->config), std::int64_t(2625));
        QCOMPARE(m.offerProblem(1, u"12:00"_s, u"14:00"_s, u"2"_s, u"0.30"_s), QString());
        QCOMPARE(m.offerProblem(0, u"09:00"_s, u"10:00"_s, u"2"_s, u"0.30"_s),
                 u"Start: that time has begun; offer energy from a later time."_s);
        QCOMPARE(m.offerProblem(1, u"12:05"_s, u"14:00"_s, u"2"_s, u"0.30"_s),
                 u"Start and end: choose times on the 15-minute grid, the end after the start."_s);
        QCOMPARE(m.offerProblem(1, u"14:00"_s, u"12:00"_s, u"2"_s, u"0.30"_s),
                 u"End: choose a time after the start."_s);
        QCOMPARE(m.offerProblem(1, u"noon"_s, u"14:00"_s, u"2"_s, u"0.30"_s),
                 u"Start: write a time such as 14:00."_s);
        QCOMPARE(m.offerProblem(1, u"12:00"_s, u"14:00"_s, u"0"_s, u"0.30"_s),
                 u"Energy: give more than 0 kWh."_s);
        QCOMPARE(m.offerProblem(1, u"12:00"_s, u"14:00"_s, u"2.0001"_s, u"0.30"_s),
                 u"Energy: write a number of kWh, such as 2 or 1.5."_s);
        // 8 000 W export limit: 2 000 Wh per 15-minute slot, 16 kWh over two hours.
        QCOMPARE(m.offerProblem(1, u"12:00"_s, u"14:00"_s, u"16"_s, u"0.30"_s), QString());
        QCOMPARE(m.offerProblem(1, u"12:00"_s, u"14:00"_s, u"16.001"_s, u"0.30"_s),
                 u"Energy: your connection can export at most 16 kWh in that time."_s);
        QCOMPARE(m.offerProblem(1, u"12:00"_s, u"14:00"_s, u"2"_s, u"2.625"_s), QString());
        QVERIFY(
            m.offerProblem(1, u"12:00"_s, u"14:00"_s, u"2"_s, u"2.626"_s).startsWith(u"Price: at most "_s));
        QCOMPARE(m.offerProblem(1, u"12:00"_s, u"14:00"_s, u"2"_s, u"0.30"_s, 5),
                 u"Distance: choose 0 to 4 grid levels."_s);

        f.community->holdPublishes = true;
        QSignalSpy actions(&m, &app::CommunityModel::actionsChanged);
        QVERIFY(m.offer(1, u"15:00"_s, u"16:00"_s, u"1.5"_s, u"0.20"_s));
        QVERIFY(m.hasPending());
        QCOMPARE(m.actions().first().toMap().value(u"state"_s).toString(), u"pending"_s);
        QCOMPARE(m.actions().first().toMap().value(u"text"_s).toString(),
                 u"Offer 1.5 kWh for tomorrow 15:00–16:00 at 0.20 cr/kWh"_s);
        f.community->deliver();
        QVERIFY(!m.hasPending());
        QCOMPARE(m.actions().first().toMap().value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(m.feed()->sentenceAt(0), u"You offered 1.5 kWh for tomorrow 15:00–16:00 at 0.20 cr/kWh."_s);
        const QVariantMap own = rowWith(m.offers(), u"mine"_s, true);
        QCOMPARE(own.value(u"energy"_s).toString(), u"1.5 kWh"_s);
        // Own offers come after the others' (what the household can accept).
        QCOMPARE(m.offers().last().toMap().value(u"mine"_s).toBool(), true);
        QCOMPARE(m.acceptProblem(own.value(u"id"_s).toString(), u"1"_s), u"That is your own offer."_s);

        // The checks follow the household's clock between snapshots: at 14:01 the 14:00 slot has begun.
        QCOMPARE(m.offerProblem(0, u"14:00"_s, u"15:00"_s, u"1"_s, u"0.30"_s), QString());
        f.clock.advanceTo(startMs() + DemoCommunity::kHourMs + 60'000);
        QCOMPARE(m.offerProblem(0, u"14:00"_s, u"15:00"_s, u"1"_s, u"0.30"_s),
                 u"Start: that time has begun; offer energy from a later time."_s);
    }

    // Accepting: within what is left and the balance; a race lost to another household is refused by the
    // ledger, and the page says so in words.
    void acceptanceAndRefusal()
    {
        Fixture f;
        app::CommunityModel &m = f.model;
        const QString offerB = f.community->offerB.toHex();
        QCOMPARE(m.acceptProblem(offerB, u"0.6"_s), u"Energy: only 0.5 kWh of that offer is left."_s);
        QCOMPARE(m.acceptProblem(offerB, u"0"_s), u"Energy: give more than 0 kWh."_s);
        QCOMPARE(m.acceptProblem(u"00"_s.repeated(32), u"1"_s), u"That offer is not in the ledger."_s);
        QCOMPARE(m.acceptProblem(offerB, u"0.5"_s), QString());

        f.community->holdPublishes = true;
        QVERIFY(m.accept(offerB, u"0.5"_s));
        // Neighbour C's acceptance comes first in the ledger's order: the household's is over-accepted.
        f.community->add(f.community->neighbourC, ledger::TradeAcceptance{f.community->offerB, 500},
                         f.clock.nowMs() - 1);
        f.community->deliver();
        const QVariantMap action = m.actions().first().toMap();
        QCOMPARE(action.value(u"state"_s).toString(), u"refused"_s);
        QCOMPARE(action.value(u"reason"_s).toString(),
                 u"someone accepted that energy first: the offer had less left"_s);
        QVERIFY(m.feed()->sentenceAt(0).endsWith(
            u"Refused: someone accepted that energy first: the offer had less left."_s));
        QCOMPARE(m.acceptProblem(offerB, u"0.1"_s),
                 u"That offer is closed: its time has passed or all its energy is taken."_s);

        // The balance must cover the price: 2 kWh at 0.30 costs 0.60 cr; a contribution beyond it is refused.
        const std::int64_t balance = f.community->state().balance(f.community->household.publicKey()).value();
        QCOMPARE(m.contributeProblem(QString::number(balance / 1000 + 1)),
                 u"Your balance does not cover %1.00 cr: it is %2 cr."_s.arg(balance / 1000 + 1)
                     .arg(QLocale().toString(double(balance) / 1000.0, 'f', 2)));
        QCOMPARE(m.contributeProblem(u"-1"_s), u"Amount: write a number of credits, such as 5 or 2.50."_s);
        QCOMPARE(m.contributeProblem(u"0"_s), u"Amount: give more than 0 credits."_s);
        f.community->holdPublishes = false;
        const double pool = m.poolBalance();
        QVERIFY(m.contribute(u"0.5"_s));
        QCOMPARE(m.actions().first().toMap().value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(m.poolBalance(), pool + 0.5);
        QCOMPARE(m.balance(), double(balance - 500) / 1000.0);
    }

    // Stewards approve and withdraw, never for their own dwelling; a member who is not a steward cannot; once
    // k approvals stand, any member pays, and the pool pays out.
    void stewardRules()
    {
        Fixture f;
        app::CommunityModel &m = f.model;
        QVERIFY(m.steward());
        const QString grant = f.community->grant.toHex();
        QVariantMap row = rowWith(m.grants(), u"id"_s, grant);
        QCOMPARE(row.value(u"approvalsText"_s).toString(), u"1 of 2 approvals"_s);
        QCOMPARE(row.value(u"canApprove"_s).toBool(), true);
        QCOMPARE(row.value(u"canWithdraw"_s).toBool(), false);
        QCOMPARE(row.value(u"canPay"_s).toBool(), false);
        QCOMPARE(m.paymentProblem(grant), u"It has 1 of the 2 approvals it needs."_s);
        QCOMPARE(m.approvalProblem(grant, false), u"You have no approval of it to withdraw."_s);

        QVERIFY(m.approve(grant, true));
        row = rowWith(m.grants(), u"id"_s, grant);
        QCOMPARE(row.value(u"approvalsText"_s).toString(), u"2 of 2 approvals"_s);
        QCOMPARE(row.value(u"canApprove"_s).toBool(), false);
        QCOMPARE(row.value(u"canWithdraw"_s).toBool(), true);
        QCOMPARE(m.approvalProblem(grant, true), u"You have approved it already."_s);
        QVERIFY(m.approve(grant, false)); // withdrawn
        QCOMPARE(rowWith(m.grants(), u"id"_s, grant).value(u"approvalsText"_s).toString(),
                 u"1 of 2 approvals"_s);
        QVERIFY(m.feed()->sentenceAt(0).startsWith(u"You withdrew your approval of household "_s));
        QVERIFY(m.approve(grant, true));

        // Paid in full from the pool, by any member.
        const double pool = m.poolBalance();
        QCOMPARE(m.paymentProblem(grant), QString());
        QVERIFY(m.pay(grant));
        QCOMPARE(m.actions().first().toMap().value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(m.poolBalance(), pool - 4.0);
        QCOMPARE(rowWith(m.grants(), u"id"_s, grant).value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(m.paymentProblem(grant), u"That grant is paid already."_s);

        // The household's own request: no self-approval.
        QCOMPARE(m.grantProblem(u""_s, u"5"_s),
                 u"Purpose: say what the grant is for, such as “a home battery”."_s);
        QCOMPARE(m.grantProblem(u"x"_s.repeated(201), u"5"_s), u"Purpose: at most 200 characters."_s);
        QCOMPARE(m.grantProblem(u"heat pump"_s, u"0"_s), u"Amount: give more than 0 credits."_s);
        QVERIFY(m.requestGrant(u"heat pump"_s, u"5"_s));
        const QVariantMap mine = rowWith(m.grants(), u"mine"_s, true);
        QCOMPARE(mine.value(u"sentence"_s).toString(), u"You asked for 5.00 cr: “heat pump”"_s);
        QCOMPARE(mine.value(u"canApprove"_s).toBool(), false);
        QCOMPARE(m.approvalProblem(mine.value(u"id"_s).toString(), true),
                 u"A steward never approves a grant to their own dwelling."_s);

        // Seen by neighbour B, who is no steward.
        const app::CommunitySnapshot asB = *f.community->snapshot(f.community->neighbourB.publicKey());
        QVERIFY(!asB.steward);
        QVERIFY(!asB.grants.empty());
        QCOMPARE(app::checkApproval(asB, f.community->grant, true, f.clock.nowMs()).code,
                 app::ActionCheck::NotSteward);
        const auto own = ledger::Hash::fromHex(mine.value(u"id"_s).toString().toLatin1());
        QCOMPARE(app::checkApproval(asB, *own, true, f.clock.nowMs()).code, app::ActionCheck::NotSteward);
    }

    // Anonymous by default: only members who chose a name show one; the household's own choice is kept in
    // the site settings and handed to the publisher.
    void boardPrivacy()
    {
        QTemporaryDir configDir;
        SimulatedClock clock(startMs());
        config::ConfigStore store(clock);
        QVERIFY(store.open(configDir.path()));
        QTemporaryDir dir;
        DemoCommunity community(clock, dir.path());
        app::CommunityModel model(&store);
        community.attach(model);

        // Points: the giving part 50 * G / (G + T) and the reliability part 30 * delivered / committed, 30 *
        // 0.5 without commitments. The household only gives and delivered 0.5 of the 0.6 kWh it sold (50 +
        // 25); neighbour C only takes (0 + 15).
        const QVariantList board = model.board();
        QCOMPARE(board.size(), 4);
        QCOMPARE(board.first().toMap().value(u"me"_s).toBool(), true);
        QCOMPARE(board.first().toMap().value(u"name"_s).toString(), u"You (anonymous to others)"_s);
        QCOMPARE(board.first().toMap().value(u"points"_s).toString(), u"75.0 of 80"_s);
        QCOMPARE(board.last().toMap().value(u"points"_s).toString(), u"15.0 of 80"_s);
        QCOMPARE(board.last().toMap().value(u"name"_s).toString(), u"Anonymous member"_s);
        int named = 0;
        for (const QVariant &row : board)
            named += row.toMap().value(u"name"_s) == u"Sunny Row 2"_s ? 1 : 0;
        QCOMPARE(named, 1);
        // No key, dwelling or meter of anyone reaches the board.
        for (const QVariant &row : board) {
            const QString name = row.toMap().value(u"name"_s).toString();
            QVERIFY(!name.contains(shortKey(community.neighbourB).left(4)));
            QVERIFY(!name.contains(u"flat"_s));
        }

        QCOMPARE(model.setDisplayName(u"x"_s.repeated(41)), u"Name: at most 40 characters."_s);
        QCOMPARE(model.setDisplayName(u"  Solar Shed "_s), QString());
        QCOMPARE(store.siteSetting(u"community_display_name"_s).toString(), u"Solar Shed"_s);
        QCOMPARE(community.displayNames.at(community.household.publicKey()), u"Solar Shed"_s);
        QCOMPARE(model.board().first().toMap().value(u"name"_s).toString(), u"You (Solar Shed)"_s);
        // A new model reads the choice back from the site settings.
        app::CommunityModel again(&store);
        QCOMPARE(again.displayName(), u"Solar Shed"_s);
        QCOMPARE(model.setDisplayName(QString()), QString());
        QVERIFY(store.siteSetting(u"community_display_name"_s).isUndefined());
        QVERIFY(!community.displayNames.contains(community.household.publicKey()));
    }

    // The board's names travel signed by the member's key: a forged or misplaced one is refused.
    void signedBoardNames()
    {
        const ledger::SecretKey key = DemoCommunity::key(0x21);
        const ledger::SecretKey other = DemoCommunity::key(0x22);
        const QString topic = app::profileTopic(u"0123456789abcdef"_s, key.publicKey());
        QCOMPARE(topic, u"commonwatt/community/0123456789abcdef/profile/"_s + key.publicKey().toHex());
        const QByteArray payload = app::encodeProfile(key, u"Solar Shed"_s, 1'790'000'000'000);
        QString error;
        const auto profile = app::decodeProfile(topic, payload, &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->displayName, u"Solar Shed"_s);
        QCOMPARE(profile->member, key.publicKey());
        QCOMPARE(profile->timestampMs, std::int64_t(1'790'000'000'000));

        // On another member's topic.
        QVERIFY(!app::decodeProfile(app::profileTopic(u"0123456789abcdef"_s, other.publicKey()), payload,
                                    &error));
        QVERIFY2(error.contains(u"\"member\""_s), qPrintable(error));
        // A changed name.
        QJsonObject changed = QJsonDocument::fromJson(payload).object();
        changed[u"displayName"_s] = u"Mallory"_s;
        QVERIFY(!app::decodeProfile(topic, QJsonDocument(changed).toJson(), &error));
        QVERIFY2(error.contains(u"\"signature\""_s), qPrintable(error));
        // Signed by another key, claiming to be this one.
        QJsonObject forged = QJsonDocument::fromJson(app::encodeProfile(other, u"Solar Shed"_s, 1)).object();
        forged[u"member"_s] = key.publicKey().toHex();
        QVERIFY(!app::decodeProfile(topic, QJsonDocument(forged).toJson(), &error));
        QVERIFY2(error.contains(u"\"signature\""_s), qPrintable(error));
        // An empty message takes a name back: no profile, no error.
        error.clear();
        QVERIFY(!app::decodeProfile(topic, {}, &error));
        QVERIFY(error.isEmpty());
    }

    // Without a community the page says how to join, and no action goes anywhere.
    void withoutACommunity()
    {
        app::CommunityModel model;
        QVERIFY(!model.hasCommunity());
        QVERIFY(!model.joined());
        QVERIFY2(model.statusText().contains(u"installer mode"_s), qPrintable(model.statusText()));
        QCOMPARE(model.offerProblem(1, u"12:00"_s, u"14:00"_s, u"2"_s, u"0.30"_s),
                 u"This household is not a member of a community yet."_s);
        QVERIFY(!model.contribute(u"1"_s));
        QCOMPARE(model.feed()->rowCount(), 0);
        QVERIFY(model.actions().isEmpty());

        // A community whose ledger has not brought the membership yet.
        Fixture f(false);
        QVERIFY(f.model.joined());
        app::CommunityModel waiting;
        waiting.setPublisher([](quint64, const ledger::Payload &) {}, {}, u"Demo"_s);
        QVERIFY(waiting.hasCommunity());
        QCOMPARE(waiting.statusText(), u"Reading the community ledger…"_s);
    }

    // A busier ledger: 20 households' claims and validations over a day (3 840 entries), 200 offers and 400
    // acceptances. The snapshot is built on the worker once per summary; the page fetches 50 sentences.
    void largeLedger()
    {
        QTemporaryDir dir;
        SimulatedClock clock(startMs());
        DemoCommunity community(clock, dir.path(), false);
        std::vector<ledger::SecretKey> keys;
        keys.reserve(16);
        std::vector<const ledger::SecretKey *> members;
        for (int i = 0; i < 16; ++i) {
            keys.push_back(DemoCommunity::key(std::uint8_t(0x40 + i)));
            members.push_back(&keys.back());
            community.join(keys.back(), u"flat-%1"_s.arg(10 + i), startMs() - 9 * DemoCommunity::kDayMs + i);
        }
        for (const auto *key :
             {&community.household, &community.neighbourA, &community.neighbourB, &community.neighbourC})
            members.push_back(key);
        const std::int64_t dayStart = startMs() - 13 * DemoCommunity::kHourMs - 2 * DemoCommunity::kDayMs;
        for (int slot = 0; slot < 96; ++slot) {
            for (std::size_t m = 0; m < members.size(); ++m)
                community.claimAndValidate(*members[m], dayStart + slot * DemoCommunity::kSlotMs,
                                           100 + std::int64_t(m), slot > 40 && slot < 60 ? 300 : 0,
                                           slot > 40 && slot < 60 ? 400 : 0);
        }
        const std::int64_t later = dayStart + 52 * DemoCommunity::kHourMs;
        const std::int64_t tomorrow = startMs() + 23 * DemoCommunity::kHourMs;
        for (int i = 0; i < 200; ++i) {
            const ledger::Hash offer =
                community.add(*members[std::size_t(i) % members.size()],
                              ledger::TradeOffer{tomorrow, tomorrow + DemoCommunity::kSlotMs, 1'000, 200, 4},
                              later + 3 * i);
            community.add(*members[std::size_t(i + 1) % members.size()], ledger::TradeAcceptance{offer, 300},
                          later + 3 * i + 1);
            community.add(*members[std::size_t(i + 2) % members.size()], ledger::TradeAcceptance{offer, 300},
                          later + 3 * i + 2);
        }
        QElapsedTimer timer;
        timer.start();
        const ledger::CommunityState state = community.state();
        const qint64 deriveMs = timer.restart();
        (void)community.snapshot();
        const qint64 bothMs = timer.restart();
        app::CommunityModel model;
        community.attach(model);
        QCOMPARE(model.feed()->total(), 1 + 20 + 96 * 20 * 2 + 200 * 3);
        timer.restart();
        for (int row = 0; row < model.feed()->rowCount(); ++row)
            QVERIFY(!model.feed()->sentenceAt(row).isEmpty());
        const qint64 pageMs = timer.elapsed();
        QCOMPARE(model.offers().size(), 200);
        qInfo("%zu entries: derived in %lld ms, derived and snapshot in %lld ms, a page of sentences in %lld "
              "ms",
              std::size_t(state.effectiveEntries), deriveMs, bothMs, pageMs);
        QVERIFY2(bothMs < 10'000, qPrintable(QString::number(bothMs)));
        QVERIFY2(pageMs < 1'000, qPrintable(QString::number(pageMs)));
    }

    // Decimals as typed, exactly, in thousandths.
    void parsesDecimalsExactly()
    {
        QCOMPARE(app::CommunityModel::parseThousandths(u"2"_s), std::optional<std::int64_t>(2000));
        QCOMPARE(app::CommunityModel::parseThousandths(u"0.3"_s), std::optional<std::int64_t>(300));
        QCOMPARE(app::CommunityModel::parseThousandths(u"1,25"_s), std::optional<std::int64_t>(1250));
        QCOMPARE(app::CommunityModel::parseThousandths(u" 0.001 "_s), std::optional<std::int64_t>(1));
        QCOMPARE(app::CommunityModel::parseThousandths(u"2."_s), std::optional<std::int64_t>(2000));
        QVERIFY(!app::CommunityModel::parseThousandths(u"0.0001"_s));
        QVERIFY(!app::CommunityModel::parseThousandths(u"-1"_s));
        QVERIFY(!app::CommunityModel::parseThousandths(u"1e3"_s));
        QVERIFY(!app::CommunityModel::parseThousandths(QString()));
    }
};

QTEST_GUILESS_MAIN(TestCommunityModel)
#include "tst_communitymodel.moc"

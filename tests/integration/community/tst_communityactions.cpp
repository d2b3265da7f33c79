// The Community page's actions end to end (docs/community-app.md): two households' apps (LedgerService with
// a CommunityModel, as app/main.cpp wires them) and the distributor's validator on a real mosquitto. An offer
// made on one page is accepted on the other; a contribution and a grant request travel the same way, and a
// steward who lives in the community approves the request from its own app; every
// replica derives the same state; a refused entry comes back with the ledger's reason.
#include "communityfile.h"
#include "communityledger.h"
#include "communitymodel.h"
#include "communitysetup.h"
#include "ledgerservice.h"
#include "validatorservice.h"

#include "../../support/mosquitto.h"
#include "../../support/testcommunity.h"

#include "ledger/keyfile.h"
#include "ledger/replica.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace commonwatt;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");
constexpr qint64 kSlotMs = 15 * 60 * 1000;
constexpr qint64 kHourMs = 60 * 60 * 1000;
// Saturday 20 June 2026, 10:00 UTC: the memberships; the claimed slot is at 11:00.
const qint64 kJoinedMs = QDateTime(QDate(2026, 6, 20), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 kSlotStartMs = kJoinedMs + kHourMs;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QVariantMap first(const QVariantList &rows, bool mine)
{
    for (const QVariant &row : rows) {
        if (row.toMap().value(u"mine"_s).toBool() == mine)
            return row.toMap();
    }
    return {};
}
} // namespace

class TestCommunityActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
        QVERIFY(m_dir.isValid());
        m_community = m_dir.filePath(u"community"_s);
        const QString created = testing::createTestCommunity(m_community, kJoinedMs - 60'000, kPassphrase);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        for (const int i : {1, 2}) {
            const QString added = testing::addTestMember(m_community, i == 1 ? u"home"_s : u"neighbour"_s,
                                                         u"Riverside %1"_s.arg(i), u"M%1"_s.arg(i), 5'000,
                                                         u"[]"_s, kJoinedMs, kPassphrase);
            QVERIFY2(added.isEmpty(), qPrintable(added));
        }
        // The first steward lives in the community too, in a dwelling of its own: the distributor signs its
        // membership into the community's replica, which the validator serves.
        const auto distributor =
            ledger::KeyFile::read(community::keyFilePath(m_community, u"distributor"_s), kPassphrase);
        QVERIFY2(distributor.key, qPrintable(distributor.error));
        const auto steward =
            ledger::KeyFile::publicKeyOf(community::keyFilePath(m_community, u"steward-1"_s));
        QVERIFY(steward);
        ledger::LedgerReplica replica;
        QVERIFY(!replica.open(community::ledgerFilePath(m_community)));
        const ledger::Entry join =
            community::nextEntry(replica, *distributor.key, kJoinedMs + 1,
                                 ledger::MembershipJoin{*steward, u"Riverside 3"_s, u"M3"_s, u"F1"_s, u"S1"_s,
                                                        u"R1"_s, 10'000, 8'000, 0, u"[]"_s});
        const auto stored = replica.submit(join, kJoinedMs + 1);
        QVERIFY(stored.error.isEmpty() && stored.results.front().verdict.accepted());
    }

    void offerAcceptContributeAndAskForAGrant()
    {
        // The home exports 800 Wh of its PV in one slot: once validated, a balance to pay with.
        const QString readings = m_dir.filePath(u"readings.csv"_s);
        {
            QFile csv(readings);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write(
                u"meter,slot_start,import_wh,export_wh\nM1,%1,0,800\nM2,%1,300,0\nfeeder:F1,%1,5000,900\n"_s
                    .arg(iso(kSlotStartMs))
                    .toUtf8());
        }
        const qint64 afterSlotMs = kSlotStartMs + kSlotMs + 60'000;
        SimulatedClock validatorClock(afterSlotMs);
        community::ValidatorService validator(validatorClock);
        QCOMPARE(testing::startTestValidator(validator, m_community, m_broker.host(), m_broker.port(), readings,
                                             kPassphrase),
                 QString());

        SimulatedClock homeClock(afterSlotMs);
        SimulatedClock neighbourClock(afterSlotMs);
        app::LedgerService home(homeClock);
        app::LedgerService neighbour(neighbourClock);
        QVERIFY2(!home.open(optionsFor(u"home"_s), kPassphrase), "home");
        QVERIFY2(!neighbour.open(optionsFor(u"neighbour"_s), kPassphrase), "neighbour");
        home.start();
        neighbour.start();
        currency::SlotMeterData exported;
        exported.exportWh = 800;
        exported.pvWh = 1'100;
        home.addMeterSlots({{kSlotStartMs, exported}});
        currency::SlotMeterData imported;
        imported.importWh = 300;
        neighbour.addMeterSlots({{kSlotStartMs, imported}});
        QTRY_VERIFY_WITH_TIMEOUT(home.summary().joined && home.summary().lastClaimedSlotMs == kSlotStartMs,
                                 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(neighbour.summary().lastClaimedSlotMs == kSlotStartMs, 30'000);

        // 48 h later the claims are validated; the households' clocks move on past the validations, the
        // home's a minute behind the neighbour's: its acceptance is still stamped after the offer it accepts.
        validatorClock.advanceTo(afterSlotMs + 48 * kHourMs);
        homeClock.advanceTo(afterSlotMs + 49 * kHourMs - 60'000);
        neighbourClock.advanceTo(afterSlotMs + 49 * kHourMs);
        QTRY_COMPARE_WITH_TIMEOUT(home.summary().validatedClaims, 1, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(neighbour.summary().validatedClaims, 1, 30'000);
        QVERIFY(home.summary().balance.value() > 0);

        app::CommunityModel homePage;
        app::CommunityModel neighbourPage;
        homePage.attachLedger(home);
        neighbourPage.attachLedger(neighbour);
        QTRY_VERIFY_WITH_TIMEOUT(homePage.joined() && neighbourPage.joined(), 10'000);

        // The neighbour offers 1 kWh tomorrow 12:00-13:00 at 0.30 cr/kWh; the home's page lists it.
        QCOMPARE(neighbourPage.offerProblem(1, u"12:00"_s, u"13:00"_s, u"1"_s, u"0.30"_s), QString());
        QVERIFY(neighbourPage.offer(1, u"12:00"_s, u"13:00"_s, u"1"_s, u"0.30"_s));
        QCOMPARE(neighbourPage.actions().first().toMap().value(u"state"_s).toString(), u"pending"_s);
        QTRY_COMPARE_WITH_TIMEOUT(neighbourPage.actions().first().toMap().value(u"state"_s).toString(),
                                  u"done"_s, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!first(homePage.offers(), false).isEmpty(), 10'000);
        const QVariantMap offer = first(homePage.offers(), false);
        QCOMPARE(offer.value(u"energy"_s).toString(), u"1 kWh"_s);

        // The home takes 0.4 kWh of it (0.12 cr, within its balance).
        QCOMPARE(homePage.acceptProblem(offer.value(u"id"_s).toString(), u"0.4"_s), QString());
        QVERIFY(homePage.accept(offer.value(u"id"_s).toString(), u"0.4"_s));
        QTRY_COMPARE_WITH_TIMEOUT(homePage.actions().first().toMap().value(u"state"_s).toString(), u"done"_s,
                                  10'000);
        QTRY_COMPARE_WITH_TIMEOUT(neighbourPage.trades().size(), 1, 10'000);
        QVERIFY2(neighbourPage.trades()
                     .first()
                     .toMap()
                     .value(u"sentence"_s)
                     .toString()
                     .startsWith(u"You sell 0.4 kWh to household "_s),
                 qPrintable(neighbourPage.trades().first().toMap().value(u"sentence"_s).toString()));

        // A contribution from the home, a grant request from the neighbour: each seen on the other page.
        const double pool = neighbourPage.poolBalance();
        QVERIFY(homePage.contribute(u"0.1"_s));
        QTRY_COMPARE_WITH_TIMEOUT(homePage.actions().first().toMap().value(u"state"_s).toString(), u"done"_s,
                                  10'000);
        QTRY_COMPARE_WITH_TIMEOUT(neighbourPage.poolBalance(), pool + 0.1, 10'000);
        QVERIFY(neighbourPage.requestGrant(u"a heat pump"_s, u"20"_s));
        QTRY_COMPARE_WITH_TIMEOUT(homePage.grants().size(), 1, 10'000);
        QVERIFY2(homePage.grants()
                     .first()
                     .toMap()
                     .value(u"sentence"_s)
                     .toString()
                     .endsWith(u"asked for 20.00 cr: “a heat pump”"_s),
                 qPrintable(homePage.grants().first().toMap().value(u"sentence"_s).toString()));

        // The steward's app (a steward's key may be a household's) approves it; the others see the approval.
        SimulatedClock stewardClock(neighbourClock.nowMs());
        app::LedgerService steward(stewardClock);
        QVERIFY2(!steward.open(optionsFor(u"steward-1"_s), kPassphrase), "steward");
        steward.start();
        app::CommunityModel stewardPage;
        stewardPage.attachLedger(steward);
        QTRY_VERIFY_WITH_TIMEOUT(stewardPage.joined() && stewardPage.grants().size() == 1, 20'000);
        QVERIFY(stewardPage.steward());
        QVERIFY(!homePage.steward());
        const QVariantMap request = stewardPage.grants().first().toMap();
        QCOMPARE(request.value(u"approvalsText"_s).toString(),
                 u"0 of 3 approvals"_s); // over a tenth of the pool: k + 1
        QVERIFY(request.value(u"canApprove"_s).toBool());
        QCOMPARE(homePage.approvalProblem(request.value(u"id"_s).toString(), true),
                 u"Only the stewards named when the request was made can approve it."_s);
        QVERIFY(stewardPage.approve(request.value(u"id"_s).toString(), true));
        QTRY_COMPARE_WITH_TIMEOUT(stewardPage.actions().first().toMap().value(u"state"_s).toString(),
                                  u"done"_s, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(neighbourPage.grants().first().toMap().value(u"approvalsText"_s).toString(),
                                  u"1 of 3 approvals"_s, 10'000);

        // An acceptance beyond what is left, published past the page's check: the ledger refuses it and the
        // household's snapshot carries the reason.
        QSignalSpy finished(&home, &app::LedgerService::publishFinished);
        home.publishEntry(99, ledger::TradeAcceptance{
                                  *ledger::Hash::fromHex(offer.value(u"id"_s).toString().toLatin1()), 700});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        const auto refused = ledger::Hash::fromHex(finished.first().at(1).toString().toLatin1());
        QVERIFY(refused);
        QTRY_VERIFY_WITH_TIMEOUT(
            home.summary().community && home.summary().community->ownEntries.contains(*refused), 10'000);
        const auto &verdict = home.summary().community->ownEntries.at(*refused);
        QVERIFY(verdict);
        QCOMPARE(verdict->code, ledger::RefusalCode::OverAccepted);

        // Every replica, the validator's included, derives the same state.
        const community::CommunityFile file =
            *community::readCommunityFile(community::communityFilePath(m_community)).community;
        QTRY_VERIFY_WITH_TIMEOUT(
            stateOf(validator.replica(), file.id) == digestOf(u"home.sqlite"_s, file.id) &&
                stateOf(validator.replica(), file.id) == digestOf(u"neighbour.sqlite"_s, file.id) &&
                stateOf(validator.replica(), file.id) == digestOf(u"steward-1.sqlite"_s, file.id),
            10'000);
        const ledger::CommunityState state = community::deriveReplicaState(validator.replica(), file.id);
        QCOMPARE(state.offers.size(), std::size_t(1));
        QCOMPARE(state.trades.size(), std::size_t(1));
        QCOMPARE(state.trades.front().acceptedWh, std::int64_t(400));
        QCOMPARE(state.grants.size(), std::size_t(1));
        QCOMPARE(state.grants.front().details.amountMilliCredits, std::int64_t(20'000));
        QCOMPARE(state.grants.front().approvals.size(), std::size_t(1));
        QCOMPARE(state.pool.balance.value(), std::int64_t(100));
        home.stop();
        neighbour.stop();
        steward.stop();
    }

private:
    app::LedgerOptions optionsFor(const QString &member) const
    {
        app::LedgerOptions options;
        options.communityDirectory = m_community;
        options.member = member;
        options.host = m_broker.host();
        options.port = m_broker.port();
        options.ledgerFile = m_dir.filePath(member + u".sqlite"_s);
        options.debounce = std::chrono::milliseconds(100);
        return options;
    }

    static ledger::Hash stateOf(const ledger::LedgerReplica &replica, const ledger::Hash &genesis)
    {
        return community::deriveReplicaState(replica, genesis).stateDigest();
    }

    // A household's replica, read from its file (the service's worker keeps its own connection open).
    ledger::Hash digestOf(const QString &file, const ledger::Hash &genesis) const
    {
        ledger::LedgerReplica replica;
        if (replica.open(m_dir.filePath(file)))
            return {};
        return stateOf(replica, genesis);
    }

    testing::MosquittoBroker m_broker;
    QTemporaryDir m_dir;
    QString m_community;
};

QTEST_GUILESS_MAIN(TestCommunityActions)
#include "tst_communityactions.moc"

// commonwatt-community simulate on a real mosquitto (issue "Community ledger over MQTT", "Must show"): every
// household, steward and the validator with its own key, SQLite replica and MQTT connection; a member
// offline for a while, the broker restarted in the middle. Every replica must end with the same chain heads
// and the same derived state, balances must equal an independent recomputation from the entries, fees
// must reach the distributor, a trade must settle and a grant be paid after two of three approvals, and no
// claim may be lost or counted twice.
//
// CI runs the short form (12 households, 4 days, a member offline for a day); the full form (50 households,
// 7 days, a member offline for 2 days) runs with COMMONWATT_COMMUNITY_FULL=1.
#include "../../support/mosquitto.h"

#include "communitysim.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commonwatt::community;

class TstCommunitySim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void communityAgrees()
    {
        commonwatt::testing::MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        const bool full = qEnvironmentVariableIntValue("COMMONWATT_COMMUNITY_FULL") == 1;
        SimulationOptions options;
        options.host = broker.host();
        options.port = broker.port();
        options.directory = dir.path();
        options.households = full ? 50 : 12;
        options.days = full ? 7 : 4;
        options.offlineMember = 7;
        options.offlineFromDay = full ? 2 : 1;
        options.offlineDays = full ? 2 : 1;
        options.seed = 3;
        bool restarted = false;
        options.midway = [&broker, &restarted]() {
            broker.kill();
            restarted = broker.restart();
        };
        options.progress = [](const QString &line) { qInfo("%s", qPrintable(line)); };

        const SimulationResult r = runSimulation(options);
        qInfo().noquote() << formatText(r);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(restarted, "the broker did not come back");
        QVERIFY2(r.agreed, qPrintable(r.problems.join(u"; "_s)));
        QCOMPARE(r.replicas, options.households + 4);

        // Balances: the derived state equals the recomputation for every account (agreed checks each; here
        // the totals too), and the distributor's account holds exactly the fees.
        QVERIFY(r.distributorBalance > 0);
        QCOMPARE(r.distributorBalance, r.feesRecomputed);
        QCOMPARE(r.poolBalance, r.poolRecomputed);
        for (const MemberResult &m : r.members)
            QCOMPARE(m.balance, m.recomputed);

        // Nothing lost, nothing counted twice: every claim published is validated exactly once (the run ends
        // after the last claim's deadline), and no entry was refused by the rules. Only the member that was
        // away may have claims that reached the validator after it validated their slot (its oldest, when it
        // is away for the full 48 h); the validator refuses those, saying so.
        for (const MemberResult &m : r.members) {
            QVERIFY2(m.claims == options.days * 96, qPrintable(m.name));
            QVERIFY2(m.validated + m.refused == m.claims, qPrintable(u"%1: %2 of %3 claims validated, %4 refused"_s
                                                                          .arg(m.name)
                                                                          .arg(m.validated)
                                                                          .arg(m.claims)
                                                                          .arg(m.refused)));
            if (m.name != u"member-%1"_s.arg(options.offlineMember))
                QCOMPARE(m.refused, 0);
            else
                QVERIFY2(m.refused <= 8, qPrintable(QString::number(m.refused)));
            QCOMPARE(m.pending, 0);
        }
        for (const auto &[reason, count] : r.validatorRefusals)
            QVERIFY2(reason.startsWith(u"arrived after its slot was validated"_s), qPrintable(reason));
        QVERIFY2(r.refusedByReason.empty(), qPrintable(formatText(r)));

        QVERIFY2(r.tradesSettled >= 1, qPrintable(u"%1 trades offered"_s.arg(r.tradesOffered)));
        QVERIFY2(r.tradeDeliveredWh > 0, "the trades settled delivered nothing");
        QCOMPARE(r.grantsPaid, 1);
        QVERIFY2(r.offlineCaughtUpEntries > 0, "the offline member received nothing on its return");
    }
};

QTEST_GUILESS_MAIN(TstCommunitySim)
#include "tst_communitysim.moc"

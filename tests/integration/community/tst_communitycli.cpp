// commonwatt-community as stewards and a distributor use it: found a community, add members, read the
// status; refusals that exit 2 and name the file or field; and the validator as a service on a real
// mosquitto, validating a member's sealed claim against the revenue meter readings it is given.
#include "../../support/mosquitto.h"
#include "../../support/process.h"

#include "communityfile.h"
#include "communityledger.h"

#include "ledger/claim.h"
#include "ledger/encoding.h"
#include "ledger/keyfile.h"
#include "ledger/sync.h"
#include "ledger/validator.h"
#include "mqtt/pahomqttclient.h"

#include <commonwatt/clock.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commonwatt;
using namespace commonwatt::community;

namespace {

const QByteArray kPassphrase = "correct horse battery staple";

testing::ProcessResult run(const QStringList &arguments, const QByteArray &passphrase = kPassphrase)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"COMMONWATT_KEY_PASSPHRASE"_s, QString::fromUtf8(passphrase));
    environment.insert(u"COMMONWATT_KEY_INTERACTIVE_COST"_s, u"1"_s);
    return testing::runProcess(QStringLiteral(COMMONWATT_COMMUNITY_BINARY), arguments, {}, environment);
}

QString expectOk(const testing::ProcessResult &r)
{
    if (r.status != QProcess::NormalExit || r.exitCode != 0)
        qFatal("exit %d: %s", r.exitCode, qPrintable(r.err));
    return r.out;
}

void create(const QString &dir)
{
    expectOk(run({u"create"_s, u"--dir"_s, dir, u"--time-zone"_s, u"Europe/Amsterdam"_s, u"--name"_s,
                  u"Lindenhof"_s}));
    expectOk(run({u"add-member"_s, u"--dir"_s, dir, u"--name"_s, u"alice"_s, u"--dwelling"_s, u"Linden 1"_s,
                  u"--meter"_s, u"M1"_s, u"--feeder"_s, u"F1"_s, u"--substation"_s, u"S1"_s, u"--region"_s, u"R1"_s,
                  u"--pv-peak-w"_s, u"6000"_s, u"--devices"_s,
                  uR"([{"id":"battery","kind":"battery","powerW":5000,"capacityWh":10000}])"_s}));
}

} // namespace

class TstCommunityCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAddMemberStatus()
    {
        QTemporaryDir dir;
        create(dir.path());
        expectOk(run({u"add-member"_s, u"--dir"_s, dir.path(), u"--name"_s, u"bob"_s, u"--dwelling"_s, u"Linden 2"_s,
                      u"--meter"_s, u"M2"_s, u"--feeder"_s, u"F1"_s, u"--substation"_s, u"S1"_s, u"--region"_s,
                      u"R1"_s}));
        for (const QString &name : {u"steward-1"_s, u"steward-2"_s, u"steward-3"_s, u"distributor"_s, u"alice"_s, u"bob"_s}) {
            const QFileInfo key(keyFilePath(dir.path(), name));
            QVERIFY2(key.exists(), qPrintable(name));
            QCOMPARE(key.permissions() & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                     QFile::Permissions());
        }
        const CommunityFileResult community = readCommunityFile(communityFilePath(dir.path()));
        QVERIFY2(community.community, qPrintable(community.error));
        QCOMPARE(community.community->stewards.size(), std::size_t(3));

        const QJsonObject status = QJsonDocument::fromJson(
                                       expectOk(run({u"status"_s, u"--dir"_s, dir.path(), u"--json"_s})).toUtf8())
                                       .object();
        QCOMPARE(status[u"community"_s].toString(), community.community->id.toHex());
        QCOMPARE(status[u"entries"_s].toInt(), 3); // the genesis and two memberships
        QVERIFY2(status[u"refused"_s].toArray().isEmpty(),
                 QJsonDocument(status[u"refused"_s].toArray()).toJson().constData());
        QCOMPARE(status[u"heads"_s].toArray().size(), 2); // the founding steward and the distributor wrote
    }

    void refusals()
    {
        QTemporaryDir dir;
        create(dir.path());
        auto r = run({u"create"_s, u"--dir"_s, dir.path(), u"--time-zone"_s, u"UTC"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"community.json: a community already exists here"_s), qPrintable(r.err));

        r = run({u"add-member"_s, u"--dir"_s, dir.path(), u"--name"_s, u"carol"_s, u"--dwelling"_s, u"x"_s,
                 u"--meter"_s, u"M3"_s, u"--substation"_s, u"S1"_s, u"--region"_s, u"R1"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--feeder is required"_s), qPrintable(r.err));

        r = run({u"add-member"_s, u"--dir"_s, dir.path(), u"--name"_s, u"carol"_s, u"--dwelling"_s, u"x"_s,
                 u"--meter"_s, u"M3"_s, u"--feeder"_s, u"F1"_s, u"--substation"_s, u"S1"_s, u"--region"_s, u"R1"_s},
                "wrong passphrase");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"distributor.key"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(keyFilePath(dir.path(), u"carol"_s)));

        QFile file(communityFilePath(dir.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        json[u"id"_s] = QString(64, u'0');
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        r = run({u"status"_s, u"--dir"_s, dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"field \"id\""_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // The validator on a broker: a member's claim for a slot whose deadline has passed is validated against
    // the readings file, and the validation reaches the member's replica.
    void validatorValidatesAClaim()
    {
        testing::MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QTemporaryDir dir;
        create(dir.path());
        const CommunityFile community = *readCommunityFile(communityFilePath(dir.path())).community;

        // A slot that ended less than 48 h before the membership, claimed just after it: in time. The validator
        // runs on a clock 49 h on, when the slot's deadline has passed.
        const qint64 joinedMs = QDateTime::currentMSecsSinceEpoch();
        constexpr qint64 slotMs = 15 * 60 * 1000;
        const qint64 slot = (joinedMs - 47 * 3600 * 1000LL) / slotMs * slotMs;
        const QString slotText = QDateTime::fromMSecsSinceEpoch(slot, Qt::UTC).toString(Qt::ISODate);
        const QString validatorStart =
            QDateTime::fromMSecsSinceEpoch(joinedMs + 49 * 3600 * 1000LL, Qt::UTC).toString(Qt::ISODateWithMs);
        const QString readings = dir.filePath(u"readings.csv"_s);
        QFile csv(readings);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("meter,slot_start,import_wh,export_wh\nM1,%1,120,800\nfeeder:F1,%1,5000,900\n")
                      .arg(slotText)
                      .toUtf8());
        csv.close();

        QProcess validator;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"COMMONWATT_KEY_PASSPHRASE"_s, QString::fromUtf8(kPassphrase));
        validator.setProcessEnvironment(environment);
        validator.start(QStringLiteral(COMMONWATT_COMMUNITY_BINARY),
                        {u"validator"_s, u"--dir"_s, dir.path(), u"--broker"_s,
                         u"%1:%2"_s.arg(broker.host()).arg(broker.port()), u"--meter-readings"_s, readings, u"--start"_s, validatorStart});
        QVERIFY(validator.waitForStarted());

        // Alice, as her household's backend would: her key, her replica, her sync.
        ledger::KeyFile::ReadResult key = ledger::KeyFile::read(keyFilePath(dir.path(), u"alice"_s), kPassphrase);
        QVERIFY2(key.key, qPrintable(key.error));
        SimulatedClock clock(joinedMs + 60'000);
        ledger::LedgerReplica replica;
        QVERIFY(!replica.open(dir.filePath(u"alice.sqlite"_s)));
        commonwatt::mqtt::MqttBrokerSettings settings;
        settings.host = broker.host();
        settings.port = broker.port();
        settings.clientId = u"alice"_s;
        commonwatt::mqtt::PahoMqttClient client(settings);
        ledger::ReplicaHooks hooks;
        hooks.submit = [&replica](const QByteArray &bytes, qint64 at) {
            const auto result = replica.submit(bytes, at);
            ledger::SubmitOutcome outcome;
            outcome.verdict = result.results.front().verdict;
            for (const ledger::Hash &hash : result.results.front().accepted) {
                const auto entry = ledger::decode(*replica.entry(hash)).entry;
                outcome.accepted.push_back({entry->participant, entry->sequence, hash});
            }
            return outcome;
        };
        hooks.heads = [&replica]() {
            const std::map<ledger::PublicKey, ledger::ChainHead> heads = replica.heads();
            return std::vector<std::pair<ledger::PublicKey, ledger::ChainHead>>(heads.begin(), heads.end());
        };
        hooks.entriesAfter = [&replica](const ledger::PublicKey &p, std::uint64_t after, int limit) {
            return replica.entriesAfter(p, after, limit);
        };
        ledger::LedgerSyncSettings syncSettings;
        syncSettings.communityId = community.id.toHex();
        syncSettings.ownKeys = {key.key->publicKey()};
        ledger::LedgerSync sync(client, clock, hooks, syncSettings);
        client.start();
        QVERIFY(sync.start());

        ledger::ClaimContent content;
        content.salt = *ledger::randomClaimSalt();
        content.slotStartMs = slot;
        content.importWh = 121; // within 10 Wh of the meter's 120
        content.exportWh = 800;
        content.pvWh = 1100;
        content.devices.push_back({u"battery"_s, 200, 0, 0});
        std::vector<ledger::PublicKey> recipients{community.distributor};
        recipients.insert(recipients.end(), community.stewards.begin(), community.stewards.end());
        const ledger::SealResult sealed = ledger::sealMeterClaim(content, recipients);
        QVERIFY2(sealed.claim, qPrintable(sealed.error));
        ledger::Entry claim;
        claim.sequence = 1;
        claim.timestampMs = joinedMs + 60'000;
        claim.payload = *sealed.claim;
        claim.sign(*key.key);
        const QByteArray bytes = ledger::encode(claim);
        QVERIFY(replica.submit(bytes, clock.nowMs()).results.front().verdict.accepted());
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == MqttClient::State::Connected, 10'000);
        sync.publishOwn(bytes);

        // The validator's validation comes back, with the genesis and the memberships it relays.
        QTRY_VERIFY_WITH_TIMEOUT(replica.head(community.distributor).sequence >= 2, 30'000);
        const ledger::CommunityState state = deriveReplicaState(replica, community.id);
        QVERIFY2(state.error.isEmpty(), qPrintable(state.error));
        const auto totals = state.totals.find(key.key->publicKey());
        QVERIFY(totals != state.totals.end());
        QStringList refusals;
        for (const ledger::Refusal &r : state.refused)
            refusals << ledger::refusalCodeName(r.code) + u": "_s + r.text;
        QVERIFY2(totals->second.validatedClaims == 1, qPrintable(refusals.join(u"; "_s)));
        QVERIFY(totals->second.pendingClaims.empty());
        QVERIFY2(state.refused.empty(), qPrintable(refusals.join(u"; "_s)));
        QVERIFY(state.balance(key.key->publicKey()).value() != 0);

        validator.terminate();
        QVERIFY(validator.waitForFinished(10'000));
        QCOMPARE(validator.exitStatus(), QProcess::NormalExit);
        QCOMPARE(validator.exitCode(), 0);
        QVERIFY2(validator.readAllStandardOutput().contains("published 1 entries"), "no publish reported");
    }
};

QTEST_GUILESS_MAIN(TstCommunityCli)
#include "tst_communitycli.moc"

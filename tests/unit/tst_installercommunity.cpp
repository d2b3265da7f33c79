// The installer's Community card model: joining a community made as commonwatt-community makes it, with the
// member's key file, its passphrase and community.json, over a real mosquitto; refused inputs name the file
// or field and leave nothing behind; pending until the distributor's validator brings the membership, then a
// member.
#include "communitysetup.h"
#include "installercommunity.h"
#include "kioskmodel.h"
#include "ledgerservice.h"
#include "validatorservice.h"

#include "../support/testcommunity.h"
#include "../support/mosquitto.h"

#include "config/configstore.h"
#include "ledger/keyfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace commonwatt;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");
const qint64 kJoinedMs = QDateTime(QDate(2026, 6, 20), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
} // namespace

class TestInstallerCommunity : public QObject
{
    Q_OBJECT

private:
    testing::MosquittoBroker m_broker;
    QTemporaryDir m_dir;
    QString m_community; // as the distributor made it
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<config::ConfigStore> m_config;
    std::unique_ptr<app::LedgerService> m_ledger;
    std::unique_ptr<app::InstallerCommunity> m_model;
    int m_joins = 0;

    [[nodiscard]] QString memberKey() const { return m_community + u"/keys/home.key"_s; }
    [[nodiscard]] QString communityFile() const { return m_community + u"/community.json"_s; }
    [[nodiscard]] QString join(const QString &communityFile, const QString &keyFile,
                               const QString &passphrase)
    {
        return m_model->join(communityFile, keyFile, passphrase, m_broker.host(),
                             QString::number(m_broker.port()), false, {});
    }

    // The distributor's validator on the broker: it publishes the memberships of the community's replica.
    void startValidator(community::ValidatorService &validator)
    {
        QCOMPARE(testing::startTestValidator(validator, m_community, m_broker.host(), m_broker.port(),
                                             m_dir.filePath(u"readings.csv"_s), kPassphrase),
                 QString());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
        QVERIFY(m_dir.isValid());
        m_community = m_dir.filePath(u"community"_s);
        QCOMPARE(testing::createTestCommunity(m_community, kJoinedMs - 60'000, kPassphrase), QString());
        QCOMPARE(testing::addTestMember(m_community, u"home"_s, u"Riverside 7"_s, u"M1"_s, 0, u"[]"_s, kJoinedMs,
                                        kPassphrase),
                 QString());
        // The revenue meter's readings the validator compares claims with: none yet.
        QFile csv(m_dir.filePath(u"readings.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("meter,slot_start,import_wh,export_wh\n");
        csv.close();
        // As it arrives on a USB stick: readable by others.
        QVERIFY(QFile::setPermissions(memberKey(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    }

    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<SimulatedClock>(kJoinedMs + 60'000);
        m_config = std::make_unique<config::ConfigStore>(*m_clock);
        QVERIFY(m_config->open(m_data->path()));
        m_joins = 0;
        m_model = std::make_unique<app::InstallerCommunity>(
            *m_config, m_data->path(),
            [this](app::LedgerOptions options, QByteArrayView passphrase) -> std::optional<QString> {
                ++m_joins;
                options.ledgerFile = m_data->filePath(u"ledger.sqlite"_s);
                auto ledger = std::make_unique<app::LedgerService>(*m_clock);
                if (auto problem = ledger->open(options, passphrase))
                    return problem;
                ledger->start();
                m_ledger = std::move(ledger);
                return std::nullopt;
            },
            [this] { return m_ledger.get(); }, nullptr);
    }

    void cleanup()
    {
        m_model.reset();
        m_ledger.reset();
        m_config.reset();
        m_clock.reset();
        m_data.reset();
    }

    void refusedInputsNameTheFieldAndLeaveNothing()
    {
        QCOMPARE(m_model->state(), u"none"_s);
        QCOMPARE(m_model->statusText(), u"Not in a community: the credits shown are estimates."_s);
        QCOMPARE(join({}, memberKey(), QString::fromUtf8(kPassphrase)), u"Community file: required"_s);
        QCOMPARE(join(communityFile(), {}, QString::fromUtf8(kPassphrase)), u"Member key file: required"_s);
        QCOMPARE(join(communityFile(), memberKey(), {}), u"Passphrase: required"_s);
        QCOMPARE(m_model->join(communityFile(), memberKey(), u"x"_s, u"mqtt://broker"_s, {}, false, {}),
                 u"Broker host: enter a host name or IP address, without mqtt:// or a port"_s);
        QCOMPARE(m_model->join(communityFile(), memberKey(), u"x"_s, u"broker"_s, u"99999"_s, false, {}),
                 u"Port: \"99999\" is not a port from 1 to 65535"_s);
        // A wrong passphrase: the key file's own message, naming the file given.
        const QString wrong = join(communityFile(), memberKey(), u"not the passphrase"_s);
        QVERIFY2(wrong.startsWith(memberKey()), qPrintable(wrong));
        // Not community.json.
        const QString notCommunity = join(memberKey(), memberKey(), QString::fromUtf8(kPassphrase));
        QVERIFY2(notCommunity.contains(memberKey()), qPrintable(notCommunity));
        // The distributor's key is not a household's: refused by the ledger, and the copies are taken back.
        const QString distributor =
            join(communityFile(), m_community + u"/keys/distributor.key"_s, QString::fromUtf8(kPassphrase));
        QVERIFY2(distributor.contains(u"not a household's"_s), qPrintable(distributor));
        QCOMPARE(m_joins, 1);
        QVERIFY(!QFile::exists(m_model->communityFolder() + u"/keys/distributor.key"_s));
        QVERIFY(!QFile::exists(m_model->communityFolder() + u"/community.json"_s));
        QVERIFY(QDir(m_model->communityFolder() + u"/keys"_s).entryList(QDir::Files).isEmpty());
        QCOMPARE(m_model->state(), u"none"_s);
        QVERIFY(m_config->siteSetting(config::sitekey::communityMember).isUndefined());
    }

    void joinsPendingUntilTheDistributorConfirms()
    {
        QCOMPARE(join(communityFile(), memberKey(), QString::fromUtf8(kPassphrase)), QString());
        // The key is copied private to its owner; the passphrase is stored nowhere.
        const QString copied = m_model->communityFolder() + u"/keys/home.key"_s;
        QVERIFY(QFile::exists(copied));
        QCOMPARE(QFile::permissions(copied) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(QFile::exists(m_model->communityFolder() + u"/community.json"_s));
        QCOMPARE(m_config->siteSetting(config::sitekey::communityMember).toString(), u"home"_s);
        QCOMPARE(m_config->siteSetting(config::sitekey::communityHost).toString(), m_broker.host());
        QCOMPARE(m_config->siteSetting(config::sitekey::communityPort).toInt(), int(m_broker.port()));
        QVERIFY(!QJsonDocument(m_config->siteSettings()).toJson().contains(kPassphrase));
        QCOMPARE(m_model->memberName(), u"home"_s);

        // Connected, but without the distributor's membership entry the household waits.
        QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), u"pending"_s, 30'000);
        QCOMPARE(
            m_model->statusText(),
            u"Waiting for the distributor to confirm the membership of home in Riverside. Until then the "
            "household's slots wait to be claimed."_s);
        QCOMPARE(join(communityFile(), memberKey(), QString::fromUtf8(kPassphrase)),
                 u"This household is a member of Riverside already."_s);

        // The distributor's validator publishes the membership: the household is a member.
        SimulatedClock validatorClock(kJoinedMs + 60'000);
        community::ValidatorService validator(validatorClock);
        startValidator(validator);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), u"member"_s, 30'000);
        QVERIFY2(m_model->statusText().startsWith(u"Member of Riverside as home."_s),
                 qPrintable(m_model->statusText()));
    }

    void refusedOutsideInstallerMode()
    {
        app::KioskModel kiosk(*m_config, *m_clock, false);
        app::InstallerCommunity gated(
            *m_config, m_data->path(),
            [](app::LedgerOptions, QByteArrayView) {
                return std::optional<QString>(u"must not be called"_s);
            },
            [] { return nullptr; }, &kiosk);
        QCOMPARE(gated.join(communityFile(), memberKey(), QString::fromUtf8(kPassphrase), m_broker.host(), {},
                            false, {}),
                 u"Only the installer can change the setup: enter installer mode first."_s);
    }

    void aKeyMadeHereJoinsOnceTheDistributorAddsItsPublicKey()
    {
        m_model->setKdfLimits(ledger::KdfLimits::interactive());
        const QString pass = u"panel passphrase"_s;
        QCOMPARE(
            m_model->createKey(u"flat 2"_s, pass, pass),
            u"Member name: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"_s);
        QCOMPARE(m_model->createKey(u"flat-2"_s, u"short"_s, u"short"_s),
                 u"Passphrase: at least 8 characters"_s);
        QCOMPARE(m_model->createKey(u"flat-2"_s, pass, u"other passphrase"_s),
                 u"Passphrase: the two entries differ"_s);
        QCOMPARE(m_model->createKey(u"flat-2"_s, pass, pass), QString());
        const QString keyFile = m_model->newKeyFile();
        QCOMPARE(keyFile, m_model->communityFolder() + u"/keys/flat-2.key"_s);
        QCOMPARE(QFile::permissions(keyFile) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const std::optional<ledger::PublicKey> made = ledger::KeyFile::publicKeyOf(keyFile);
        QVERIFY(made);
        QCOMPARE(m_model->newPublicKey(), made->toHex());
        QVERIFY2(m_model->createKey(u"flat-2"_s, pass, pass).contains(u"exists already"_s), "no second key");

        // The distributor adds the household with its public key: no key file on their side.
        community::MemberOptions member =
            testing::testMember(m_community, u"flat-2"_s, u"Riverside 9"_s, u"M2"_s, kJoinedMs + 1000);
        member.publicKeyHex = m_model->newPublicKey();
        const community::SetupResult added = community::addMember(member, {kPassphrase, true});
        QVERIFY2(added.ok, qPrintable(added.error));
        QCOMPARE(added.output.trimmed(), made->toHex());
        QVERIFY(!QFile::exists(m_community + u"/keys/flat-2.key"_s));

        QCOMPARE(join(communityFile(), keyFile, pass), QString());
        QVERIFY(m_model->newPublicKey().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_model->state() == u"pending"_s || m_model->state() == u"member"_s, 30'000);
        SimulatedClock validatorClock(kJoinedMs + 60'000);
        community::ValidatorService validator(validatorClock);
        startValidator(validator);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), u"member"_s, 30'000);
        QVERIFY2(m_model->statusText().startsWith(u"Member of Riverside as flat-2."_s),
                 qPrintable(m_model->statusText()));
    }

    void aMembershipThatDidNotStartAgainSaysWhy()
    {
        QVERIFY(m_config->putSiteSetting(config::sitekey::communityMember, u"home"_s));
        m_model->watchLedger();
        QCOMPARE(m_model->state(), u"resumeFailed"_s);
        QVERIFY(m_model->statusText().contains(u"COMMONWATT_KEY_PASSPHRASE"_s));
    }
};

QTEST_MAIN(TestInstallerCommunity)
#include "tst_installercommunity.moc"

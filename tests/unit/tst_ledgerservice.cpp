// LedgerService (app/ledgerservice.*, docs/ledger-app.md) against a real mosquitto and the distributor's
// validator: a community made as commonwatt-community makes it, the household's measured slots claimed once
// each (also across a restart), pending until the validator validates them, and the balance the validations
// give, recomputed here with the currency engine.
#include "communityfile.h"
#include "communitysetup.h"
#include "ledgerservice.h"
#include "validatorservice.h"

#include "../support/mosquitto.h"
#include "../support/testcommunity.h"

#include "currency/communityconfig.h"
#include "currency/slotsettlement.h"
#include "ledger/claim.h"
#include "ledger/keyfile.h"
#include "ledger/replica.h"

#include <QDateTime>
#include <QDir>
#include "historyexport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace commonwatt;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");
constexpr qint64 kSlotMs = 15 * 60 * 1000;
constexpr qint64 kHourMs = 60 * 60 * 1000;
constexpr std::int64_t kPvPeakW = 5'000;
// Saturday 20 June 2026, 10:00 UTC: the membership; the slots follow from 11:00.
const qint64 kJoinedMs = QDateTime(QDate(2026, 6, 20), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 kFirstSlotMs = kJoinedMs + kHourMs;

currency::SlotMeterData measured(std::int64_t importWh, std::int64_t exportWh, std::int64_t pvWh,
                                 std::int64_t chargeWh)
{
    currency::SlotMeterData meter;
    meter.importWh = importWh;
    meter.exportWh = exportWh;
    meter.pvWh = pvWh;
    meter.storageChargeWh = chargeWh;
    return meter;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

class TestLedgerService : public QObject
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
        const QString added = testing::addTestMember(
            m_community, u"home"_s, u"Riverside 7"_s, u"M1"_s, kPvPeakW,
            uR"([{"id":"bat-1","kind":"battery","powerW":3000,"capacityWh":10000}])"_s, kJoinedMs, kPassphrase);
        QVERIFY2(added.isEmpty(), qPrintable(added));
        m_member = *ledger::KeyFile::publicKeyOf(community::keyFilePath(m_community, u"home"_s));
    }

    void passphraseFromTheEnvironmentOrACredential()
    {
        qputenv("COMMONWATT_KEY_PASSPHRASE", "from the variable");
        QString error;
        QCOMPARE(app::LedgerService::passphraseFromEnvironment(&error), QByteArray("from the variable"));
        qunsetenv("COMMONWATT_KEY_PASSPHRASE");
        QTemporaryDir credentials;
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentials.path()));
        QVERIFY(!app::LedgerService::passphraseFromEnvironment(&error));
        QVERIFY2(error.contains(u"commonwatt-key-passphrase"_s), qPrintable(error));
        QFile file(QDir(credentials.path()).filePath(u"commonwatt-key-passphrase"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from systemd\n");
        file.close();
        QCOMPARE(app::LedgerService::passphraseFromEnvironment(&error), QByteArray("from systemd"));
        qunsetenv("CREDENTIALS_DIRECTORY");
        QVERIFY(!app::LedgerService::passphraseFromEnvironment(&error));
        QVERIFY2(error.contains(u"COMMONWATT_KEY_PASSPHRASE"_s), qPrintable(error));
    }

    void startupErrorsNameTheFile()
    {
        SimulatedClock clock(kJoinedMs);
        app::LedgerOptions options = optionsFor(u"wrong.sqlite"_s);
        {
            app::LedgerService service(clock);
            const auto error = service.open(options, "not the passphrase");
            QVERIFY(error);
            QVERIFY2(error->contains(u"home.key"_s), qPrintable(*error));
        }
        {
            options.member = u"nobody"_s;
            app::LedgerService service(clock);
            const auto error = service.open(options, kPassphrase);
            QVERIFY(error);
            QVERIFY2(error->contains(u"nobody.key"_s), qPrintable(*error));
        }
        {
            options.member = u"distributor"_s;
            app::LedgerService service(clock);
            const auto error = service.open(options, kPassphrase);
            QVERIFY(error);
            QVERIFY2(error->contains(u"not a household's"_s), qPrintable(*error));
        }
        {
            options = optionsFor(u"wrong.sqlite"_s);
            options.communityDirectory = m_dir.filePath(u"nowhere"_s);
            app::LedgerService service(clock);
            const auto error = service.open(options, kPassphrase);
            QVERIFY(error);
            QVERIFY2(error->contains(u"community.json"_s), qPrintable(*error));
        }
    }

    void claimsOnceEachAndShowsWhatTheGridConfirmed()
    {
        // The revenue meter agrees with the household's meter: three slots of import, one with export.
        const std::vector<std::pair<qint64, currency::SlotMeterData>> slotList{
            {kFirstSlotMs, measured(400, 0, 0, 0)},
            {kFirstSlotMs + kSlotMs, measured(120, 800, 1100, 200)},
            {kFirstSlotMs + 2 * kSlotMs, measured(650, 0, 300, 0)},
            {kFirstSlotMs + 3 * kSlotMs, measured(90, 0, 0, 0)},
        };
        const QString readings = m_dir.filePath(u"readings.csv"_s);
        {
            QFile csv(readings);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("meter,slot_start,import_wh,export_wh\n");
            for (const auto &[slot, meter] : slotList) {
                csv.write(u"M1,%1,%2,%3\nfeeder:F1,%1,5000,900\n"_s.arg(iso(slot))
                              .arg(meter.importWh)
                              .arg(meter.exportWh)
                              .toUtf8());
            }
        }
        const qint64 afterSlotsMs = kFirstSlotMs + 4 * kSlotMs + 60'000;

        // The distributor's validator on its own clock: nothing is due until 48 h after the last slot.
        SimulatedClock validatorClock(afterSlotsMs);
        community::ValidatorService validator(validatorClock);
        QCOMPARE(testing::startTestValidator(validator, m_community, m_broker.host(), m_broker.port(), readings,
                                             kPassphrase),
                 QString());

        SimulatedClock clock(afterSlotsMs);
        const app::LedgerOptions options = optionsFor(u"ledger.sqlite"_s);
        auto firstThree = QList<app::MeterSlot>{};
        for (std::size_t i = 0; i < 3; ++i)
            firstThree.append({slotList[i].first, slotList[i].second});
        {
            app::LedgerService service(clock);
            QSignalSpy published(&service, &app::LedgerService::claimPublished);
            const auto error = service.open(options, kPassphrase);
            QVERIFY2(!error, qPrintable(error.value_or(QString())));
            service.start();
            // Slots measured before the membership reached the replica wait for it.
            service.addMeterSlots(firstThree);
            QTRY_VERIFY_WITH_TIMEOUT(service.summary().joined, 30'000);
            QTRY_COMPARE_WITH_TIMEOUT(published.size(), 3, 10'000);
            service.addMeterSlots(firstThree); // the same slots again (today's are settled on every refresh)
            QTRY_COMPARE_WITH_TIMEOUT(service.summary().pendingClaims, 3, 10'000);
            QCOMPARE(*service.summary().oldestPendingSlotMs, kFirstSlotMs);
            QCOMPARE(service.summary().validatedClaims, 0);
            QCOMPARE(service.summary().balance.value(), 0);
            QCOMPARE(published.size(), 3);
            QTRY_COMPARE_WITH_TIMEOUT(claimsIn(validator.replica()), 3, 10'000);
        }
        // A restart finds the last claimed slot in its own chain: only the new slot is claimed.
        app::LedgerService service(clock);
        QSignalSpy published(&service, &app::LedgerService::claimPublished);
        const auto error = service.open(options, kPassphrase);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        service.start();
        QList<app::MeterSlot> all = firstThree;
        all.append({slotList[3].first, slotList[3].second});
        service.addMeterSlots(all);
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 10'000);
        QCOMPARE(published.front().front().toLongLong(), slotList[3].first);
        QTRY_COMPARE_WITH_TIMEOUT(service.summary().pendingClaims, 4, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(claimsIn(validator.replica()), 4, 10'000);

        // 48 h after the last slot the validator validates all four: nothing waits any more.
        validatorClock.advanceTo(afterSlotsMs + 48 * kHourMs);
        QTRY_COMPARE_WITH_TIMEOUT(service.summary().validatedClaims, 4, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(service.summary().pendingClaims, 0, 10'000);
        QVERIFY(!service.summary().oldestPendingSlotMs);
        QCOMPARE(published.size(), 1);
        QCOMPARE(claimsIn(validator.replica()), 4);

        // The balance, slot by slot with the currency engine: the revenue meter's import and export, the
        // export eligible as giving (at most the metered PV and the registered peak), all of it on the
        // feeder (the feeder imports more than it exports), the community's default signals.
        const community::CommunityFile file =
            *community::readCommunityFile(community::communityFilePath(m_community)).community;
        const auto *genesis = std::get_if<ledger::CommunityConfiguration>(&file.genesis.payload);
        const currency::CommunityConfig config =
            *currency::parseCommunityConfig(QJsonDocument::fromJson(genesis->configJson.toUtf8()).object())
                 .config;
        const currency::SlotSignals signals_ = currency::settledSignals(config, {});
        std::int64_t expected = 0;
        for (const auto &[slot, meter] : slotList) {
            currency::SlotMeterData settled;
            settled.importWh = meter.importWh;
            settled.exportWh = meter.exportWh;
            settled.pvWh = std::min({meter.exportWh, meter.pvWh, kPvPeakW * 15 / 60});
            settled.exportByHops = std::array<std::int64_t, currency::kHopCount>{meter.exportWh, 0, 0, 0, 0};
            settled.pvPeakW = kPvPeakW;
            const currency::SlotSettlement result = currency::settleSlot(config, signals_, settled);
            QVERIFY2(result.breakdown, qPrintable(result.error));
            expected += result.breakdown->net().value();
        }
        QVERIFY(expected != 0);
        QCOMPARE(service.summary().balance.value(), expected);
        QVERIFY(service.summary().joined);
        QCOMPARE(service.summary().lastClaimedSlotMs, slotList[3].first);

        // The History page's ledger export: the entries of the range, one per row, as the replica holds them.
        // The household's four claims and their four validations fall within the day of the slots.
        QSignalSpy exported(&service, &app::LedgerService::entriesExported);
        const QString csvPath = m_dir.filePath(u"ledger-export.csv"_s);
        const qint64 dayStart = QDateTime(QDate(2026, 6, 20), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        service.exportEntries(csvPath, kFirstSlotMs, dayStart + 10 * 24 * kHourMs);
        QVERIFY(exported.wait(10'000));
        QVERIFY2(exported.front().at(0).toBool(), qPrintable(exported.front().at(2).toString()));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QCOMPARE(lines.constFirst() + '\n', QByteArray(app::kLedgerCsvHeader));
        QCOMPARE(lines.constLast(), QByteArray()); // ends with a line break
        QList<qint64> claimedSlots;
        int validations = 0;
        for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
            if (lines[i].contains(",meter claim,")) {
                QVERIFY(lines[i].contains(QByteArray(',' + m_member.toHex().toLatin1() + ',')));
                const QByteArray json = lines[i].mid(lines[i].indexOf(",\"{") + 2).chopped(1).replace("\"\"", "\"");
                claimedSlots.append(QJsonDocument::fromJson(json).object().value(u"slotStartMs"_s).toInteger());
            }
            validations += lines[i].contains(",validation,") ? 1 : 0;
        }
        QCOMPARE(claimedSlots, (QList<qint64>{slotList[0].first, slotList[1].first, slotList[2].first,
                                              slotList[3].first}));
        QCOMPARE(validations, 4);
        QCOMPARE(exported.front().at(1).toLongLong(), lines.size() - 2);
        // Before the first slot: nothing of the household's claims (the membership came earlier).
        exported.clear();
        service.exportEntries(csvPath, 0, kFirstSlotMs);
        QVERIFY(exported.wait(10'000));
        csvFile.close(); // the export replaced the file
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray before = csvFile.readAll();
        QVERIFY(before.startsWith(app::kLedgerCsvHeader));
        QVERIFY(!before.contains(",meter claim,"));
        // A folder that does not exist is named.
        exported.clear();
        const QString bad = m_dir.filePath(u"no-such-folder/ledger.csv"_s);
        service.exportEntries(bad, 0, kFirstSlotMs);
        QVERIFY(exported.wait(10'000));
        QVERIFY(!exported.front().at(0).toBool());
        QVERIFY2(exported.front().at(2).toString().contains(QDir::toNativeSeparators(bad)),
                 qPrintable(exported.front().at(2).toString()));
    }

private:
    app::LedgerOptions optionsFor(const QString &ledgerFile) const
    {
        app::LedgerOptions options;
        options.communityDirectory = m_community;
        options.member = u"home"_s;
        options.host = m_broker.host();
        options.port = m_broker.port();
        options.ledgerFile = m_dir.filePath(ledgerFile);
        options.debounce = std::chrono::milliseconds(100);
        return options;
    }

    // The household's meter claims in a replica.
    int claimsIn(const ledger::LedgerReplica &replica) const
    {
        int claims = 0;
        (void)replica.forEachEntry([&](const ledger::Entry &entry, const ledger::Hash &) {
            if (entry.participant == m_member && std::holds_alternative<ledger::MeterClaim>(entry.payload))
                ++claims;
            return true;
        });
        return claims;
    }

    testing::MosquittoBroker m_broker;
    QTemporaryDir m_dir;
    QString m_community;
    ledger::PublicKey m_member;
};

QTEST_GUILESS_MAIN(TestLedgerService)
#include "tst_ledgerservice.moc"

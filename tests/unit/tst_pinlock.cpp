// The installer PIN (backend/security/pinlock.*) kept in a real config.sqlite through the app's ConfigPinStore:
// argon2id hashes, the format rule, the lockout with its growing delay on a manual clock, the lockout across a
// restart, no digit of the PIN in the file, no hash in an export, and the command-line reset.
#include "configcommand.h"
#include "configpinstore.h"

#include "config/configstore.h"
#include "security/pinlock.h"

#include <commonwatt/clock.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace commonwatt;
using namespace Qt::StringLiterals;
using security::PinLock;

namespace {

constexpr qint64 kStartMs = 1'790'000'000'000;
const QString kPin = u"90817263"_s;
const QString kWrongPin = u"11112222"_s;

config::ConfigSchemas noPlugins()
{
    return {[](const QString &) { return std::optional<SettingsSchema>(); }, {}};
}

} // namespace

class TestPinLock : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock = std::make_unique<SimulatedClock>(kStartMs);
        openStore();
    }
    void cleanup()
    {
        m_lock.reset();
        m_pins.reset();
        m_store.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void hashIsArgon2id()
    {
        QVERIFY(!m_lock->isSet());
        QString error;
        QVERIFY2(m_lock->setPin(kPin, &error), qPrintable(error));
        QVERIFY(m_lock->isSet());
        const QString hash = m_store->siteSetting(config::sitekey::installerPinHash).toString();
        QVERIFY2(hash.startsWith(u"$argon2id$"_s), qPrintable(hash));
        // The interactive limits: 64 MiB, two passes.
        QVERIFY2(hash.contains(u"m=65536,t=2"_s), qPrintable(hash));
        // A salt per hash: the same PIN twice gives two hashes.
        QVERIFY(m_lock->setPin(kPin, &error));
        QVERIFY(m_store->siteSetting(config::sitekey::installerPinHash).toString() != hash);
    }

    void rightAndWrongPin()
    {
        QString error;
        QCOMPARE(m_lock->verify(kPin).outcome, PinLock::Outcome::NotSet);
        QVERIFY(m_lock->setPin(kPin, &error));
        QCOMPARE(m_lock->verify(kPin).outcome, PinLock::Outcome::Accepted);
        const PinLock::Result wrong = m_lock->verify(kWrongPin);
        QCOMPARE(wrong.outcome, PinLock::Outcome::Wrong);
        QCOMPARE(wrong.attemptsLeft, 4);
        QCOMPARE(wrong.lockedForMs, 0);
        // A prefix or an extension of the PIN is another PIN.
        QCOMPARE(m_lock->verify(kPin.left(6)).outcome, PinLock::Outcome::Wrong);
        QCOMPARE(m_lock->verify(kPin + u'0').outcome, PinLock::Outcome::Wrong);
        QCOMPARE(m_lock->failures(), 3);
        // The right PIN resets the count.
        QCOMPARE(m_lock->verify(kPin).outcome, PinLock::Outcome::Accepted);
        QCOMPARE(m_lock->failures(), 0);
        QCOMPARE(m_lock->attemptsLeft(), PinLock::kFreeTries);
    }

    void badPinsAreRefused_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << u"4 to 12 digits"_s;
        QTest::newRow("three digits") << u"123"_s << u"this one has 3"_s;
        QTest::newRow("thirteen digits") << u"1234567890123"_s << u"this one has 13"_s;
        QTest::newRow("a letter") << u"12a4"_s << u"digits (0 to 9) only"_s;
        QTest::newRow("a space") << u" 1234"_s << u"digits (0 to 9) only"_s;
        QTest::newRow("other digits") << u"\u0661\u0662\u0663\u0664"_s << u"digits (0 to 9) only"_s;
    }
    void badPinsAreRefused()
    {
        QFETCH(QString, pin);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!m_lock->setPin(pin, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(PinLock::formatProblem(pin), error);
        QVERIFY(!m_lock->isSet());
        QVERIFY(m_store->siteSetting(config::sitekey::installerPinHash).isUndefined());
        QVERIFY(PinLock::formatProblem(u"1234"_s).isEmpty());
        QVERIFY(PinLock::formatProblem(u"123456789012"_s).isEmpty());
    }

    void delayGrowsAfterFiveWrongTries()
    {
        QString error;
        QVERIFY(m_lock->setPin(kPin, &error));
        for (int i = 1; i < PinLock::kFreeTries; ++i) {
            const PinLock::Result result = m_lock->verify(kWrongPin);
            QCOMPARE(result.outcome, PinLock::Outcome::Wrong);
            QCOMPARE(result.attemptsLeft, PinLock::kFreeTries - i);
            QCOMPARE(m_lock->lockedForMs(), 0);
        }
        // The fifth wrong try in a row locks for 30 s, then each further one doubles the delay.
        qint64 expectedDelay = 30'000;
        for (int failures = 5; failures <= 9; ++failures, expectedDelay *= 2) {
            const PinLock::Result result = m_lock->verify(kWrongPin);
            QCOMPARE(result.outcome, PinLock::Outcome::Wrong);
            QCOMPARE(result.attemptsLeft, 0);
            QCOMPARE(result.lockedForMs, expectedDelay);
            QCOMPARE(m_lock->failures(), failures);

            // While locked even the right PIN is refused, unchecked and uncounted.
            m_clock->advanceBy(expectedDelay - 1);
            const PinLock::Result locked = m_lock->verify(kPin);
            QCOMPARE(locked.outcome, PinLock::Outcome::Locked);
            QCOMPARE(locked.lockedForMs, 1);
            QCOMPARE(m_lock->failures(), failures);
            m_clock->advanceBy(1);
            QCOMPARE(m_lock->lockedForMs(), 0);
        }
        // The right PIN after the delay opens, and the next wrong try is free again.
        QCOMPARE(m_lock->verify(kPin).outcome, PinLock::Outcome::Accepted);
        QCOMPARE(m_lock->failures(), 0);
        const PinLock::Result afterReset = m_lock->verify(kWrongPin);
        QCOMPARE(afterReset.lockedForMs, 0);
        QCOMPARE(afterReset.attemptsLeft, 4);
    }

    void delayIsCappedAtOneHour()
    {
        QCOMPARE(PinLock::delayAfter(0), 0);
        QCOMPARE(PinLock::delayAfter(4), 0);
        QCOMPARE(PinLock::delayAfter(5), 30'000);
        QCOMPARE(PinLock::delayAfter(6), 60'000);
        QCOMPARE(PinLock::delayAfter(11), 1'920'000);
        QCOMPARE(PinLock::delayAfter(12), 3'600'000);
        QCOMPARE(PinLock::delayAfter(1000), 3'600'000);
        QCOMPARE(PinLock::delayAfter(std::numeric_limits<int>::max()), 3'600'000);
    }

    void lockoutSurvivesARestart()
    {
        QString error;
        QVERIFY(m_lock->setPin(kPin, &error));
        for (int i = 0; i < PinLock::kFreeTries; ++i)
            QCOMPARE(m_lock->verify(kWrongPin).outcome, PinLock::Outcome::Wrong);
        m_clock->advanceBy(10'000);

        // A new process: a new store on the same file, a new lock.
        openStore();
        QCOMPARE(m_lock->failures(), PinLock::kFreeTries);
        QCOMPARE(m_lock->lockedForMs(), 20'000);
        QCOMPARE(m_lock->verify(kPin).outcome, PinLock::Outcome::Locked);
        m_clock->advanceBy(20'000);
        QCOMPARE(m_lock->verify(kWrongPin).lockedForMs, 60'000);
        openStore();
        QCOMPARE(m_lock->failures(), 6);
        QCOMPARE(m_lock->lockedForMs(), 60'000);
    }

    void aClockSetBackLocksNoLongerThanTheLongestDelay()
    {
        QString error;
        QVERIFY(m_lock->setPin(kPin, &error));
        // A lockout written while the clock was a day ahead.
        app::ConfigPinStore pins(*m_store);
        QVERIFY(pins.writeLockout(5, kStartMs + 24 * 3'600'000, &error));
        QVERIFY(m_lock->reload(&error));
        const PinLock::Result result = m_lock->verify(kPin);
        QCOMPARE(result.outcome, PinLock::Outcome::Locked);
        QCOMPARE(result.lockedForMs, PinLock::delayAfter(5));
    }

    void aDamagedHashIsNamed()
    {
        QVERIFY(m_store->putSiteSetting(config::sitekey::installerPinHash, u"not a hash"_s));
        QString error;
        QVERIFY(m_lock->reload(&error));
        const PinLock::Result result = m_lock->verify(kPin);
        QCOMPARE(result.outcome, PinLock::Outcome::Failed);
        QVERIFY2(result.error.contains(u"--reset-installer-pin"_s), qPrintable(result.error));
        QCOMPARE(m_lock->failures(), 0);
    }

    void noDigitOfThePinInTheFiles()
    {
        QString error;
        QVERIFY(m_lock->setPin(kPin, &error));
        QCOMPARE(m_lock->verify(kPin).outcome, PinLock::Outcome::Accepted);
        QCOMPARE(m_lock->verify(kWrongPin).outcome, PinLock::Outcome::Wrong);
        QVERIFY(m_lock->setPin(u"24681357"_s, &error));
        const QByteArray hash = m_store->siteSetting(config::sitekey::installerPinHash).toString().toUtf8();
        m_lock.reset();
        m_pins.reset();
        m_store.reset(); // everything written and checkpointed

        // Every file the store wrote (the database, and any journal or backup beside it).
        int files = 0;
        bool hashFound = false;
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QString &pin : {kPin, kWrongPin, u"24681357"_s})
                QVERIFY2(!bytes.contains(pin.toUtf8()), qPrintable(file.fileName()));
            hashFound = hashFound || bytes.contains(hash);
        }
        QVERIFY(files > 0);
        QVERIFY2(hashFound, "the hash is what the file keeps instead");
    }

    void exportLeavesThePinOut()
    {
        QString error;
        QVERIFY(m_lock->setPin(kPin, &error));
        QCOMPARE(m_lock->verify(kWrongPin).outcome, PinLock::Outcome::Wrong);
        QVERIFY(m_store->putSiteSetting(config::sitekey::householdId, u"hh-7"_s));
        const QByteArray hash = m_store->siteSetting(config::sitekey::installerPinHash).toString().toUtf8();

        const std::optional<QByteArray> exported = m_store->exportJson(noPlugins());
        QVERIFY2(exported, qPrintable(m_store->errorString()));
        QVERIFY(exported->contains("hh-7"));
        QVERIFY(!exported->contains(hash));
        QVERIFY(!exported->contains("$argon2id$"));
        QVERIFY(!exported->contains("installer_pin"));

        // Restoring the backup, even replacing everything, keeps this panel's PIN and lockout.
        QVERIFY2(m_store->importJson(*exported, noPlugins(), config::ImportMode::Replace),
                 qPrintable(m_store->errorString()));
        QVERIFY(m_lock->reload(&error));
        QVERIFY(m_lock->isSet());
        QCOMPARE(m_lock->failures(), 1);
        QCOMPARE(m_lock->verify(kPin).outcome, PinLock::Outcome::Accepted);

        // A document cannot bring a PIN of its own.
        QJsonObject document = QJsonDocument::fromJson(*exported).object();
        QJsonObject site = document.value(u"site"_s).toObject();
        site.insert(u"installer_pin_hash"_s, QString::fromUtf8(hash));
        document.insert(u"site"_s, site);
        QVERIFY(!m_store->importJson(QJsonDocument(document).toJson(), noPlugins(), config::ImportMode::Merge));
        QVERIFY2(m_store->errorString().startsWith(u"site.installer_pin_hash: "_s),
                 qPrintable(m_store->errorString()));
    }

    void theCommandLineResetsAForgottenPin()
    {
        QString error;
        QVERIFY(m_lock->setPin(kPin, &error));
        for (int i = 0; i < PinLock::kFreeTries + 2; ++i)
            (void)m_lock->verify(kWrongPin);
        QVERIFY(m_lock->lockedForMs() > 0);

        app::CommandLine commandLine;
        commandLine.configCommand = app::CommandLine::ConfigCommand::ResetInstallerPin;
        commandLine.dataDir = m_dir->path();
        QCOMPARE(app::runConfigCommand(commandLine), 0);

        // (The panel is stopped for the command, which locks the data folder.) No PIN, no lockout.
        QCOMPARE(m_lock->verify(kPin).outcome, PinLock::Outcome::NotSet);
        QVERIFY(!m_lock->isSet());
        QCOMPARE(m_lock->failures(), 0);
        QCOMPARE(m_lock->lockedForMs(), 0);
        QVERIFY(m_store->siteSetting(config::sitekey::installerPinLockout).isUndefined());
        // Twice is fine: there is nothing left to forget.
        QCOMPARE(app::runConfigCommand(commandLine), 0);
    }

private:
    void openStore()
    {
        m_lock.reset();
        m_pins.reset();
        m_store = std::make_unique<config::ConfigStore>(*m_clock);
        QVERIFY2(m_store->open(m_dir->path()), qPrintable(m_store->errorString()));
        m_pins = std::make_unique<app::ConfigPinStore>(*m_store);
        m_lock = std::make_unique<PinLock>(*m_pins, *m_clock);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<config::ConfigStore> m_store;
    std::unique_ptr<app::ConfigPinStore> m_pins;
    std::unique_ptr<PinLock> m_lock;
};

QTEST_GUILESS_MAIN(TestPinLock)
#include "tst_pinlock.moc"

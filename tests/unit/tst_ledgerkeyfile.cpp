// The encrypted key file (backend/ledger/keyfile.*): a round trip gives a key that signs identically, the
// file is private from its creation and never holds the seed, and every kind of bad file or passphrase is
// refused with its own error that names the file and carries no secret.
#include "ledger/keyfile.h"
#include "ledgertesthelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace commonwatt::ledger;
using namespace commonwatt::ledger::test;
using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kPassphrase = "correct horse battery staple";

// A seed with no repeating pattern, so that a search for it cannot match by accident.
Seed distinctSeed()
{
    Seed seed;
    for (std::size_t i = 0; i < seed.size; ++i)
        seed.bytes[i] = static_cast<std::uint8_t>(0x5a ^ (i * 37 + 11));
    return seed;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Replaces the file's bytes, keeping it private.
void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

mode_t modeOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

} // namespace

class TstLedgerKeyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"member.key"_s);
        QFile::remove(m_path);
        const SecretKey key = *SecretKey::fromSeed(distinctSeed());
        const auto error = KeyFile::write(m_path, key, kPassphrase, KdfLimits::interactive());
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
    }

    void roundTripSignsIdentically()
    {
        const SecretKey original = *SecretKey::fromSeed(distinctSeed());
        const KeyFile::ReadResult result = KeyFile::read(m_path, kPassphrase);
        QVERIFY2(result.key, qPrintable(result.error));
        QCOMPARE(result.key->publicKey(), original.publicKey());
        const QByteArray message = "commonwatt-ledger/2 test message";
        QCOMPARE(result.key->sign(message), original.sign(message));
        QVERIFY(verify(original.publicKey(), message, result.key->sign(message)));
        QCOMPARE(KeyFile::publicKeyOf(m_path), std::optional<PublicKey>(original.publicKey()));
    }

    void fileIsPrivateFromCreation()
    {
        QCOMPARE(modeOf(m_path), mode_t{0600});
        // Even with a umask that would let everyone read: the mode is given at open, never changed later.
        const mode_t previous = ::umask(0);
        const auto error = KeyFile::write(m_path, fixedKey(0x21), kPassphrase, KdfLimits::interactive(),
                                          KeyFile::Existing::Replace);
        ::umask(previous);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QCOMPARE(modeOf(m_path), mode_t{0600});
        // No temporary file is left behind.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"member.key"_s});
    }

    void seedIsNotInTheFile()
    {
        const QByteArray text = readAll(m_path);
        const Seed seed = distinctSeed();
        const QByteArray raw = seed.view().toByteArray();
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(raw));
        QVERIFY(!text.toLower().contains(raw.toHex()));
        QVERIFY(!text.contains(raw.toBase64()));
        // Its public key is there, in the clear.
        QVERIFY(text.contains(SecretKey::fromSeed(seed)->publicKey().view().toByteArray().toHex()));
        QVERIFY(text.startsWith("commonwatt-ledger-key/1\npublic-key "));
    }

    void limitsAreKeptInTheFile()
    {
        const QByteArray text = readAll(m_path);
        const KdfLimits limits = KdfLimits::interactive();
        const QByteArray line = "\nkdf argon2id13 " +
                                QByteArray::number(static_cast<qulonglong>(limits.opsLimit)) + ' ' +
                                QByteArray::number(static_cast<qulonglong>(limits.memLimit)) + '\n';
        QVERIFY(text.contains(line));
        QCOMPARE(KdfLimits::moderate().opsLimit, 3u);
        QCOMPARE(KdfLimits::moderate().memLimit, 256u * 1024 * 1024);
    }

    void wrongPassphraseIsRefused()
    {
        const KeyFile::ReadResult result = KeyFile::read(m_path, "correct horse battery stapler");
        QVERIFY(!result.key);
        QCOMPARE(result.error, m_path + u": wrong passphrase, or the file was altered or damaged"_s);
        QVERIFY(!KeyFile::read(m_path, "").key);
    }

    void tamperedByteIsRefused_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("error");
        const QString altered = u"wrong passphrase, or the file was altered or damaged"_s;
        QTest::newRow("salt") << QByteArray("salt ") << altered;
        QTest::newRow("nonce") << QByteArray("nonce ") << altered;
        QTest::newRow("sealed seed") << QByteArray("sealed-seed ") << altered;
        QTest::newRow("magic") << QByteArray("commonwatt-") << u"not a valid key file (line 1: expected "_s;
    }

    void tamperedByteIsRefused()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, error);
        QByteArray text = readAll(m_path);
        const qsizetype at = text.indexOf(line) + line.size() + 3;
        text[at] = text[at] == '0' ? '1' : '0';
        overwrite(m_path, text);
        const KeyFile::ReadResult result = KeyFile::read(m_path, kPassphrase);
        QVERIFY(!result.key);
        QVERIFY2(result.error.startsWith(m_path + u": "_s + error), qPrintable(result.error));
        QVERIFY(!result.error.contains(distinctSeed().toHex()));
    }

    void raisedPassesWithoutTheKeyAreRefused()
    {
        // The limits are not secret but are bound to the key: changing them derives another key.
        QByteArray text = readAll(m_path);
        const QByteArray ops =
            " " + QByteArray::number(static_cast<qulonglong>(KdfLimits::interactive().opsLimit)) + ' ';
        QVERIFY(text.contains(ops));
        text.replace(ops, " 3 ");
        overwrite(m_path, text);
        QCOMPARE(KeyFile::read(m_path, kPassphrase).error,
                 m_path + u": wrong passphrase, or the file was altered or damaged"_s);
    }

    void absurdLimitsAreRefusedBeforeDerivation()
    {
        QByteArray text = readAll(m_path);
        const qsizetype start = text.indexOf("\nkdf ") + 1;
        const qsizetype end = text.indexOf('\n', start);
        text.replace(start, end - start, "kdf argon2id13 2 1099511627776");
        overwrite(m_path, text);
        const QString error = KeyFile::read(m_path, kPassphrase).error;
        QVERIFY2(error.startsWith(m_path + u": not a valid key file (line 3: argon2id limits 2 passes / "
                                           u"1099511627776 bytes are outside"_s),
                 qPrintable(error));
    }

    void truncatedFileIsRefused_data()
    {
        QTest::addColumn<int>("keep");
        QTest::newRow("empty") << 0;
        QTest::newRow("inside the magic") << 10;
        QTest::newRow("after the public key") << 24 + 11 + 64 + 1;
        QTest::newRow("half") << -2;
        QTest::newRow("one byte short") << -1;
        QTest::newRow("newline missing") << -3;
    }

    void truncatedFileIsRefused()
    {
        QFETCH(int, keep);
        const QByteArray text = readAll(m_path);
        const qsizetype size = keep >= 0    ? keep
                               : keep == -2 ? text.size() / 2
                               : keep == -1 ? text.size() - 2
                                            : text.size() - 1;
        overwrite(m_path, text.left(size));
        const KeyFile::ReadResult result = KeyFile::read(m_path, kPassphrase);
        QVERIFY(!result.key);
        QVERIFY2(result.error.startsWith(m_path + u": not a valid key file (line "_s),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(u"truncated"_s) || keep == 10, qPrintable(result.error));
        QVERIFY(!KeyFile::publicKeyOf(m_path));
    }

    void wrongPublicKeyIsRefused()
    {
        QByteArray text = readAll(m_path);
        const QByteArray ours = SecretKey::fromSeed(distinctSeed())->publicKey().view().toByteArray().toHex();
        const PublicKey other = fixedKey(0x77).publicKey();
        text.replace(ours, other.view().toByteArray().toHex());
        overwrite(m_path, text);
        // The file now claims to be another member's key: its public key says so ...
        QCOMPARE(KeyFile::publicKeyOf(m_path), std::optional<PublicKey>(other));
        // ... but the seed inside disagrees.
        const KeyFile::ReadResult result = KeyFile::read(m_path, kPassphrase);
        QVERIFY(!result.key);
        QCOMPARE(result.error, m_path + u": the file names public key "_s + other.toHex() +
                                   u", but holds the secret key of another"_s);
    }

    void fileOthersCanReadIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("world readable") << 0644;
        QTest::newRow("group readable") << 0640;
        QTest::newRow("group writable") << 0620;
    }

    void fileOthersCanReadIsRefused()
    {
        QFETCH(int, mode);
        QCOMPARE(::chmod(QFile::encodeName(m_path).constData(), static_cast<mode_t>(mode)), 0);
        const KeyFile::ReadResult result = KeyFile::read(m_path, kPassphrase);
        QVERIFY(!result.key);
        QCOMPARE(result.error, m_path +
                                   u": other users can access this secret key file (mode %1); make it "
                                   u"private with `chmod 600 "_s.arg(mode, 3, 8, QLatin1Char('0')) +
                                   m_path + u"`"_s);
        QString error;
        QVERIFY(!KeyFile::publicKeyOf(m_path, &error));
        QCOMPARE(error, result.error);
    }

    void existingFileIsNotOverwrittenByAccident()
    {
        const QByteArray before = readAll(m_path);
        const auto error = KeyFile::write(m_path, fixedKey(0x33), kPassphrase, KdfLimits::interactive());
        QCOMPARE(error.value_or(QString()),
                 m_path + u": a file is already there; a key file is never overwritten by accident"_s);
        QCOMPARE(readAll(m_path), before);
    }

    void passphraseCanBeChanged()
    {
        std::optional<SecretKey> key = KeyFile::read(m_path, kPassphrase).key;
        QVERIFY(key);
        const auto error = KeyFile::write(m_path, *key, "new passphrase", KdfLimits::interactive(),
                                          KeyFile::Existing::Replace);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QVERIFY(!KeyFile::read(m_path, kPassphrase).key);
        const KeyFile::ReadResult again = KeyFile::read(m_path, "new passphrase");
        QVERIFY2(again.key, qPrintable(again.error));
        QCOMPARE(again.key->publicKey(), key->publicKey());
    }

    void badArgumentsAreRefused()
    {
        const QString other = m_dir.filePath(u"other.key"_s);
        const SecretKey key = fixedKey(0x44);
        QCOMPARE(KeyFile::write(other, key, "", KdfLimits::interactive()).value_or(QString()),
                 other + u": not written: the passphrase is empty"_s);
        QVERIFY(KeyFile::write(other, key, kPassphrase, KdfLimits{0, KdfLimits::interactive().memLimit}));
        QVERIFY(!QFile::exists(other));
        QCOMPARE(KeyFile::read(m_dir.filePath(u"missing.key"_s), kPassphrase).error,
                 m_dir.filePath(u"missing.key"_s) + u": cannot be read (No such file or directory)"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TstLedgerKeyFile)
#include "tst_ledgerkeyfile.moc"

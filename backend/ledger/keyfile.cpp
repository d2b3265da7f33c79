#include "keyfile.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QScopeGuard>

#include <sodium.h>

#include <array>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

using namespace Qt::StringLiterals;

namespace commonwatt::ledger {

// Declared a friend in crypto.h: the seed's only reader.
struct KeyFileSeedAccess
{
    static void copySeed(const SecretKey &key, std::uint8_t *out)
    {
        std::memcpy(out, key.m_secret.data(), Seed::size);
    }
};

namespace {

constexpr char kMagic[] = "commonwatt-ledger-key/1";
constexpr char kAlgorithm[] = "argon2id13";
constexpr std::size_t kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr std::size_t kNonceBytes = crypto_secretbox_NONCEBYTES;
constexpr std::size_t kSealedBytes = crypto_secretbox_MACBYTES + Seed::size;
static_assert(crypto_secretbox_KEYBYTES == 32);

// Wipes a secret buffer when it goes out of scope, on every path out of a function.
template<std::size_t N> struct Wiped
{
    std::array<std::uint8_t, N> bytes = {};
    Wiped() = default;
    Wiped(const Wiped &) = delete;
    Wiped &operator=(const Wiped &) = delete;
    ~Wiped() { sodium_memzero(bytes.data(), bytes.size()); }
    std::uint8_t *data() { return bytes.data(); }
};

struct Contents
{
    PublicKey publicKey = {};
    KdfLimits limits = {};
    std::array<std::uint8_t, kSaltBytes> salt = {};
    std::array<std::uint8_t, kNonceBytes> nonce = {};
    std::array<std::uint8_t, kSealedBytes> sealed = {};
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray hexOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)).toHex();
}

// Exactly 2 * N lower- or upper-case hex digits into out.
template<std::size_t N> bool fromHex(QByteArrayView hex, std::array<std::uint8_t, N> &out)
{
    if (hex.size() != static_cast<qsizetype>(2 * N))
        return false;
    for (const char c : hex) {
        const bool digit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!digit)
            return false;
    }
    const QByteArray bytes = QByteArray::fromHex(hex.toByteArray());
    std::memcpy(out.data(), bytes.constData(), N);
    return true;
}

bool limitsAllowed(const KdfLimits &limits)
{
    return limits.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && limits.opsLimit <= KeyFile::kMaxOpsLimit &&
           limits.memLimit >= crypto_pwhash_MEMLIMIT_MIN && limits.memLimit <= KeyFile::kMaxMemLimit;
}

QString limitsProblem(const KdfLimits &limits)
{
    return u"argon2id limits %1 passes / %2 bytes are outside %3..%4 passes / %5..%6 bytes"_s
        .arg(limits.opsLimit)
        .arg(limits.memLimit)
        .arg(crypto_pwhash_OPSLIMIT_MIN)
        .arg(KeyFile::kMaxOpsLimit)
        .arg(crypto_pwhash_MEMLIMIT_MIN)
        .arg(KeyFile::kMaxMemLimit);
}

// The secretbox key for passphrase and salt; false if argon2id could not run (usually: not enough memory).
bool deriveKey(QByteArrayView passphrase, const std::array<std::uint8_t, kSaltBytes> &salt,
               const KdfLimits &limits, std::uint8_t *key)
{
    return crypto_pwhash(key, crypto_secretbox_KEYBYTES, passphrase.data(),
                         static_cast<unsigned long long>(passphrase.size()), salt.data(),
                         static_cast<unsigned long long>(limits.opsLimit),
                         static_cast<std::size_t>(limits.memLimit), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

QByteArray format(const Contents &contents)
{
    QByteArray out;
    out += kMagic;
    out += "\npublic-key ";
    out += contents.publicKey.view().toByteArray().toHex();
    out += "\nkdf ";
    out += kAlgorithm;
    out += ' ' + QByteArray::number(static_cast<qulonglong>(contents.limits.opsLimit));
    out += ' ' + QByteArray::number(static_cast<qulonglong>(contents.limits.memLimit));
    out += "\nsalt " + hexOf(contents.salt.data(), contents.salt.size());
    out += "\nnonce " + hexOf(contents.nonce.data(), contents.nonce.size());
    out += "\nsealed-seed " + hexOf(contents.sealed.data(), contents.sealed.size());
    out += '\n';
    return out;
}

// Parses the six lines written by format(), strictly: each named, in order, once.
std::optional<Contents> parse(const QString &path, const QByteArray &text, QString *error)
{
    const auto fail = [&](int line, const QString &why) {
        *error = u"%1: not a valid key file (line %2: %3)"_s.arg(path).arg(line).arg(why);
        return std::nullopt;
    };
    if (!text.endsWith('\n'))
        return fail(static_cast<int>(text.count('\n')) + 1, u"the file is truncated"_s);
    const QList<QByteArray> lines = text.chopped(1).split('\n');
    if (lines.value(0) != kMagic)
        return fail(1, u"expected \"%1\""_s.arg(QLatin1StringView(kMagic)));
    static constexpr const char *kNames[] = {"public-key", "kdf", "salt", "nonce", "sealed-seed"};
    if (lines.size() != 6)
        return fail(std::min(static_cast<int>(lines.size()) + 1, 7),
                    lines.size() < 6 ? u"the file is truncated: %1 is missing"_s.arg(
                                           QLatin1StringView(kNames[lines.size() - 1]))
                                     : u"unexpected text after sealed-seed"_s);
    QList<QByteArray> values;
    for (int i = 0; i < 5; ++i) {
        const QByteArray prefix = QByteArray(kNames[i]) + ' ';
        if (!lines[i + 1].startsWith(prefix))
            return fail(i + 2, u"expected \"%1\""_s.arg(QLatin1StringView(kNames[i])));
        values.append(lines[i + 1].mid(prefix.size()));
    }

    Contents contents;
    if (!fromHex(values[0], contents.publicKey.bytes))
        return fail(2, u"public-key is not 64 hex digits"_s);
    const QList<QByteArray> kdf = values[1].split(' ');
    if (kdf.size() != 3 || kdf[0] != kAlgorithm)
        return fail(3, u"expected \"kdf %1 <passes> <bytes>\""_s.arg(QLatin1StringView(kAlgorithm)));
    bool opsOk = false;
    bool memOk = false;
    contents.limits.opsLimit = kdf[1].toULongLong(&opsOk);
    contents.limits.memLimit = kdf[2].toULongLong(&memOk);
    if (!opsOk || !memOk || QByteArray::number(static_cast<qulonglong>(contents.limits.opsLimit)) != kdf[1] ||
        QByteArray::number(static_cast<qulonglong>(contents.limits.memLimit)) != kdf[2])
        return fail(3, u"the limits are not decimal numbers"_s);
    if (!limitsAllowed(contents.limits))
        return fail(3, limitsProblem(contents.limits));
    if (!fromHex(values[2], contents.salt))
        return fail(4, u"salt is not %1 hex digits"_s.arg(2 * kSaltBytes));
    if (!fromHex(values[3], contents.nonce))
        return fail(5, u"nonce is not %1 hex digits"_s.arg(2 * kNonceBytes));
    if (!fromHex(values[4], contents.sealed))
        return fail(6, u"sealed-seed is not %1 hex digits (truncated?)"_s.arg(2 * kSealedBytes));
    return contents;
}

#ifdef Q_OS_UNIX

// The whole file, if it is a regular file of reasonable size that only its owner can access.
std::optional<QByteArray> readPrivateFile(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = u"%1: cannot be read (%2)"_s.arg(path, systemError(errno));
        return std::nullopt;
    }
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    struct stat status = {};
    if (::fstat(fd, &status) != 0) {
        *error = u"%1: cannot be read (%2)"_s.arg(path, systemError(errno));
        return std::nullopt;
    }
    if (!S_ISREG(status.st_mode)) {
        *error = u"%1: is not a regular file"_s.arg(path);
        return std::nullopt;
    }
    if ((status.st_mode & 0077) != 0) {
        *error = u"%1: other users can access this secret key file (mode %2); make it private with "
                 u"`chmod 600 %1`"_s.arg(path)
                     .arg(status.st_mode & 0777, 3, 8, QLatin1Char('0'));
        return std::nullopt;
    }
    if (status.st_size > KeyFile::kMaxFileBytes) {
        *error = u"%1: not a key file (%2 bytes)"_s.arg(path).arg(status.st_size);
        return std::nullopt;
    }
    QByteArray text(static_cast<qsizetype>(KeyFile::kMaxFileBytes) + 1, Qt::Uninitialized);
    qsizetype size = 0;
    for (;;) {
        const ssize_t n = ::read(fd, text.data() + size, static_cast<std::size_t>(text.size() - size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = u"%1: cannot be read (%2)"_s.arg(path, systemError(errno));
            return std::nullopt;
        }
        if (n == 0)
            break;
        size += n;
        if (size > KeyFile::kMaxFileBytes) {
            *error = u"%1: not a key file (more than %2 bytes)"_s.arg(path).arg(KeyFile::kMaxFileBytes);
            return std::nullopt;
        }
    }
    text.truncate(size);
    return text;
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, static_cast<std::size_t>(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        done += n;
    }
    return true;
}

// Writes data to a new file next to path, created with mode 0600, flushes it to disk and renames it over
// path; then flushes the directory, so that the rename survives a power cut too.
std::optional<QString> writeAtomically(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    const QString directory = info.absolutePath();
    std::array<std::uint8_t, 8> random = {};
    randombytes_buf(random.data(), random.size());
    const QString temporary = directory + u"/."_s + info.fileName() + u".tmp-"_s +
                              QString::fromLatin1(hexOf(random.data(), random.size()));
    const QByteArray temporaryName = QFile::encodeName(temporary);
    const int fd =
        ::open(temporaryName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0600);
    if (fd < 0)
        return u"%1: cannot be created (%2)"_s.arg(temporary, systemError(errno));
    const bool written = writeAll(fd, data) && ::fsync(fd) == 0;
    const int writeErrno = errno;
    const bool closed = ::close(fd) == 0;
    if (!written || !closed) {
        ::unlink(temporaryName.constData());
        return u"%1: cannot be written (%2)"_s.arg(temporary, systemError(written ? errno : writeErrno));
    }
    if (::rename(temporaryName.constData(), QFile::encodeName(path).constData()) != 0) {
        const int renameErrno = errno;
        ::unlink(temporaryName.constData());
        return u"%1: cannot be replaced (%2)"_s.arg(path, systemError(renameErrno));
    }
    if (const int dir = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return std::nullopt;
}

#else

// Windows: the file inherits its folder's ACL (a user's profile folder is private to its owner).
std::optional<QByteArray> readPrivateFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot be read (%2)"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > KeyFile::kMaxFileBytes) {
        *error = u"%1: not a key file (%2 bytes)"_s.arg(path).arg(file.size());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QString> writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return u"%1: cannot be written (%2)"_s.arg(path, file.errorString());
    return std::nullopt;
}

#endif

std::optional<Contents> readContents(const QString &path, QString *error)
{
    const std::optional<QByteArray> text = readPrivateFile(path, error);
    if (!text)
        return std::nullopt;
    return parse(path, *text, error);
}

} // namespace

KdfLimits KdfLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

std::optional<QString> KeyFile::write(const QString &path, const SecretKey &key, QByteArrayView passphrase,
                                      KdfLimits limits, Existing existing)
{
    if (!cryptoAvailable())
        return u"%1: not written: libsodium is not available"_s.arg(path);
    if (passphrase.isEmpty())
        return u"%1: not written: the passphrase is empty"_s.arg(path);
    if (!limitsAllowed(limits))
        return u"%1: not written: %2"_s.arg(path, limitsProblem(limits));
    if (existing == Existing::Refuse && QFileInfo::exists(path))
        return u"%1: a file is already there; a key file is never overwritten by accident"_s.arg(path);

    Contents contents;
    contents.publicKey = key.publicKey();
    contents.limits = limits;
    randombytes_buf(contents.salt.data(), contents.salt.size());
    randombytes_buf(contents.nonce.data(), contents.nonce.size());
    {
        Wiped<crypto_secretbox_KEYBYTES> boxKey;
        if (!deriveKey(passphrase, contents.salt, limits, boxKey.data()))
            return u"%1: not written: argon2id could not derive a key with %2 bytes of memory"_s.arg(path)
                .arg(limits.memLimit);
        Wiped<Seed::size> seed;
        KeyFileSeedAccess::copySeed(key, seed.data());
        crypto_secretbox_easy(contents.sealed.data(), seed.data(), Seed::size, contents.nonce.data(),
                              boxKey.data());
    }
    return writeAtomically(path, format(contents));
}

KeyFile::ReadResult KeyFile::read(const QString &path, QByteArrayView passphrase)
{
    ReadResult result;
    if (!cryptoAvailable()) {
        result.error = u"%1: not read: libsodium is not available"_s.arg(path);
        return result;
    }
    const std::optional<Contents> contents = readContents(path, &result.error);
    if (!contents)
        return result;

    Wiped<sizeof(Seed::bytes)> seedBytes;
    {
        Wiped<crypto_secretbox_KEYBYTES> boxKey;
        if (!deriveKey(passphrase, contents->salt, contents->limits, boxKey.data())) {
            result.error = u"%1: argon2id could not derive a key with %2 bytes of memory"_s.arg(path).arg(
                contents->limits.memLimit);
            return result;
        }
        if (crypto_secretbox_open_easy(seedBytes.data(), contents->sealed.data(), kSealedBytes,
                                       contents->nonce.data(), boxKey.data()) != 0) {
            result.error = u"%1: wrong passphrase, or the file was altered or damaged"_s.arg(path);
            return result;
        }
    }
    Seed seed;
    std::memcpy(seed.bytes.data(), seedBytes.data(), Seed::size);
    std::optional<SecretKey> key = SecretKey::fromSeed(seed);
    sodium_memzero(seed.bytes.data(), seed.bytes.size());
    if (!key) {
        result.error = u"%1: the decrypted key cannot be used"_s.arg(path);
        return result;
    }
    if (key->publicKey() != contents->publicKey) {
        result.error = u"%1: the file names public key %2, but holds the secret key of another"_s.arg(
            path, contents->publicKey.toHex());
        return result;
    }
    result.key = std::move(key);
    return result;
}

std::optional<PublicKey> KeyFile::publicKeyOf(const QString &path, QString *error)
{
    QString problem;
    const std::optional<Contents> contents = readContents(path, &problem);
    if (!contents) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return contents->publicKey;
}

} // namespace commonwatt::ledger

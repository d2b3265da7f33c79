#include "pinlock.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <sodium.h>

#include <algorithm>
#include <array>

Q_LOGGING_CATEGORY(lcPinLock, "commonwatt.security")

using namespace Qt::StringLiterals;

namespace commonwatt::security {

namespace {

constexpr QByteArrayView kHashPrefix = "$argon2id$";

// The PIN's UTF-8 bytes, wiped when they go out of scope.
class SecretBytes
{
public:
    explicit SecretBytes(const QString &text)
        : m_bytes(text.toUtf8())
    {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    [[nodiscard]] const char *data() const { return m_bytes.constData(); }
    [[nodiscard]] unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

[[nodiscard]] bool hashPin(const SecretBytes &pin, QByteArray *out)
{
    std::array<char, crypto_pwhash_STRBYTES> text{};
    const int status = crypto_pwhash_str_alg(
        text.data(), pin.data(), pin.size(), crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
        crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13);
    if (status != 0)
        return false;
    *out = QByteArray(text.data()); // NUL-terminated text
    return true;
}

} // namespace

PinLock::PinLock(PinStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_sodiumReady(sodium_init() >= 0)
{
    QString error;
    if (!reload(&error))
        qCWarning(lcPinLock).noquote() << error;
}

QString PinLock::formatProblem(const QString &pin)
{
    if (pin.isEmpty())
        return QCoreApplication::translate("PinLock", "Enter a PIN of %1 to %2 digits.")
            .arg(kMinDigits)
            .arg(kMaxDigits);
    const bool digitsOnly =
        std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digitsOnly)
        return QCoreApplication::translate("PinLock", "A PIN holds digits (0 to 9) only.");
    if (pin.size() < kMinDigits || pin.size() > kMaxDigits) {
        return QCoreApplication::translate("PinLock", "A PIN has %1 to %2 digits; this one has %3.")
            .arg(kMinDigits)
            .arg(kMaxDigits)
            .arg(pin.size());
    }
    return {};
}

qint64 PinLock::delayAfter(int failures)
{
    if (failures < kFreeTries)
        return 0;
    // 30 s << 7 already passes the hour: the shift is capped well before it could overflow.
    const int doublings = std::min(failures - kFreeTries, 16);
    return std::min(kFirstDelayMs << doublings, kMaxDelayMs);
}

bool PinLock::sodiumReady(QString *error) const
{
    if (!m_sodiumReady)
        *error = QCoreApplication::translate(
            "PinLock", "The installer PIN cannot be checked: the cryptography library failed to start.");
    return m_sodiumReady;
}

bool PinLock::reload(QString *error)
{
    PinRecord record;
    if (!m_store.read(&record, error))
        return false;
    m_record = record;
    return true;
}

int PinLock::attemptsLeft() const
{
    return std::max(0, kFreeTries - m_record.failures);
}

qint64 PinLock::lockedForMs() const
{
    return std::max<qint64>(0, m_record.lockedUntilMs - m_clock.nowMs());
}

bool PinLock::setPin(const QString &pin, QString *error)
{
    if (const QString problem = formatProblem(pin); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!sodiumReady(error))
        return false;
    QByteArray hash;
    {
        const SecretBytes secret(pin);
        if (!hashPin(secret, &hash)) {
            *error = QCoreApplication::translate(
                "PinLock", "The installer PIN could not be stored: not enough memory to hash it.");
            return false;
        }
    }
    if (!m_store.writeHash(hash, error))
        return false;
    m_record = PinRecord{hash, 0, 0};
    qCInfo(lcPinLock, "Installer PIN set");
    return true;
}

PinLock::Result PinLock::verify(const QString &pin)
{
    Result result;
    if (!sodiumReady(&result.error) || !reload(&result.error))
        return result;
    if (!isSet()) {
        result.outcome = Outcome::NotSet;
        return result;
    }
    if (!m_record.hash.startsWith(kHashPrefix) || m_record.hash.size() >= qsizetype(crypto_pwhash_STRBYTES)) {
        result.error = QCoreApplication::translate(
            "PinLock", "The stored installer PIN is damaged. Reset it from the command line with "
                       "commonwatt --reset-installer-pin.");
        return result;
    }

    const qint64 now = m_clock.nowMs();
    // A clock set back (or a lockout written by a clock that ran ahead) never locks for more than the longest
    // delay from now.
    if (m_record.lockedUntilMs - now > kMaxDelayMs) {
        m_record.lockedUntilMs = now + delayAfter(m_record.failures);
        if (!m_store.writeLockout(m_record.failures, m_record.lockedUntilMs, &result.error))
            return result;
    }
    if (now < m_record.lockedUntilMs) {
        result.outcome = Outcome::Locked;
        result.lockedForMs = m_record.lockedUntilMs - now;
        return result;
    }

    bool right = false;
    bool needsRehash = false;
    {
        const SecretBytes secret(pin);
        right = crypto_pwhash_str_verify(m_record.hash.constData(), secret.data(), secret.size()) == 0;
        needsRehash = right && crypto_pwhash_str_needs_rehash(
                                   m_record.hash.constData(), crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
                                   crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE) != 0;
    }
    if (right) {
        if (needsRehash) {
            QString ignored;
            if (!setPin(pin, &ignored))
                qCWarning(lcPinLock).noquote() << "The installer PIN was not re-hashed:" << ignored;
        }
        if (m_record.failures != 0 || m_record.lockedUntilMs != 0) {
            if (!m_store.writeLockout(0, 0, &result.error))
                return result;
            m_record.failures = 0;
            m_record.lockedUntilMs = 0;
        }
        result.outcome = Outcome::Accepted;
        result.attemptsLeft = attemptsLeft();
        return result;
    }

    const int failures = m_record.failures + 1;
    const qint64 delay = delayAfter(failures);
    const qint64 lockedUntil = delay > 0 ? now + delay : 0;
    // The count is stored before the answer is given: a try that cannot be counted is not answered.
    if (!m_store.writeLockout(failures, lockedUntil, &result.error))
        return result;
    m_record.failures = failures;
    m_record.lockedUntilMs = lockedUntil;
    qCInfo(lcPinLock, "Wrong installer PIN (%d in a row)", failures);
    result.outcome = Outcome::Wrong;
    result.attemptsLeft = attemptsLeft();
    result.lockedForMs = delay;
    return result;
}

bool PinLock::reset(QString *error)
{
    if (!m_store.clear(error))
        return false;
    m_record = PinRecord{};
    qCInfo(lcPinLock, "Installer PIN reset");
    return true;
}

} // namespace commonwatt::security

// The installer PIN that guards the wall panel's installer mode (docs/kiosk.md).
//
// The PIN is kept only as an argon2id hash (libsodium's crypto_pwhash_str, interactive limits); the digits are
// never stored or logged, and the buffers that held them are wiped. Five wrong tries in a row are free; each
// further wrong try locks the PIN for a delay that starts at 30 s and doubles with every further wrong try, up
// to one hour. While locked, a try is refused without being checked or counted. The right PIN resets the
// count. The count and the end of the lockout are kept in the PinStore, so that a restart does not reset
// them, and time comes from the injected clock.
#pragma once

#include <commonwatt/clock.h>

#include <QByteArray>
#include <QString>

namespace commonwatt::security {

// What a PinLock keeps between runs.
struct PinRecord
{
    QByteArray hash = {};     // crypto_pwhash_str's text; empty while no PIN is set
    int failures = 0;         // wrong tries in a row
    qint64 lockedUntilMs = 0; // no try is checked before this time; 0: not locked
};

// Where a PinLock keeps its record. The application keeps it in the configuration's site settings.
class PinStore
{
public:
    virtual ~PinStore() = default;
    // Each returns false, with *error saying why for a person, when the store cannot be read or written.
    [[nodiscard]] virtual bool read(PinRecord *out, QString *error) const = 0;
    // Stores a new hash, and clears the count and the lockout.
    [[nodiscard]] virtual bool writeHash(const QByteArray &hash, QString *error) = 0;
    [[nodiscard]] virtual bool writeLockout(int failures, qint64 lockedUntilMs, QString *error) = 0;
    // Forgets the PIN, the count and the lockout.
    [[nodiscard]] virtual bool clear(QString *error) = 0;
};

class PinLock
{
public:
    static constexpr int kMinDigits = 4;
    static constexpr int kMaxDigits = 12;
    static constexpr int kFreeTries = 5;
    static constexpr qint64 kFirstDelayMs = 30'000;
    static constexpr qint64 kMaxDelayMs = 3'600'000;

    // store and clock must outlive the lock.
    PinLock(PinStore &store, const Clock &clock);

    enum class Outcome
    {
        Accepted,
        Wrong,  // attemptsLeft and, once they are used up, lockedForMs say what follows
        Locked, // refused unchecked: lockedForMs is the time left
        NotSet, // no PIN has been chosen yet
        Failed, // the store could not be read or written, or libsodium failed: error says why
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        int attemptsLeft = 0;
        qint64 lockedForMs = 0;
        QString error = {};
    };

    // Why pin cannot be an installer PIN (4 to 12 digits), or empty when it can.
    [[nodiscard]] static QString formatProblem(const QString &pin);
    // How long a lockout lasts after this many wrong tries in a row: 0 for the first five, then 30 s doubling
    // per further wrong try, at most one hour.
    [[nodiscard]] static qint64 delayAfter(int failures);

    // Hashes and stores pin, replacing any PIN and ending any lockout. The caller decides who may do this.
    [[nodiscard]] bool setPin(const QString &pin, QString *error);
    [[nodiscard]] Result verify(const QString &pin);
    // Forgets the PIN and the lockout (the installer's command-line reset).
    [[nodiscard]] bool reset(QString *error);

    // As of the last read of the store: at construction and at every setPin, verify and reload.
    [[nodiscard]] bool isSet() const { return !m_record.hash.isEmpty(); }
    [[nodiscard]] int failures() const { return m_record.failures; }
    [[nodiscard]] int attemptsLeft() const;
    [[nodiscard]] qint64 lockedForMs() const; // by the clock's time now
    // Re-reads the store; false with *error when it cannot be read.
    [[nodiscard]] bool reload(QString *error);

private:
    [[nodiscard]] bool sodiumReady(QString *error) const;

    PinStore &m_store;
    const Clock &m_clock;
    PinRecord m_record;
    bool m_sodiumReady = false;
};

} // namespace commonwatt::security

// A member's Ed25519 secret key, encrypted at rest with a passphrase (docs/ledger-storage.md, "Key file").
//
// The 32-byte seed is sealed with crypto_secretbox (XSalsa20-Poly1305) under a key that crypto_pwhash
// (argon2id13) derives from the passphrase and a random salt; the limits are kept in the file, so that they
// can be raised for new files without breaking old ones. The public key is in the clear, to say whose key it
// is, and is checked against the decrypted seed. The file is private to its owner from its creation and is
// replaced atomically. No function here returns or logs the seed, and errors never contain secret bytes.
#pragma once

#include "ledger/crypto.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

namespace commonwatt::ledger {

// crypto_pwhash's cost: opsLimit passes over memLimit bytes.
struct KdfLimits
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0;

    // libsodium's MODERATE limits (3 passes, 256 MiB): the default for a member's key.
    [[nodiscard]] static KdfLimits moderate();
    // libsodium's INTERACTIVE limits (2 passes, 64 MiB): for tests and small devices.
    [[nodiscard]] static KdfLimits interactive();
};

class KeyFile
{
public:
    // A file asking for more is refused rather than allowed to exhaust memory or time.
    static constexpr std::uint64_t kMaxOpsLimit = 64;
    static constexpr std::uint64_t kMaxMemLimit = std::uint64_t{4} << 30; // 4 GiB
    // A key file is a few hundred bytes; anything much larger is not one.
    static constexpr qint64 kMaxFileBytes = 4096;

    enum class Existing
    {
        Refuse, // an existing file at path is an error: a key is not overwritten by accident
        Replace,
    };

    // Encrypts key's seed under passphrase (the caller's bytes, e.g. UTF-8; not kept) and writes it to path
    // atomically, mode 0600 from the first byte. Returns the error, naming the file, or nullopt.
    [[nodiscard]] static std::optional<QString> write(const QString &path, const SecretKey &key,
                                                      QByteArrayView passphrase,
                                                      KdfLimits limits = KdfLimits::moderate(),
                                                      Existing existing = Existing::Refuse);

    struct ReadResult
    {
        std::optional<SecretKey> key = {};
        QString error = {}; // when key is empty: names the file and what is wrong, never a secret
    };
    // Decrypts the key in path. Refuses a file other users can access, a wrong passphrase, a damaged or
    // truncated file, and a seed whose public key is not the one the file names.
    [[nodiscard]] static ReadResult read(const QString &path, QByteArrayView passphrase);

    // Whose key the file holds, without the passphrase. Same permission and format checks as read().
    [[nodiscard]] static std::optional<PublicKey> publicKeyOf(const QString &path, QString *error = nullptr);
};

} // namespace commonwatt::ledger

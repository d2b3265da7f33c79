// Ed25519 keys and signatures and the entry hash, over libsodium (docs/ledger-encoding.md).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace commonwatt::ledger {

// A fixed number of bytes with a tag, so that a key is never passed where a hash is expected although both
// are 32 bytes.
template<std::size_t N, typename Tag> struct FixedBytes
{
    static constexpr std::size_t size = N;
    std::array<std::uint8_t, N> bytes = {};

    [[nodiscard]] QByteArrayView view() const
    {
        return QByteArrayView(bytes.data(), static_cast<qsizetype>(N));
    }
    [[nodiscard]] QString toHex() const { return QString::fromLatin1(view().toByteArray().toHex()); }
    [[nodiscard]] bool isZero() const
    {
        for (const auto b : bytes) {
            if (b != 0)
                return false;
        }
        return true;
    }
    // nullopt unless exactly N bytes.
    [[nodiscard]] static std::optional<FixedBytes> fromBytes(QByteArrayView data)
    {
        if (data.size() != static_cast<qsizetype>(N))
            return std::nullopt;
        FixedBytes out;
        for (std::size_t i = 0; i < N; ++i)
            out.bytes[i] = static_cast<std::uint8_t>(data[static_cast<qsizetype>(i)]);
        return out;
    }
    [[nodiscard]] static std::optional<FixedBytes> fromHex(QByteArrayView hex)
    {
        if (hex.size() != static_cast<qsizetype>(2 * N))
            return std::nullopt;
        for (const char c : hex) {
            const bool digit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!digit)
                return std::nullopt;
        }
        return fromBytes(QByteArray::fromHex(hex.toByteArray()));
    }
    friend auto operator<=>(const FixedBytes &, const FixedBytes &) = default;
    friend bool operator==(const FixedBytes &, const FixedBytes &) = default;
};

struct PublicKeyTag;
struct SignatureTag;
struct HashTag;
struct SeedTag;
using PublicKey = FixedBytes<32, PublicKeyTag>;
using Signature = FixedBytes<64, SignatureTag>;
using Hash = FixedBytes<32, HashTag>; // SHA-256
using Seed = FixedBytes<32, SeedTag>; // the RFC 8032 secret key; test and key-restore use only

// libsodium's sodium_init, once per process. False if libsodium cannot work here (no entropy source); every
// function below refuses to run then, rather than sign with a broken library.
[[nodiscard]] bool cryptoAvailable();

// An Ed25519 secret key. Never copied, never printed; its bytes are wiped when it is destroyed or moved from.
class SecretKey
{
public:
    [[nodiscard]] static std::optional<SecretKey> fromSeed(const Seed &seed);
    [[nodiscard]] static std::optional<SecretKey> generate();

    SecretKey(SecretKey &&other) noexcept;
    SecretKey &operator=(SecretKey &&other) noexcept;
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;
    ~SecretKey();

    [[nodiscard]] const PublicKey &publicKey() const { return m_publicKey; }
    // The detached Ed25519 signature of message.
    [[nodiscard]] Signature sign(QByteArrayView message) const;
    // The message of a box that seal() made for this key's public key; nullopt if the box is not one.
    [[nodiscard]] std::optional<QByteArray> openSealed(QByteArrayView box) const;

private:
    SecretKey() = default;
    void wipe();

    // The key file (keyfile.cpp) is the only reader of the seed: it encrypts it and wipes its copy.
    friend struct KeyFileSeedAccess;

    std::array<std::uint8_t, 64> m_secret = {}; // libsodium's form: seed then public key
    PublicKey m_publicKey = {};
};

// True only for a valid signature by key over message (libsodium's strict check: canonical S, no small-order
// key or R).
[[nodiscard]] bool verify(const PublicKey &key, QByteArrayView message, const Signature &signature);

[[nodiscard]] Hash sha256(QByteArrayView data);

// Anonymous sealed boxes (libsodium crypto_box_seal) to an Ed25519 key, converted to its X25519 form: only
// the holder of the key's secret can open them, and the sender stays unknown. nullopt if the key has no
// X25519 form (not a valid point, or of small order).
inline constexpr qsizetype kSealOverheadBytes = 48; // crypto_box_SEALBYTES
[[nodiscard]] std::optional<QByteArray> seal(const PublicKey &recipient, QByteArrayView message);

} // namespace commonwatt::ledger

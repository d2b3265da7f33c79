#include "crypto.h"

#include <sodium.h>

namespace commonwatt::ledger {

static_assert(PublicKey::size == crypto_sign_PUBLICKEYBYTES);
static_assert(Signature::size == crypto_sign_BYTES);
static_assert(Seed::size == crypto_sign_SEEDBYTES);
static_assert(Hash::size == crypto_hash_sha256_BYTES);
static_assert(64 == crypto_sign_SECRETKEYBYTES);

namespace {

const unsigned char *bytesOf(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

} // namespace

bool cryptoAvailable()
{
    // sodium_init is thread-safe and idempotent; the static makes the check once.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::optional<SecretKey> SecretKey::fromSeed(const Seed &seed)
{
    if (!cryptoAvailable())
        return std::nullopt;
    SecretKey key;
    if (crypto_sign_seed_keypair(key.m_publicKey.bytes.data(), key.m_secret.data(), seed.bytes.data()) != 0)
        return std::nullopt;
    return key;
}

std::optional<SecretKey> SecretKey::generate()
{
    if (!cryptoAvailable())
        return std::nullopt;
    SecretKey key;
    if (crypto_sign_keypair(key.m_publicKey.bytes.data(), key.m_secret.data()) != 0)
        return std::nullopt;
    return key;
}

SecretKey::SecretKey(SecretKey &&other) noexcept
    : m_secret(other.m_secret)
    , m_publicKey(other.m_publicKey)
{
    other.wipe();
}

SecretKey &SecretKey::operator=(SecretKey &&other) noexcept
{
    if (this != &other) {
        m_secret = other.m_secret;
        m_publicKey = other.m_publicKey;
        other.wipe();
    }
    return *this;
}

SecretKey::~SecretKey()
{
    wipe();
}

void SecretKey::wipe()
{
    sodium_memzero(m_secret.data(), m_secret.size());
}

Signature SecretKey::sign(QByteArrayView message) const
{
    Signature signature;
    // A SecretKey exists only once libsodium is ready, so signing cannot fail.
    crypto_sign_detached(signature.bytes.data(), nullptr, bytesOf(message),
                         static_cast<unsigned long long>(message.size()), m_secret.data());
    return signature;
}

bool verify(const PublicKey &key, QByteArrayView message, const Signature &signature)
{
    if (!cryptoAvailable())
        return false;
    return crypto_sign_verify_detached(signature.bytes.data(), bytesOf(message),
                                       static_cast<unsigned long long>(message.size()),
                                       key.bytes.data()) == 0;
}

Hash sha256(QByteArrayView data)
{
    Hash hash;
    crypto_hash_sha256(hash.bytes.data(), bytesOf(data), static_cast<unsigned long long>(data.size()));
    return hash;
}

static_assert(kSealOverheadBytes == crypto_box_SEALBYTES);

std::optional<QByteArray> seal(const PublicKey &recipient, QByteArrayView message)
{
    std::array<unsigned char, crypto_box_PUBLICKEYBYTES> curve{};
    if (!cryptoAvailable() || crypto_sign_ed25519_pk_to_curve25519(curve.data(), recipient.bytes.data()) != 0)
        return std::nullopt;
    QByteArray box(message.size() + kSealOverheadBytes, '\0');
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(box.data()), bytesOf(message),
                        static_cast<unsigned long long>(message.size()), curve.data()) != 0)
        return std::nullopt;
    return box;
}

std::optional<QByteArray> SecretKey::openSealed(QByteArrayView box) const
{
    if (box.size() < kSealOverheadBytes)
        return std::nullopt;
    std::array<unsigned char, crypto_box_PUBLICKEYBYTES> curvePublic{};
    std::array<unsigned char, crypto_box_SECRETKEYBYTES> curveSecret{};
    if (crypto_sign_ed25519_pk_to_curve25519(curvePublic.data(), m_publicKey.bytes.data()) != 0 ||
        crypto_sign_ed25519_sk_to_curve25519(curveSecret.data(), m_secret.data()) != 0) {
        sodium_memzero(curveSecret.data(), curveSecret.size());
        return std::nullopt;
    }
    QByteArray message(box.size() - kSealOverheadBytes, '\0');
    const int opened = crypto_box_seal_open(reinterpret_cast<unsigned char *>(message.data()), bytesOf(box),
                                            static_cast<unsigned long long>(box.size()), curvePublic.data(),
                                            curveSecret.data());
    sodium_memzero(curveSecret.data(), curveSecret.size());
    if (opened != 0)
        return std::nullopt;
    return message;
}

} // namespace commonwatt::ledger

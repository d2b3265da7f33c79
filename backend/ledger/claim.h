// A household's sealed meter claim (currency.md section 6; docs/ledger-state.md "Sealed claims"): the
// readings of one slot in a canonical encoding, their salted hash (public, in the MeterClaim entry) and the
// encoding sealed to the validator and each steward. The public ledger never shows the readings.
#pragma once

#include "ledger/encoding.h"
#include "ledger/payloads.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace commonwatt::ledger {

struct ClaimSaltTag;
// Random bytes in every claim: its readings are low-entropy, so without them the public hash could be
// brute-forced back into the readings.
using ClaimSalt = FixedBytes<16, ClaimSaltTag>;

inline constexpr std::uint8_t kClaimFormatVersion = 1;
inline constexpr std::uint8_t kSealedClaimFormatVersion = 1;
inline constexpr char kClaimHashDomain[] = "commonwatt-claim/1";
inline constexpr int kMaxClaimDevices = 32;
inline constexpr qsizetype kMaxDeviceIdBytes = 64;
inline constexpr int kMaxClaimRecipients = 16;

// One declared device's energy in the slot, Wh.
struct DeviceReading
{
    QString id = {}; // as declared in the membership's devicesJson
    std::int64_t chargeWh = 0;
    std::int64_t dischargeWh = 0;
    std::int64_t loadWh = 0;

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "id", self.id);
        v(2, "chargeWh", self.chargeWh);
        v(3, "dischargeWh", self.dischargeWh);
        v(4, "loadWh", self.loadWh);
    }
    friend bool operator==(const DeviceReading &, const DeviceReading &) = default;
};

// What a household claims for one slot, Wh. Devices are in strictly increasing order of their id's UTF-8
// bytes (one record per device), so that a claim has one encoding.
struct ClaimContent
{
    ClaimSalt salt = {};
    std::int64_t slotStartMs = 0;
    std::int64_t importWh = 0;
    std::int64_t exportWh = 0;
    std::int64_t pvWh = 0;
    std::int64_t fossilWh = 0;
    std::vector<DeviceReading> devices = {};

    template<typename Self, typename V> static void fields(Self &self, V &v)
    {
        v(1, "salt", self.salt);
        v(2, "slotStartMs", self.slotStartMs);
        v(3, "importWh", self.importWh);
        v(4, "exportWh", self.exportWh);
        v(5, "pvWh", self.pvWh);
        v(6, "fossilWh", self.fossilWh);
    }
    friend bool operator==(const ClaimContent &, const ClaimContent &) = default;
};

// 16 random bytes from libsodium; nullopt if libsodium cannot run here.
[[nodiscard]] std::optional<ClaimSalt> randomClaimSalt();

// Why content has no canonical encoding (more than kMaxClaimDevices devices, an empty or over-long id, ids
// not strictly increasing), naming the device; empty if it has one.
[[nodiscard]] QString claimContentProblem(const ClaimContent &content);
// The encoding of content as it is; canonical when claimContentProblem() is empty.
[[nodiscard]] QByteArray encodeClaim(const ClaimContent &content);

struct ClaimDecodeResult
{
    std::optional<ClaimContent> content = {};
    DecodeError error = {}; // when content is empty: the field ("devices[1].id") and the byte offset
};
// The content, only if bytes are exactly its canonical encoding.
[[nodiscard]] ClaimDecodeResult decodeClaim(QByteArrayView bytes);

// SHA-256("commonwatt-claim/1" || 0x00 || encoding): the MeterClaim's sealedClaimHash.
[[nodiscard]] Hash claimHash(QByteArrayView encoding);

// One recipient's sealed box of the claim's encoding.
struct SealedBox
{
    PublicKey recipient = {};
    QByteArray box = {};
    friend bool operator==(const SealedBox &, const SealedBox &) = default;
};

// The MeterClaim's sealedClaim bytes: the boxes in strictly increasing order of recipient key.
[[nodiscard]] QByteArray encodeSealedClaim(const std::vector<SealedBox> &boxes);

struct SealedClaimDecodeResult
{
    std::optional<std::vector<SealedBox>> boxes = {};
    DecodeError error = {};
};
[[nodiscard]] SealedClaimDecodeResult decodeSealedClaim(QByteArrayView bytes);

struct SealResult
{
    std::optional<MeterClaim> claim = {};
    QString error = {};
};
// The MeterClaim payload for content, sealed to each recipient (the validator and every steward; duplicates
// are sealed once). Refused: a content without a canonical encoding, no or too many recipients, a key without
// an X25519 form, or a payload beyond kMaxPayloadBytes.
[[nodiscard]] SealResult sealMeterClaim(const ClaimContent &content, std::span<const PublicKey> recipients);

struct OpenResult
{
    std::optional<ClaimContent> content = {};
    QString error = {};
};
// For a recipient: opens its box, decodes the content and checks it against the claim's public hash and
// slot, so that every recipient reads the same readings the hash commits to.
[[nodiscard]] OpenResult openMeterClaim(const MeterClaim &claim, const SecretKey &recipient);

} // namespace commonwatt::ledger

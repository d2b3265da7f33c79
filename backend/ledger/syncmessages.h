// The ledger sync's message formats (docs/ledger-sync.md): the retained head, the catch-up request, the claim
// of an answer and a batch of a reply. Pure: encoders and strict parsers that accept exactly what the
// encoders produce and refuse anything else with the field at fault, so that a peer's garbage can cost
// nothing but a counter. Fuzzed by tests/fuzz/fuzz_ledgersyncmessages.cpp.
#pragma once

#include "ledger/crypto.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace commonwatt::ledger::sync {

// The first byte of every sync message; a later format changes it.
inline constexpr std::uint8_t kSyncFormatVersion = 1;

// The second byte: what the message is, so that a message published on the wrong topic is refused.
enum class MessageKind : std::uint8_t
{
    Head = 1,
    CatchupRequest = 2,
    CatchupClaim = 3,
    CatchupReply = 4,
};

// A member's identity on the catch-up topics (reply/<nodeIdHex>): 8 bytes, random per installation.
struct NodeIdTag;
using NodeId = FixedBytes<8, NodeIdTag>;

// Bounds (docs/ledger-sync.md, "Sizes").
inline constexpr int kMaxParticipantsPerRequest = 4096;
inline constexpr int kMaxEntriesPerBatch = 512;
inline constexpr qsizetype kMaxBatchBytes = 256 * 1024;
// A canonical entry: a payload of at most 16384 bytes plus the fixed fields; generously rounded up.
inline constexpr qsizetype kMaxEntryBytes = 16384 + 1024;

struct HeadMessage
{
    std::uint64_t sequence = 0;
    Hash hash = {};

    friend bool operator==(const HeadMessage &, const HeadMessage &) = default;
};

// One participant in a catch-up request: the sequence the requester has and the highest it has heard of.
struct RequestedChain
{
    PublicKey participant = {};
    std::uint64_t have = 0;
    std::uint64_t known = 0; // >= have

    friend bool operator==(const RequestedChain &, const RequestedChain &) = default;
};

// "I have up to these sequences": answerers send what lies beyond, for every participant whose key is in
// [rangeFirst, rangeLast], listed or not (a participant not listed is one the requester has never heard of).
struct CatchupRequest
{
    NodeId requester = {};
    std::uint64_t requestId = 0;
    PublicKey rangeFirst = {};
    PublicKey rangeLast = {};
    std::vector<RequestedChain> chains = {}; // strictly ascending by participant, all within the range

    friend bool operator==(const CatchupRequest &, const CatchupRequest &) = default;
};

// "I answer request (requester, requestId) with about `entries` entries": the others stand down.
struct CatchupClaim
{
    NodeId requester = {};
    std::uint64_t requestId = 0;
    NodeId answerer = {};
    std::uint64_t entries = 0;

    friend bool operator==(const CatchupClaim &, const CatchupClaim &) = default;
};

// One batch of an answer: canonical entry bytes, in chain order per participant.
struct CatchupReply
{
    enum Flag : std::uint8_t
    {
        Final = 1, // the answer's last batch
        More = 2,  // with Final: the answer stopped at its limit, the answerer has more
    };
    std::uint64_t requestId = 0;
    NodeId answerer = {};
    std::uint32_t batch = 0; // 0, 1, ... within the answer
    std::uint8_t flags = 0;
    std::vector<QByteArray> entries = {};

    [[nodiscard]] bool isFinal() const { return (flags & Final) != 0; }
    [[nodiscard]] bool hasMore() const { return (flags & More) != 0; }

    friend bool operator==(const CatchupReply &, const CatchupReply &) = default;
};

// Why a message was refused: the field and the byte offset at fault.
struct ParseError
{
    QString field = {};
    qsizetype offset = 0;
    QString reason = {};

    [[nodiscard]] QString toString() const;
};

template<typename T> struct Parsed
{
    std::optional<T> value = {};
    ParseError error = {}; // when value is empty
};

[[nodiscard]] QByteArray encodeHead(const HeadMessage &head);
[[nodiscard]] Parsed<HeadMessage> parseHead(QByteArrayView bytes);

// Size of an encoded request with n chains: 86 + 48 n bytes.
[[nodiscard]] qsizetype catchupRequestSize(qsizetype chains);
[[nodiscard]] QByteArray encodeCatchupRequest(const CatchupRequest &request);
[[nodiscard]] Parsed<CatchupRequest> parseCatchupRequest(QByteArrayView bytes);

[[nodiscard]] QByteArray encodeCatchupClaim(const CatchupClaim &claim);
[[nodiscard]] Parsed<CatchupClaim> parseCatchupClaim(QByteArrayView bytes);

// Header 25 bytes, then per entry a 4-byte length and the bytes.
inline constexpr qsizetype kReplyHeaderBytes = 25;
inline constexpr qsizetype kReplyEntryOverhead = 4;
[[nodiscard]] QByteArray encodeCatchupReply(const CatchupReply &reply);
[[nodiscard]] Parsed<CatchupReply> parseCatchupReply(QByteArrayView bytes);

// The participant and sequence of canonical entry bytes, read from their fixed offsets
// (docs/ledger-encoding.md, "Layout") without decoding or verifying the rest; nullopt when the bytes cannot
// be an entry. The replica's decoder still judges the whole entry.
struct EntryId
{
    PublicKey participant = {};
    std::uint64_t sequence = 0;
};
[[nodiscard]] std::optional<EntryId> peekEntryId(QByteArrayView bytes);

} // namespace commonwatt::ledger::sync

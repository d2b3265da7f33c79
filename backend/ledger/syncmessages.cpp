#include "syncmessages.h"

#include "ledger/encoding.h"

using namespace Qt::StringLiterals;

namespace commonwatt::ledger::sync {

namespace {

constexpr qsizetype kHeadBytes = 42;
constexpr qsizetype kRequestHeaderBytes = 86;
constexpr qsizetype kRequestChainBytes = 48;
constexpr qsizetype kClaimBytes = 34;

void putU64(QByteArray &out, std::uint64_t value)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out.append(static_cast<char>((value >> shift) & 0xff));
}

void putU32(QByteArray &out, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(static_cast<char>((value >> shift) & 0xff));
}

void putU16(QByteArray &out, std::uint16_t value)
{
    out.append(static_cast<char>(value >> 8));
    out.append(static_cast<char>(value & 0xff));
}

template<typename Bytes> void putBytes(QByteArray &out, const Bytes &bytes)
{
    out.append(bytes.view());
}

void putPreamble(QByteArray &out, MessageKind kind)
{
    out.append(static_cast<char>(kSyncFormatVersion));
    out.append(static_cast<char>(kind));
}

// Reads big-endian fields front to back; the first failure sticks and names its field and offset.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {}

    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] const ParseError &error() const { return m_error; }
    [[nodiscard]] qsizetype offset() const { return m_offset; }
    [[nodiscard]] qsizetype remaining() const { return m_bytes.size() - m_offset; }

    bool fail(const QString &field, qsizetype offset, const QString &reason)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = {field, offset, reason};
        }
        return false;
    }

    bool need(const QString &field, qsizetype count)
    {
        if (m_failed)
            return false;
        if (remaining() < count)
            return fail(field, m_offset,
                        u"needs %1 bytes, %2 left"_s.arg(count).arg(std::max<qsizetype>(remaining(), 0)));
        return true;
    }

    std::uint64_t unsignedInt(const QString &field, int width)
    {
        if (!need(field, width))
            return 0;
        std::uint64_t value = 0;
        for (int i = 0; i < width; ++i)
            value = (value << 8) | static_cast<std::uint8_t>(m_bytes[m_offset + i]);
        m_offset += width;
        return value;
    }

    template<typename Bytes> Bytes fixed(const QString &field)
    {
        if (!need(field, static_cast<qsizetype>(Bytes::size)))
            return {};
        const auto value = Bytes::fromBytes(m_bytes.sliced(m_offset, static_cast<qsizetype>(Bytes::size)));
        m_offset += static_cast<qsizetype>(Bytes::size);
        return *value;
    }

    QByteArrayView raw(const QString &field, qsizetype count)
    {
        if (!need(field, count))
            return {};
        const QByteArrayView view = m_bytes.sliced(m_offset, count);
        m_offset += count;
        return view;
    }

    bool preamble(MessageKind kind)
    {
        const qsizetype at = m_offset;
        const auto version = unsignedInt(u"version"_s, 1);
        if (!m_failed && version != kSyncFormatVersion)
            return fail(u"version"_s, at, u"is %1, expected %2"_s.arg(version).arg(kSyncFormatVersion));
        const auto found = unsignedInt(u"kind"_s, 1);
        if (!m_failed && found != static_cast<std::uint8_t>(kind))
            return fail(u"kind"_s, at + 1, u"is %1, expected %2"_s.arg(found).arg(static_cast<int>(kind)));
        return !m_failed;
    }

    bool end()
    {
        if (!m_failed && remaining() != 0)
            return fail(u"end"_s, m_offset, u"%1 bytes after the message"_s.arg(remaining()));
        return !m_failed;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_offset = 0;
    bool m_failed = false;
    ParseError m_error;
};

template<typename T> Parsed<T> failure(const Reader &reader)
{
    return {std::nullopt, reader.error()};
}

} // namespace

QString ParseError::toString() const
{
    return u"%1 at byte %2: %3"_s.arg(field).arg(offset).arg(reason);
}

QByteArray encodeHead(const HeadMessage &head)
{
    QByteArray out;
    out.reserve(kHeadBytes);
    putPreamble(out, MessageKind::Head);
    putU64(out, head.sequence);
    putBytes(out, head.hash);
    return out;
}

Parsed<HeadMessage> parseHead(QByteArrayView bytes)
{
    Reader reader(bytes);
    reader.preamble(MessageKind::Head);
    HeadMessage head;
    const qsizetype at = reader.offset();
    head.sequence = reader.unsignedInt(u"sequence"_s, 8);
    if (!reader.failed() && head.sequence == 0)
        reader.fail(u"sequence"_s, at, u"is 0"_s);
    head.hash = reader.fixed<Hash>(u"hash"_s);
    if (!reader.end())
        return failure<HeadMessage>(reader);
    return {head, {}};
}

qsizetype catchupRequestSize(qsizetype chains)
{
    return kRequestHeaderBytes + kRequestChainBytes * chains;
}

QByteArray encodeCatchupRequest(const CatchupRequest &request)
{
    QByteArray out;
    out.reserve(catchupRequestSize(static_cast<qsizetype>(request.chains.size())));
    putPreamble(out, MessageKind::CatchupRequest);
    putBytes(out, request.requester);
    putU64(out, request.requestId);
    putBytes(out, request.rangeFirst);
    putBytes(out, request.rangeLast);
    putU32(out, static_cast<std::uint32_t>(request.chains.size()));
    for (const RequestedChain &chain : request.chains) {
        putBytes(out, chain.participant);
        putU64(out, chain.have);
        putU64(out, chain.known);
    }
    return out;
}

Parsed<CatchupRequest> parseCatchupRequest(QByteArrayView bytes)
{
    Reader reader(bytes);
    reader.preamble(MessageKind::CatchupRequest);
    CatchupRequest request;
    request.requester = reader.fixed<NodeId>(u"requester"_s);
    request.requestId = reader.unsignedInt(u"requestId"_s, 8);
    request.rangeFirst = reader.fixed<PublicKey>(u"rangeFirst"_s);
    const qsizetype lastAt = reader.offset();
    request.rangeLast = reader.fixed<PublicKey>(u"rangeLast"_s);
    if (!reader.failed() && request.rangeLast < request.rangeFirst)
        reader.fail(u"rangeLast"_s, lastAt, u"is below rangeFirst"_s);
    const qsizetype countAt = reader.offset();
    const std::uint64_t count = reader.unsignedInt(u"count"_s, 4);
    if (!reader.failed() && count > kMaxParticipantsPerRequest)
        reader.fail(u"count"_s, countAt,
                    u"%1 is above the limit %2"_s.arg(count).arg(kMaxParticipantsPerRequest));
    if (!reader.failed() && reader.remaining() != kRequestChainBytes * static_cast<qsizetype>(count))
        reader.fail(u"count"_s, countAt,
                    u"%1 chains need %2 bytes, %3 follow"_s.arg(count)
                        .arg(kRequestChainBytes * static_cast<qsizetype>(count))
                        .arg(reader.remaining()));
    if (reader.failed())
        return failure<CatchupRequest>(reader);
    request.chains.reserve(count);
    for (std::uint64_t i = 0; i < count; ++i) {
        const qsizetype at = reader.offset();
        const QString field = u"chains[%1]"_s.arg(i);
        RequestedChain chain;
        chain.participant = reader.fixed<PublicKey>(field + u".participant"_s);
        chain.have = reader.unsignedInt(field + u".have"_s, 8);
        chain.known = reader.unsignedInt(field + u".known"_s, 8);
        if (reader.failed())
            break;
        if (chain.participant < request.rangeFirst || request.rangeLast < chain.participant) {
            reader.fail(field + u".participant"_s, at, u"is outside the request's range"_s);
            break;
        }
        if (!request.chains.empty() && !(request.chains.back().participant < chain.participant)) {
            reader.fail(field + u".participant"_s, at, u"is not above the one before"_s);
            break;
        }
        if (chain.known < chain.have) {
            reader.fail(field + u".known"_s, at + 40,
                        u"%1 is below have %2"_s.arg(chain.known).arg(chain.have));
            break;
        }
        request.chains.push_back(chain);
    }
    if (!reader.end())
        return failure<CatchupRequest>(reader);
    return {std::move(request), {}};
}

QByteArray encodeCatchupClaim(const CatchupClaim &claim)
{
    QByteArray out;
    out.reserve(kClaimBytes);
    putPreamble(out, MessageKind::CatchupClaim);
    putBytes(out, claim.requester);
    putU64(out, claim.requestId);
    putBytes(out, claim.answerer);
    putU64(out, claim.entries);
    return out;
}

Parsed<CatchupClaim> parseCatchupClaim(QByteArrayView bytes)
{
    Reader reader(bytes);
    reader.preamble(MessageKind::CatchupClaim);
    CatchupClaim claim;
    claim.requester = reader.fixed<NodeId>(u"requester"_s);
    claim.requestId = reader.unsignedInt(u"requestId"_s, 8);
    claim.answerer = reader.fixed<NodeId>(u"answerer"_s);
    claim.entries = reader.unsignedInt(u"entries"_s, 8);
    if (!reader.end())
        return failure<CatchupClaim>(reader);
    return {claim, {}};
}

QByteArray encodeCatchupReply(const CatchupReply &reply)
{
    qsizetype size = kReplyHeaderBytes;
    for (const QByteArray &entry : reply.entries)
        size += kReplyEntryOverhead + entry.size();
    QByteArray out;
    out.reserve(size);
    putPreamble(out, MessageKind::CatchupReply);
    putU64(out, reply.requestId);
    putBytes(out, reply.answerer);
    putU32(out, reply.batch);
    out.append(static_cast<char>(reply.flags));
    putU16(out, static_cast<std::uint16_t>(reply.entries.size()));
    for (const QByteArray &entry : reply.entries) {
        putU32(out, static_cast<std::uint32_t>(entry.size()));
        out.append(entry);
    }
    return out;
}

Parsed<CatchupReply> parseCatchupReply(QByteArrayView bytes)
{
    Reader reader(bytes);
    if (!reader.failed() && bytes.size() > kMaxBatchBytes)
        reader.fail(u"size"_s, 0, u"%1 bytes is above the limit %2"_s.arg(bytes.size()).arg(kMaxBatchBytes));
    reader.preamble(MessageKind::CatchupReply);
    CatchupReply reply;
    reply.requestId = reader.unsignedInt(u"requestId"_s, 8);
    reply.answerer = reader.fixed<NodeId>(u"answerer"_s);
    reply.batch = static_cast<std::uint32_t>(reader.unsignedInt(u"batch"_s, 4));
    const qsizetype flagsAt = reader.offset();
    reply.flags = static_cast<std::uint8_t>(reader.unsignedInt(u"flags"_s, 1));
    if (!reader.failed() && (reply.flags & ~(CatchupReply::Final | CatchupReply::More)) != 0)
        reader.fail(u"flags"_s, flagsAt, u"unknown bits in %1"_s.arg(reply.flags));
    if (!reader.failed() && reply.hasMore() && !reply.isFinal())
        reader.fail(u"flags"_s, flagsAt, u"More without Final"_s);
    const qsizetype countAt = reader.offset();
    const std::uint64_t count = reader.unsignedInt(u"count"_s, 2);
    if (!reader.failed() && count > kMaxEntriesPerBatch)
        reader.fail(u"count"_s, countAt, u"%1 is above the limit %2"_s.arg(count).arg(kMaxEntriesPerBatch));
    if (reader.failed())
        return failure<CatchupReply>(reader);
    reply.entries.reserve(count);
    for (std::uint64_t i = 0; i < count && !reader.failed(); ++i) {
        const QString field = u"entries[%1]"_s.arg(i);
        const qsizetype at = reader.offset();
        const std::uint64_t length = reader.unsignedInt(field + u".length"_s, 4);
        if (reader.failed())
            break;
        if (length == 0 || length > static_cast<std::uint64_t>(kMaxEntryBytes)) {
            reader.fail(field + u".length"_s, at, u"%1 is not in 1..%2"_s.arg(length).arg(kMaxEntryBytes));
            break;
        }
        const QByteArrayView entry = reader.raw(field, static_cast<qsizetype>(length));
        if (!reader.failed())
            reply.entries.push_back(entry.toByteArray());
    }
    if (!reader.end())
        return failure<CatchupReply>(reader);
    return {std::move(reply), {}};
}

std::optional<EntryId> peekEntryId(QByteArrayView bytes)
{
    // version, tag 1, length 32, participant (3..34), tag 2, length 8, sequence (37..44).
    constexpr qsizetype kParticipantAt = 3;
    constexpr qsizetype kSequenceAt = 37;
    if (bytes.size() < kSequenceAt + 8 || static_cast<std::uint8_t>(bytes[0]) != kFormatVersion ||
        bytes[1] != 1 || bytes[2] != 32 || bytes[35] != 2 || bytes[36] != 8)
        return std::nullopt;
    EntryId id;
    id.participant = *PublicKey::fromBytes(bytes.sliced(kParticipantAt, 32));
    for (qsizetype i = 0; i < 8; ++i)
        id.sequence = (id.sequence << 8) | static_cast<std::uint8_t>(bytes[kSequenceAt + i]);
    if (id.sequence == 0)
        return std::nullopt;
    return id;
}

} // namespace commonwatt::ledger::sync

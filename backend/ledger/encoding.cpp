#include "encoding.h"

#include "ledger/tlv.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace commonwatt::ledger {

namespace {

using namespace tlv;

constexpr int kLastEntryTag = 7;

QByteArray encodePayload(const Payload &payload)
{
    QByteArray out;
    FieldWriter writer{out};
    std::visit([&writer](const auto &p) { std::decay_t<decltype(p)>::fields(p, writer); }, payload);
    return out;
}

template<std::size_t... I> Payload emptyPayload(std::size_t index, std::index_sequence<I...>)
{
    static const std::array<Payload (*)(), sizeof...(I)> makers = {
        +[]() { return Payload(std::in_place_index<I>); }...};
    return makers[index]();
}

} // namespace

QString DecodeError::toString() const
{
    return u"%1 at byte %2: %3"_s.arg(field).arg(offset).arg(reason);
}

QByteArray encodeBody(const Entry &entry)
{
    QByteArray out;
    out.append(static_cast<char>(kFormatVersion));
    FieldWriter writer{out};
    writer(1, "participant", entry.participant);
    writer(2, "sequence", entry.sequence);
    writer(3, "previous", entry.previous);
    writer(4, "timestampMs", entry.timestampMs);
    writer(5, "type", static_cast<std::uint8_t>(entry.type()));
    putField(out, 6, encodePayload(entry.payload));
    return out;
}

QByteArray encode(const Entry &entry)
{
    QByteArray out = encodeBody(entry);
    FieldWriter writer{out};
    writer(7, "signature", entry.signature);
    return out;
}

DecodeResult decode(QByteArrayView bytes)
{
    DecodeResult result;
    DecodeError &error = result.error;
    if (bytes.isEmpty()) {
        error = DecodeError{u"version"_s, 0, u"missing: no bytes"_s};
        return result;
    }
    const auto version = static_cast<std::uint8_t>(bytes[0]);
    if (version != kFormatVersion) {
        error = DecodeError{u"version"_s, 0,
                            u"format %1 is not supported, expected %2"_s.arg(version).arg(kFormatVersion)};
        return result;
    }

    Reader reader(bytes, 0, QString(), kLastEntryTag, error);
    reader.skip(1);
    FieldReader fields{reader};
    Entry entry;
    std::uint8_t type = 0;
    fields(1, "participant", entry.participant);
    fields(2, "sequence", entry.sequence);
    fields(3, "previous", entry.previous);
    fields(4, "timestampMs", entry.timestampMs);
    const qsizetype typeOffset = reader.offset() + 2; // the value, after its tag and one-byte length
    fields(5, "type", type);
    if (!fields.ok)
        return result;
    if (type < 1 || type > kLastEntryType) {
        error = DecodeError{u"type"_s, typeOffset, u"unknown entry type %1"_s.arg(type)};
        return result;
    }

    QByteArrayView payloadBytes;
    qsizetype payloadOffset = 0;
    if (!reader.field(6, "payload", &payloadBytes, &payloadOffset, kMaxPayloadBytes))
        return result;
    entry.payload = emptyPayload(type - 1u, std::make_index_sequence<std::variant_size_v<Payload>>());
    const bool payloadOk = std::visit(
        [&](auto &payload) {
            using P = std::decay_t<decltype(payload)>;
            TagCounter counter;
            P::fields(payload, counter);
            Reader inner(payloadBytes, payloadOffset, u"payload."_s, counter.last, error);
            FieldReader innerFields{inner};
            P::fields(payload, innerFields);
            return innerFields.ok && inner.finish(u"payload"_s);
        },
        entry.payload);
    if (!payloadOk)
        return result;

    fields(7, "signature", entry.signature);
    if (!fields.ok || !reader.finish(u"signature"_s))
        return result;
    result.entry = std::move(entry);
    return result;
}

} // namespace commonwatt::ledger

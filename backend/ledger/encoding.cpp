#include "encoding.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace commonwatt::ledger {

namespace {

// Lengths are unsigned LEB128 of at most three bytes (values below 2^21), which covers kMaxPayloadBytes.
constexpr int kMaxLengthBytes = 3;
constexpr int kLastEntryTag = 7;

void putLength(QByteArray &out, quint32 length)
{
    do {
        auto byte = static_cast<std::uint8_t>(length & 0x7f);
        length >>= 7;
        if (length != 0)
            byte |= 0x80;
        out.append(static_cast<char>(byte));
    } while (length != 0);
}

void putField(QByteArray &out, int tag, QByteArrayView value)
{
    out.append(static_cast<char>(tag));
    putLength(out, static_cast<quint32>(value.size()));
    out.append(value);
}

QByteArray bigEndian(std::uint64_t value)
{
    QByteArray out(8, '\0');
    for (int i = 7; i >= 0; --i) {
        out[i] = static_cast<char>(value & 0xff);
        value >>= 8;
    }
    return out;
}

std::uint64_t fromBigEndian(QByteArrayView bytes)
{
    std::uint64_t value = 0;
    for (const char c : bytes)
        value = (value << 8) | static_cast<std::uint8_t>(c);
    return value;
}

struct FieldWriter
{
    QByteArray &out;

    void operator()(int tag, const char *, const std::int64_t &value)
    {
        putField(out, tag, bigEndian(static_cast<std::uint64_t>(value)));
    }
    void operator()(int tag, const char *, const std::uint64_t &value)
    {
        putField(out, tag, bigEndian(value));
    }
    void operator()(int tag, const char *, const std::uint8_t &value)
    {
        const char byte = static_cast<char>(value);
        putField(out, tag, QByteArrayView(&byte, 1));
    }
    void operator()(int tag, const char *name, const bool &value)
    {
        (*this)(tag, name, static_cast<std::uint8_t>(value ? 1 : 0));
    }
    template<std::size_t N, typename Tag>
    void operator()(int tag, const char *, const FixedBytes<N, Tag> &value)
    {
        putField(out, tag, value.view());
    }
    void operator()(int tag, const char *, const QString &value) { putField(out, tag, value.toUtf8()); }
    void operator()(int tag, const char *, const QByteArray &value) { putField(out, tag, value); }
};

QByteArray encodePayload(const Payload &payload)
{
    QByteArray out;
    FieldWriter writer{out};
    std::visit([&writer](const auto &p) { std::decay_t<decltype(p)>::fields(p, writer); }, payload);
    return out;
}

// Reads the fields of one level (the entry, or a payload) in their only allowed order.
class Reader
{
public:
    Reader(QByteArrayView data, qsizetype base, QString prefix, int lastTag, DecodeError &error)
        : m_data(data)
        , m_base(base)
        , m_prefix(std::move(prefix))
        , m_lastTag(lastTag)
        , m_error(error)
    {}

    [[nodiscard]] QString path(const char *name) const { return m_prefix + QString::fromLatin1(name); }
    [[nodiscard]] bool fail(const QString &field, qsizetype offset, const QString &reason)
    {
        m_error = DecodeError{field, offset, reason};
        return false;
    }
    void skip(qsizetype count) { m_pos += count; }
    [[nodiscard]] qsizetype offset() const { return m_base + m_pos; }

    // The value of field tag, or false with the error set.
    [[nodiscard]] bool field(int tag, const char *name, QByteArrayView *value, qsizetype *valueOffset,
                             qsizetype maxLength)
    {
        const QString where = path(name);
        if (m_pos >= m_data.size())
            return fail(where, offset(), u"missing: the bytes end before it"_s);
        const int found = static_cast<std::uint8_t>(m_data[m_pos]);
        if (found != tag)
            return fail(where, offset(), unexpectedTag(found, tag));
        ++m_pos;
        const qsizetype lengthOffset = offset();
        quint32 length = 0;
        for (int i = 0;; ++i) {
            if (m_pos >= m_data.size())
                return fail(where, lengthOffset, u"truncated length"_s);
            const auto byte = static_cast<std::uint8_t>(m_data[m_pos++]);
            length |= static_cast<quint32>(byte & 0x7f) << (7 * i);
            if ((byte & 0x80) == 0) {
                if (i > 0 && byte == 0)
                    return fail(where, lengthOffset, u"non-minimal length: a trailing zero length byte"_s);
                break;
            }
            if (i + 1 == kMaxLengthBytes)
                return fail(where, lengthOffset, u"length longer than %1 bytes"_s.arg(kMaxLengthBytes));
        }
        if (length > static_cast<quint32>(maxLength))
            return fail(where, lengthOffset, u"oversized: %1 bytes, at most %2"_s.arg(length).arg(maxLength));
        const qsizetype left = m_data.size() - m_pos;
        if (static_cast<qsizetype>(length) > left)
            return fail(where, offset(), u"truncated: %1 bytes declared, %2 left"_s.arg(length).arg(left));
        *valueOffset = offset();
        *value = m_data.sliced(m_pos, length);
        m_pos += length;
        return true;
    }

    // After the last field: nothing may follow.
    [[nodiscard]] bool finish(const QString &field)
    {
        if (m_pos == m_data.size())
            return true;
        const int found = static_cast<std::uint8_t>(m_data[m_pos]);
        const qsizetype extra = m_data.size() - m_pos;
        if (found > m_lastTag)
            return fail(field, offset(),
                        u"%1 trailing bytes: unknown tag %2 after the last field"_s.arg(extra).arg(found));
        return fail(
            field, offset(),
            u"%1 trailing bytes: tag %2 repeated or out of order after the last field"_s.arg(extra).arg(
                found));
    }

private:
    [[nodiscard]] QString unexpectedTag(int found, int expected) const
    {
        if (found > m_lastTag)
            return u"unknown tag %1 where tag %2 is required"_s.arg(found).arg(expected);
        if (found < expected)
            return u"tag %1 repeated or out of order where tag %2 is required"_s.arg(found).arg(expected);
        return u"missing: found tag %1 where tag %2 is required"_s.arg(found).arg(expected);
    }

    QByteArrayView m_data;
    qsizetype m_base = 0;
    qsizetype m_pos = 0;
    QString m_prefix;
    int m_lastTag = 0;
    DecodeError &m_error;
};

// Checks a field's value against its kind and stores it.
struct ValueReader
{
    Reader &reader;

    bool wrongLength(const QString &field, qsizetype offset, qsizetype found, qsizetype expected)
    {
        return reader.fail(field, offset, u"length %1, expected %2"_s.arg(found).arg(expected));
    }
    bool read(QByteArrayView v, qsizetype at, const QString &field, std::uint64_t &out)
    {
        if (v.size() != 8)
            return wrongLength(field, at, v.size(), 8);
        out = fromBigEndian(v);
        return true;
    }
    bool read(QByteArrayView v, qsizetype at, const QString &field, std::int64_t &out)
    {
        std::uint64_t raw = 0;
        if (!read(v, at, field, raw))
            return false;
        out = static_cast<std::int64_t>(raw); // two's complement, defined in C++20
        return true;
    }
    bool read(QByteArrayView v, qsizetype at, const QString &field, std::uint8_t &out)
    {
        if (v.size() != 1)
            return wrongLength(field, at, v.size(), 1);
        out = static_cast<std::uint8_t>(v[0]);
        return true;
    }
    bool read(QByteArrayView v, qsizetype at, const QString &field, bool &out)
    {
        std::uint8_t raw = 0;
        if (!read(v, at, field, raw))
            return false;
        if (raw > 1)
            return reader.fail(field, at, u"a boolean is 0 or 1, found %1"_s.arg(raw));
        out = raw == 1;
        return true;
    }
    template<std::size_t N, typename Tag>
    bool read(QByteArrayView v, qsizetype at, const QString &field, FixedBytes<N, Tag> &out)
    {
        const auto value = FixedBytes<N, Tag>::fromBytes(v);
        if (!value)
            return wrongLength(field, at, v.size(), static_cast<qsizetype>(N));
        out = *value;
        return true;
    }
    bool read(QByteArrayView v, qsizetype at, const QString &field, QString &out)
    {
        out = QString::fromUtf8(v);
        // Invalid UTF-8 decodes to replacement characters and so does not encode back to the same bytes.
        if (out.toUtf8() != v)
            return reader.fail(field, at, u"not valid UTF-8"_s);
        return true;
    }
    bool read(QByteArrayView v, qsizetype, const QString &, QByteArray &out)
    {
        out = v.toByteArray();
        return true;
    }
};

struct FieldReader
{
    Reader &reader;
    bool ok = true;
    QString lastField = {};

    template<typename T> void operator()(int tag, const char *name, T &out)
    {
        if (!ok)
            return;
        QByteArrayView value;
        qsizetype at = 0;
        lastField = reader.path(name);
        ValueReader values{reader};
        ok = reader.field(tag, name, &value, &at, kMaxPayloadBytes) && values.read(value, at, lastField, out);
    }
};

struct TagCounter
{
    int last = 0;
    template<typename T> void operator()(int tag, const char *, T &) { last = tag; }
};

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

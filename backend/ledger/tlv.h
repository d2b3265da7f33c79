// The tag-length-value field format shared by ledger entries (docs/ledger-encoding.md, "Layout") and the
// sealed meter claims inside them (docs/ledger-state.md): writers, and a reader that accepts only the one
// canonical form and names the field and byte offset at fault. Internal to backend/ledger.
#pragma once

#include "ledger/encoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <utility>

namespace commonwatt::ledger::tlv {

using namespace Qt::StringLiterals;

// Lengths are unsigned LEB128 of at most three bytes (values below 2^21), which covers kMaxPayloadBytes.
inline constexpr int kMaxLengthBytes = 3;

inline void putLength(QByteArray &out, quint32 length)
{
    do {
        auto byte = static_cast<std::uint8_t>(length & 0x7f);
        length >>= 7;
        if (length != 0)
            byte |= 0x80;
        out.append(static_cast<char>(byte));
    } while (length != 0);
}

inline void putField(QByteArray &out, int tag, QByteArrayView value)
{
    out.append(static_cast<char>(tag));
    putLength(out, static_cast<quint32>(value.size()));
    out.append(value);
}

inline QByteArray bigEndian(std::uint64_t value)
{
    QByteArray out(8, '\0');
    for (int i = 7; i >= 0; --i) {
        out[i] = static_cast<char>(value & 0xff);
        value >>= 8;
    }
    return out;
}

inline std::uint64_t fromBigEndian(QByteArrayView bytes)
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
    [[nodiscard]] bool atEnd() const { return m_pos >= m_data.size(); }
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
    qsizetype maxLength = kMaxPayloadBytes;

    template<typename T> void operator()(int tag, const char *name, T &out)
    {
        if (!ok)
            return;
        QByteArrayView value;
        qsizetype at = 0;
        lastField = reader.path(name);
        ValueReader values{reader};
        ok = reader.field(tag, name, &value, &at, maxLength) && values.read(value, at, lastField, out);
    }
};

struct TagCounter
{
    int last = 0;
    template<typename T> void operator()(int tag, const char *, T &) { last = tag; }
};

} // namespace commonwatt::ledger::tlv

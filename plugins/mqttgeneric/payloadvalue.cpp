#include "payloadvalue.h"

#include "jsonreading.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace commonwatt::mqttgeneric {

namespace {

[[nodiscard]] bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// [+-]? (digits (. digits*)? | . digits) ([eE] [+-]? digits)?
[[nodiscard]] bool isDecimal(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    while (i < n && isDigit(text[i])) {
        ++i;
        ++digits;
    }
    if (i < n && text[i] == u'.') {
        ++i;
        while (i < n && isDigit(text[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < n && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        qsizetype exponentDigits = 0;
        while (i < n && isDigit(text[i])) {
            ++i;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return false;
    }
    return i == n;
}

// What a value is, with the value itself where it is short: "false", "12.5", "the text \"on\"", "an array".
[[nodiscard]] QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::String:
        return u"the text \"%1\""_s.arg(excerpt(value.toString().toUtf8()));
    default:
        return plugins::jsonTypeName(value);
    }
}

[[nodiscard]] ValueResult failure(QString error)
{
    return {std::nullopt, std::move(error)};
}

[[nodiscard]] ValueResult fromText(QStringView text, ValueKind kind, const QString &what)
{
    if (kind == ValueKind::Number) {
        if (const std::optional<double> number = parseNumberText(text))
            return {number, {}};
        return failure(u"%1 is not a finite number"_s.arg(what));
    }
    if (const std::optional<bool> flag = parseFlagText(text))
        return {*flag ? 1.0 : 0.0, {}};
    return failure(u"%1 is none of ON, OFF, true, false, 1, 0"_s.arg(what));
}

[[nodiscard]] ValueResult fromJson(const QJsonValue &value, ValueKind kind)
{
    switch (value.type()) {
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return failure(u"the value is not a finite number"_s);
        if (kind == ValueKind::Flag && number != 0.0 && number != 1.0)
            return failure(u"%1 is not an on/off value (0 or 1)"_s.arg(typeName(value)));
        return {number, {}};
    }
    case QJsonValue::Bool:
        if (kind == ValueKind::Number)
            return failure(u"%1 is not a number"_s.arg(typeName(value)));
        return {value.toBool() ? 1.0 : 0.0, {}};
    case QJsonValue::String:
        return fromText(value.toString(), kind, typeName(value));
    default:
        return failure(u"%1 is not %2"_s.arg(
            typeName(value), kind == ValueKind::Number ? u"a number"_s : u"an on/off value"_s));
    }
}

} // namespace

std::optional<double> parseNumberText(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 64 || !isDecimal(text))
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok); // the C locale, whatever the process's locale is
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> parseFlagText(QStringView text)
{
    text = text.trimmed();
    for (const QLatin1StringView on : {"on"_L1, "true"_L1, "1"_L1}) {
        if (text.compare(on, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const QLatin1StringView off : {"off"_L1, "false"_L1, "0"_L1}) {
        if (text.compare(off, Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

QString excerpt(QByteArrayView bytes)
{
    constexpr qsizetype limit = 40;
    QString text = QString::fromUtf8(bytes.first(std::min(bytes.size(), limit * 4)));
    for (QChar &c : text) {
        if (!c.isPrint())
            c = u'?';
    }
    if (text.size() > limit)
        return text.first(limit - 3) + u"..."_s;
    return text;
}

Payload::Payload(QByteArray bytes)
    : m_bytes(std::move(bytes))
{}

const QJsonDocument *Payload::json(QString *error) const
{
    if (!m_parsed) {
        m_parsed = true;
        QJsonParseError parseError;
        m_json = QJsonDocument::fromJson(m_bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            m_jsonError = u"not JSON (%1 at byte %2)"_s.arg(parseError.errorString()).arg(parseError.offset);
        else if (m_json.isNull())
            m_jsonError = u"not a JSON object or array"_s;
    }
    if (!m_jsonError.isEmpty()) {
        *error = m_jsonError;
        return nullptr;
    }
    return &m_json;
}

ValueResult Payload::read(const JsonPath &path, ValueKind kind) const
{
    if (m_bytes.size() > maxBytes)
        return failure(
            u"the payload is %1 bytes, more than the %2 accepted"_s.arg(m_bytes.size()).arg(maxBytes));
    if (path.isEmpty()) {
        const QString text = QString::fromUtf8(m_bytes);
        return fromText(text, kind, u"the payload \"%1\""_s.arg(excerpt(m_bytes)));
    }
    QString error;
    const QJsonDocument *document = json(&error);
    if (!document)
        return failure(error);
    const QJsonValue root =
        document->isObject() ? QJsonValue(document->object()) : QJsonValue(document->array());
    const std::optional<QJsonValue> value = path.find(root, &error);
    if (!value)
        return failure(error);
    ValueResult result = fromJson(*value, kind);
    if (!result.ok())
        result.error = path.toString() + u": "_s + result.error;
    return result;
}

} // namespace commonwatt::mqttgeneric

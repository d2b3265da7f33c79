// Turns a device's MQTT payload into one reading's value: a plain payload ("231.5", "ON") when the path is
// empty, else the value at a JSON path. Pure functions of the bytes, so that the fuzzer and the tests see
// exactly what the device sees. Accepted spellings are documented in docs/plugins-generic-gridfeed.md.
#pragma once

#include "jsonpath.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringView>

#include <optional>

namespace commonwatt::mqttgeneric {

enum class ValueKind
{
    Number, // any finite number
    Flag,   // on or off, as 1 or 0
};

struct ValueResult
{
    std::optional<double> value;
    QString error; // why there is no value, naming the path's step or the payload's text
    [[nodiscard]] bool ok() const { return value.has_value(); }
};

// A finite decimal number ("12", "-0.5", "2.5e3"; surrounding blanks allowed), else nothing. "nan", "inf",
// hexadecimal and numbers too large for a double are refused.
[[nodiscard]] std::optional<double> parseNumberText(QStringView text);
// ON, OFF, true, false, 1 or 0, in any case, surrounding blanks allowed; else nothing.
[[nodiscard]] std::optional<bool> parseFlagText(QStringView text);

// One received payload, parsed as JSON at most once however many readings it carries.
class Payload
{
public:
    // Larger payloads are refused before any parsing: no device of this kind sends that much.
    static constexpr qsizetype maxBytes = 64 * 1024;

    explicit Payload(QByteArray bytes);

    [[nodiscard]] ValueResult read(const JsonPath &path, ValueKind kind) const;
    [[nodiscard]] qsizetype size() const { return m_bytes.size(); }

private:
    [[nodiscard]] const QJsonDocument *json(QString *error) const;

    QByteArray m_bytes;
    mutable bool m_parsed = false;
    mutable QJsonDocument m_json;
    mutable QString m_jsonError;
};

// A short, printable excerpt of a payload for an error message (at most 40 characters).
[[nodiscard]] QString excerpt(QByteArrayView bytes);

} // namespace commonwatt::mqttgeneric

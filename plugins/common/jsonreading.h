// Strict readers for what MQTT devices publish as JSON: a payload parsed as one object within a size limit, a
// finite number within a range, true or false; each error names the field at fault ("aenergy.total: -5 Wh is
// outside 0..1e+12 Wh"), and the caller adds the topic. Qt Core only, so that the fuzz targets build them.
#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace commonwatt::plugins {

// A short, printable rendering of a payload for an error message (at most 40 bytes, anything but printable
// ASCII as ?): logs must not fill up with a 1 MB message or control characters.
[[nodiscard]] QString payloadExcerpt(QByteArrayView payload);

// A number as an error message shows it: up to 10 significant digits.
[[nodiscard]] QString formatNumber(double value);

// What kind of JSON value `value` is, for "must be text, not an array": "null", "true or false", "a number",
// "text", "an array", "an object", or "nothing" for a missing value.
[[nodiscard]] QString jsonTypeName(const QJsonValue &value);

// The payload as a JSON object, or nothing with *error saying why: larger than maxBytes (refused unread),
// not JSON, or not an object.
[[nodiscard]] std::optional<QJsonObject> parseJsonObject(QByteArrayView payload, qsizetype maxBytes,
                                                         QString *error);

struct NumberRange
{
    double minimum;
    double maximum;
    const char *unit; // "W", "kWh"...
};

// Reads an optional number: a missing (undefined) value leaves `out` as it is and succeeds; a value that is
// not a finite number within `range` fails with *error naming `path`.
bool readNumber(const QJsonValue &value, const QString &path, NumberRange range, std::optional<double> &out,
                QString *error);

// Reads an optional true or false, like readNumber.
bool readBool(const QJsonValue &value, const QString &path, std::optional<bool> &out, QString *error);

// Reads an optional object, like readNumber: `out` holds it when present.
bool readObject(const QJsonValue &value, const QString &path, std::optional<QJsonObject> &out,
                QString *error);

} // namespace commonwatt::plugins

#include "jsonreading.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace commonwatt::plugins {

QString payloadExcerpt(QByteArrayView payload)
{
    constexpr qsizetype limit = 40;
    QString text;
    for (qsizetype i = 0; i < std::min(payload.size(), limit); ++i) {
        const auto c = static_cast<unsigned char>(payload[i]);
        text += (c >= 0x20 && c < 0x7f) ? QChar(char16_t(c)) : QChar(u'?');
    }
    if (payload.size() > limit)
        text += u"..."_s;
    return text;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 10);
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"true or false"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"text"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

std::optional<QJsonObject> parseJsonObject(QByteArrayView payload, qsizetype maxBytes, QString *error)
{
    if (payload.size() > maxBytes) {
        *error = QCoreApplication::translate("PluginPayload", "message of %1 bytes is larger than %2 bytes")
                     .arg(payload.size())
                     .arg(maxBytes);
        return std::nullopt;
    }
    QJsonParseError parseError{};
    // fromRawData: the parser only reads, and the payload outlives the call.
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(payload.data(), payload.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("PluginPayload", "not JSON (%1 at byte %2): %3")
                     .arg(parseError.errorString())
                     .arg(parseError.offset)
                     .arg(payloadExcerpt(payload));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate("PluginPayload", "not a JSON object: %1")
                     .arg(payloadExcerpt(payload));
        return std::nullopt;
    }
    return document.object();
}

bool readNumber(const QJsonValue &value, const QString &path, NumberRange range, std::optional<double> &out,
                QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isDouble()) {
        *error = QCoreApplication::translate("PluginPayload", "%1: must be a number").arg(path);
        return false;
    }
    const double v = value.toDouble();
    if (!std::isfinite(v)) {
        *error = QCoreApplication::translate("PluginPayload", "%1: must be a finite number").arg(path);
        return false;
    }
    if (v < range.minimum || v > range.maximum) {
        *error = QCoreApplication::translate("PluginPayload", "%1: %2 %3 is outside %4..%5 %3")
                     .arg(path, formatNumber(v), QLatin1StringView(range.unit), formatNumber(range.minimum),
                          formatNumber(range.maximum));
        return false;
    }
    out = v;
    return true;
}

bool readBool(const QJsonValue &value, const QString &path, std::optional<bool> &out, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isBool()) {
        *error = QCoreApplication::translate("PluginPayload", "%1: must be true or false").arg(path);
        return false;
    }
    out = value.toBool();
    return true;
}

bool readObject(const QJsonValue &value, const QString &path, std::optional<QJsonObject> &out, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *error = QCoreApplication::translate("PluginPayload", "%1: must be an object").arg(path);
        return false;
    }
    out = value.toObject();
    return true;
}

} // namespace commonwatt::plugins

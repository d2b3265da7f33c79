#include "signaldocument.h"

#include "jsonreading.h"
#include "utctime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace commonwatt::gridfeed {

namespace {

// A parse step failed; the message is already in the result.
struct Failed
{
};

class Reader
{
public:
    explicit Reader(QString *error)
        : m_error(error)
    {}

    [[noreturn]] void fail(const QString &field, const QString &problem)
    {
        *m_error = u"%1: %2"_s.arg(field, problem);
        throw Failed{};
    }

    QJsonValue require(const QJsonObject &object, const QString &field, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            fail(field, u"missing"_s);
        return value;
    }

    QString text(const QJsonValue &value, const QString &field)
    {
        if (!value.isString())
            fail(field, u"must be text, not %1"_s.arg(typeName(value)));
        const QString result = value.toString();
        if (result.trimmed().isEmpty())
            fail(field, u"must not be empty"_s);
        return result;
    }

    qint64 time(const QJsonValue &value, const QString &field)
    {
        if (!value.isString())
            fail(field, u"must be an ISO 8601 UTC time such as \"2025-06-01T12:00:00Z\", not %1"_s.arg(
                            typeName(value)));
        const std::optional<qint64> ms = parseUtcTime(value.toString());
        if (!ms)
            fail(field, u"\"%1\" is not an ISO 8601 UTC time such as \"2025-06-01T12:00:00Z\""_s.arg(
                            value.toString().left(40)));
        return *ms;
    }

    double number(const QJsonValue &value, const QString &field, double minimum, double maximum)
    {
        if (!value.isDouble())
            fail(field, u"must be a number, not %1"_s.arg(typeName(value)));
        const double v = value.toDouble();
        if (!std::isfinite(v))
            fail(field, u"must be a finite number"_s);
        if (v < minimum)
            fail(field, u"%1 is below %2"_s.arg(v).arg(minimum));
        if (v > maximum)
            fail(field, u"%1 is above %2"_s.arg(v).arg(maximum));
        return v;
    }

    int integer(const QJsonValue &value, const QString &field, int minimum, int maximum)
    {
        const double v = number(value, field, minimum, maximum);
        if (v != std::floor(v))
            fail(field, u"%1 is not a whole number"_s.arg(v));
        return static_cast<int>(v);
    }

    QList<double> series(const QJsonValue &value, const QString &field, double minimum, double maximum)
    {
        if (!value.isArray())
            fail(field, u"must be an array of numbers, not %1"_s.arg(typeName(value)));
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            fail(field, u"must have at least one slot"_s);
        if (array.size() > SignalDocument::maxSlots)
            fail(field,
                 u"%1 slots, more than the %2 accepted"_s.arg(array.size()).arg(SignalDocument::maxSlots));
        QList<double> values;
        values.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            values.append(number(array.at(i), u"%1[%2]"_s.arg(field).arg(i), minimum, maximum));
        return values;
    }

    static QString typeName(const QJsonValue &value) { return plugins::jsonTypeName(value); }

private:
    QString *m_error;
};

SignalDocument read(Reader &in, const QJsonObject &root)
{
    SignalDocument doc;
    doc.region = in.text(in.require(root, u"region"_s, u"region"_s), u"region"_s);
    doc.slotMinutes =
        in.integer(in.require(root, u"slotMinutes"_s, u"slotMinutes"_s), u"slotMinutes"_s, 1, 60);
    if (60 % doc.slotMinutes != 0)
        in.fail(u"slotMinutes"_s,
                u"%1 does not divide 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60)"_s.arg(doc.slotMinutes));
    doc.startMs = in.time(in.require(root, u"start"_s, u"start"_s), u"start"_s);
    if (doc.startMs % doc.slotMs() != 0)
        in.fail(u"start"_s, u"%1 is not at the start of a %2-minute slot"_s.arg(formatUtcTime(doc.startMs))
                                .arg(doc.slotMinutes));
    doc.g = in.series(in.require(root, u"g"_s, u"g"_s), u"g"_s, 0.0, SignalDocument::maxCarbonIntensity);
    doc.s = in.series(in.require(root, u"s"_s, u"s"_s), u"s"_s, -1.0, 1.0);
    if (doc.s.size() != doc.g.size())
        in.fail(u"s"_s, u"%1 slots, but g has %2"_s.arg(doc.s.size()).arg(doc.g.size()));
    if (const QJsonValue r = root.value(u"r"_s); !r.isUndefined() && !r.isNull()) {
        doc.r = in.series(r, u"r"_s, 0.0, 1.0);
        if (doc.r->size() != doc.g.size())
            in.fail(u"r"_s, u"%1 slots, but g has %2"_s.arg(doc.r->size()).arg(doc.g.size()));
    }
    const QString kind = in.text(in.require(root, u"kind"_s, u"kind"_s), u"kind"_s);
    if (kind == u"forecast")
        doc.kind = SignalKind::Forecast;
    else if (kind == u"actual")
        doc.kind = SignalKind::Actual;
    else
        in.fail(u"kind"_s, u"\"%1\" is neither \"forecast\" nor \"actual\""_s.arg(kind.left(40)));
    doc.issuedAtMs = in.time(in.require(root, u"issuedAt"_s, u"issuedAt"_s), u"issuedAt"_s);

    if (const QJsonValue events = root.value(u"events"_s); !events.isUndefined() && !events.isNull()) {
        if (!events.isArray())
            in.fail(u"events"_s, u"must be an array, not %1"_s.arg(Reader::typeName(events)));
        const QJsonArray list = events.toArray();
        if (list.size() > SignalDocument::maxEvents)
            in.fail(
                u"events"_s,
                u"%1 events, more than the %2 accepted"_s.arg(list.size()).arg(SignalDocument::maxEvents));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString field = u"events[%1]"_s.arg(i);
            if (!list.at(i).isObject())
                in.fail(field, u"must be an object, not %1"_s.arg(Reader::typeName(list.at(i))));
            const QJsonObject object = list.at(i).toObject();
            GridEvent event;
            event.id = in.text(in.require(object, field + u".id"_s, u"id"_s), field + u".id"_s);
            event.startMs = in.time(in.require(object, field + u".start"_s, u"start"_s), field + u".start"_s);
            event.endMs = in.time(in.require(object, field + u".end"_s, u"end"_s), field + u".end"_s);
            if (event.endMs <= event.startMs)
                in.fail(field + u".end"_s, u"%1 is not after its start %2"_s.arg(
                                               formatUtcTime(event.endMs), formatUtcTime(event.startMs)));
            event.level =
                in.integer(in.require(object, field + u".level"_s, u"level"_s), field + u".level"_s, 1, 3);
            doc.events.append(event);
        }
    }
    doc.signature = in.text(in.require(root, u"signature"_s, u"signature"_s), u"signature"_s);
    return doc;
}

} // namespace

int SignalDocument::eventLevel(qint64 fromMs, qint64 toMs) const
{
    int level = 0;
    for (const GridEvent &event : events) {
        if (event.startMs < toMs && event.endMs > fromMs)
            level = std::max(level, event.level);
    }
    return level;
}

ParseResult parseSignalDocument(QByteArrayView payload)
{
    ParseResult result;
    if (payload.size() > SignalDocument::maxBytes) {
        result.error = u"the document is %1 bytes, more than the %2 accepted"_s.arg(payload.size())
                           .arg(SignalDocument::maxBytes);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(payload.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = u"not JSON (%1 at byte %2)"_s.arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    if (!json.isObject()) {
        result.error = u"not a JSON object"_s;
        return result;
    }
    Reader in(&result.error);
    try {
        result.document = read(in, json.object());
    } catch (const Failed &) {
        result.document.reset();
    }
    return result;
}

} // namespace commonwatt::gridfeed

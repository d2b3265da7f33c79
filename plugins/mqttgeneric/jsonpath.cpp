#include "jsonpath.h"

#include "jsonreading.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commonwatt::mqttgeneric {

namespace {

// Characters a bare key may not contain: the path's own punctuation, quotes, escapes and anything invisible,
// so that what the installer sees in the form is exactly what is looked up.
[[nodiscard]] bool isBareKeyChar(QChar c)
{
    if (c == u'.' || c == u'[' || c == u']' || c == u'"' || c == u'\'' || c == u'\\')
        return false;
    return !c.isSpace() && c.isPrint();
}

[[nodiscard]] QString describe(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return u"'%1'"_s.arg(c);
    return u"U+%1"_s.arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
}

class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {}

    std::optional<QList<JsonPath::Step>> run(QString *error)
    {
        QList<JsonPath::Step> steps;
        if (m_text.isEmpty())
            return steps;
        bool first = true;
        while (!atEnd()) {
            if (steps.size() == JsonPath::maxSteps)
                return fail(error, u"more than %1 steps"_s.arg(JsonPath::maxSteps));
            std::optional<JsonPath::Step> step;
            if (peek() == u'[') {
                step = bracket(error);
            } else if (first) {
                step = bareKey(error, u"expected a key or '['"_s);
            } else if (peek() == u'.') {
                ++m_pos;
                step = bareKey(error, u"expected a key after '.'"_s);
            } else {
                return fail(error, u"expected '.' or '[' but found %1"_s.arg(describe(peek())));
            }
            if (!step)
                return std::nullopt;
            steps.append(std::move(*step));
            first = false;
        }
        return steps;
    }

private:
    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] QChar peek() const { return m_text[m_pos]; }

    std::nullopt_t fail(QString *error, const QString &message) const
    {
        if (error)
            *error = u"position %1: %2"_s.arg(m_pos + 1).arg(message);
        return std::nullopt;
    }

    std::optional<JsonPath::Step> bareKey(QString *error, const QString &expected)
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isBareKeyChar(peek()))
            ++m_pos;
        if (m_pos == start) {
            if (atEnd())
                return fail(error, expected + u" at the end of the path"_s);
            return fail(error, u"%1 but found %2"_s.arg(expected, describe(peek())));
        }
        return JsonPath::Step{m_text.mid(start, m_pos - start).toString(), -1};
    }

    std::optional<JsonPath::Step> bracket(QString *error)
    {
        ++m_pos; // '['
        if (atEnd())
            return fail(error, u"expected an index or a quoted key after '['"_s);
        std::optional<JsonPath::Step> step;
        if (peek() == u'"')
            step = quotedKey(error);
        else if (peek().isDigit())
            step = index(error);
        else
            return fail(error,
                        u"expected an index or a quoted key after '[' but found %1"_s.arg(describe(peek())));
        if (!step)
            return std::nullopt;
        if (atEnd())
            return fail(error, u"expected ']' at the end of the path"_s);
        if (peek() != u']')
            return fail(error, u"expected ']' but found %1"_s.arg(describe(peek())));
        ++m_pos;
        return step;
    }

    std::optional<JsonPath::Step> index(QString *error)
    {
        const qsizetype start = m_pos;
        qsizetype value = 0;
        while (!atEnd() && peek() >= u'0' && peek() <= u'9') {
            if (m_pos > start && value == 0) {
                m_pos = start;
                return fail(error, u"an index has no leading zeros"_s);
            }
            value = value * 10 + (peek().unicode() - u'0');
            if (value > JsonPath::maxIndex) {
                m_pos = start;
                return fail(error, u"an index is at most %1"_s.arg(JsonPath::maxIndex));
            }
            ++m_pos;
        }
        return JsonPath::Step{QString(), value};
    }

    std::optional<JsonPath::Step> quotedKey(QString *error)
    {
        ++m_pos; // '"'
        QString key;
        while (true) {
            if (atEnd())
                return fail(error, u"the quoted key has no closing '\"'"_s);
            const QChar c = peek();
            if (c == u'"') {
                ++m_pos;
                return JsonPath::Step{key, -1};
            }
            if (c == u'\\') {
                ++m_pos;
                if (atEnd() || (peek() != u'"' && peek() != u'\\'))
                    return fail(error, u"only \\\" and \\\\ are escapes in a quoted key"_s);
                key.append(peek());
                ++m_pos;
                continue;
            }
            if (c.category() == QChar::Other_Control)
                return fail(error, u"a control character (%1) in a quoted key"_s.arg(describe(c)));
            key.append(c);
            ++m_pos;
        }
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

[[nodiscard]] bool isBareKey(const QString &key)
{
    return !key.isEmpty() && std::all_of(key.begin(), key.end(), isBareKeyChar);
}

[[nodiscard]] QString spell(const QList<JsonPath::Step> &steps, qsizetype count)
{
    QString text;
    for (qsizetype i = 0; i < count; ++i) {
        const JsonPath::Step &step = steps[i];
        if (step.isIndex()) {
            text += u'[' + QString::number(step.index) + u']';
        } else if (isBareKey(step.key)) {
            if (i > 0)
                text += u'.';
            text += step.key;
        } else {
            QString escaped = step.key;
            escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
            text += u"[\""_s + escaped + u"\"]"_s;
        }
    }
    return text;
}

} // namespace

std::optional<JsonPath> JsonPath::parse(QStringView text, QString *error)
{
    if (text.size() > maxLength) {
        if (error)
            *error = u"position %1: a path is at most %2 characters long"_s.arg(maxLength + 1).arg(maxLength);
        return std::nullopt;
    }
    std::optional<QList<Step>> steps = Parser(text).run(error);
    if (!steps)
        return std::nullopt;
    JsonPath path;
    path.m_steps = std::move(*steps);
    return path;
}

QString JsonPath::toString() const
{
    return spell(m_steps, m_steps.size());
}

std::optional<QJsonValue> JsonPath::find(const QJsonValue &root, QString *error) const
{
    QJsonValue value = root;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const Step &step = m_steps[i];
        const QString where = i == 0 ? u"the payload"_s : spell(m_steps, i);
        if (step.isIndex()) {
            if (!value.isArray()) {
                if (error)
                    *error = u"%1 is %2, not an array, so it has no [%3]"_s
                                 .arg(where, plugins::jsonTypeName(value))
                                 .arg(step.index);
                return std::nullopt;
            }
            const QJsonArray array = value.toArray();
            if (step.index >= array.size()) {
                if (error)
                    *error = u"%1 has %2 elements, no [%3]"_s.arg(where).arg(array.size()).arg(step.index);
                return std::nullopt;
            }
            value = array.at(step.index);
        } else {
            if (!value.isObject()) {
                if (error)
                    *error = u"%1 is %2, not an object, so it has no key \"%3\""_s.arg(
                        where, plugins::jsonTypeName(value), step.key);
                return std::nullopt;
            }
            const QJsonObject object = value.toObject();
            const auto it = object.constFind(step.key);
            if (it == object.constEnd()) {
                if (error)
                    *error = u"no key \"%1\" in %2"_s.arg(step.key, where);
                return std::nullopt;
            }
            value = it.value();
        }
    }
    return value;
}

} // namespace commonwatt::mqttgeneric

// The JSON path language of the generic MQTT plugin: where a reading sits in a device's JSON payload, such as
// `ENERGY.Power` (Tasmota), `["switch:0"].apower` or `data.values[2].p`. The grammar, its limits and its
// error messages are documented in docs/plugins-generic-gridfeed.md, section "JSON paths"; the two must
// agree.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace commonwatt::mqttgeneric {

class JsonPath
{
public:
    struct Step
    {
        QString key;          // an object member, when index < 0
        qsizetype index = -1; // an array element
        [[nodiscard]] bool isIndex() const { return index >= 0; }
        friend bool operator==(const Step &, const Step &) = default;
    };

    static constexpr qsizetype maxLength = 256;
    static constexpr qsizetype maxSteps = 32;
    static constexpr qsizetype maxIndex = 999'999;

    // The path the text describes, or nothing with *error saying where and why ("position 7: expected a key
    // after '.'", positions counted in characters from 1). The empty text is the empty path: the payload
    // itself is the value.
    [[nodiscard]] static std::optional<JsonPath> parse(QStringView text, QString *error);

    [[nodiscard]] bool isEmpty() const { return m_steps.isEmpty(); }
    [[nodiscard]] const QList<Step> &steps() const { return m_steps; }
    // The canonical spelling: parse(toString()) gives the same steps.
    [[nodiscard]] QString toString() const;

    // The value the path leads to in `root`, or nothing with *error naming the step that failed ("no key
    // \"Power\" in ENERGY", "data.values has 2 elements, no [2]").
    [[nodiscard]] std::optional<QJsonValue> find(const QJsonValue &root, QString *error) const;

    friend bool operator==(const JsonPath &, const JsonPath &) = default;

private:
    QList<Step> m_steps;
};

} // namespace commonwatt::mqttgeneric

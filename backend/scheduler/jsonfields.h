// Internal to commonwatt_scheduler_io: reading named, typed fields out of a parsed JSON document, for the
// scenario and plan readers. A refused field throws jsonfields::Failure with the message "<path>: <what>";
// the readers catch it, so it never leaves their public functions.
#pragma once

#include "json.h"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace commonwatt::scheduler::jsonfields {

struct Failure
{
    std::string message;
};

[[noreturn]] void fail(std::string_view path, std::string_view message);
// "<path>: must be <expectation>, not <the value's type>".
[[noreturn]] void failType(std::string_view path, std::string_view expectation, const json::Value &value);

// An object whose members are read by name. `path` is the object's own path ("" for the document).
class Object
{
public:
    Object(const json::Value &value, std::string path, std::string_view documentName = "document");

    // Fails on the first member (in document order) whose name is not among `fields`.
    void rejectUnknownFields(std::initializer_list<std::string_view> fields) const;

    [[nodiscard]] const json::Value *optional(std::string_view key) const { return m_value.find(key); }
    [[nodiscard]] const json::Value &required(std::string_view key) const; // fails "<path>: missing"
    [[nodiscard]] std::string path(std::string_view key) const { return json::memberPath(m_path, key); }
    [[nodiscard]] const json::Value &value() const { return m_value; }

private:
    const json::Value &m_value;
    std::string m_path;
};

[[nodiscard]] double number(const json::Value &value, std::string_view path); // finite
[[nodiscard]] double nonNegative(const json::Value &value, std::string_view path);
[[nodiscard]] std::string text(const json::Value &value, std::string_view path);
// A whole number (written "40", "40.0" or "4e1") within +-1e9: slot indices, slots and slotMinutes.
[[nodiscard]] std::int64_t integer(const json::Value &value, std::string_view path);
// A quoted string literal for a message, cut after 40 characters.
[[nodiscard]] std::string quoted(std::string_view text);

// An array of `count` numbers ("has 95 entries, expected 96 (slots)" names count as countName). check(value,
// index) gives the message for an entry it refuses, or null; the message names "<path>[index]".
template<typename Check>
std::vector<double> series(const json::Value &value, std::string_view path, std::size_t count, Check check,
                           std::string_view countName = "slots")
{
    if (!value.isArray())
        failType(path, "an array of numbers", value);
    const std::vector<json::Value> &items = value.items();
    if (items.size() != count) {
        fail(path, "has " + std::to_string(items.size()) + " entries, expected " + std::to_string(count) +
                       " (" + std::string(countName) + ")");
    }
    std::vector<double> out(count);
    for (std::size_t i = 0; i < count; ++i) {
        const json::Value &item = items[i];
        const double v = item.isNumber() ? item.toNumber() : number(item, json::itemPath(path, i));
        if (const char *message = check(v, i))
            fail(json::itemPath(path, i), message);
        out[i] = v;
    }
    return out;
}

inline const char *anyNumber(double /*value*/, std::size_t /*index*/)
{
    return nullptr;
}

inline const char *atLeastZero(double value, std::size_t /*index*/)
{
    return value >= 0.0 ? nullptr : "must be >= 0";
}

} // namespace commonwatt::scheduler::jsonfields

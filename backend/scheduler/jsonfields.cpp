#include "jsonfields.h"

#include <cmath>
#include <utility>

namespace commonwatt::scheduler::jsonfields {

namespace {

constexpr double kMaxInteger = 1e9;

} // namespace

void fail(std::string_view path, std::string_view message)
{
    std::string text;
    text.reserve(path.size() + 2 + message.size());
    text += path;
    text += ": ";
    text += message;
    throw Failure{std::move(text)};
}

void failType(std::string_view path, std::string_view expectation, const json::Value &value)
{
    std::string message = "must be ";
    message += expectation;
    message += ", not ";
    message += json::describe(value.type());
    fail(path, message);
}

Object::Object(const json::Value &value, std::string path, std::string_view documentName)
    : m_value(value)
    , m_path(std::move(path))
{
    if (!value.isObject())
        failType(m_path.empty() ? documentName : std::string_view(m_path), "an object", value);
}

void Object::rejectUnknownFields(std::initializer_list<std::string_view> fields) const
{
    for (const json::Member &member : m_value.members()) {
        bool known = false;
        for (std::string_view field : fields)
            known = known || member.key == field;
        if (!known)
            fail(path(member.key), "unknown field");
    }
}

const json::Value &Object::required(std::string_view key) const
{
    const json::Value *value = m_value.find(key);
    if (!value)
        fail(path(key), "missing");
    return *value;
}

double number(const json::Value &value, std::string_view path)
{
    if (!value.isNumber())
        failType(path, "a number", value);
    if (!std::isfinite(value.toNumber()))
        fail(path, "must be finite"); // the parser never gives one; kept for values built otherwise
    return value.toNumber();
}

double nonNegative(const json::Value &value, std::string_view path)
{
    const double v = number(value, path);
    if (!(v >= 0.0))
        fail(path, "must be >= 0");
    return v;
}

std::string text(const json::Value &value, std::string_view path)
{
    if (!value.isString())
        failType(path, "a string", value);
    return value.toString();
}

std::int64_t integer(const json::Value &value, std::string_view path)
{
    const double v = number(value, path);
    if (std::fabs(v) > kMaxInteger)
        fail(path, "must be an integer between -1000000000 and 1000000000");
    if (v != std::floor(v))
        fail(path, "must be an integer");
    return static_cast<std::int64_t>(v);
}

std::string quoted(std::string_view text)
{
    std::size_t cut = std::min<std::size_t>(text.size(), 40);
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U)
        --cut;
    std::string out;
    json::appendString(out, text.substr(0, cut));
    if (cut < text.size())
        out.insert(out.size() - 1, "...");
    return out;
}

} // namespace commonwatt::scheduler::jsonfields

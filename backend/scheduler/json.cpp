#include "json.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <exception>
#include <limits>
#include <optional>
#include <system_error>
#include <unordered_set>

// std::from_chars for double: libstdc++ 11+ and MSVC have it, libc++ before 20 (Apple's included) does not.
// The fallback is strtod_l in the "C" locale: plain strtod would follow the locale QCoreApplication sets.
#ifndef COMMONWATT_JSON_FROM_CHARS
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
#define COMMONWATT_JSON_FROM_CHARS 1
#else
#define COMMONWATT_JSON_FROM_CHARS 0
#endif
#endif
#if !COMMONWATT_JSON_FROM_CHARS
#include <clocale>
#include <cstdlib>
#if defined(__APPLE__)
#include <xlocale.h>
#endif
#endif

namespace commonwatt::scheduler::json {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
// Objects with more members than this check for repeated keys with a hash set instead of a scan.
constexpr std::size_t kLinearKeyCheck = 16;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isContinuation(unsigned char c)
{
    return (c & 0xC0U) == 0x80U;
}

// The length of the valid UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF) that
// starts at text[pos], whose first byte is >= 0x80; 0 when it is not one.
std::size_t utf8SequenceLength(std::string_view text, std::size_t pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
    const std::size_t available = text.size() - pos;
    const unsigned char lead = byte(0);
    std::size_t length = 0;
    unsigned char low = 0x80; // the range of the second byte
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // no overlong forms
        else if (lead == 0xED)
            high = 0x9F; // no UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F; // at most U+10FFFF
    } else {
        return 0;
    }
    if (available < length || byte(1) < low || byte(1) > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if (!isContinuation(byte(i)))
            return 0;
    }
    return length;
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0U | (cp >> 6)));
        out.push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0U | (cp >> 12)));
        out.push_back(static_cast<char>(0x80U | ((cp >> 6) & 0x3FU)));
        out.push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
    } else {
        out.push_back(static_cast<char>(0xF0U | (cp >> 18)));
        out.push_back(static_cast<char>(0x80U | ((cp >> 12) & 0x3FU)));
        out.push_back(static_cast<char>(0x80U | ((cp >> 6) & 0x3FU)));
        out.push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
    }
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// How a character reads in an error message: 'x' when printable ASCII, else its byte value.
std::string describeByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F)
        return std::string("'") + c + "'";
    static constexpr std::string_view hex = "0123456789ABCDEF";
    return std::string("byte 0x") + hex[u >> 4] + hex[u & 0xFU];
}

// The double nearest to a number literal the parser has checked against the JSON grammar; nullopt when it
// lies outside the double's range, too large or too small (from_chars says which for neither).
std::optional<double> toDouble(const char *first, const char *last)
{
#if COMMONWATT_JSON_FROM_CHARS
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || ptr != last)
        return std::nullopt;
    return value;
#else
    static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
    const std::string text(first, last); // strtod_l needs the terminating NUL
    const double value = strtod_l(text.c_str(), nullptr, cLocale);
    if (std::isinf(value))
        return std::nullopt;
    return value; // underflow gives the nearest subnormal or zero, as from_chars' caller does
#endif
}

bool isPlainKey(std::string_view key)
{
    return !key.empty() && key.size() <= 40 && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '-';
    });
}

} // namespace

// Recursive descent over the text. Every parse function returns false after recording the first error.
class Parser
{
public:
    Parser(std::string_view text, const ParseOptions &options)
        : m_text(text)
        , m_maxDepth(std::max(options.maxDepth, 1))
    {}

    bool parseDocument(Value &out)
    {
        if (m_text.substr(0, kByteOrderMark.size()) == kByteOrderMark)
            m_pos = kByteOrderMark.size();
        if (!parseValue(out))
            return false;
        skipWhitespace();
        if (m_pos < m_text.size())
            return fail(m_pos, "unexpected " + describeByte(m_text[m_pos]) + " after the JSON value");
        return true;
    }

    [[nodiscard]] std::size_t errorOffset() const { return m_errorOffset; }
    [[nodiscard]] const std::string &errorMessage() const { return m_errorMessage; }

private:
    // One step of the path to the value being read: a member's key, or an array index when key is null.
    struct Segment
    {
        const std::string *key = nullptr;
        std::size_t index = 0;
    };

    bool fail(std::size_t offset, std::string message)
    {
        std::string path;
        for (const Segment &segment : m_path)
            path = segment.key ? memberPath(path, *segment.key) : itemPath(path, segment.index);
        m_errorOffset = std::min(offset, m_text.size());
        m_errorMessage = path.empty() ? std::move(message) : path + ": " + message;
        return false;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }

    void skipWhitespace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool unexpected(std::string_view expectation)
    {
        if (atEnd())
            return fail(m_pos, "unexpected end of input, expected " + std::string(expectation));
        const char c = peek();
        if (c == '/')
            return fail(m_pos, "comments are not allowed in JSON");
        if (c == '\'')
            return fail(m_pos, "strings must be in double quotes");
        return fail(m_pos, "unexpected " + describeByte(c) + ", expected " + std::string(expectation));
    }

    bool parseValue(Value &out)
    {
        skipWhitespace();
        if (atEnd())
            return unexpected("a value");
        out.m_offset = m_pos;
        switch (peek()) {
        case '{':
            return parseObject(out);
        case '[':
            return parseArray(out);
        case '"':
            out.m_type = Type::String;
            return parseString(out.m_string);
        case 't':
            out.m_type = Type::Bool;
            out.m_bool = true;
            return parseLiteral("true");
        case 'f':
            out.m_type = Type::Bool;
            return parseLiteral("false");
        case 'n':
            return parseLiteral("null");
        case 'N':
            if (m_text.substr(m_pos, 3) == "NaN")
                return fail(m_pos, "NaN is not a JSON number");
            break;
        case 'I':
            if (m_text.substr(m_pos, 8) == "Infinity")
                return fail(m_pos, "Infinity is not a JSON number");
            break;
        default:
            if (peek() == '-' || isDigit(peek()))
                return parseNumber(out);
            break;
        }
        return unexpected("a value");
    }

    bool parseLiteral(std::string_view literal)
    {
        if (m_text.substr(m_pos, literal.size()) != literal)
            return fail(m_pos, "invalid literal, expected " + std::string(literal));
        m_pos += literal.size();
        return true;
    }

    bool enter()
    {
        if (++m_depth > m_maxDepth)
            return fail(m_pos,
                        "arrays and objects nested deeper than " + std::to_string(m_maxDepth) + " levels");
        return true;
    }

    bool parseArray(Value &out)
    {
        out.m_type = Type::Array;
        if (!enter())
            return false;
        ++m_pos; // '['
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            --m_depth;
            return true;
        }
        while (true) {
            m_path.push_back({nullptr, out.m_items.size()});
            out.m_items.emplace_back();
            if (!parseValue(out.m_items.back()))
                return false;
            m_path.pop_back();
            skipWhitespace();
            if (atEnd())
                return unexpected("',' or ']'");
            if (peek() == ']') {
                ++m_pos;
                break;
            }
            if (peek() != ',')
                return unexpected("',' or ']'");
            ++m_pos;
            skipWhitespace();
            if (!atEnd() && peek() == ']')
                return fail(m_pos, "trailing comma before ']'");
        }
        --m_depth;
        return true;
    }

    bool isRepeatedKey(const std::vector<Member> &members, const std::string &key,
                       std::unordered_set<std::string> &seen)
    {
        if (members.size() < kLinearKeyCheck) {
            return std::any_of(members.begin(), members.end(), [&](const Member &m) { return m.key == key; });
        }
        if (seen.empty()) {
            for (const Member &m : members)
                seen.insert(m.key);
        }
        return !seen.insert(key).second;
    }

    bool parseObject(Value &out)
    {
        out.m_type = Type::Object;
        if (!enter())
            return false;
        ++m_pos; // '{'
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            --m_depth;
            return true;
        }
        std::unordered_set<std::string> seen; // only for large objects
        std::string key;
        while (true) {
            skipWhitespace();
            if (atEnd() || peek() != '"')
                return unexpected("a member name in double quotes");
            const std::size_t keyOffset = m_pos;
            key.clear();
            if (!parseString(key))
                return false;
            if (isRepeatedKey(out.m_members, key, seen)) {
                m_path.push_back({&key, 0});
                return fail(keyOffset, "duplicate key");
            }
            skipWhitespace();
            if (atEnd() || peek() != ':')
                return unexpected("':' after the member name");
            ++m_pos;
            out.m_members.push_back(Member{std::move(key), {}});
            m_path.push_back({&out.m_members.back().key, 0});
            if (!parseValue(out.m_members.back().value))
                return false;
            m_path.pop_back();
            skipWhitespace();
            if (atEnd())
                return unexpected("',' or '}'");
            if (peek() == '}') {
                ++m_pos;
                break;
            }
            if (peek() != ',')
                return unexpected("',' or '}'");
            ++m_pos;
            skipWhitespace();
            if (!atEnd() && peek() == '}')
                return fail(m_pos, "trailing comma before '}'");
        }
        --m_depth;
        return true;
    }

    // Four hex digits after "\u" at m_pos; -1 when they are not.
    int readHex4()
    {
        if (m_text.size() - m_pos < 4)
            return -1;
        int value = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const int digit = hexDigit(m_text[m_pos + i]);
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        m_pos += 4;
        return value;
    }

    bool parseEscape(std::string &out)
    {
        const std::size_t start = m_pos; // at the backslash
        ++m_pos;
        if (atEnd())
            return fail(start, "unterminated string");
        const char c = m_text[m_pos++];
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out.push_back(c);
            return true;
        case 'b':
            out.push_back('\b');
            return true;
        case 'f':
            out.push_back('\f');
            return true;
        case 'n':
            out.push_back('\n');
            return true;
        case 'r':
            out.push_back('\r');
            return true;
        case 't':
            out.push_back('\t');
            return true;
        case 'u':
            break;
        default:
            return fail(start,
                        "invalid escape \\" +
                            (static_cast<unsigned char>(c) < 0x80 ? std::string(1, c) : describeByte(c)));
        }
        const int unit = readHex4();
        if (unit < 0)
            return fail(start, "invalid \\u escape: expected four hex digits");
        auto cp = static_cast<std::uint32_t>(unit);
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return fail(start, "unpaired UTF-16 surrogate in \\u escape");
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (m_text.substr(m_pos, 2) != "\\u")
                return fail(start, "unpaired UTF-16 surrogate in \\u escape");
            m_pos += 2;
            const int low = readHex4();
            if (low < 0xDC00 || low > 0xDFFF)
                return fail(start, "unpaired UTF-16 surrogate in \\u escape");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00);
        }
        appendUtf8(out, cp);
        return true;
    }

    bool parseString(std::string &out)
    {
        const std::size_t start = m_pos;
        ++m_pos; // '"'
        while (true) {
            // The plain run up to the next quote, backslash, control character or non-ASCII byte.
            const std::size_t run = m_pos;
            while (m_pos < m_text.size()) {
                const auto u = static_cast<unsigned char>(m_text[m_pos]);
                if (u < 0x20 || u >= 0x80 || u == '"' || u == '\\')
                    break;
                ++m_pos;
            }
            out.append(m_text.data() + run, m_pos - run);
            if (atEnd())
                return fail(start, "unterminated string");
            const auto u = static_cast<unsigned char>(peek());
            if (u == '"') {
                ++m_pos;
                return true;
            }
            if (u == '\\') {
                if (!parseEscape(out))
                    return false;
            } else if (u < 0x20) {
                return fail(m_pos,
                            "control character " + describeByte(peek()) + " in a string (must be escaped)");
            } else {
                const std::size_t length = utf8SequenceLength(m_text, m_pos);
                if (length == 0)
                    return fail(m_pos, "invalid UTF-8 in a string");
                out.append(m_text.data() + m_pos, length);
                m_pos += length;
            }
        }
    }

    void skipDigits()
    {
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
    }

    bool parseNumber(Value &out)
    {
        const std::size_t start = m_pos;
        bool integer = true;
        if (peek() == '-') {
            ++m_pos;
            if (m_text.substr(m_pos, 8) == "Infinity")
                return fail(start, "-Infinity is not a JSON number");
        }
        const std::size_t intStart = m_pos;
        if (atEnd() || !isDigit(peek()))
            return fail(m_pos, "expected a digit");
        if (peek() == '0') {
            ++m_pos;
            if (!atEnd() && isDigit(peek()))
                return fail(start, "leading zeros are not allowed in a number");
        } else {
            skipDigits();
        }
        const std::size_t intEnd = m_pos;
        if (!atEnd() && peek() == '.') {
            integer = false;
            ++m_pos;
            if (atEnd() || !isDigit(peek()))
                return fail(m_pos, "expected a digit after the decimal point");
            skipDigits();
        }
        const std::size_t mantissaEnd = m_pos;
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            integer = false;
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (atEnd() || !isDigit(peek()))
                return fail(m_pos, "expected a digit in the exponent");
            skipDigits();
        }
        out.m_type = Type::Number;
        out.m_integerLiteral = integer;
        const std::optional<double> converted = toDouble(m_text.data() + start, m_text.data() + m_pos);
        double value = converted.value_or(0.0);
        if (!converted) {
            if (overflows(intStart, intEnd, mantissaEnd))
                return fail(start, "number out of range");
            value = m_text[start] == '-' ? -0.0 : 0.0; // too small for a double: rounds to zero
        }
        out.m_number = value;
        return true;
    }

    // For a number toDouble found out of range: whether it is too large (rather than too small). Its decimal
    // magnitude is that of its first non-zero digit plus the exponent.
    bool overflows(std::size_t intStart, std::size_t intEnd, std::size_t mantissaEnd) const
    {
        long long magnitude = 0;
        if (m_text[intStart] != '0') {
            magnitude = static_cast<long long>(intEnd - intStart) - 1;
        } else {
            std::size_t i = intEnd + 1; // after the decimal point
            while (i < mantissaEnd && m_text[i] == '0')
                ++i;
            magnitude = -static_cast<long long>(i - intEnd);
        }
        long long exponent = 0;
        std::size_t i = mantissaEnd;
        if (i < m_pos) {
            ++i; // 'e'
            const bool negative = m_text[i] == '-';
            if (m_text[i] == '+' || m_text[i] == '-')
                ++i;
            for (; i < m_pos; ++i)
                exponent = std::min(exponent * 10 + (m_text[i] - '0'), 1'000'000'000LL);
            if (negative)
                exponent = -exponent;
        }
        return magnitude + exponent > 0;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_maxDepth = 64;
    int m_depth = 0;
    std::vector<Segment> m_path;
    std::size_t m_errorOffset = 0;
    std::string m_errorMessage;
};

const char *describe(Type type)
{
    switch (type) {
    case Type::Null:
        return "null";
    case Type::Bool:
        return "a boolean";
    case Type::Number:
        return "a number";
    case Type::String:
        return "a string";
    case Type::Array:
        return "an array";
    case Type::Object:
        break;
    }
    return "an object";
}

const Value *Value::find(std::string_view key) const
{
    for (const Member &member : m_members) {
        if (member.key == key)
            return &member.value;
    }
    return nullptr;
}

ParseResult parse(std::string_view text, const ParseOptions &options)
{
    ParseResult result;
    try {
        Parser parser(text, options);
        if (parser.parseDocument(result.value))
            return result;
        result.value = Value();
        result.errorOffset = parser.errorOffset();
        const TextPosition position = positionOf(text, result.errorOffset);
        result.errorLine = position.line;
        result.errorColumn = position.column;
        result.error = "line " + std::to_string(position.line) + ", column " +
                       std::to_string(position.column) + ": " + parser.errorMessage();
    } catch (const std::exception &) { // std::bad_alloc: nothing else throws
        result.value = Value();
        result.error = "out of memory reading JSON";
    }
    return result;
}

TextPosition positionOf(std::string_view text, std::size_t offset)
{
    TextPosition position;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (u == '\n') {
            ++position.line;
            position.column = 1;
        } else if (!isContinuation(u)) {
            ++position.column;
        }
    }
    return position;
}

void appendString(std::string &out, std::string_view text)
{
    static constexpr std::string_view hex = "0123456789abcdef";
    out.push_back('"');
    std::size_t i = 0;
    while (i < text.size()) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (u >= 0x80) {
            const std::size_t length = utf8SequenceLength(text, i);
            if (length == 0) {
                out += "\\ufffd";
                ++i;
            } else {
                out.append(text.data() + i, length);
                i += length;
            }
            continue;
        }
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out.push_back(hex[u >> 4]);
                out.push_back(hex[u & 0xFU]);
            } else {
                out.push_back(static_cast<char>(u));
            }
            break;
        }
        ++i;
    }
    out.push_back('"');
}

void appendNumber(std::string &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    std::array<char, 32> buffer{};
    const auto [ptr, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out.append(buffer.data(), ec == std::errc() ? static_cast<std::size_t>(ptr - buffer.data()) : 0);
}

void appendInteger(std::string &out, std::int64_t value)
{
    std::array<char, 24> buffer{};
    const auto [ptr, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out.append(buffer.data(), ec == std::errc() ? static_cast<std::size_t>(ptr - buffer.data()) : 0);
}

std::string memberPath(std::string_view parent, std::string_view key)
{
    std::string path(parent);
    if (isPlainKey(key)) {
        if (!path.empty())
            path.push_back('.');
        path += key;
        return path;
    }
    path.push_back('[');
    // Cut after 40 bytes, backing up to a character boundary so that the quoted key stays valid UTF-8.
    std::size_t cut = std::min<std::size_t>(key.size(), 40);
    while (cut > 0 && cut < key.size() && isContinuation(static_cast<unsigned char>(key[cut])))
        --cut;
    appendString(path, key.substr(0, cut));
    if (cut < key.size())
        path.insert(path.size() - 1, "...");
    path.push_back(']');
    return path;
}

std::string itemPath(std::string_view parent, std::size_t index)
{
    std::string path(parent);
    path.push_back('[');
    path += std::to_string(index);
    path.push_back(']');
    return path;
}

} // namespace commonwatt::scheduler::json

// A small strict JSON parser (RFC 8259) for the scheduler's scenario and plan files, and the two helpers that
// write JSON strings and numbers. No Qt, never throws: the scenario reader sits on the path of every planning
// call and is fuzzed on its own (tests/fuzz).
//
// Stricter than most: a repeated key in an object, NaN, Infinity, comments, trailing commas, leading zeros,
// invalid escapes, lone UTF-16 surrogates, invalid UTF-8, control characters in strings and content after the
// value are errors; so is nesting deeper than ParseOptions::maxDepth, which keeps fuzzed input from
// overflowing the stack. A leading UTF-8 byte order mark is skipped (RFC 8259 section 8.1 allows that).
// Objects keep their members in the order written.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace commonwatt::scheduler::json {

enum class Type : std::uint8_t
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
};

// "null", "a boolean", "a number", "a string", "an array", "an object": for error messages.
[[nodiscard]] const char *describe(Type type);

struct Member;

class Value
{
public:
    [[nodiscard]] Type type() const { return m_type; }
    [[nodiscard]] bool isNull() const { return m_type == Type::Null; }
    [[nodiscard]] bool isBool() const { return m_type == Type::Bool; }
    [[nodiscard]] bool isNumber() const { return m_type == Type::Number; }
    [[nodiscard]] bool isString() const { return m_type == Type::String; }
    [[nodiscard]] bool isArray() const { return m_type == Type::Array; }
    [[nodiscard]] bool isObject() const { return m_type == Type::Object; }

    // The value when of that type; false, 0, "" or empty otherwise.
    [[nodiscard]] bool toBool() const { return m_bool; }
    [[nodiscard]] double toNumber() const { return m_number; }             // always finite
    [[nodiscard]] const std::string &toString() const { return m_string; } // valid UTF-8
    [[nodiscard]] const std::vector<Value> &items() const { return m_items; }
    [[nodiscard]] const std::vector<Member> &members() const { return m_members; }

    // A number written without a fraction or an exponent ("40", "-3"; not "40.0" or "4e1").
    [[nodiscard]] bool isIntegerLiteral() const { return m_integerLiteral; }
    // The member's value, or null when the object has no such key (or this is not an object).
    [[nodiscard]] const Value *find(std::string_view key) const;
    // Byte offset of the value's first character in the parsed text.
    [[nodiscard]] std::size_t offset() const { return m_offset; }

private:
    friend class Parser;

    Type m_type = Type::Null;
    bool m_bool = false;
    bool m_integerLiteral = false;
    double m_number = 0.0;
    std::size_t m_offset = 0;
    std::string m_string;
    std::vector<Value> m_items;
    std::vector<Member> m_members;
};

struct Member
{
    std::string key;
    Value value;
};

struct ParseOptions
{
    int maxDepth = 64; // arrays and objects nested deeper than this are an error
};

struct ParseResult
{
    Value value;
    // Empty on success, else "line 3, column 7: <what>", where <what> starts with the path of the value being
    // read when there is one ("line 9, column 5: devices[0].id: duplicate key").
    std::string error;
    std::size_t errorOffset = 0; // bytes from the start of the text
    int errorLine = 0;           // 1-based
    int errorColumn = 0;         // 1-based, in UTF-8 characters

    [[nodiscard]] bool ok() const { return error.empty(); }
};

[[nodiscard]] ParseResult parse(std::string_view text, const ParseOptions &options = {});

// The 1-based line and column (in UTF-8 characters) of a byte offset in text.
struct TextPosition
{
    int line = 1;
    int column = 1;
};
[[nodiscard]] TextPosition positionOf(std::string_view text, std::size_t offset);

// Appends text as a JSON string literal (quotes included); control characters are escaped, as are bytes
// that are not valid UTF-8 (each as U+FFFD), so the output is always valid JSON.
void appendString(std::string &out, std::string_view text);
// Appends the shortest decimal that reads back as exactly this double. The value must be finite (a NaN or an
// infinity is written as null, so that the output at least stays JSON).
void appendNumber(std::string &out, double value);
// Appends a whole number.
void appendInteger(std::string &out, std::int64_t value);

// The path of a member for error messages: "site" + "baseLoadKw" is "site.baseLoadKw", "" + "slots" is
// "slots". A key that is not a plain name (letters, digits, '_', '-') reads as a quoted string in brackets,
// cut after 40 characters: devices[0]["bad key"].
[[nodiscard]] std::string memberPath(std::string_view parent, std::string_view key);
// "signals.gridNeed" + 17 is "signals.gridNeed[17]".
[[nodiscard]] std::string itemPath(std::string_view parent, std::size_t index);

} // namespace commonwatt::scheduler::json

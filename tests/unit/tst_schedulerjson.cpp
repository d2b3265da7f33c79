// The scheduler's strict JSON parser (backend/scheduler/json.h): what it accepts, every refusal with its
// line, column and path, the nesting limit, and the writers' exact round trip.
#include <QTest>

#ifndef Q_MOC_RUN
#include "scheduler/json.h"
#endif

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>

using namespace commonwatt::scheduler;
using namespace Qt::StringLiterals;

namespace {

json::ParseResult parse(const QByteArray &text)
{
    return json::parse(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
}

QByteArray bytes(const std::string &text)
{
    return QByteArray::fromStdString(text);
}

} // namespace

class TestSchedulerJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryKindOfValue()
    {
        const auto r = parse("\xEF\xBB\xBF { \"b\": [1, -2.5, 3e2, -0, true, false, null, \"x\", {}, []],\n"
                             "\t\"a\": {\"z\": 1, \"y\": 2}\r\n}  ");
        QVERIFY2(r.ok(), r.error.c_str());
        const json::Value &root = r.value;
        QVERIFY(root.isObject());
        QCOMPARE(root.members().size(), 2u);
        QCOMPARE(root.members()[0].key, std::string("b")); // the order written, not sorted
        QCOMPARE(root.members()[1].key, std::string("a"));
        const auto &items = root.find("b")->items();
        QCOMPARE(items.size(), 10u);
        QCOMPARE(items[0].toNumber(), 1.0);
        QVERIFY(items[0].isIntegerLiteral());
        QCOMPARE(items[1].toNumber(), -2.5);
        QVERIFY(!items[1].isIntegerLiteral());
        QCOMPARE(items[2].toNumber(), 300.0);
        QVERIFY(!items[2].isIntegerLiteral()); // an exponent is not an integer literal
        QVERIFY(std::signbit(items[3].toNumber()));
        QVERIFY(items[4].isBool() && items[4].toBool());
        QVERIFY(items[5].isBool() && !items[5].toBool());
        QVERIFY(items[6].isNull());
        QCOMPARE(items[7].toString(), std::string("x"));
        QVERIFY(items[8].isObject() && items[8].members().empty());
        QVERIFY(items[9].isArray() && items[9].items().empty());
        const json::Value *a = root.find("a");
        QVERIFY(a);
        QCOMPARE(a->members()[0].key, std::string("z"));
        QCOMPARE(a->find("y")->toNumber(), 2.0);
        QVERIFY(!root.find("c"));
        QCOMPARE(a->offset(), std::size_t(69)); // bytes, the byte order mark included
    }

    void readsScalarsAtTheTop()
    {
        QCOMPARE(parse("42").value.toNumber(), 42.0);
        QCOMPARE(parse(" \"s\" ").value.toString(), std::string("s"));
        QVERIFY(parse("null").value.isNull());
    }

    void decodesEscapes()
    {
        const auto r =
            parse("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\", \"\\u00e9\\u20AC\", \"\\ud83d\\ude00\", \"a\\u0000b\","
                  " \"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"]");
        QVERIFY2(r.ok(), r.error.c_str());
        const auto &items = r.value.items();
        QCOMPARE(items[0].toString(), std::string("\"\\/\b\f\n\r\t"));
        QCOMPARE(items[1].toString(), std::string("\xC3\xA9\xE2\x82\xAC"));
        QCOMPARE(items[2].toString(), std::string("\xF0\x9F\x98\x80"));
        QCOMPARE(items[3].toString(), std::string("a\0b", 3));
        QCOMPARE(items[4].toString(), std::string("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"));
    }

    void readsNumbersExactly()
    {
        const auto r =
            parse("[0.1, 1.7976931348623157e308, 4.9e-324, 1e-400, -1e-400, 123456789012345678901234567890,"
                  " 0e99999, 1E+2, 1e-2]");
        QVERIFY2(r.ok(), r.error.c_str());
        const auto &items = r.value.items();
        QCOMPARE(items[0].toNumber(), 0.1);
        QCOMPARE(items[1].toNumber(), std::numeric_limits<double>::max());
        QCOMPARE(items[2].toNumber(), std::numeric_limits<double>::denorm_min());
        QCOMPARE(items[3].toNumber(), 0.0); // too small for a double: zero, not an error
        QVERIFY(std::signbit(items[4].toNumber()));
        QCOMPARE(items[5].toNumber(), 1.2345678901234568e29);
        QVERIFY(items[5].isIntegerLiteral());
        QCOMPARE(items[6].toNumber(), 0.0);
        QCOMPARE(items[7].toNumber(), 100.0);
        QCOMPARE(items[8].toNumber(), 0.01);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("empty") << QByteArray("")
                               << QByteArray("line 1, column 1: unexpected end of input, expected a value");
        QTest::newRow("whitespace only")
            << QByteArray(" \n ")
            << QByteArray("line 2, column 2: unexpected end of input, expected a value");
        QTest::newRow("duplicate key")
            << QByteArray("{\"a\": 1,\n \"a\": 2}") << QByteArray("line 2, column 2: a: duplicate key");
        QTest::newRow("duplicate nested key")
            << QByteArray(R"({"devices": [{"id": "x"}, {"id": "y", "id": "z"}]})")
            << QByteArray("line 1, column 39: devices[1].id: duplicate key");
        QTest::newRow("duplicate via escape")
            << QByteArray(R"({"ab": 1, "\u0061b": 2})") << QByteArray("line 1, column 11: ab: duplicate key");
        QTest::newRow("NaN") << QByteArray(R"({"x": [1, NaN]})")
                             << QByteArray("line 1, column 11: x[1]: NaN is not a JSON number");
        QTest::newRow("Infinity") << QByteArray("[Infinity]")
                                  << QByteArray("line 1, column 2: [0]: Infinity is not a JSON number");
        QTest::newRow("-Infinity") << QByteArray("[-Infinity]")
                                   << QByteArray("line 1, column 2: [0]: -Infinity is not a JSON number");
        QTest::newRow("trailing comma in array")
            << QByteArray("[1, 2, ]") << QByteArray("line 1, column 8: trailing comma before ']'");
        QTest::newRow("trailing comma in object")
            << QByteArray("{\"a\": 1,}") << QByteArray("line 1, column 9: trailing comma before '}'");
        QTest::newRow("line comment")
            << QByteArray("{\n// no\n}") << QByteArray("line 2, column 1: comments are not allowed in JSON");
        QTest::newRow("block comment")
            << QByteArray("[1 /* no */]") << QByteArray("line 1, column 4: comments are not allowed in JSON");
        QTest::newRow("leading zero")
            << QByteArray("[01]")
            << QByteArray("line 1, column 2: [0]: leading zeros are not allowed in a number");
        QTest::newRow("negative leading zero")
            << QByteArray("[-012]")
            << QByteArray("line 1, column 2: [0]: leading zeros are not allowed in a number");
        QTest::newRow("dot without digits")
            << QByteArray("[1.]")
            << QByteArray("line 1, column 4: [0]: expected a digit after the decimal point");
        QTest::newRow("leading dot") << QByteArray("[.5]")
                                     << QByteArray("line 1, column 2: [0]: unexpected '.', expected a value");
        QTest::newRow("plus sign") << QByteArray("+1")
                                   << QByteArray("line 1, column 1: unexpected '+', expected a value");
        QTest::newRow("bare minus") << QByteArray("-") << QByteArray("line 1, column 2: expected a digit");
        QTest::newRow("empty exponent")
            << QByteArray("1e+") << QByteArray("line 1, column 4: expected a digit in the exponent");
        QTest::newRow("hex number") << QByteArray("0x10")
                                    << QByteArray("line 1, column 2: unexpected 'x' after the JSON value");
        QTest::newRow("too large") << QByteArray("{\"a\": -1e400}")
                                   << QByteArray("line 1, column 7: a: number out of range");
        QTest::newRow("invalid escape")
            << QByteArray(R"(["a\x"])") << QByteArray(R"(line 1, column 4: [0]: invalid escape \x)");
        QTest::newRow("short unicode escape")
            << QByteArray(R"(["\u12G4"])")
            << QByteArray(R"(line 1, column 3: [0]: invalid \u escape: expected four hex digits)");
        QTest::newRow("lone high surrogate")
            << QByteArray(R"(["\ud83d"])")
            << QByteArray(R"(line 1, column 3: [0]: unpaired UTF-16 surrogate in \u escape)");
        QTest::newRow("high surrogate then letter")
            << QByteArray(R"(["\ud83dx"])")
            << QByteArray(R"(line 1, column 3: [0]: unpaired UTF-16 surrogate in \u escape)");
        QTest::newRow("two high surrogates")
            << QByteArray(R"(["\ud83d\ud83d"])")
            << QByteArray(R"(line 1, column 3: [0]: unpaired UTF-16 surrogate in \u escape)");
        QTest::newRow("lone low surrogate")
            << QByteArray(R"(["\ude00"])")
            << QByteArray(R"(line 1, column 3: [0]: unpaired UTF-16 surrogate in \u escape)");
        QTest::newRow("raw newline in string")
            << QByteArray("[\"a\nb\"]")
            << QByteArray("line 1, column 4: [0]: control character byte 0x0A in a string (must be escaped)");
        QTest::newRow("raw tab in string")
            << QByteArray("\"a\tb\"")
            << QByteArray("line 1, column 3: control character byte 0x09 in a string (must be escaped)");
        QTest::newRow("overlong UTF-8")
            << QByteArray("\"\xC0\x80\"") << QByteArray("line 1, column 2: invalid UTF-8 in a string");
        QTest::newRow("UTF-8 surrogate")
            << QByteArray("\"\xED\xA0\x80\"") << QByteArray("line 1, column 2: invalid UTF-8 in a string");
        QTest::newRow("beyond U+10FFFF") << QByteArray("\"\xF4\x90\x80\x80\"")
                                         << QByteArray("line 1, column 2: invalid UTF-8 in a string");
        QTest::newRow("truncated UTF-8")
            << QByteArray("\"\xE2\x82\"") << QByteArray("line 1, column 2: invalid UTF-8 in a string");
        QTest::newRow("stray continuation byte")
            << QByteArray("\"\x80\"") << QByteArray("line 1, column 2: invalid UTF-8 in a string");
        QTest::newRow("unterminated string")
            << QByteArray("{\"a\": \"bc") << QByteArray("line 1, column 7: a: unterminated string");
        QTest::newRow("single quotes")
            << QByteArray("['a']") << QByteArray("line 1, column 2: [0]: strings must be in double quotes");
        QTest::newRow("unquoted key")
            << QByteArray("{a: 1}")
            << QByteArray("line 1, column 2: unexpected 'a', expected a member name in double quotes");
        QTest::newRow("missing colon")
            << QByteArray("{\"a\" 1}")
            << QByteArray("line 1, column 6: unexpected '1', expected ':' after the member name");
        QTest::newRow("missing comma")
            << QByteArray("{\"a\": [1 2]}")
            << QByteArray("line 1, column 10: a: unexpected '2', expected ',' or ']'");
        QTest::newRow("unclosed object")
            << QByteArray("{\"a\": 1")
            << QByteArray("line 1, column 8: unexpected end of input, expected ',' or '}'");
        QTest::newRow("bad literal") << QByteArray("[tru]")
                                     << QByteArray("line 1, column 2: [0]: invalid literal, expected true");
        QTest::newRow("capital literal")
            << QByteArray("True") << QByteArray("line 1, column 1: unexpected 'T', expected a value");
        QTest::newRow("two values") << QByteArray("{} {}")
                                    << QByteArray("line 1, column 4: unexpected '{' after the JSON value");
        QTest::newRow("NUL byte after value")
            << QByteArray("1\0", 2)
            << QByteArray("line 1, column 2: unexpected byte 0x00 after the JSON value");
        QTest::newRow("column counts characters")
            << QByteArray("{\"\xC3\xA9\": 1,\n  \"\xE2\x82\xAC\": x}")
            << QByteArray("line 2, column 8: [\"\xE2\x82\xAC\"]: unexpected 'x', expected a value");
    }

    void refuses()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, error);
        const auto r = parse(input);
        QVERIFY(!r.ok());
        QCOMPARE(bytes(r.error), error);
        QVERIFY(r.value.isNull()); // no partial document
        QVERIFY(r.errorLine >= 1 && r.errorColumn >= 1);
    }

    void findsRepeatedKeysInLargeObjects()
    {
        std::string text = "{";
        for (int i = 0; i < 100; ++i)
            text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
        const std::string valid = text + "\"last\": 0}";
        QVERIFY(json::parse(valid).ok());
        QCOMPARE(json::parse(valid).value.members().size(), 101u);
        const auto r = json::parse(text + "\"k57\": 0}");
        QVERIFY(!r.ok());
        QVERIFY2(r.error.find(": k57: duplicate key") != std::string::npos, r.error.c_str());
    }

    void limitsNesting()
    {
        const auto nested = [](int depth) {
            return std::string(static_cast<std::size_t>(depth), '[') +
                   std::string(static_cast<std::size_t>(depth), ']');
        };
        QVERIFY(json::parse(nested(64)).ok());
        const auto r = json::parse(nested(65));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.find("nested deeper than 64 levels") != std::string::npos, r.error.c_str());
        QCOMPARE(r.errorColumn, 65);
        // Far deeper than any stack could take by recursion: refused at level 65, not a crash.
        QVERIFY(!json::parse(std::string(1'000'000, '[')).ok());
        QVERIFY(!json::parse(std::string(300'000, '{')).ok());
        json::ParseOptions shallow;
        shallow.maxDepth = 2;
        QVERIFY(json::parse("[[1]]", shallow).ok());
        QVERIFY(!json::parse("[[[1]]]", shallow).ok());
        QVERIFY(!json::parse(R"({"a": {"b": {}}})", shallow).ok());
    }

    void everyPrefixOfADocumentIsRefusedCleanly()
    {
        const std::string text =
            "{\"a\": [1, -2.5e3, true, null, \"x\\u00e9\\ud83d\\ude00\"], \"b\": {\"c\": false}}";
        QVERIFY(json::parse(text).ok());
        for (std::size_t n = 0; n < text.size(); ++n) {
            const auto r = json::parse(std::string_view(text).substr(0, n));
            QVERIFY2(!r.ok(), std::to_string(n).c_str());
            QVERIFY(r.errorOffset <= n);
        }
    }

    void positionsCountLinesAndCharacters()
    {
        const std::string text = "ab\n\xC3\xA9x\n";
        QCOMPARE(json::positionOf(text, 0).line, 1);
        QCOMPARE(json::positionOf(text, 0).column, 1);
        QCOMPARE(json::positionOf(text, 2).column, 3);
        QCOMPARE(json::positionOf(text, 3).line, 2);
        QCOMPARE(json::positionOf(text, 5).column, 2); // after the two-byte é
        QCOMPARE(json::positionOf(text, 100).line, 3);
    }

    void writesStringsThatReadBack()
    {
        const std::string original = std::string("q\"b\\s/\b\f\n\r\t\x01\x1F\x7F é€😀 ") + '\0' + "end";
        std::string out;
        json::appendString(out, original);
        QCOMPARE(bytes(out), QByteArray("\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0001\\u001f\x7F "
                                        "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 \\u0000end\""));
        const auto r = json::parse(out);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.value.toString(), original);

        std::string invalid;
        json::appendString(invalid, "a\xFF"
                                    "b\xC3");
        QCOMPARE(bytes(invalid), QByteArray("\"a\\ufffdb\\ufffd\""));
        QVERIFY(json::parse(invalid).ok());
    }

    void writesNumbersThatReadBackExactly()
    {
        std::mt19937_64 random(20260601);
        std::uniform_real_distribution<double> kw(-20.0, 20.0);
        std::uniform_int_distribution<std::uint64_t> bits;
        std::vector<double> values{0.0,
                                   -0.0,
                                   0.1,
                                   1.0 / 3.0,
                                   1e-300,
                                   -1e300,
                                   5e-324,
                                   std::numeric_limits<double>::max(),
                                   std::numeric_limits<double>::lowest(),
                                   96.0};
        for (int i = 0; i < 2000; ++i) {
            values.push_back(kw(random));
            double any = 0.0;
            const std::uint64_t pattern = bits(random);
            std::memcpy(&any, &pattern, sizeof any);
            if (std::isfinite(any))
                values.push_back(any);
        }
        std::string out = "[";
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                out += ",";
            json::appendNumber(out, values[i]);
        }
        out += "]";
        const auto r = json::parse(out);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.value.items().size(), values.size());
        for (std::size_t i = 0; i < values.size(); ++i) {
            const double back = r.value.items()[i].toNumber();
            QVERIFY2(std::memcmp(&back, &values[i], sizeof back) == 0, std::to_string(values[i]).c_str());
        }
        std::string shortest;
        json::appendNumber(shortest, 0.1);
        json::appendNumber(shortest, std::nan(""));
        json::appendInteger(shortest, -42);
        QCOMPARE(bytes(shortest), QByteArray("0.1null-42"));
    }

    void namesPaths()
    {
        QCOMPARE(bytes(json::memberPath("", "slots")), QByteArray("slots"));
        QCOMPARE(bytes(json::memberPath("site", "pvKw")), QByteArray("site.pvKw"));
        QCOMPARE(bytes(json::memberPath("devices", "house-battery")), QByteArray("devices.house-battery"));
        QCOMPARE(bytes(json::memberPath("devices[0]", "bad key")), QByteArray("devices[0][\"bad key\"]"));
        QCOMPARE(bytes(json::memberPath("", "")), QByteArray("[\"\"]"));
        QCOMPARE(bytes(json::memberPath("a", std::string(50, 'x'))),
                 QByteArray("a[\"" + QByteArray(40, 'x') + "...\"]"));
        QCOMPARE(bytes(json::itemPath("signals.gridNeed", 17)), QByteArray("signals.gridNeed[17]"));
    }
};

QTEST_GUILESS_MAIN(TestSchedulerJson)
#include "tst_schedulerjson.moc"

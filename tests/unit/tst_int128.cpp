// The portable 128-bit integer (backend/currency/int128.h) that the currency engine uses where the compiler
// has no __int128 (docs/currency-rules.md, R1): checked against the builtin on edge and random values.
#ifndef Q_MOC_RUN
#include "currency/exact.h"
#include "currency/int128.h"
#endif

#include <QRandomGenerator>
#include <QString>
#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <vector>

using namespace Qt::StringLiterals;
using namespace commonwatt::currency;

namespace {

constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();
constexpr std::uint64_t kUint64Max = std::numeric_limits<std::uint64_t>::max();
constexpr WideInt kMin = WideInt::fromHalves(std::uint64_t{1} << 63, 0);   // -2^127
constexpr WideInt kMax = WideInt::fromHalves(kUint64Max >> 1, kUint64Max); // 2^127 - 1

// Hexadecimal halves: a failure message that does not depend on the arithmetic under test.
QString hex(WideInt x)
{
    return u"0x%1'%2"_s.arg(x.high(), 16, 16, QChar(u'0')).arg(x.low(), 16, 16, QChar(u'0'));
}

// A double's bit pattern, for an exact comparison (QCOMPARE compares doubles fuzzily).
std::uint64_t bits(double x)
{
    return std::bit_cast<std::uint64_t>(x);
}

// Evaluated at compile time, as roundHalfEven is in exact.h.
static_assert(WideInt(7) / 2 == 3 && WideInt(-7) / 2 == -3 && WideInt(7) / -2 == -3 && WideInt(-7) / -2 == 3);
static_assert(WideInt(7) % 2 == 1 && WideInt(-7) % 2 == -1 && WideInt(7) % -2 == 1 && WideInt(-7) % -2 == -1);
static_assert(WideInt(kInt64Max) * kInt64Max / kInt64Max == kInt64Max);
static_assert(detail::roundHalfEven<WideInt>(5, 2) == 2 && detail::roundHalfEven<WideInt>(7, 2) == 4);
static_assert(detail::roundHalfEven<WideInt>(-5, 2) == -2 && detail::roundHalfEven<WideInt>(-7, 2) == -4);
static_assert(kMin < kMax && kMin < 0 && -kMin == kMin);

// clang-cl has __int128 but not the runtime helpers that its division calls, as exact.h says.
#if defined(__SIZEOF_INT128__) && !defined(_MSC_VER)
#define COMMONWATT_TEST_BUILTIN_INT128 1
#endif

#if defined(COMMONWATT_TEST_BUILTIN_INT128)
__extension__ using Builtin = __int128;
__extension__ using BuiltinUnsigned = unsigned __int128;

Builtin toBuiltin(WideInt x)
{
    return static_cast<Builtin>((static_cast<BuiltinUnsigned>(x.high()) << 64) | x.low());
}

WideInt fromBuiltin(Builtin x)
{
    const auto u = static_cast<BuiltinUnsigned>(x);
    return WideInt::fromHalves(static_cast<std::uint64_t>(u >> 64), static_cast<std::uint64_t>(u));
}

// The builtin's signed overflow is undefined, so the reference for wrapping operations is unsigned.
Builtin wrapAdd(Builtin a, Builtin b)
{
    return static_cast<Builtin>(static_cast<BuiltinUnsigned>(a) + static_cast<BuiltinUnsigned>(b));
}
Builtin wrapSub(Builtin a, Builtin b)
{
    return static_cast<Builtin>(static_cast<BuiltinUnsigned>(a) - static_cast<BuiltinUnsigned>(b));
}
Builtin wrapMul(Builtin a, Builtin b)
{
    return static_cast<Builtin>(static_cast<BuiltinUnsigned>(a) * static_cast<BuiltinUnsigned>(b));
}
Builtin wrapNeg(Builtin a)
{
    return static_cast<Builtin>(BuiltinUnsigned{0} - static_cast<BuiltinUnsigned>(a));
}

// The engine's Int128, whichever type this build selects (a template, so that the other branch is discarded).
template<typename T = Int128> T toInt128(WideInt x)
{
    if constexpr (std::is_same_v<T, WideInt>)
        return x;
    else
        return toBuiltin(x);
}

// Every operation on (a, b) with the class and with the builtin; an empty string if they all agree.
QString compareWithBuiltin(WideInt a, WideInt b)
{
    const Builtin x = toBuiltin(a);
    const Builtin y = toBuiltin(b);
    QString errors;
    const auto check = [&](const char *op, WideInt got, Builtin want) {
        if (got != fromBuiltin(want)) {
            errors += u"%1 %2 %3: got %4, expected %5\n"_s.arg(hex(a), QLatin1StringView(op), hex(b),
                                                               hex(got), hex(fromBuiltin(want)));
        }
    };
    const auto checkBool = [&](const char *op, bool got, bool want) {
        if (got != want)
            errors += u"%1 %2 %3: got %4\n"_s.arg(hex(a), QLatin1StringView(op), hex(b),
                                                  got ? u"true"_s : u"false"_s);
    };
    check("+", a + b, wrapAdd(x, y));
    check("-", a - b, wrapSub(x, y));
    check("*", a * b, wrapMul(x, y));
    check("neg", -a, wrapNeg(x));
    WideInt c = a;
    c += b;
    check("+=", c, wrapAdd(x, y));
    c = a;
    c -= b;
    check("-=", c, wrapSub(x, y));
    c = a;
    c *= b;
    check("*=", c, wrapMul(x, y));
    // The builtin's division by zero and -2^127 / -1 are undefined: nothing to compare with.
    if (y != 0 && !(x == toBuiltin(kMin) && y == -1)) {
        check("/", a / b, x / y);
        check("%", a % b, x % y);
        c = a;
        c /= b;
        check("/=", c, x / y);
        c = a;
        c %= b;
        check("%=", c, x % y);
    }
    checkBool("==", a == b, x == y);
    checkBool("!=", a != b, x != y);
    checkBool("<", a < b, x < y);
    checkBool("<=", a <= b, x <= y);
    checkBool(">", a > b, x > y);
    checkBool(">=", a >= b, x >= y);
    checkBool("int64", static_cast<std::int64_t>(a) == static_cast<std::int64_t>(x), true);
    checkBool("int", static_cast<int>(a) == static_cast<int>(x), true);
    checkBool("bool", static_cast<bool>(a), static_cast<bool>(x));
    checkBool("double", static_cast<double>(a) == static_cast<double>(x), true);
    return errors;
}

// Values of every width from 0 to 128 bits, either sign.
WideInt randomValue(QRandomGenerator &random)
{
    const int bits = int(random.bounded(129));
    std::uint64_t high = random.generate64();
    std::uint64_t low = random.generate64();
    if (bits <= 64) {
        high = 0;
        low = bits == 64 ? low : low & ((std::uint64_t{1} << bits) - 1);
    } else if (bits < 128) {
        high &= (std::uint64_t{1} << (bits - 64)) - 1;
    }
    const WideInt value = WideInt::fromHalves(high, low);
    return random.bounded(2) ? -value : value;
}
#endif

std::vector<WideInt> edgeValues()
{
    std::vector<WideInt> values{0,
                                1,
                                2,
                                3,
                                7,
                                10,
                                1'000'000,
                                kInt64Max,
                                kInt64Min,
                                kUint64Max,
                                WideInt(kInt64Max) + 1,                 // 2^63
                                WideInt(kUint64Max) + 1,                // 2^64
                                WideInt(kUint64Max) + 2,                // 2^64 + 1
                                WideInt::fromHalves(1, 0) * kUint64Max, // 2^64 (2^64 - 1), wraps to -2^64
                                WideInt::fromHalves(std::uint64_t{1} << 32, 0), // 2^96
                                WideInt::fromHalves(std::uint64_t{1} << 62, 0), // 2^126
                                kMax,
                                kMax - 1,
                                kMin,
                                kMin + 1};
    const std::size_t n = values.size();
    for (std::size_t i = 0; i < n; ++i)
        values.push_back(-values[i]);
    return values;
}

} // namespace

class TestInt128 : public QObject
{
    Q_OBJECT
private slots:
    void knownAnswers()
    {
        // 10^19 squared crosses 64 bits; the halves of 10^38 are written out.
        const WideInt e19 = WideInt(std::uint64_t{10'000'000'000'000'000'000u});
        const WideInt e38 = e19 * e19;
        QCOMPARE(hex(e38), hex(WideInt::fromHalves(0x4b3b'4ca8'5a86'c47a, 0x098a'2240'0000'0000)));
        QCOMPARE(hex(e38 / e19), hex(e19));
        QCOMPARE(hex(e38 % e19), hex(0));
        QCOMPARE(hex((e38 + 12345) % e19), hex(12345));
        QCOMPARE(hex(-(e38 + 12345) % e19), hex(-12345));
        // (2^64 + 1)(2^64 - 1) = 2^128 - 1, which wraps to -1.
        QCOMPARE(hex((WideInt(kUint64Max) + 2) * kUint64Max), hex(-1));
        // Overflow wraps: -2^127 has no positive counterpart, and -2^127 / -1 is -2^127 again.
        QCOMPARE(hex(kMax + 1), hex(kMin));
        QCOMPARE(hex(kMin / -1), hex(kMin));
        QCOMPARE(hex(kMin % -1), hex(0));
        // Truncating conversions keep the low bits, as static_cast from the builtin does.
        QCOMPARE(static_cast<std::int64_t>(WideInt(kUint64Max) + 1), 0);
        QCOMPARE(static_cast<std::int64_t>(WideInt(kInt64Max) + 1), kInt64Min);
        QCOMPARE(static_cast<std::int64_t>(WideInt(-5)), -5);
        QVERIFY(static_cast<bool>(WideInt::fromHalves(1, 0)));
        QVERIFY(!static_cast<bool>(WideInt(0)));
        // Conversion to double rounds once, ties to even: 2^53 + 1 and 2^53 + 3 lie halfway between doubles.
        const WideInt p53 = WideInt(std::int64_t{1} << 53);
        const WideInt p70 = WideInt::fromHalves(std::uint64_t{1} << 6, 0);
        QCOMPARE(bits(static_cast<double>((p53 + 1) * p70)), bits(std::ldexp(double(1LL << 53), 70)));
        QCOMPARE(bits(static_cast<double>((p53 + 3) * p70)), bits(std::ldexp(double((1LL << 53) + 4), 70)));
        QCOMPARE(bits(static_cast<double>((p53 + 1) * p70 + 1)),
                 bits(std::ldexp(double((1LL << 53) + 2), 70)));
        QCOMPARE(bits(static_cast<double>(-((p53 + 1) * p70 + 1))),
                 bits(-std::ldexp(double((1LL << 53) + 2), 70)));
        QCOMPARE(bits(static_cast<double>(kMin)), bits(-std::ldexp(1.0, 127)));
        QCOMPARE(bits(static_cast<double>(WideInt(-12345))), bits(-12345.0));
        // Construction sign-extends signed types and zero-extends unsigned ones.
        QCOMPARE(hex(WideInt(-1)), hex(WideInt::fromHalves(kUint64Max, kUint64Max)));
        QCOMPARE(hex(WideInt(std::uint64_t{kUint64Max})), hex(WideInt::fromHalves(0, kUint64Max)));
        QCOMPARE(hex(WideInt(std::int8_t{-2})), hex(WideInt(-2)));
    }

    void divisionSigns()
    {
        // Truncation toward zero, the remainder with the dividend's sign, for all four sign combinations, in
        // one half and across both.
        const WideInt big = WideInt::fromHalves(5, 17);
        for (const WideInt magnitude : {WideInt(7), big}) {
            const WideInt q = magnitude / 2;
            const WideInt r = magnitude % 2;
            QVERIFY(r == 1);
            QCOMPARE(hex(magnitude / 2), hex(q));
            QCOMPARE(hex(-magnitude / 2), hex(-q));
            QCOMPARE(hex(magnitude / -2), hex(-q));
            QCOMPARE(hex(-magnitude / -2), hex(q));
            QCOMPARE(hex(magnitude % 2), hex(r));
            QCOMPARE(hex(-magnitude % 2), hex(-r));
            QCOMPARE(hex(magnitude % -2), hex(r));
            QCOMPARE(hex(-magnitude % -2), hex(-r));
        }
        // Division by 1 and -1 of every edge value (-2^127 / -1 wraps, as knownAnswers checks).
        for (const WideInt x : edgeValues()) {
            QCOMPARE(hex(x / 1), hex(x));
            QCOMPARE(hex(x % 1), hex(0));
            QCOMPARE(hex(x / -1), hex(-x));
            QCOMPARE(hex(x % -1), hex(0));
            if (x != 0) {
                QCOMPARE(hex(x / x), hex(1));
                QCOMPARE(hex(x % x), hex(0));
            }
        }
    }

    void edgeValuesMatchTheBuiltin()
    {
#if defined(COMMONWATT_TEST_BUILTIN_INT128)
        const std::vector<WideInt> values = edgeValues();
        for (const WideInt a : values) {
            for (const WideInt b : values) {
                const QString errors = compareWithBuiltin(a, b);
                QVERIFY2(errors.isEmpty(), qPrintable(errors));
            }
        }
#else
        QSKIP("The compiler has no __int128 to compare with");
#endif
    }

    void randomValuesMatchTheBuiltin()
    {
#if defined(COMMONWATT_TEST_BUILTIN_INT128)
        QRandomGenerator random(128);
        const std::vector<WideInt> edges = edgeValues();
        for (int i = 0; i < 100'000; ++i) {
            const WideInt a = randomValue(random);
            // Also against the edge values, small divisors and 64-bit factors whose products cross 64 bits.
            const WideInt b = i % 4 == 0   ? edges[random.bounded(std::uint32_t(edges.size()))]
                              : i % 4 == 1 ? WideInt(std::int64_t(random.generate64()))
                              : i % 4 == 2 ? WideInt(int(random.bounded(-20, 21)))
                                           : randomValue(random);
            const QString errors = compareWithBuiltin(a, b) + compareWithBuiltin(b, a);
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
        }
#else
        QSKIP("The compiler has no __int128 to compare with");
#endif
    }

    void sortsLikeTheBuiltin()
    {
#if defined(COMMONWATT_TEST_BUILTIN_INT128)
        QRandomGenerator random(7);
        std::vector<WideInt> values = edgeValues();
        for (int i = 0; i < 2000; ++i)
            values.push_back(randomValue(random));
        std::vector<Builtin> reference;
        for (const WideInt x : values)
            reference.push_back(toBuiltin(x));
        std::sort(values.begin(), values.end());
        std::sort(reference.begin(), reference.end());
        for (std::size_t i = 0; i < values.size(); ++i)
            QCOMPARE(hex(values[i]), hex(fromBuiltin(reference[i])));
        QCOMPARE(hex(std::max<WideInt>(-3, 2)), hex(2));
        QCOMPARE(hex(std::min<WideInt>(-3, 2)), hex(-3));
        QCOMPARE(hex(std::clamp<WideInt>(kMax, 0, 10)), hex(10));
        QCOMPARE(hex(std::clamp<WideInt>(kMin, 0, 10)), hex(0));
#else
        QSKIP("The compiler has no __int128 to compare with");
#endif
    }

    void roundHalfEvenMatchesTheBuiltin()
    {
#if defined(COMMONWATT_TEST_BUILTIN_INT128)
        QRandomGenerator random(1);
        for (int i = 0; i < 100'000; ++i) {
            // Denominators below 2^20 or up to about 2^93, quotients that keep the numerator below 2^127;
            // every fourth one an exact tie.
            WideInt den = i % 2 == 0 ? WideInt(random.bounded(1, 1'000'000))
                                     : WideInt(std::int64_t(random.generate64() >> 2) | 1) *
                                           int(random.bounded(1, 1 << 30));
            const WideInt quotient = std::int64_t(random.generate64() >> (i % 2 == 0 ? 2 : 31));
            WideInt num;
            if (i % 4 == 0) {
                den *= 2;
                num = quotient * den + den / 2;
            } else {
                num = quotient * den + WideInt(std::int64_t(random.generate64() >> 1)) % den;
            }
            if (random.bounded(2))
                num = -num;
            const std::int64_t wide = detail::roundHalfEven<WideInt>(num, den);
            const std::int64_t builtin = detail::roundHalfEven<Builtin>(toBuiltin(num), toBuiltin(den));
            QVERIFY2(wide == builtin, qPrintable(u"%1 / %2"_s.arg(hex(num), hex(den))));
            // And the engine's own, whichever type this build selects.
            QCOMPARE(roundHalfEven(toInt128(num), toInt128(den)), builtin);
        }
        // Exact ties go to the even neighbour with both types.
        for (const std::int64_t k : {0, 1, 2, 3, -1, -2, -3}) {
            const WideInt num = WideInt(2 * k + 1) * 500'000;
            QCOMPARE(detail::roundHalfEven<WideInt>(num, 1'000'000),
                     detail::roundHalfEven<Builtin>(toBuiltin(num), 1'000'000));
        }
#else
        QSKIP("The compiler has no __int128 to compare with");
#endif
    }
};

QTEST_APPLESS_MAIN(TestInt128)
#include "tst_int128.moc"

#include "domain/units.h"

#include <QTest>

#include <functional>
#include <type_traits>

using namespace commonwatt;
using namespace commonwatt::literals;
using namespace std::chrono_literals;

// Mixing units must not compile: these are the guarantees the types exist for.
static_assert(!std::is_invocable_v<std::plus<>, Kilowatts, KilowattHours>);
static_assert(!std::is_invocable_v<std::minus<>, KilowattHours, Kilowatts>);
static_assert(!std::is_invocable_v<std::plus<>, MilliCredits, KilowattHours>);
static_assert(!std::is_invocable_v<std::plus<>, Kilowatts, double>);
static_assert(!std::is_convertible_v<double, Kilowatts>);
static_assert(!std::is_convertible_v<Kilowatts, KilowattHours>);
static_assert(!std::is_convertible_v<std::int64_t, MilliCredits>);
// Credits scale by integers only: rounding is always an explicit step.
static_assert(!std::is_invocable_v<std::multiplies<>, MilliCredits, double>);
static_assert(std::is_invocable_v<std::multiplies<>, MilliCredits, int>);
static_assert(!std::is_invocable_v<std::divides<>, MilliCredits, int>);
// Power over time is energy; energy over time is power.
static_assert(std::is_same_v<decltype(Kilowatts(1.0) * 1h), KilowattHours>);
static_assert(std::is_same_v<decltype(KilowattHours(1.0) / 1h), Kilowatts>);
static_assert(!std::is_invocable_v<std::multiplies<>, KilowattHours, std::chrono::hours>);

class TestUnits : public QObject
{
    Q_OBJECT
private slots:
    void powerOverTimeIsEnergy()
    {
        QCOMPARE((2.0_kW * 30min).value(), 1.0);
        QCOMPARE((15min * 4_kW).value(), 1.0);
        QCOMPARE((3.0_kWh / 90min).value(), 2.0);
        // Ten seconds of 3.6 kW is exactly 10 Wh.
        QVERIFY(qFuzzyCompare((3.6_kW * 10s).value(), 0.01));
    }

    void arithmeticStaysInUnit()
    {
        Kilowatts p = 1.5_kW;
        p += 0.5_kW;
        QCOMPARE(p, 2.0_kW);
        QCOMPARE(p - 3.0_kW, Kilowatts(-1.0));
        QCOMPARE(-p, Kilowatts(-2.0));
        QCOMPARE(p * 2, 4.0_kW);
        QCOMPARE(0.5 * p, 1.0_kW);
        QCOMPARE(p / 4.0, 0.5_kW);
        QCOMPARE(6.0_kWh / 2.0_kWh, 3.0);
        QVERIFY(1.0_kW < 2.0_kW);
        QVERIFY(2.0_kWh >= 2.0_kWh);
    }

    void creditsAreIntegers()
    {
        MilliCredits total;
        for (int i = 0; i < 1000; ++i)
            total += 1_mcr;
        QCOMPARE(total.value(), 1000);
        QCOMPARE((total * 3).value(), 3000);
        QCOMPARE((total - 1500_mcr).value(), -500);
        // Large balances do not overflow the representation a ledger needs (decades of a community).
        const MilliCredits large(std::int64_t{1} << 52);
        QCOMPARE((large + large).value(), std::int64_t{1} << 53);
    }
};

QTEST_APPLESS_MAIN(TestUnits)
#include "tst_units.moc"

// The monthly allowance (currency.md section 3; docs/currency-rules.md R29-R31).
#include <QRandomGenerator>
#include <QTest>

#ifndef Q_MOC_RUN
#include "currency/allowance.h"
#endif

using namespace commonwatt;
using namespace commonwatt::currency;

class TestCurrencyAllowance : public QObject
{
    Q_OBJECT
private slots:
    // A 31-day month: T = 1000 cr, G = 300 cr, F = 20 cr: pool 680 cr. Five dwellings: three all month with
    // 31, 25 and 20 validated days (qualify), one with 19 (does not), one joined for the last 15 days with 10
    // validated (needs ceil(20 * 15/31) = ceil(9.68) = 10: qualifies). Member days 31 * 3 + 15 = 108:
    // A = 680000 * 31/108 = 195185.19 -> 195185; the joiner 680000 * 15/108 = 94444.44 -> 94444.
    // Credited 3 * 195185 + 94444 = 679999: 1 mcr of the pool is lost to rounding.
    void workedExample()
    {
        const Allowance a =
            computeAllowance(MilliCredits(1'000'000), MilliCredits(300'000), MilliCredits(20'000), 31,
                             {{31, 31}, {31, 25}, {31, 20}, {31, 19}, {15, 10}});
        QCOMPARE(a.pool.value(), 680'000);
        QCOMPARE(a.qualifying, 4);
        QCOMPARE(a.fullMonth.value(), 195'185);
        const std::vector<qint64> expected{195'185, 195'185, 195'185, 0, 94'444};
        for (std::size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(a.credited[i].value(), expected[i]);
        // The joiner with 9 validated days does not qualify.
        QVERIFY(!qualifiesForAllowance({15, 9}, 31));
    }

    // R29: when the community gives (and pays in fees) at least what it takes, there is no allowance.
    void noAllowanceWhenGivingCoversTaking()
    {
        const Allowance a = computeAllowance(MilliCredits(500'000), MilliCredits(480'000),
                                             MilliCredits(20'000), 30, {{30, 30}});
        QCOMPARE(a.pool.value(), 0);
        QCOMPARE(a.credited[0].value(), 0);
    }

    // Properties: the credited sum is within half a milli-credit per dwelling of the pool (zero-sum up to
    // rounding); full-month members receive the same; more member days never receive less.
    void randomZeroSum()
    {
        QRandomGenerator random(43);
        for (int run = 0; run < 2000; ++run) {
            const int days = random.bounded(28, 32);
            std::vector<AllowanceDwelling> dwellings;
            const int n = random.bounded(1, 40);
            for (int i = 0; i < n; ++i) {
                const int member = random.bounded(0, 4) == 0 ? random.bounded(1, days + 1) : days;
                dwellings.push_back({member, random.bounded(0, member + 1)});
            }
            const Allowance a = computeAllowance(MilliCredits(random.bounded(0, 50'000'000)),
                                                 MilliCredits(random.bounded(0, 30'000'000)),
                                                 MilliCredits(random.bounded(0, 1'000'000)), days, dwellings);
            qint64 sum = 0;
            for (std::size_t i = 0; i < dwellings.size(); ++i) {
                sum += a.credited[i].value();
                if (!qualifiesForAllowance(dwellings[i], days))
                    QCOMPARE(a.credited[i].value(), 0);
                else if (dwellings[i].memberDays == days)
                    QCOMPARE(a.credited[i], a.fullMonth);
                for (std::size_t j = 0; j < dwellings.size(); ++j) {
                    if (qualifiesForAllowance(dwellings[j], days) &&
                        dwellings[j].memberDays > dwellings[i].memberDays)
                        QVERIFY(a.credited[j] >= a.credited[i]);
                }
            }
            if (a.qualifying == 0) {
                QCOMPARE(sum, 0); // nobody qualifies: nothing is minted
                continue;
            }
            QVERIFY(2 * std::abs(sum - a.pool.value()) <= a.qualifying);
            if (a.qualifying > 0 && a.pool.value() > 0)
                QVERIFY(sum > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCurrencyAllowance)
#include "tst_currencyallowance.moc"

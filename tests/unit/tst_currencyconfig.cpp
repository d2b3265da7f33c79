// The community configuration (currency.md section 12, docs/currency-rules.md R3 and R13).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#ifndef Q_MOC_RUN
#include "currency/communityconfig.h"
#include "currency/exact.h"
#endif

using namespace commonwatt::currency;
using namespace Qt::StringLiterals;

namespace {
QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}
} // namespace

class TestCurrencyConfig : public QObject
{
    Q_OBJECT
private slots:
    void defaultsNeedOnlyTheTimeZone()
    {
        const ConfigParseResult result =
            parseCommunityConfig(parseObject(R"({"timeZone": "Europe/Berlin"})"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const CommunityConfig &c = *result.config;
        QCOMPARE(c, CommunityConfig::defaults(u"Europe/Berlin"_s));
        // The section 12 defaults, as millionths where they are factors.
        QCOMPARE(c.slotMinutes, 15);
        QCOMPARE(c.referenceIntensity, 400);
        QCOMPARE(c.fossilIntensity, 800);
        QCOMPARE(c.kappa, 250'000);
        QCOMPARE(c.gamma, 500'000);
        QCOMPARE(c.feeByHops, (std::array<std::int64_t, 5>{10'000, 30'000, 60'000, 100'000, 150'000}));
        QCOMPARE(c.validationTolerance, 10'000);
        QCOMPARE(c.eventRateDefault, 3'000'000);
        QCOMPARE(c.firmLevel, 700'000);
        QCOMPARE(c.baselineWeekday, (BaselineWindow{10, 60}));
        QCOMPARE(c.baselineWeekend, (BaselineWindow{4, 24}));
        QCOMPARE(c.baselineMinData, 800'000);
        QCOMPARE(c.reputationDays, 90);
        QCOMPARE(c.expiryMonths, 12);
        QCOMPARE(c.stewardThreshold, 2);
        QCOMPARE(c.reserveRate, 50'000);
        QCOMPARE(c.currencyCode, u"EUR"_s);
        QVERIFY(c.holidays.isEmpty());
    }

    void everyFieldIsRead()
    {
        const ConfigParseResult result = parseCommunityConfig(parseObject(R"({
            "timeZone": "Europe/Vienna", "holidays": ["2026-12-25", "2026-12-26"], "currencyCode": "CHF",
            "slotMinutes": 30, "referenceIntensity": 350, "fossilIntensity": 900, "kappa": 0.3, "gamma": 0.45,
            "feeByHops": [0, 0.02, 0.05, 0.1, 0.2], "validationTolerance": 0.02, "eventRateDefault": 2.5,
            "firmLevel": 0.65, "baselineDays": {"weekday": [5, 30], "weekend": [3, 12]},
            "baselineMinData": 0.9, "reputationDays": 60, "expiryMonths": 24, "stewards": ["a", "b", "c"],
            "stewardThreshold": 3, "reserveRate": 0.07, "effectiveFrom": 1900000})"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const CommunityConfig &c = *result.config;
        QCOMPARE(c.holidays, (QList<QDate>{QDate(2026, 12, 25), QDate(2026, 12, 26)}));
        QCOMPARE(c.currencyCode, u"CHF"_s);
        QCOMPARE(c.slotMinutes, 30);
        QCOMPARE(c.referenceIntensity, 350);
        QCOMPARE(c.fossilIntensity, 900);
        QCOMPARE(c.kappa, 300'000);
        QCOMPARE(c.gamma, 450'000);
        QCOMPARE(c.feeByHops, (std::array<std::int64_t, 5>{0, 20'000, 50'000, 100'000, 200'000}));
        QCOMPARE(c.validationTolerance, 20'000);
        QCOMPARE(c.eventRateDefault, 2'500'000);
        QCOMPARE(c.firmLevel, 650'000);
        QCOMPARE(c.baselineWeekday, (BaselineWindow{5, 30}));
        QCOMPARE(c.baselineWeekend, (BaselineWindow{3, 12}));
        QCOMPARE(c.baselineMinData, 900'000);
        QCOMPARE(c.reputationDays, 60);
        QCOMPARE(c.expiryMonths, 24);
        QCOMPARE(c.stewards, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(c.stewardThreshold, 3);
        QCOMPARE(c.reserveRate, 70'000);
        QCOMPARE(c.effectiveFrom, 1'900'000);
    }

    // R3: the decimal the author wrote, rounded half to even at the sixth decimal; never the binary double.
    void decimalsBecomeExactMillionths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("millionths");
        QTest::newRow("0.03 (binary 0.0299999...)") << u"0.03"_s << qint64(30'000);
        QTest::newRow("0.1") << u"0.1"_s << qint64(100'000);
        QTest::newRow("1/3 truncated") << u"0.3333333"_s << qint64(333'333);
        QTest::newRow("2/3 rounds up") << u"0.6666666"_s << qint64(666'667);
        QTest::newRow("tie to even, down") << u"0.0000025"_s << qint64(2);
        QTest::newRow("tie to even, up") << u"0.0000035"_s << qint64(4);
        QTest::newRow("just over a tie") << u"0.00000250001"_s << qint64(3);
        QTest::newRow("exponent, half a millionth") << u"5e-07"_s << qint64(0);
        QTest::newRow("exponent, 1.5 millionths") << u"1.5e-06"_s << qint64(2);
        QTest::newRow("far below") << u"4e-08"_s << qint64(0);
        QTest::newRow("integer") << u"3"_s << qint64(3'000'000);
        QTest::newRow("negative tie") << u"-0.0000025"_s << qint64(-2);
        QTest::newRow("large exponent") << u"1.25e+2"_s << qint64(125'000'000);
    }
    void decimalsBecomeExactMillionths()
    {
        QFETCH(QString, text);
        QFETCH(qint64, millionths);
        const auto fromText = decimalToMillionths(text.toStdString());
        QVERIFY(fromText.has_value());
        QCOMPARE(*fromText, millionths);
        // The same through a JSON double, as parseCommunityConfig sees it.
        const auto fromDouble = doubleToMillionths(text.toDouble());
        QVERIFY(fromDouble.has_value());
        QCOMPARE(*fromDouble, millionths);
    }

    void notADecimal()
    {
        QVERIFY(!decimalToMillionths("").has_value());
        QVERIFY(!decimalToMillionths("1.2.3").has_value());
        QVERIFY(!decimalToMillionths("0x10").has_value());
        QVERIFY(!decimalToMillionths("1e999").has_value());
        QVERIFY(!doubleToMillionths(1e300).has_value());
    }

    // R13: every error names the field and the allowed range, and shows what was given.
    void errorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *fields, const QString &field,
                            const QString &message) {
            QTest::newRow(name) << (QByteArray(R"({"timeZone": "Europe/Berlin", )") + fields + "}") << field
                                << message;
        };
        row("kappa too large", R"("kappa": 1.5)", u"kappa"_s,
            u"\"kappa\" must be a number from 0 to 1, not 1.5"_s);
        row("gamma negative", R"("gamma": -0.1)", u"gamma"_s,
            u"\"gamma\" must be a number from 0 to 1, not -0.1"_s);
        row("kappa string", R"("kappa": "0.25")", u"kappa"_s,
            u"\"kappa\" must be a number from 0 to 1, not \"0.25\""_s);
        row("slot not a divisor", R"("slotMinutes": 7)", u"slotMinutes"_s,
            u"\"slotMinutes\" must be an integer from 1 to 60 that divides 60, not 7"_s);
        row("slot fraction", R"("slotMinutes": 15.5)", u"slotMinutes"_s,
            u"\"slotMinutes\" must be an integer from 1 to 60 that divides 60, not 15.5"_s);
        row("reference zero", R"("referenceIntensity": 0)", u"referenceIntensity"_s,
            u"\"referenceIntensity\" must be an integer from 1 to 2000, not 0"_s);
        row("fossil bool", R"("fossilIntensity": true)", u"fossilIntensity"_s,
            u"\"fossilIntensity\" must be an integer from 1 to 2000, not true"_s);
        row("fees too few", R"("feeByHops": [0.01, 0.02])", u"feeByHops"_s,
            u"\"feeByHops\" must be an array of 5 non-decreasing numbers from 0 to 1, not an array"_s);
        row("fees decreasing", R"("feeByHops": [0.01, 0.03, 0.02, 0.1, 0.15])", u"feeByHops"_s,
            u"\"feeByHops\" must be an array of 5 non-decreasing numbers from 0 to 1, not 0.02"_s);
        row("tolerance", R"("validationTolerance": 2)", u"validationTolerance"_s,
            u"\"validationTolerance\" must be a number from 0 to 1, not 2"_s);
        row("event rate", R"("eventRateDefault": 1001)", u"eventRateDefault"_s,
            u"\"eventRateDefault\" must be a number from 0 to 1000, not 1001"_s);
        row("firm level null", R"("firmLevel": null)", u"firmLevel"_s,
            u"\"firmLevel\" must be a number from 0 to 1, not null"_s);
        row("baseline short > long", R"("baselineDays": {"weekday": [10, 5], "weekend": [4, 24]})",
            u"baselineDays"_s, u"\"baselineDays\" must be an integer from 10 to 90, not 5"_s);
        row("baseline missing weekend", R"("baselineDays": {"weekday": [10, 60]})", u"baselineDays"_s,
            u"\"baselineDays\" must be an object {\"weekday\": [short, long], \"weekend\": [short, long]}, "
            u"not an object"_s);
        row("min data", R"("baselineMinData": 1.2)", u"baselineMinData"_s,
            u"\"baselineMinData\" must be a number from 0 to 1, not 1.2"_s);
        row("reputation days", R"("reputationDays": 0)", u"reputationDays"_s,
            u"\"reputationDays\" must be an integer from 1 to 366, not 0"_s);
        row("expiry", R"("expiryMonths": 121)", u"expiryMonths"_s,
            u"\"expiryMonths\" must be an integer from 1 to 120, not 121"_s);
        row("steward key", R"("stewards": ["a", ""])", u"stewards"_s,
            u"\"stewards\" must be an array of public keys (non-empty strings), not \"\""_s);
        row("threshold over stewards", R"("stewards": ["a", "b"], "stewardThreshold": 3)",
            u"stewardThreshold"_s,
            u"\"stewardThreshold\" must be an integer from 1 to 2 (the number of stewards), not 3"_s);
        row("reserve", R"("reserveRate": -1)", u"reserveRate"_s,
            u"\"reserveRate\" must be a number from 0 to 100, not -1"_s);
        row("effectiveFrom", R"("effectiveFrom": -5)", u"effectiveFrom"_s,
            u"\"effectiveFrom\" must be a slot index (an integer from 0 to 2^53), not -5"_s);
        row("holiday", R"("holidays": ["2026-02-30"])", u"holidays"_s,
            u"\"holidays\" must be an array of dates \"YYYY-MM-DD\", not \"2026-02-30\""_s);
        row("currency", R"("currencyCode": "eur")", u"currencyCode"_s,
            u"\"currencyCode\" must be an ISO 4217 code of three capital letters, not \"eur\""_s);
        row("unknown", R"("kapa": 0.25)", u"kapa"_s, u"unknown field \"kapa\""_s);
        QTest::newRow("zone missing") << QByteArray(R"({"kappa": 0.25})") << u"timeZone"_s
                                      << u"\"timeZone\" is required: an IANA time zone name such as "
                                         u"\"Europe/Berlin\""_s;
        QTest::newRow("zone unknown") << QByteArray(R"({"timeZone": "Mars/Olympus"})") << u"timeZone"_s
                                      << u"\"timeZone\" must be an IANA time zone name such as "
                                         u"\"Europe/Berlin\", not \"Mars/Olympus\""_s;
    }
    void errorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const ConfigParseResult result = parseCommunityConfig(parseObject(json));
        QVERIFY(!result.ok());
        QCOMPARE(result.field, field);
        QCOMPARE(result.error, message);
    }

    // The distributor's validator key (the ledger's genesis names it): 64 hex digits, kept in lower case.
    void distributorIsAHexKey()
    {
        const QString key = u"00112233445566778899AABBCCDDEEFF00112233445566778899aabbccddeeff"_s;
        const ConfigParseResult ok = parseCommunityConfig(
            parseObject(R"({"timeZone": "UTC", "distributor": ")" + key.toLatin1() + R"("})"));
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QCOMPARE(ok.config->distributor, key.toLower());
        QCOMPARE(CommunityConfig::defaults(u"UTC"_s).distributor, QString());

        for (const QByteArray &bad :
             {QByteArray(R"("0011")"), QByteArray(R"(42)"), QByteArray('"' + QByteArray(63, 'a') + "g\"")}) {
            const ConfigParseResult result =
                parseCommunityConfig(parseObject(R"({"timeZone": "UTC", "distributor": )" + bad + "}"));
            QVERIFY(!result.ok());
            QCOMPARE(result.field, u"distributor"_s);
            QVERIFY2(result.error.startsWith(
                         u"\"distributor\" must be an Ed25519 public key as 64 hex digits, not "_s),
                     qPrintable(result.error));
        }
    }

    // Limits are inclusive and checked on the exact millionths: 1.0000004 is 1 (allowed), 1.0000006 is not.
    void rangesAreInclusive()
    {
        QVERIFY(parseCommunityConfig(parseObject(R"({"timeZone": "UTC", "kappa": 1, "gamma": 0})")).ok());
        QVERIFY(parseCommunityConfig(parseObject(R"({"timeZone": "UTC", "kappa": 1.0000004})")).ok());
        QVERIFY(!parseCommunityConfig(parseObject(R"({"timeZone": "UTC", "kappa": 1.0000006})")).ok());
        QVERIFY(parseCommunityConfig(parseObject(R"({"timeZone": "UTC", "slotMinutes": 60})")).ok());
        QVERIFY(parseCommunityConfig(parseObject(R"({"timeZone": "UTC", "slotMinutes": 1})")).ok());
    }
};

QTEST_GUILESS_MAIN(TestCurrencyConfig)
#include "tst_currencyconfig.moc"

// The generic MQTT plugin's JSON path language (docs/plugins-generic-gridfeed.md, "JSON paths"): what parses,
// what is refused and at which position, and what a path finds in a document.
#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using commonwatt::mqttgeneric::JsonPath;

namespace {

QJsonValue json(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text));
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

JsonPath path(const QString &text)
{
    QString error;
    const std::optional<JsonPath> parsed = JsonPath::parse(text, &error);
    if (!parsed)
        qFatal("%s does not parse: %s", qPrintable(text), qPrintable(error));
    return *parsed;
}

} // namespace

class TestJsonPath : public QObject
{
    Q_OBJECT
private slots:
    void parsesSteps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("steps"); // keys as they are, indices as "[n]"
        QTest::newRow("empty") << QString() << QStringList{};
        QTest::newRow("one key") << u"power"_s << QStringList{u"power"_s};
        QTest::newRow("tasmota") << u"ENERGY.Power"_s << QStringList{u"ENERGY"_s, u"Power"_s};
        QTest::newRow("indices") << u"data.values[2].p"_s
                                 << QStringList{u"data"_s, u"values"_s, u"[2]"_s, u"p"_s};
        QTest::newRow("root array") << u"[0][10]"_s << QStringList{u"[0]"_s, u"[10]"_s};
        QTest::newRow("shelly colon") << u"switch:0.apower"_s << QStringList{u"switch:0"_s, u"apower"_s};
        QTest::newRow("quoted key") << u"[\"a.b c\"].x"_s << QStringList{u"a.b c"_s, u"x"_s};
        QTest::newRow("quoted escapes")
            << u"[\"say \\\"hi\\\" \\\\ \"]"_s << QStringList{u"say \"hi\" \\ "_s};
        QTest::newRow("quoted empty key") << u"[\"\"]"_s << QStringList{QString()};
        QTest::newRow("digit key") << u"a.0"_s << QStringList{u"a"_s, u"0"_s};
        QTest::newRow("unicode key") << u"Zähler.Leistung"_s << QStringList{u"Zähler"_s, u"Leistung"_s};
        QTest::newRow("largest index") << u"[999999]"_s << QStringList{u"[999999]"_s};
    }
    void parsesSteps()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, steps);
        QString error;
        const std::optional<JsonPath> parsed = JsonPath::parse(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QStringList seen;
        for (const JsonPath::Step &step : parsed->steps())
            seen << (step.isIndex() ? u"[%1]"_s.arg(step.index) : step.key);
        QCOMPARE(seen, steps);
        QCOMPARE(parsed->isEmpty(), steps.isEmpty());
        // The canonical spelling reads back as the same path.
        const std::optional<JsonPath> again = JsonPath::parse(parsed->toString(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, *parsed);
    }

    void refusesWithPosition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("words");
        QTest::newRow("leading dot") << u".a"_s << 1 << u"expected a key or '['"_s;
        QTest::newRow("trailing dot") << u"ENERGY."_s << 8 << u"expected a key after '.' at the end"_s;
        QTest::newRow("double dot") << u"a..b"_s << 3 << u"expected a key after '.'"_s;
        QTest::newRow("space in key") << u"a b"_s << 2 << u"expected '.' or '['"_s;
        QTest::newRow("unclosed bracket") << u"a[2"_s << 4 << u"expected ']' at the end"_s;
        QTest::newRow("empty bracket") << u"a[]"_s << 3 << u"expected an index or a quoted key"_s;
        QTest::newRow("negative index") << u"a[-1]"_s << 3 << u"expected an index or a quoted key"_s;
        QTest::newRow("leading zero") << u"a[01]"_s << 3 << u"no leading zeros"_s;
        QTest::newRow("huge index") << u"a[1000000]"_s << 3 << u"at most 999999"_s;
        QTest::newRow("letters in index") << u"a[1x]"_s << 4 << u"expected ']' but found 'x'"_s;
        QTest::newRow("single quotes") << u"['a']"_s << 2 << u"expected an index or a quoted key"_s;
        QTest::newRow("unclosed quote") << u"[\"abc"_s << 6 << u"no closing"_s;
        QTest::newRow("bad escape") << u"[\"a\\n\"]"_s << 5 << u"only \\\" and \\\\"_s;
        QTest::newRow("quote without bracket") << u"[\"a\""_s << 5 << u"expected ']' at the end"_s;
        QTest::newRow("stray bracket") << u"a]"_s << 2 << u"expected '.' or '['"_s;
        QTest::newRow("control in quoted key") << u"[\"a\tb\"]"_s << 4 << u"control character"_s;
        QTest::newRow("too long") << QString(300, u'a') << 257 << u"at most 256 characters"_s;
        QString deep = u"a"_s;
        for (int i = 0; i < 32; ++i)
            deep += u".a"_s;
        QTest::newRow("too many steps") << deep << 64 << u"more than 32 steps"_s;
    }
    void refusesWithPosition()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, words);
        QString error;
        QVERIFY(!JsonPath::parse(text, &error));
        QVERIFY2(error.startsWith(u"position %1: "_s.arg(position)), qPrintable(error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void findsValues()
    {
        const QJsonValue tasmota =
            json(R"({"Time":"2025-06-01T12:00:00","ENERGY":{"Total":12.5,"Power":230}})");
        QString error;
        QCOMPARE(path(u"ENERGY.Power"_s).find(tasmota, &error), QJsonValue(230));
        QCOMPARE(path(u"ENERGY[\"Total\"]"_s).find(tasmota, &error), QJsonValue(12.5));
        const QJsonValue nested = json(R"({"data":{"values":[{"p":1},{"p":2},{"p":3.5}]}})");
        QCOMPARE(path(u"data.values[2].p"_s).find(nested, &error), QJsonValue(3.5));
        const QJsonValue array = json(R"([[1,2],[3,4]])");
        QCOMPARE(path(u"[1][0]"_s).find(array, &error), QJsonValue(3));
        // The empty path finds the document itself.
        QCOMPARE(path(QString()).find(nested, &error), nested);
    }

    void findNamesTheFailingStep_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing key") << u"ENERGY.Current"_s << u"no key \"Current\" in ENERGY"_s;
        QTest::newRow("missing at root") << u"Power"_s << u"no key \"Power\" in the payload"_s;
        QTest::newRow("index past end") << u"list[3]"_s << u"list has 3 elements, no [3]"_s;
        QTest::newRow("key into array")
            << u"list.x"_s << u"list is an array, not an object, so it has no key \"x\""_s;
        QTest::newRow("index into object")
            << u"ENERGY[0]"_s << u"ENERGY is an object, not an array, so it has no [0]"_s;
        QTest::newRow("key into number")
            << u"ENERGY.Power.x"_s << u"ENERGY.Power is a number, not an object, so it has no key \"x\""_s;
        QTest::newRow("index at root")
            << u"[0]"_s << u"the payload is an object, not an array, so it has no [0]"_s;
    }
    void findNamesTheFailingStep()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const QJsonValue document = json(R"({"ENERGY":{"Power":230},"list":[1,2,3]})");
        QString error;
        QVERIFY(!path(text).find(document, &error));
        QCOMPARE(error, message);
    }
};

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"

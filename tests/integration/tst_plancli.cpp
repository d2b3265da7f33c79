// commonwatt-plan as a user runs it (../shared/docs/scheduling.md, "Command line"): a plan on standard output
// or in a file, the exit codes, error messages that name the field, and --check.
#include "../support/process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using commonwatt::testing::runProcess;

namespace {

const QString kBinary = QStringLiteral(COMMONWATT_PLAN_BINARY);
const QString kData = QStringLiteral(COMMONWATT_SCHEDULER_DATA);

QString example(const char *name)
{
    return kData + u'/' + QLatin1StringView(name) + u".json"_s;
}

QJsonObject readExampleObject(const char *name)
{
    QFile file(example(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString writeScenario(const QTemporaryDir &dir, const QString &name, const QByteArray &json)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestPlanCli : public QObject
{
    Q_OBJECT

private slots:
    void plansToStandardOutput();
    void writesThePlanFileAndChecksIt();
    void invalidScenariosExitTwoNamingTheField_data();
    void invalidScenariosExitTwoNamingTheField();
    void infeasibleExitsThreeWithAReason();
    void timeLimitExitsFourWithoutAPlan();
    void badArgumentsExitTwo();
};

void TestPlanCli::plansToStandardOutput()
{
    const auto result = runProcess(kBinary, {example("summer-pv-battery-ev")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(plan.value(u"format"_s).toString(), u"commonwatt-plan/1"_s);
    QCOMPARE(plan.value(u"scenario"_s).toString(), u"summer-pv-battery-ev"_s);
    QVERIFY(plan.value(u"status"_s).toString() == u"optimal"_s || plan.value(u"status"_s).toString() == u"feasible"_s);
    QCOMPARE(plan.value(u"site"_s).toObject().value(u"importKw"_s).toArray().size(), 96);
    QCOMPARE(plan.value(u"devices"_s).toObject().value(u"house-battery"_s).toObject().value(u"socKwh"_s).toArray().size(), 97);
    QVERIFY(plan.value(u"devices"_s).toObject().value(u"car"_s).toObject().contains(u"evShortfallKwh"_s));
    QCOMPARE_LE(std::abs(plan.value(u"objective"_s).toDouble() - -17.614156), 1e-6); // expected.json
}

void TestPlanCli::writesThePlanFileAndChecksIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(u"plan.json"_s);
    for (const char *solver : {"fast", "exact"}) {
        const auto planned = runProcess(kBinary, {example("dynamic-tariff-48h"), u"--out"_s, out, u"--solver"_s,
                                                  QString::fromLatin1(solver)});
        QCOMPARE(planned.exitCode, 0);
        QVERIFY(planned.out.isEmpty());
        QVERIFY(!QFile::exists(out + u".partial"_s));
        const auto checked = runProcess(kBinary, {example("dynamic-tariff-48h"), u"--check"_s, out});
        QCOMPARE(checked.exitCode, 0);
        QVERIFY2(checked.out.contains(u"every constraint holds"_s), qPrintable(checked.out));
    }

    // A tampered plan fails the check, naming the slot.
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject devices = plan.value(u"devices"_s).toObject();
    QJsonObject heater = devices.value(u"water-heater"_s).toObject();
    QJsonArray power = heater.value(u"powerKw"_s).toArray();
    power[10] = power[10].toDouble() + 1.0;
    heater.insert(u"powerKw"_s, power);
    devices.insert(u"water-heater"_s, heater);
    plan.insert(u"devices"_s, devices);
    const QString tampered = writeScenario(dir, u"tampered.json"_s, QJsonDocument(plan).toJson());
    const auto checked = runProcess(kBinary, {example("dynamic-tariff-48h"), u"--check"_s, tampered});
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.out.contains(u"water-heater"_s), qPrintable(checked.out));
}

void TestPlanCli::invalidScenariosExitTwoNamingTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QJsonObject base = readExampleObject("summer-pv-battery-ev");
    auto withDevice = [&](int index, const QString &key, const QJsonValue &value) {
        QJsonObject scenario = base;
        QJsonArray devices = scenario.value(u"devices"_s).toArray();
        QJsonObject device = devices[index].toObject();
        if (value.isUndefined())
            device.remove(key);
        else
            device.insert(key, value);
        devices[index] = device;
        scenario.insert(u"devices"_s, devices);
        return QJsonDocument(scenario).toJson();
    };
    QTest::addRow("departure before arrival") << withDevice(1, u"departureSlot"_s, -1) << u"devices[1].departureSlot"_s;
    QTest::addRow("negative capacity") << withDevice(0, u"capacityKwh"_s, -5.0) << u"devices[0].capacityKwh"_s;
    QTest::addRow("missing field") << withDevice(0, u"maxChargeKw"_s, QJsonValue::Undefined) << u"devices[0].maxChargeKw"_s;
    QTest::addRow("unknown field") << withDevice(2, u"colour"_s, u"blue"_s) << u"devices[2].colour"_s;

    QJsonObject shortArray = base;
    QJsonObject site = shortArray.value(u"site"_s).toObject();
    QJsonArray load = site.value(u"baseLoadKw"_s).toArray();
    load.removeLast();
    site.insert(u"baseLoadKw"_s, load);
    shortArray.insert(u"site"_s, site);
    QTest::addRow("wrong array length") << QJsonDocument(shortArray).toJson() << u"site.baseLoadKw"_s;

    QByteArray nan = QJsonDocument(base).toJson();
    const qsizetype at = nan.indexOf("\"importLimitKw\": ") + 17;
    nan.replace(at, nan.indexOf(',', at) - at, "NaN");
    QTest::addRow("NaN") << nan << u"line"_s;
    QTest::addRow("not JSON") << QByteArray("{\"format\": ") << u"line 1"_s;
}

void TestPlanCli::invalidScenariosExitTwoNamingTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QTemporaryDir dir;
    const QString path = writeScenario(dir, u"bad.json"_s, json);
    const QString out = dir.filePath(u"plan.json"_s);
    const auto result = runProcess(kBinary, {path, u"--out"_s, out});
    QCOMPARE(result.status, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(field), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(out)); // never a partial plan
}

void TestPlanCli::infeasibleExitsThreeWithAReason()
{
    QJsonObject scenario = readExampleObject("small-flat-no-pv");
    QJsonObject site = scenario.value(u"site"_s).toObject();
    site.insert(u"importLimitKw"_s, 0.1); // below the base load that must be served
    scenario.insert(u"site"_s, site);
    QTemporaryDir dir;
    const QString path = writeScenario(dir, u"tight.json"_s, QJsonDocument(scenario).toJson());
    const auto result = runProcess(kBinary, {path});
    QCOMPARE(result.exitCode, 3);
    const QJsonObject plan = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(plan.value(u"status"_s).toString(), u"infeasible"_s);
    QVERIFY(plan.value(u"reason"_s).toString().startsWith(u"site"_s));
    QVERIFY(!plan.contains(u"devices"_s));
}

void TestPlanCli::timeLimitExitsFourWithoutAPlan()
{
    // The exact solver cannot plan 48 hours of 5-minute slots with a car and appliances in a millisecond.
    QJsonObject scenario = readExampleObject("dynamic-tariff-48h");
    scenario.insert(u"slotMinutes"_s, 5);
    scenario.insert(u"slots"_s, 576);
    auto stretch = [](const QJsonArray &array) {
        QJsonArray out;
        for (const QJsonValue &value : array)
            for (int i = 0; i < 6; ++i)
                out.append(value);
        return out;
    };
    QJsonObject signalsObject = scenario.value(u"signals"_s).toObject();
    for (const QString &key : signalsObject.keys())
        signalsObject.insert(key, stretch(signalsObject.value(key).toArray()));
    scenario.insert(u"signals"_s, signalsObject);
    QJsonObject site = scenario.value(u"site"_s).toObject();
    for (const QString &key : {u"baseLoadKw"_s, u"pvKw"_s})
        site.insert(key, stretch(site.value(key).toArray()));
    scenario.insert(u"site"_s, site);
    QTemporaryDir dir;
    const QString path = writeScenario(dir, u"long.json"_s, QJsonDocument(scenario).toJson());
    const QString out = dir.filePath(u"plan.json"_s);
    const auto result = runProcess(kBinary, {path, u"--solver"_s, u"exact"_s, u"--time-limit-ms"_s, u"1"_s,
                                             u"--out"_s, out});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(!QFile::exists(out));
    QVERIFY(result.err.contains(u"time limit"_s));
}

void TestPlanCli::badArgumentsExitTwo()
{
    QCOMPARE(runProcess(kBinary, {}).exitCode, 2);
    const auto solver = runProcess(kBinary, {example("small-flat-no-pv"), u"--solver"_s, u"magic"_s});
    QCOMPARE(solver.exitCode, 2);
    QVERIFY(solver.err.contains(u"--solver"_s));
    const auto limit = runProcess(kBinary, {example("small-flat-no-pv"), u"--time-limit-ms"_s, u"soon"_s});
    QCOMPARE(limit.exitCode, 2);
    QVERIFY(limit.err.contains(u"--time-limit-ms"_s));
    const auto missing = runProcess(kBinary, {kData + u"/no-such-scenario.json"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"no-such-scenario.json"_s));
    const auto help = runProcess(kBinary, {u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"--time-limit-ms"_s));
}

QTEST_GUILESS_MAIN(TestPlanCli)
#include "tst_plancli.moc"

// commonwatt-credits as someone checking the rules from outside runs it: a hand-checked day asserted to the
// milli-credit, a generated week whose totals are the sum of its slots (R11), and refusals that exit 2,
// name the file, row and column, and print nothing on stdout.
#include "../support/process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kData = QStringLiteral(COMMONWATT_CREDITS_DATA);

using Result = commonwatt::testing::ProcessResult;

Result run(const QStringList &arguments)
{
    return commonwatt::testing::runProcess(QStringLiteral(COMMONWATT_CREDITS_BINARY), arguments);
}

QString data(const QString &name)
{
    return kData + u'/' + name;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject runJson(const QStringList &arguments)
{
    const Result r = run(arguments + QStringList{u"--json"_s});
    if (r.status != QProcess::NormalExit || r.exitCode != 0)
        qFatal("exit %d: %s", r.exitCode, qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// Every total is the sum of the slots' integers (R11).
void verifyTotalsAreSums(const QJsonObject &document)
{
    const QJsonArray slotArray = document[u"slots"_s].toArray();
    const QJsonObject totals = document[u"totals"_s].toObject();
    for (const QString &key : {u"takingMcr"_s, u"givingMcr"_s, u"feeMcr"_s, u"fossilMcr"_s, u"eventPartMcr"_s,
                               u"netMcr"_s, u"loadWh"_s}) {
        qint64 sum = 0;
        for (const QJsonValue &slot : slotArray)
            sum += slot[key].toInteger();
        QCOMPARE(totals[key].toInteger(), sum);
    }
    qint64 pending = 0;
    for (const QJsonValue &slot : slotArray)
        pending += slot[u"hopsPending"_s].toBool() ? 1 : 0;
    QCOMPARE(totals[u"pendingSlots"_s].toInteger(), pending);
    QCOMPARE(totals[u"slots"_s].toInteger(), slotArray.size());
    QCOMPARE(totals[u"netMcr"_s].toInteger(), totals[u"givingMcr"_s].toInteger() -
                                                  totals[u"takingMcr"_s].toInteger() -
                                                  totals[u"fossilMcr"_s].toInteger());
}

} // namespace

class TestCreditsCli : public QObject
{
    Q_OBJECT
private slots:
    // tests/data/credits/day-*.csv, defaults (ref 400, kappa 0.25, gamma 0.5, fee_0 1%), no hop split:
    //   w = (1 + 0.5 s) * (0.25 + 0.75 * min(g, 800) / 400)
    //   00:00 g 400 s 0:    w 1        1000 Wh in -> taking 1000
    //   00:15 g 200 s -0.5: w 0.46875   800 Wh in -> 375
    //   00:30 g 100 s 0:    w 0.4375    600 Wh in -> 262.5 -> 262 (half to even)
    //   10:00 g 300 s -0.2: w 0.73125  export 1000 of PV 1500 -> giving 723.9375 -> 724, fee 7.3125 -> 7
    //   10:15 g 400 s 0:    w 1        export 500, PV 200 (battery 300): only 200 eligible -> 198, fee 2
    //   17:00 g 400 s 0.1 LEVEL 2: s -> 0.75, w 1.375, 100 Wh -> 137.5 -> 138; at s 0.1: 105; event part 33
    //   17:15 fossil 300 Wh at tau * 1.75 = 1.75 -> 525
    //   17:30 g 400 s 1:    w 1.5       400 Wh in -> 600
    //   taking 2375, giving 922, fee 9, fossil 525, net 922 - 2375 - 525 = -1978 mcr.
    // Clean share: m = r for grid-only slots, 1 for PV (and the battery charged from PV at 1), 0 for fossil;
    //   loads 1000, 800, 600, 200, 0, 100, 300, 400 (the energy balance):
    //   (500 + 640 + 540 + 200 + 0 + 30 + 0 + 80) / 3400 = 0.5852941 -> 585294 millionths.
    void handCheckedDay()
    {
        const QJsonObject doc = runJson(
            {u"--readings"_s, data(u"day-readings.csv"_s), u"--signals"_s, data(u"day-signals.csv"_s)});
        QCOMPARE(doc[u"format"_s].toString(), u"commonwatt-credits/1"_s);
        QCOMPARE(doc[u"timeZone"_s].toString(), u"UTC"_s);
        QVERIFY(doc[u"loadDerived"_s].toBool());
        const QJsonArray slotArray = doc[u"slots"_s].toArray();
        QCOMPARE(slotArray.size(), 8);
        const QList<qint64> taking{1000, 375, 262, 0, 0, 138, 0, 600};
        const QList<qint64> giving{0, 0, 0, 724, 198, 0, 0, 0};
        const QList<qint64> fee{0, 0, 0, 7, 2, 0, 0, 0};
        const QList<qint64> weight{1000000, 468750, 437500, 731250, 1000000, 1375000, 1187500, 1500000};
        const QList<qint64> clean{500000, 800000, 900000, 1000000, 1000000, 300000, 0, 200000};
        for (qsizetype i = 0; i < slotArray.size(); ++i) {
            const QJsonObject s = slotArray[i].toObject();
            QCOMPARE(s[u"takingMcr"_s].toInteger(), taking[i]);
            QCOMPARE(s[u"givingMcr"_s].toInteger(), giving[i]);
            QCOMPARE(s[u"feeMcr"_s].toInteger(), fee[i]);
            QCOMPARE(s[u"wMillionths"_s].toInteger(), weight[i]);
            QCOMPARE(s[u"cleanMeanMillionths"_s].toInteger(), clean[i]);
            QVERIFY(s[u"hopsPending"_s].toBool());
        }
        QCOMPARE(slotArray[4][u"givingEligibleWh"_s].toInteger(), 200);
        QCOMPARE(slotArray[5][u"effectiveSThousandths"_s].toInteger(), 750);
        QCOMPARE(slotArray[5][u"eventPartMcr"_s].toInteger(), 33);
        QCOMPARE(slotArray[6][u"fossilMcr"_s].toInteger(), 525);
        const QJsonObject totals = doc[u"totals"_s].toObject();
        QCOMPARE(totals[u"takingMcr"_s].toInteger(), 2375);
        QCOMPARE(totals[u"givingMcr"_s].toInteger(), 922);
        QCOMPARE(totals[u"feeMcr"_s].toInteger(), 9);
        QCOMPARE(totals[u"fossilMcr"_s].toInteger(), 525);
        QCOMPARE(totals[u"eventPartMcr"_s].toInteger(), 33);
        QCOMPARE(totals[u"netMcr"_s].toInteger(), -1978);
        QCOMPARE(totals[u"slots"_s].toInteger(), 8);
        QCOMPARE(totals[u"pendingSlots"_s].toInteger(), 8);
        QCOMPARE(totals[u"loadWh"_s].toInteger(), 3400);
        QCOMPARE(totals[u"cleanShareMillionths"_s].toInteger(), 585294);
        verifyTotalsAreSums(doc);
    }

    void handCheckedDayAsTable()
    {
        const Result r =
            run({u"--readings"_s, data(u"day-readings.csv"_s), u"--signals"_s, data(u"day-signals.csv"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        for (const QString &expected : {u"2024-06-01T17:00:00Z"_s, u"0.262"_s, u"-1.978 cr"_s, u"2.375 cr"_s,
                                        u"0.585294"_s, u"derived from the energy balance"_s})
            QVERIFY2(r.out.contains(expected), qPrintable(expected + u" not in\n"_s + r.out));
    }

    // tests/data/credits/week-*.csv from generate-week.py: 672 slots with a validated hop split.
    void generatedWeek()
    {
        const QJsonObject doc =
            runJson({u"--readings"_s, data(u"week-readings.csv"_s), u"--signals"_s,
                     data(u"week-signals.csv"_s), u"--config"_s, data(u"community.json"_s)});
        QCOMPARE(doc[u"timeZone"_s].toString(), u"Europe/Berlin"_s);
        QCOMPARE(doc[u"totals"_s][u"slots"_s].toInteger(), 672);
        QCOMPARE(doc[u"totals"_s][u"pendingSlots"_s].toInteger(), 0);
        QVERIFY(doc[u"totals"_s][u"givingMcr"_s].toInteger() > 0);
        QVERIFY(doc[u"totals"_s][u"fossilMcr"_s].toInteger() > 0);
        verifyTotalsAreSums(doc);
    }

    void badValueNamesRowAndColumn()
    {
        QTemporaryDir dir;
        QFile day(data(u"day-readings.csv"_s));
        QVERIFY(day.open(QIODevice::ReadOnly));
        QByteArray text = day.readAll();
        text.replace("2024-06-01T00:30:00Z,600,", "2024-06-01T00:30:00Z,6e2,");
        const QString readings = write(dir, u"readings.csv"_s, text);
        const Result r =
            run({u"--readings"_s, readings, u"--signals"_s, data(u"day-signals.csv"_s), u"--json"_s});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(readings + u": row 4, column import_wh: \"6e2\" is not an integer"_s),
                 qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"readings.csv"_s}); // nothing written
    }

    void inputErrorsExitTwo_data()
    {
        QTest::addColumn<QByteArray>("signalsText");
        QTest::addColumn<QByteArray>("configText");
        QTest::addColumn<QString>("expected");
        const QByteArray goodSignals = "slot_start,g,s\n2024-06-01T00:00:00Z,400,0\n";
        QTest::newRow("no signals row") << QByteArray("slot_start,g,s\n2024-06-01T00:15:00Z,400,0\n")
                                        << QByteArray() << u"row 2, column slot_start"_s;
        QTest::newRow("s out of range") << QByteArray("slot_start,g,s\n2024-06-01T00:00:00Z,400,2\n")
                                        << QByteArray() << u"row 2, column s: must be -1 to 1"_s;
        QTest::newRow("config field") << goodSignals << QByteArray(R"({"timeZone": "UTC", "kappa": 1.5})")
                                      << u"\"kappa\" must be a number from 0 to 1, not 1.5"_s;
        QTest::newRow("config not json") << goodSignals << QByteArray("{timeZone") << u"not JSON"_s;
    }

    void inputErrorsExitTwo()
    {
        QFETCH(QByteArray, signalsText);
        QFETCH(QByteArray, configText);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QStringList arguments{
            u"--readings"_s,
            write(dir, u"r.csv"_s, "slot_start,import_wh,export_wh,pv_wh\n2024-06-01T00:00:00Z,1,0,0\n"),
            u"--signals"_s, write(dir, u"s.csv"_s, signalsText)};
        if (!configText.isEmpty())
            arguments << u"--config"_s << write(dir, u"c.json"_s, configText);
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void missingFileExitsTwo()
    {
        const Result r = run(
            {u"--readings"_s, u"/nonexistent/readings.csv"_s, u"--signals"_s, data(u"day-signals.csv"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"/nonexistent/readings.csv: cannot read the file"_s), qPrintable(r.err));
    }

    void usage()
    {
        const Result help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"--readings <file>"_s));
        const Result version = run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(u"commonwatt-credits "_s), qPrintable(version.out));
        for (const QStringList &bad : {QStringList{u"--bogus"_s}, QStringList{u"--readings"_s, u"x.csv"_s},
                                       QStringList{u"--readings"_s}, QStringList{u"stray"_s}}) {
            const Result r = run(bad);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty());
            QVERIFY(r.err.contains(u"--help"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestCreditsCli)
#include "tst_creditscli.moc"

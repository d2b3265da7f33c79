// The plugin catalog: plugin files are checked from their metadata before anything in them runs, and every
// file that is not a usable plugin is refused with a message naming it.
#include "pluginhost/plugincatalog.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commonwatt;
using namespace commonwatt::pluginhost;

namespace {

const QString kPlugins = QStringLiteral(COMMONWATT_TEST_PLUGIN_DIR);

QString refusalFor(const PluginCatalog &catalog, const QString &fileNamePart)
{
    for (const RefusedPlugin &refused : catalog.refused()) {
        if (refused.path.contains(fileNamePart))
            return refused.reason;
    }
    return {};
}

} // namespace

class TestPluginCatalog : public QObject
{
    Q_OBJECT

private slots:
    void loadsAPluginOfThisApi()
    {
        PluginCatalog catalog;
        catalog.load({kPlugins});
        const PluginEntry *entry = catalog.find(u"misbehaving"_s);
        QVERIFY(entry);
        QVERIFY(entry->plugin);
        QCOMPARE(entry->apiVersion, u"2.0"_s);
        QVERIFY(entry->path.contains(u"misbehaving"_s));
        QVERIFY(!entry->clockThread);
        QCOMPARE(entry->plugin->pluginId(), u"misbehaving"_s);
    }

    void refusesAnotherApiVersionFromItsMetadata()
    {
        PluginCatalog catalog;
        catalog.load({kPlugins});
        QVERIFY(!catalog.find(u"old-api"_s));
        const QString reason = refusalFor(catalog, u"oldapi"_s);
        QVERIFY2(reason.contains(u"plugin API 1.0"_s) && reason.contains(u"oldapi"_s), qPrintable(reason));
    }

    void refusesALibraryThatIsNotAPlugin()
    {
        PluginCatalog catalog;
        catalog.load({kPlugins});
        const QString reason = refusalFor(catalog, u"notaplugin"_s);
        QVERIFY2(reason.contains(u"not a Commonwatt plugin"_s), qPrintable(reason));
    }

    void refusesADamagedFileAndLoadsTheRest()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::copy(kPlugins + u"/libcommonwatt_test_misbehaving.so"_s,
                            dir.filePath(u"libcommonwatt_test_misbehaving.so"_s)));
        QFile corrupt(dir.filePath(u"libcorrupt.so"_s));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        QByteArray junk("\x7f" "ELF");
        junk += QByteArray(4096, '\xa5');
        corrupt.write(junk);
        corrupt.close();
        QFile truncated(dir.filePath(u"libtruncated.so"_s));
        QFile original(kPlugins + u"/libcommonwatt_test_misbehaving.so"_s);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(original.read(original.size() / 3));
        truncated.close();

        PluginCatalog catalog;
        catalog.load({dir.path()});
        QVERIFY(catalog.find(u"misbehaving"_s));
        QVERIFY2(refusalFor(catalog, u"libcorrupt.so"_s).contains(u"damaged"_s),
                 qPrintable(refusalFor(catalog, u"libcorrupt.so"_s)));
        QVERIFY(!refusalFor(catalog, u"libtruncated.so"_s).isEmpty());
    }

    void theFirstOfTwoWithOneIdWins()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        QVERIFY(QFile::copy(kPlugins + u"/libcommonwatt_test_misbehaving.so"_s,
                            first.filePath(u"libmisbehaving.so"_s)));
        QVERIFY(QFile::copy(kPlugins + u"/libcommonwatt_test_misbehaving.so"_s,
                            second.filePath(u"libmisbehaving-copy.so"_s)));
        PluginCatalog catalog;
        catalog.load({first.path(), second.path()});
        QVERIFY(catalog.find(u"misbehaving"_s)->path.startsWith(first.path()));
        QVERIFY(refusalFor(catalog, u"misbehaving-copy"_s).contains(u"already loaded"_s));
    }

    void metadataChecks_data()
    {
        QTest::addColumn<QJsonObject>("metaData");
        QTest::addColumn<QString>("problem"); // empty: accepted
        const auto meta = [](QString iid, QJsonObject own) {
            return QJsonObject{{u"IID"_s, iid}, {u"MetaData"_s, own}};
        };
        const QString iid = QStringLiteral(CommonwattDevicePlugin_iid);
        QTest::newRow("good") << meta(iid, {{u"id"_s, u"tasmota"_s}, {u"apiVersion"_s, u"2.0"_s}}) << QString();
        QTest::newRow("minor newer") << meta(u"org.commonwatt.DevicePlugin/2.3"_s,
                                              {{u"id"_s, u"x"_s}, {u"apiVersion"_s, u"2.3"_s}})
                                     << QString();
        QTest::newRow("other interface") << meta(u"org.qt-project.Qt.QPA"_s, {}) << u"not a Commonwatt"_s;
        QTest::newRow("no interface") << QJsonObject{} << u"no plugin interface"_s;
        QTest::newRow("major newer") << meta(u"org.commonwatt.DevicePlugin/3.0"_s,
                                              {{u"id"_s, u"x"_s}, {u"apiVersion"_s, u"3.0"_s}})
                                     << u"plugin API 3.0"_s;
        QTest::newRow("iid and version disagree")
            << meta(u"org.commonwatt.DevicePlugin/1.0"_s, {{u"id"_s, u"x"_s}, {u"apiVersion"_s, u"2.0"_s}})
            << u"plugin API"_s;
        QTest::newRow("no version") << meta(iid, {{u"id"_s, u"x"_s}}) << u"apiVersion"_s;
        QTest::newRow("bad id") << meta(iid, {{u"id"_s, u"Has Spaces"_s}, {u"apiVersion"_s, u"2.0"_s}})
                                << u"\"id\""_s;
        QTest::newRow("bad thread")
            << meta(iid, {{u"id"_s, u"x"_s}, {u"apiVersion"_s, u"2.0"_s}, {u"thread"_s, u"ui"_s}})
            << u"\"thread\""_s;
    }

    void metadataChecks()
    {
        QFETCH(QJsonObject, metaData);
        QFETCH(QString, problem);
        PluginEntry entry;
        const QString found = PluginCatalog::checkMetaData(metaData, &entry);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }
};

QTEST_GUILESS_MAIN(TestPluginCatalog)
#include "tst_plugincatalog.moc"

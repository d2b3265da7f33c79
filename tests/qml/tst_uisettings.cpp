// The Settings page's choices: kept in the configuration across restarts, refused when unknown, and the
// automatic theme following the household's clock.
#include "config/configstore.h"
#include "domain/clock.h"
#include "uisettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace commonwatt;
using namespace Qt::StringLiterals;

class TestUiSettings : public QObject
{
    Q_OBJECT
private slots:
    void choicesAreKeptAcrossARestart()
    {
        QTemporaryDir dir;
        SimulatedClock clock(QDateTime(QDate(2026, 6, 20), QTime(12, 0), QTimeZone::systemTimeZone())
                                 .toMSecsSinceEpoch());
        {
            config::ConfigStore store(clock);
            QVERIFY(store.open(dir.path()));
            app::UiSettings settings(&store, clock, dir.path());
            settings.load();
            QCOMPARE(settings.language(), QString());
            QCOMPARE(settings.theme(), u"auto"_s);
            QCOMPARE(settings.powerUnit(), u"kW"_s);
            QVERIFY(settings.setLanguage(u"nl"_s));
            QVERIFY(settings.setTheme(u"night"_s));
            QVERIFY(settings.setPowerUnit(u"W"_s));
            QCOMPARE(QLocale().language(), QLocale::Dutch);
            QCOMPARE(QCoreApplication::translate("NavTabs", "Home"), u"Overzicht"_s);
        }
        config::ConfigStore store(clock);
        QVERIFY(store.open(dir.path()));
        app::UiSettings settings(&store, clock, dir.path());
        settings.load();
        QCOMPARE(settings.language(), u"nl"_s);
        QCOMPARE(settings.theme(), u"night"_s);
        QVERIFY(settings.night());
        QCOMPARE(settings.powerUnit(), u"W"_s);
        QCOMPARE(QCoreApplication::translate("NavTabs", "Home"), u"Overzicht"_s);

        // Strings of the backend and the plugins too, looked up under the context lupdate filed them in.
        QVERIFY(settings.setLanguage(u"de"_s));
        QVERIFY(QCoreApplication::translate("PinLock", "A PIN holds digits (0 to 9) only.") !=
                u"A PIN holds digits (0 to 9) only."_s);
        QVERIFY(QCoreApplication::translate("Config", "must be text") != u"must be text"_s);

        // Back to the system's language: English here, with no translator left behind.
        QVERIFY(settings.setLanguage(QString()));
        QCOMPARE(QCoreApplication::translate("NavTabs", "Home"), u"Home"_s);
        QCOMPARE(store.siteSetting(u"ui_language"_s).isUndefined(), true);
    }

    void unknownChoicesAreRefusedAndChangeNothing()
    {
        QTemporaryDir dir;
        SimulatedClock clock(0);
        config::ConfigStore store(clock);
        QVERIFY(store.open(dir.path()));
        app::UiSettings settings(&store, clock, dir.path());
        settings.load();
        QSignalSpy errors(&settings, &app::UiSettings::errorChanged);
        QVERIFY(!settings.setTheme(u"sepia"_s));
        QVERIFY(settings.error().contains(u"sepia"_s));
        QVERIFY(!settings.setLanguage(u"xx"_s));
        QVERIFY(settings.error().contains(u"xx"_s));
        QVERIFY(!settings.setPowerUnit(u"MW"_s));
        QCOMPARE(settings.theme(), u"auto"_s);
        QCOMPARE(settings.powerUnit(), u"kW"_s);
        QVERIFY(store.siteSettings().isEmpty());
        QVERIFY(settings.setTheme(u"day"_s));
        QVERIFY(settings.error().isEmpty()); // a good choice clears the last error
        QVERIFY(errors.count() >= 2);

        // A hand-edited configuration with an unknown value falls back to the default.
        QVERIFY(store.putSiteSetting(u"ui_theme"_s, u"purple"_s));
        app::UiSettings again(&store, clock, dir.path());
        again.load();
        QCOMPARE(again.theme(), u"auto"_s);
    }

    void automaticThemeFollowsTheClock()
    {
        const QTimeZone zone = QTimeZone::systemTimeZone();
        SimulatedClock clock(QDateTime(QDate(2026, 1, 10), QTime(19, 59), zone).toMSecsSinceEpoch());
        app::UiSettings settings(nullptr, clock, {});
        settings.load();
        QVERIFY(!settings.night());
        QSignalSpy nightChanged(&settings, &app::UiSettings::nightChanged);
        clock.advanceBy(60'000); // 20:00
        QVERIFY(settings.night());
        clock.advanceTo(QDateTime(QDate(2026, 1, 11), QTime(7, 0), zone).toMSecsSinceEpoch());
        QVERIFY(!settings.night());
        QCOMPARE(nightChanged.count(), 2);
        QVERIFY(settings.setTheme(u"night"_s));
        QVERIFY(settings.night()); // by day, on request
    }
};

QTEST_GUILESS_MAIN(TestUiSettings)
#include "tst_uisettings.moc"

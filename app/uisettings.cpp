#include "uisettings.h"

#include "config/configstore.h"
#include "domain/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

Q_LOGGING_CATEGORY(lcUiSettings, "commonwatt.ui.settings")

namespace {
const QString kLanguageKey = u"ui_language"_s;
const QString kThemeKey = u"ui_theme"_s;
const QString kPowerUnitKey = u"ui_power_unit"_s;
const QStringList kThemes = {u"auto"_s, u"day"_s, u"night"_s};
const QStringList kPowerUnits = {u"kW"_s, u"W"_s};

// The automatic theme's day, in local hours: [7, 20).
constexpr int kDayStartsHour = 7;
constexpr int kNightStartsHour = 20;

QString translationFile(const QString &code)
{
    return u":/i18n/commonwatt_"_s + code + u".qm"_s;
}

// English is the source language and needs no file; the others are offered when their translation is built in.
bool isShipped(const QString &code)
{
    return code == u"en"_s || (UiSettings::kLanguages.contains(code) && QFile::exists(translationFile(code)));
}

// The shipped language the system asks for, else English.
QString systemLanguage()
{
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &tag : wanted) {
        const QString code = tag.section(u'-', 0, 0).toLower();
        if (isShipped(code))
            return code;
    }
    return u"en"_s;
}
} // namespace

UiSettings::UiSettings(config::ConfigStore *config, const Clock &clock, QString dataFolder, QObject *parent)
    : QObject(parent), m_config(config), m_clock(clock), m_dataFolder(std::move(dataFolder))
{
    connect(&m_clock, &Clock::ticked, this, &UiSettings::updateNight);
    updateNight();
}

UiSettings::~UiSettings()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

void UiSettings::load()
{
    if (m_config) {
        const QString language = m_config->siteSetting(kLanguageKey).toString();
        if (language.isEmpty() || isShipped(language))
            m_language = language;
        else
            qCWarning(lcUiSettings).noquote() << "the stored language" << language << "is not shipped; using the system's";
        const QString theme = m_config->siteSetting(kThemeKey).toString();
        if (kThemes.contains(theme))
            m_theme = theme;
        const QString unit = m_config->siteSetting(kPowerUnitKey).toString();
        if (kPowerUnits.contains(unit))
            m_powerUnit = unit;
    }
    applyLanguage();
    updateNight();
    emit themeChanged();
    emit unitsChanged();
}

void UiSettings::attach(QQmlEngine *engine)
{
    m_engine = engine;
}

QString UiSettings::localeName() const
{
    return QLocale().name();
}

QVariantList UiSettings::languages() const
{
    // Each language by its own name, as a speaker looks for it.
    static const QHash<QString, QString> names = {{u"en"_s, u"English"_s},  {u"de"_s, u"Deutsch"_s},
                                                  {u"fr"_s, u"Français"_s}, {u"es"_s, u"Español"_s},
                                                  {u"nl"_s, u"Nederlands"_s}};
    QVariantList list;
    //: The language choice that follows the operating system's; %1 is the language that gives
    const QString system = tr("System (%1)").arg(names.value(systemLanguage()));
    list.append(QVariantMap{{u"code"_s, QString()}, {u"name"_s, system}});
    for (const QString &code : kLanguages) {
        if (isShipped(code))
            list.append(QVariantMap{{u"code"_s, code}, {u"name"_s, names.value(code)}});
    }
    return list;
}

QString UiSettings::version() const
{
    return QStringLiteral(COMMONWATT_VERSION);
}

QString UiSettings::qtVersion() const
{
    return QString::fromLatin1(qVersion());
}

bool UiSettings::setLanguage(const QString &code)
{
    if (!code.isEmpty() && !isShipped(code)) {
        //: %1 is a language code such as "pt"
        setError(tr("There is no translation for \"%1\".").arg(code));
        return false;
    }
    if (!keep(kLanguageKey, code))
        return false;
    m_language = code;
    applyLanguage();
    return true;
}

bool UiSettings::setTheme(const QString &theme)
{
    if (!kThemes.contains(theme)) {
        setError(tr("Unknown theme \"%1\": choose auto, day or night.").arg(theme));
        return false;
    }
    if (!keep(kThemeKey, theme))
        return false;
    if (m_theme != theme) {
        m_theme = theme;
        emit themeChanged();
        updateNight();
    }
    return true;
}

bool UiSettings::setPowerUnit(const QString &unit)
{
    if (!kPowerUnits.contains(unit)) {
        setError(tr("Unknown unit \"%1\": choose kW or W.").arg(unit));
        return false;
    }
    if (!keep(kPowerUnitKey, unit))
        return false;
    if (m_powerUnit != unit) {
        m_powerUnit = unit;
        emit unitsChanged();
    }
    return true;
}

bool UiSettings::keep(const QString &key, const QString &value)
{
    if (m_config) {
        const bool kept = value.isEmpty() ? m_config->removeSiteSetting(key) : m_config->putSiteSetting(key, value);
        if (!kept) {
            //: %1 is the reason given by the configuration database
            setError(tr("The setting could not be saved: %1").arg(m_config->errorString()));
            return false;
        }
    }
    setError({});
    return true;
}

void UiSettings::applyLanguage()
{
    const QString code = m_language.isEmpty() ? systemLanguage() : m_language;
    for (auto *translator : {&m_translator, &m_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
    // Numbers and dates: the system's own locale when following the system or when it speaks the chosen
    // language (de_AT stays Austrian), else the language's main country. At start-up with the system's
    // language the default locale is left as the process has it.
    const QLocale locale = m_language.isEmpty() || QLocale::system().language() == QLocale(code).language()
                               ? QLocale::system()
                               : QLocale(code);
    if (!m_language.isEmpty() || m_languageApplied)
        QLocale::setDefault(locale);
    m_languageApplied = true;
    if (code != u"en"_s) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(translationFile(code)) && QCoreApplication::installTranslator(translator.get()))
            m_translator = std::move(translator);
        else
            qCWarning(lcUiSettings).noquote() << "the translation" << translationFile(code) << "did not load";
        // Qt's own strings (the virtual keyboard, dialogs), where the system has them.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
            QCoreApplication::installTranslator(qt.get()))
            m_qtTranslator = std::move(qt);
    }
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

void UiSettings::updateNight()
{
    bool night = m_theme == u"night"_s;
    if (m_theme == u"auto"_s) {
        const int hour = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::systemTimeZone()).time().hour();
        night = hour < kDayStartsHour || hour >= kNightStartsHour;
    }
    if (night != m_night) {
        m_night = night;
        emit nightChanged();
    }
}

void UiSettings::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace commonwatt::app

// The Settings page's choices: language, theme and units, kept in the configuration's site settings so that
// the wall panel comes back as it was left. Switching the language loads its compiled translation, sets the
// default locale (numbers, dates) and re-translates the running QML engine.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTranslator>
#include <QVariantList>

#include <memory>

class QQmlEngine;

namespace commonwatt {
class Clock;
namespace config {
class ConfigStore;
}
} // namespace commonwatt

namespace commonwatt::app {

class UiSettings : public QObject
{
    Q_OBJECT
    // "" follows the system; otherwise one of the shipped languages' codes ("en", "de", "fr", "es", "nl").
    Q_PROPERTY(QString language READ language NOTIFY languageChanged FINAL)
    // The locale numbers and dates are written in (e.g. "de_DE"): the language's, or the system's.
    Q_PROPERTY(QString localeName READ localeName NOTIFY languageChanged FINAL)
    // [{code, name}] with each language's name in that language, the system choice first.
    Q_PROPERTY(QVariantList languages READ languages NOTIFY languageChanged FINAL)
    // "auto" (day from 07:00 to 20:00 local time), "day" or "night".
    Q_PROPERTY(QString theme READ theme NOTIFY themeChanged FINAL)
    Q_PROPERTY(bool night READ night NOTIFY nightChanged FINAL)
    // "kW" or "W": how power is written. Energy follows (kWh or Wh).
    Q_PROPERTY(QString powerUnit READ powerUnit NOTIFY unitsChanged FINAL)
    Q_PROPERTY(QString version READ version CONSTANT FINAL)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT FINAL)
    Q_PROPERTY(QString dataFolder READ dataFolder CONSTANT FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)

public:
    inline static const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                                  QStringLiteral("es"), QStringLiteral("nl")};

    // config may be null (nothing is kept then); dataFolder is shown on the About card.
    UiSettings(config::ConfigStore *config, const Clock &clock, QString dataFolder, QObject *parent = nullptr);
    ~UiSettings() override;

    // The engine to re-translate on a language change. Applies the stored language.
    void attach(QQmlEngine *engine);
    // Loads the stored choices and applies the language (before the engine exists, so that the first frame
    // is already in it).
    void load();

    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QString localeName() const;
    [[nodiscard]] QVariantList languages() const;
    [[nodiscard]] QString theme() const { return m_theme; }
    [[nodiscard]] bool night() const { return m_night; }
    [[nodiscard]] QString powerUnit() const { return m_powerUnit; }
    [[nodiscard]] QString version() const;
    [[nodiscard]] QString qtVersion() const;
    [[nodiscard]] QString dataFolder() const { return m_dataFolder; }
    [[nodiscard]] QString error() const { return m_error; }

    // Each returns false (and sets error) for a value it does not know, or when it could not be kept.
    Q_INVOKABLE bool setLanguage(const QString &code);
    Q_INVOKABLE bool setTheme(const QString &theme);
    Q_INVOKABLE bool setPowerUnit(const QString &unit);

signals:
    void languageChanged();
    void themeChanged();
    void nightChanged();
    void unitsChanged();
    void errorChanged();

private:
    [[nodiscard]] bool keep(const QString &key, const QString &value);
    void applyLanguage();
    void updateNight();
    void setError(const QString &error);

    config::ConfigStore *m_config = nullptr;
    const Clock &m_clock;
    QString m_dataFolder;
    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language;
    QString m_theme = QStringLiteral("auto");
    bool m_night = false;
    QString m_powerUnit = QStringLiteral("kW");
    QString m_error;
    bool m_languageApplied = false; // once: later switches back to the system language reset the locale
};

} // namespace commonwatt::app

#include "gridfeedconfig.h"

#include "settingfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace commonwatt::gridfeed {

namespace {

// Empty when `filter` is a valid MQTT subscription filter (MQTT 3.1.1, section 4.7), else why not.
QString filterProblem(const QString &filter)
{
    if (filter.contains(QChar(0)))
        return QCoreApplication::translate("GridFeed", "a topic cannot contain a NUL character");
    if (filter.toUtf8().size() > 65535)
        return QCoreApplication::translate("GridFeed", "a topic is at most 65535 bytes long");
    const QStringList levels = filter.split(u'/');
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString &level = levels[i];
        if (level.contains(u'#') && (level != u"#" || i != levels.size() - 1))
            return QCoreApplication::translate("GridFeed",
                                               "# may only stand alone as the last level of a topic");
        if (level.contains(u'+') && level != u"+")
            return QCoreApplication::translate("GridFeed", "+ may only stand alone as a level of a topic");
    }
    return {};
}

} // namespace

QString defaultTopic(const QString &region)
{
    return u"commonwatt/community/signals/"_s + region;
}

SettingsSchema gridFeedSettingsSchema()
{
    using plugins::Field;
    return {Field::text(u"region"_s, QCoreApplication::translate("GridFeed", "Grid region"))
                .required()
                .help(QCoreApplication::translate(
                    "GridFeed",
                    "The distribution region whose signals this household follows, as the distributor's "
                    "membership entry names it.")),
            Field::text(u"topic"_s, QCoreApplication::translate("GridFeed", "Feed topic"))
                .defaultValue(QString())
                .help(QCoreApplication::translate(
                    "GridFeed",
                    "Empty: commonwatt/community/signals/<region>. + and # may be used; documents for "
                    "other regions are ignored.")),
            Field::integer(u"maxAgeMinutes"_s, QCoreApplication::translate("GridFeed", "Forecast usable for"),
                           15, 10080)
                .unit(u"min"_s)
                .defaultValue(1440)
                .help(QCoreApplication::translate(
                    "GridFeed",
                    "After this long without a newer document, the signals are shown as offline and no "
                    "longer used."))};
}

std::optional<GridFeedConfig> configFromSettings(const QJsonObject &stored, QString *error)
{
    const std::optional<QJsonObject> settings = validateSettings(gridFeedSettingsSchema(), stored, error);
    if (!settings)
        return std::nullopt;
    GridFeedConfig config;
    config.region = settings->value(u"region"_s).toString().trimmed();
    if (config.region.isEmpty()) {
        *error = u"region: %1"_s.arg(QCoreApplication::translate("GridFeed", "required"));
        return std::nullopt;
    }
    if (config.region.contains(u'/') || config.region.contains(u'+') || config.region.contains(u'#') ||
        config.region.contains(QChar(0))) {
        *error = u"region: %1"_s.arg(QCoreApplication::translate(
            "GridFeed", "a region cannot contain /, + or # (it is a level of the feed's topic)"));
        return std::nullopt;
    }
    config.topic = settings->value(u"topic"_s).toString().trimmed();
    if (config.topic.isEmpty())
        config.topic = defaultTopic(config.region);
    if (const QString problem = filterProblem(config.topic); !problem.isEmpty()) {
        *error = u"topic: %1"_s.arg(problem);
        return std::nullopt;
    }
    config.maxAgeMs = settings->value(u"maxAgeMinutes"_s).toInteger() * 60'000;
    return config;
}

} // namespace commonwatt::gridfeed

// The grid-signal plugin's settings: which feed to follow and how long its forecast stays usable.
#pragma once

#include <commonwatt/settingsschema.h>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace commonwatt::gridfeed {

struct GridFeedConfig
{
    QString
        topic; // a subscription filter; "commonwatt/community/signals/<region>" unless the installer set one
    QString region; // documents for other regions are ignored
    qint64 maxAgeMs = 24 * 3'600'000;
};

[[nodiscard]] SettingsSchema gridFeedSettingsSchema();
[[nodiscard]] QString defaultTopic(const QString &region);

// The configuration the settings describe, or nothing with *error naming the field at fault. Settings are
// checked against the schema first, so a caller may pass them as stored.
[[nodiscard]] std::optional<GridFeedConfig> configFromSettings(const QJsonObject &settings, QString *error);

} // namespace commonwatt::gridfeed

// The configuration as a JSON document, for backups and for moving an installation to new hardware:
//   {"format": "commonwatt-config", "version": 1, "site": {...}, "brokers": [...], "instances": [...]}
// See docs/configuration.md. Secrets leave only as the redaction marker.
#pragma once

#include "recordcheck.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>

#include <optional>

namespace commonwatt::config {

inline constexpr QLatin1StringView kDocumentFormat{"commonwatt-config"};
inline constexpr int kDocumentVersion = 1;

// What a store holds, or what an import is about to write.
struct ConfigContents
{
    QList<BrokerRow> brokers;
    QList<InstanceRow> instances;
    QJsonObject site;
};

[[nodiscard]] QJsonObject exportDocument(const ConfigContents &stored, const ConfigSchemas &schemas);

// Checks the whole document against the schemas and what is stored, and returns the records to write (every
// record in the document, checked, secrets resolved), or nothing with *error naming the JSON path at fault
// ("instances[2].settings.port: 70000 is above the maximum 65535").
[[nodiscard]] std::optional<ConfigContents> readDocument(const QJsonObject &document,
                                                         const ConfigContents &stored,
                                                         const ConfigSchemas &schemas, ImportMode mode,
                                                         qint64 nowMs, QString *error);

} // namespace commonwatt::config

// The one spelling of time in grid-signal documents: ISO 8601 in UTC, "2025-06-01T12:00:00Z", optionally with
// a fraction of a second ("...:00.250Z"); "+00:00" is read as "Z". Anything else (another offset, a date
// alone, a local time, epoch numbers) is refused, so that every household reads the same instant.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace commonwatt::gridfeed {

// Milliseconds since 1970-01-01T00:00Z, or nothing. Years 1970 to 9999; a fraction beyond milliseconds is
// cut off; leap seconds (":60") are refused.
[[nodiscard]] std::optional<qint64> parseUtcTime(QStringView text);
[[nodiscard]] QString formatUtcTime(qint64 ms);

} // namespace commonwatt::gridfeed

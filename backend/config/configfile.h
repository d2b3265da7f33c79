// Opening config.sqlite: refuse a file that is not ours or is too new (leaving it as it was), keep it private
// to the service's user (it holds passwords), back it up and migrate it.
#pragma once

#include "storage/sqlite.h"

#include <QLoggingCategory>
#include <QString>

namespace commonwatt::config {

Q_DECLARE_LOGGING_CATEGORY(lcConfig)

// PRAGMA application_id of the configuration database ("CmWc"): not the readings store's "CmWt", so that
// neither store mistakes the other's file for its own and migrates it.
inline constexpr qint64 kConfigApplicationId = 0x436d5763;
inline constexpr int kConfigSchemaVersion = 1;

struct OpenedFile
{
    storage::sqlite::Database db; // open, configured and migrated, or not open when error is set
    QString error;                // names the file or folder at fault
    int previousVersion = 0;      // 0 for a new file
};

[[nodiscard]] OpenedFile openConfigFile(const QString &path);

} // namespace commonwatt::config

// The schema, versioned by PRAGMA user_version, and the steps between versions.
#pragma once

#include "sqlite.h"

namespace commonwatt::storage::schema {

// PRAGMA application_id of every Commonwatt database ("CmWt"), so that another program's SQLite file is
// recognised as such instead of being migrated.
inline constexpr qint64 kApplicationId = 0x436d5774;

// How long a writer waits for a lock held by another connection (a backup tool, the sqlite3 shell) before
// the batch fails and is retried later.
inline constexpr int kBusyTimeoutMs = 2000;

// journal_mode=WAL: readers never block the writer. synchronous=NORMAL: a commit is in the WAL before it
// returns, so a killed process loses nothing committed; only a power cut can lose the last commits since the
// previous checkpoint, and never leaves a corrupt file.
void configureConnection(sqlite::Database &db);

// Brings the database from its user_version up to target, one version per transaction, so that a failure
// leaves it at the last complete version.
void migrate(sqlite::Database &db, int target);

} // namespace commonwatt::storage::schema

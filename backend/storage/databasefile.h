// Everything open() does before the worker takes over: decide whether a file may be used at all (without
// changing it), make sure its directory is writable, back it up and migrate it.
#pragma once

#include <QString>

namespace commonwatt::storage {

struct PrepareResult
{
    bool ok = false;
    QString error;           // names the file or directory at fault
    int previousVersion = 0; // 0 for a new database
};

// Leaves a file it refuses byte for byte as it was: it is only ever opened read-only until it has been
// recognised as a Commonwatt database no newer than targetVersion in a writable directory.
[[nodiscard]] PrepareResult prepareDatabase(const QString &path, int targetVersion);

} // namespace commonwatt::storage

// The household's data folder: created on first use, checked for writing, and locked so that two
// Commonwatt processes never share one database.
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace commonwatt::app {

class DataDirectory
{
public:
    // Resolves requested (empty: the platform's application data location), creates it, proves it can be
    // written and takes the instance lock. On failure, *error names the folder and the reason.
    [[nodiscard]] bool prepare(const QString &requested, QString *error);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString settingsPath() const;
    // The household's standing requests to the planner ("ready by 07:00").
    [[nodiscard]] QString planRequestsPath() const;
    // The household's replica of its community's ledger (docs/ledger-app.md).
    [[nodiscard]] QString ledgerPath() const;
    // Where a crash inside a plugin names the plugin instance for the next start.
    [[nodiscard]] QString crashMarkerPath() const;

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace commonwatt::app

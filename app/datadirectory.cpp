#include "datadirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

bool DataDirectory::prepare(const QString &requested, QString *error)
{
    QString dir = requested;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) {
        *error = QCoreApplication::translate(
            "DataDirectory", "No data folder is known for this user: give one with --data-dir.");
        return false;
    }
    m_path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());

    const QFileInfo info(m_path);
    if (info.exists() && !info.isDir()) {
        *error = QCoreApplication::translate("DataDirectory", "The data folder %1 is a file, not a folder.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!QDir().mkpath(m_path)) {
        *error = QCoreApplication::translate("DataDirectory", "Cannot create the data folder %1.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    // Permission bits do not tell the whole truth (read-only mounts, ACLs, root): try to write.
    {
        QTemporaryFile probe(m_path + u"/.write-test-XXXXXX"_s);
        if (!probe.open()) {
            *error = QCoreApplication::translate("DataDirectory", "Cannot write to the data folder %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), probe.errorString());
            return false;
        }
    }

    m_lock = std::make_unique<QLockFile>(m_path + u"/commonwatt.lock"_s);
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        if (m_lock->error() == QLockFile::LockFailedError) {
            *error = QCoreApplication::translate(
                         "DataDirectory", "The data folder %1 is in use by another Commonwatt (process %2).")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(pid);
        } else {
            *error = QCoreApplication::translate("DataDirectory", "Cannot lock the data folder %1.")
                         .arg(QDir::toNativeSeparators(m_path));
        }
        m_lock.reset();
        return false;
    }
    return true;
}

QString DataDirectory::databasePath() const
{
    return m_path + u"/commonwatt.db"_s;
}

QString DataDirectory::crashMarkerPath() const
{
    return m_path + u"/plugin-crash"_s;
}

QString DataDirectory::ledgerPath() const
{
    return m_path + u"/ledger.sqlite"_s;
}

QString DataDirectory::planRequestsPath() const
{
    return m_path + u"/planrequests.json"_s;
}

QString DataDirectory::settingsPath() const
{
    return m_path + u"/commonwatt.json"_s;
}

} // namespace commonwatt::app

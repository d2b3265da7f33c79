// Runs one of our executables as a user or a service manager would, and collects what it said.
#pragma once

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace commonwatt::testing {

struct ProcessResult
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit; // also when it had to be killed after the timeout
    QString out;
    QString err;
};

// `prefix` runs the program through another one (setpriv to drop privileges, say).
inline ProcessResult
runProcess(const QString &program, const QStringList &arguments, const QStringList &prefix = {},
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    constexpr int timeoutMs = 60'000;
    QProcess process;
    process.setProcessEnvironment(environment);
    QStringList all = prefix;
    all << program << arguments;
    process.start(all.takeFirst(), all);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.status = process.exitStatus();
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

// Prepares one of our programs to run as another user (setpriv, nobody). That user may not be able to enter
// the build tree (a clone in a private temporary folder), so the program and the plugin API library it loads
// are copied into `folder`, which it can enter, and `environment` looks for libraries there first. Returns
// the copy's path, or an empty string when a copy failed.
inline QString copyForAnotherUser(const QString &program, const QString &pluginApiLibrary, const QString &folder,
                                  QProcessEnvironment *environment)
{
    const QString programCopy = folder + QLatin1Char('/') + QFileInfo(program).fileName();
    const QString libraryCopy = folder + QLatin1Char('/') + QFileInfo(pluginApiLibrary).fileName();
    if (!QFile::copy(program, programCopy) || !QFile::copy(pluginApiLibrary, libraryCopy))
        return {};
    environment->insert(QStringLiteral("LD_LIBRARY_PATH"), folder);
    return programCopy;
}

} // namespace commonwatt::testing

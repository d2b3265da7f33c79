#include "crashmarker.h"

#include <QFile>

#include <csignal>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace commonwatt::pluginhost::crashmarker {

namespace {

char g_path[4096] = {};
thread_local const char *t_instance = nullptr;
constexpr int kSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

#ifdef Q_OS_UNIX
void onFatalSignal(int signal)
{
    if (t_instance && g_path[0] != '\0') {
        const int fd = ::open(g_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd >= 0) {
            const ssize_t written = ::write(fd, t_instance, std::strlen(t_instance));
            static_cast<void>(written);
            ::fsync(fd);
            ::close(fd);
        }
    }
    // Let the signal do what it would have done without us.
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    ::sigaction(signal, &action, nullptr);
    ::raise(signal);
}
#endif

} // namespace

void install(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    if (encoded.size() >= static_cast<qsizetype>(sizeof(g_path)))
        return;
    std::memcpy(g_path, encoded.constData(), static_cast<size_t>(encoded.size()));
    g_path[encoded.size()] = '\0';
#ifdef Q_OS_UNIX
    for (const int signal : kSignals) {
        struct sigaction action = {};
        action.sa_handler = onFatalSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        ::sigaction(signal, &action, nullptr);
    }
#endif
}

std::optional<QString> takeMarker(const QString &path)
{
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString id = QString::fromUtf8(file.readAll()).trimmed();
    file.close();
    file.remove();
    if (id.isEmpty())
        return std::nullopt;
    return id;
}

ThreadScope::ThreadScope(const QString &pluginId)
{
    const QByteArray utf8 = pluginId.toUtf8().left(static_cast<qsizetype>(sizeof(m_id)) - 1);
    std::memcpy(m_id, utf8.constData(), static_cast<size_t>(utf8.size()));
    t_instance = m_id;
}

ThreadScope::~ThreadScope()
{
    t_instance = nullptr;
}

} // namespace commonwatt::pluginhost::crashmarker

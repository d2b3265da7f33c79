// A private mosquitto broker for one test: a free loopback port, a configuration in a temporary folder, and
// nothing shared with other tests or the machine's own broker. Header-only, needs only Qt Core (Linux,
// POSIX).
//
//     commonwatt::testing::MosquittoBroker broker;                 // or MosquittoBroker(options), see
//     Options QVERIFY2(broker.start(), qPrintable(broker.errorString()));  // errorString() has mosquitto's
//     output client settings: host() / port() (plain), tlsPort() + caFile() (TLS)
//     QVERIFY(broker.publish(u"shelly/status/switch:0"_s, R"({"output":true})"));  // mosquitto_pub
//     auto sub = broker.subscribe({u"commonwatt/#"_s});            // mosquitto_sub, subscribed on return
//     QTRY_COMPARE_WITH_TIMEOUT(sub->messages().size(), 1, 10'000);
//     broker.kill(); ... QVERIFY(broker.restart());               // same port, same configuration
//
// Every helper blocks until its program has finished (publish) or is ready (start, restart, subscribe).
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <utility>

namespace commonwatt::testing {

namespace mosquittodetail {

inline sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

// A port the kernel considers free right now; the broker binds it a moment later.
inline quint16 freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof(address);
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

inline bool acceptsConnections(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_in address = loopback(port);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return ok;
}

// Runs a tool to completion; empty on success, else what went wrong including the tool's output.
inline QString run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                   int timeoutMs = 60'000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs);
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 %2 failed (exit code %3): %4")
            .arg(program, arguments.join(QLatin1Char(' ')))
            .arg(process.exitCode())
            .arg(output);
    return {};
}

} // namespace mosquittodetail

// A running mosquitto_sub, subscribed to its filters (QoS 1) when MosquittoBroker::subscribe() returns.
class MosquittoSubscriber
{
public:
    struct Message
    {
        QString topic;
        QByteArray payload;
    };

    // Everything received so far, in arrival order. Reads the pipe, so calling it from QTRY_* is enough.
    [[nodiscard]] const QList<Message> &messages()
    {
        readAvailable();
        return m_messages;
    }

    ~MosquittoSubscriber()
    {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }

private:
    friend class MosquittoBroker;

    // "-F '%t %x'": the topic, a space, the payload in hex; so that any payload bytes survive the pipe.
    void readAvailable()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype start = 0;
        for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n', start)) {
            const QByteArray line = m_buffer.mid(start, end - start);
            start = end + 1;
            const qsizetype space = line.lastIndexOf(' ');
            if (space < 0)
                continue;
            const QString topic = QString::fromUtf8(line.left(space));
            if (topic == m_probeTopic) {
                m_probeSeen = true;
                continue;
            }
            m_messages.append({topic, QByteArray::fromHex(line.mid(space + 1))});
        }
        m_buffer.remove(0, start);
    }

    QProcess m_process;
    QByteArray m_buffer;
    QList<Message> m_messages;
    QString m_probeTopic;
    bool m_probeSeen = false;
};

class MosquittoBroker
{
public:
    struct Options
    {
        // Both set: a password file with this one user, and anonymous clients are refused.
        QString username;
        QString password;
        // Also a TLS listener on tlsPort(), with a CA (caFile()) and a server certificate for 127.0.0.1 made
        // by openssl; plus a client certificate (clientCertFile(), clientKeyFile()) signed by the same CA,
        // and otherCaFile(), a CA that signed nothing here (for "the CA does not match" tests).
        bool tls = false;
        bool requireClientCertificate = false; // on the TLS listener
    };

    MosquittoBroker() = default;
    explicit MosquittoBroker(Options options)
        : m_options(std::move(options))
    {}
    MosquittoBroker(const MosquittoBroker &) = delete;
    MosquittoBroker &operator=(const MosquittoBroker &) = delete;
    ~MosquittoBroker() { stop(); }

    // Writes the configuration (and certificates) and starts mosquitto; true once every listener accepts
    // connections (10 s at most). On false, errorString() says why, with mosquitto's own output.
    [[nodiscard]] bool start()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder: %1").arg(m_dir.errorString()));
        m_port = mosquittodetail::freeLoopbackPort();
        m_tlsPort = m_options.tls ? mosquittodetail::freeLoopbackPort() : 0;
        if (m_port == 0 || (m_options.tls && m_tlsPort == 0))
            return fail(QStringLiteral("no free loopback port"));
        if (!writeConfiguration())
            return false;
        return launch();
    }

    // SIGKILL: the broker vanishes without closing its connections' sessions cleanly.
    void kill()
    {
        if (m_process) {
            m_process->kill();
            m_process->waitForFinished(10'000);
            m_process.reset();
        }
    }

    // Starts mosquitto again on the same ports with the same configuration (killing it first if running).
    [[nodiscard]] bool restart()
    {
        kill();
        return launch();
    }

    // SIGTERM, then SIGKILL if it does not stop within 5 s.
    void stop()
    {
        if (m_process) {
            m_process->terminate();
            if (!m_process->waitForFinished(5'000))
                kill();
            m_process.reset();
        }
    }

    [[nodiscard]] bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    [[nodiscard]] QString host() const { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] quint16 tlsPort() const { return m_tlsPort; }
    [[nodiscard]] QString caFile() const { return path("ca.crt"); }
    [[nodiscard]] QString otherCaFile() const { return path("other-ca.crt"); }
    [[nodiscard]] QString clientCertFile() const { return path("client.crt"); }
    [[nodiscard]] QString clientKeyFile() const { return path("client.key"); }
    [[nodiscard]] QString errorString() const { return m_error; }
    // What mosquitto has written so far (its log goes to a file in the temporary folder).
    [[nodiscard]] QString log() const
    {
        QFile file(path("mosquitto.log"));
        return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
    }

    // -h, -p and, with Options::username, -u and -P: the connection arguments for mosquitto_pub/_sub.
    [[nodiscard]] QStringList clientArguments() const
    {
        QStringList arguments{QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_port)};
        if (!m_options.username.isEmpty())
            arguments << QStringLiteral("-u") << m_options.username << QStringLiteral("-P")
                      << m_options.password;
        return arguments;
    }

    // mosquitto_pub of one message (QoS 1); `extra` adds options such as "-r" (retain). False on failure,
    // with errorString() set.
    [[nodiscard]] bool publish(const QString &topic, const QByteArray &payload, const QStringList &extra = {})
    {
        QStringList arguments = clientArguments();
        arguments << QStringLiteral("-q") << QStringLiteral("1") << QStringLiteral("-t") << topic
                  << QStringLiteral("-s") << extra;
        return check(mosquittodetail::run(QStringLiteral("mosquitto_pub"), arguments, payload));
    }

    // mosquitto_pub -l: every line of `lines` (without its '\n') becomes one message on `topic`, over one
    // connection; the quick way to flood. Empty lines are skipped by mosquitto_pub.
    [[nodiscard]] bool publishLines(const QString &topic, const QByteArray &lines,
                                    const QStringList &extra = {})
    {
        QStringList arguments = clientArguments();
        arguments << QStringLiteral("-t") << topic << QStringLiteral("-l") << extra;
        return check(mosquittodetail::run(QStringLiteral("mosquitto_pub"), arguments, lines, 300'000));
    }

    // Starts mosquitto_sub on `filters` (QoS 1) and returns once it is subscribed (a probe message round
    // trip proves it), or nullptr with errorString() set after 10 s.
    [[nodiscard]] std::unique_ptr<MosquittoSubscriber> subscribe(const QStringList &filters)
    {
        auto subscriber = std::make_unique<MosquittoSubscriber>();
        subscriber->m_probeTopic = QStringLiteral("commonwatt-test-probe/%1")
                                       .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QStringList arguments = clientArguments();
        arguments << QStringLiteral("-q") << QStringLiteral("1") << QStringLiteral("-F")
                  << QStringLiteral("%t %x") << QStringLiteral("-t") << subscriber->m_probeTopic;
        for (const QString &filter : filters)
            arguments << QStringLiteral("-t") << filter;
        subscriber->m_process.start(QStringLiteral("mosquitto_sub"), arguments);
        if (!subscriber->m_process.waitForStarted(10'000)) {
            fail(QStringLiteral("mosquitto_sub did not start: %1").arg(subscriber->m_process.errorString()));
            return nullptr;
        }
        const QDeadlineTimer deadline(10'000);
        while (!deadline.hasExpired()) {
            if (!publish(subscriber->m_probeTopic, "probe"))
                return nullptr;
            subscriber->m_process.waitForReadyRead(200);
            subscriber->readAvailable();
            if (subscriber->m_probeSeen)
                return subscriber;
            if (subscriber->m_process.state() != QProcess::Running)
                break;
        }
        fail(QStringLiteral("mosquitto_sub did not subscribe within 10 s: %1")
                 .arg(QString::fromLocal8Bit(subscriber->m_process.readAllStandardError())));
        return nullptr;
    }

private:
    [[nodiscard]] QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    bool check(const QString &error) { return error.isEmpty() || fail(error); }

    bool makeCertificates()
    {
        const QString openssl = QStringLiteral("openssl");
        const QStringList ecKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        const auto makeCa = [&](const char *name, const QString &subject) {
            return check(mosquittodetail::run(
                openssl, QStringList{QStringLiteral("req"), QStringLiteral("-x509")}
                             << ecKey
                             << QStringList{QStringLiteral("-keyout"), path(name) + QStringLiteral(".key"),
                                            QStringLiteral("-out"), path(name) + QStringLiteral(".crt"),
                                            QStringLiteral("-days"), QStringLiteral("2"),
                                            QStringLiteral("-subj"), subject}));
        };
        // Signed by ca.crt, with the names a client checks the server's certificate against.
        const auto makeSigned = [&](const char *name, const QString &subject, const QByteArray &extensions) {
            QFile extFile(path(name) + QStringLiteral(".ext"));
            if (!extFile.open(QIODevice::WriteOnly) || extFile.write(extensions) != extensions.size())
                return fail(QStringLiteral("cannot write %1").arg(extFile.fileName()));
            extFile.close();
            return check(mosquittodetail::run(
                       openssl,
                       QStringList{QStringLiteral("req")}
                           << ecKey
                           << QStringList{QStringLiteral("-keyout"), path(name) + QStringLiteral(".key"),
                                          QStringLiteral("-out"), path(name) + QStringLiteral(".csr"),
                                          QStringLiteral("-subj"), subject})) &&
                   check(mosquittodetail::run(
                       openssl,
                       {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        path(name) + QStringLiteral(".csr"), QStringLiteral("-CA"), caFile(),
                        QStringLiteral("-CAkey"), path("ca.key"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-out"), path(name) + QStringLiteral(".crt"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-extfile"), extFile.fileName()}));
        };
        return makeCa("ca", QStringLiteral("/CN=Commonwatt Test CA")) &&
               makeCa("other-ca", QStringLiteral("/CN=Some Other CA")) &&
               makeSigned("server", QStringLiteral("/CN=127.0.0.1"),
                          "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n") &&
               makeSigned("client", QStringLiteral("/CN=commonwatt-test-client"),
                          "extendedKeyUsage=clientAuth\n");
    }

    bool writeConfiguration()
    {
        QByteArray config = "persistence false\nlog_dest stdout\nlog_type error\nlog_type warning\n"
                            "log_type notice\nlog_type information\n";
        // As root, mosquitto would switch to its own user, which cannot read our private temporary folder.
        if (::geteuid() == 0)
            config += "user root\n";
        if (!m_options.username.isEmpty()) {
            const QString passwordFile = path("passwords");
            if (!check(mosquittodetail::run(QStringLiteral("mosquitto_passwd"),
                                            {QStringLiteral("-c"), QStringLiteral("-b"), passwordFile,
                                             m_options.username, m_options.password})))
                return false;
            config += "allow_anonymous false\npassword_file " + passwordFile.toLocal8Bit() + '\n';
        } else {
            config += "allow_anonymous true\n";
        }
        config += "listener " + QByteArray::number(m_port) + " 127.0.0.1\n";
        if (m_options.tls) {
            if (!makeCertificates())
                return false;
            config += "listener " + QByteArray::number(m_tlsPort) + " 127.0.0.1\n";
            config += "cafile " + caFile().toLocal8Bit() + "\ncertfile " + path("server.crt").toLocal8Bit() +
                      "\nkeyfile " + path("server.key").toLocal8Bit() + '\n';
            if (m_options.requireClientCertificate)
                config += "require_certificate true\n";
        }
        QFile file(path("mosquitto.conf"));
        if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size())
            return fail(QStringLiteral("cannot write %1").arg(file.fileName()));
        return true;
    }

    bool launch()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        // A file, not a pipe: a chatty broker can never block on a pipe that no one reads.
        m_process->setStandardOutputFile(path("mosquitto.log"), QIODevice::Append);
        m_process->start(QStringLiteral("mosquitto"), {QStringLiteral("-c"), path("mosquitto.conf")});
        if (!m_process->waitForStarted(10'000))
            return fail(QStringLiteral("mosquitto did not start: %1").arg(m_process->errorString()));
        const QDeadlineTimer deadline(10'000);
        while (!deadline.hasExpired()) {
            if (m_process->state() != QProcess::Running)
                return fail(QStringLiteral("mosquitto exited: %1").arg(log()));
            if (mosquittodetail::acceptsConnections(m_port) &&
                (m_tlsPort == 0 || mosquittodetail::acceptsConnections(m_tlsPort)))
                return true;
            QThread::msleep(50);
        }
        kill();
        return fail(QStringLiteral("mosquitto did not accept connections on port %1 within 10 s: %2")
                        .arg(m_port)
                        .arg(log()));
    }

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    QString m_error;
};

} // namespace commonwatt::testing

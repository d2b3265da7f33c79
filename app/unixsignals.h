// SIGINT and SIGTERM end the event loop cleanly (the store writes what is pending), instead of killing the
// process between batches. The handler only writes a byte to a socket; Qt reads it on the main thread.
#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace commonwatt::app {

class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace commonwatt::app

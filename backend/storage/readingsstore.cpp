#include "readingsstore.h"

#include "databasefile.h"
#include "storeworker.h"

#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <utility>

namespace commonwatt::storage {

namespace {

// Carries a query's completion to its context. A connection, unlike QMetaObject::invokeMethod(context, ...)
// from the worker, is safe when the context is deleted while the query runs: Qt drops the connection and
// any call already queued to the deleted object.
class QueryRelay : public QObject
{
    Q_OBJECT
signals:
    void ready();
};

} // namespace

struct ReadingsStore::Private
{
    QString path;
    QString error;
    StoreOptions options;
    WriteQueue queue;
    QThread thread;
    // Guarded by queue.mutex, like everything that append(), channel() and the queries touch from any thread.
    StoreWorker *worker = nullptr;
    QHash<std::pair<QString, QString>, ChannelId> channels;
    ChannelId lastChannel = 0;
    bool warnedClosed = false;

    // Caller holds queue.mutex and has checked queue.accepting.
    void requestWrite(bool force)
    {
        StoreWorker *target = worker;
        QMetaObject::invokeMethod(
            target, [target, force] { target->writePending(force); }, Qt::QueuedConnection);
    }

    void warnClosed(const char *what)
    {
        if (!std::exchange(warnedClosed, true))
            qCWarning(lcStorage) << "ReadingsStore::" << what << "called while the store is closed; ignored";
    }

    template<typename Result>
    void query(QObject *context, std::function<void(Result)> callback, Result empty,
               std::function<Result(StoreWorker &)> work)
    {
        if (!context || !callback) {
            qCWarning(lcStorage) << "ReadingsStore: a query needs a context and a callback";
            return;
        }
        auto relay = std::make_shared<QueryRelay>();
        auto result = std::make_shared<Result>(std::move(empty));
        QObject::connect(
            relay.get(), &QueryRelay::ready, context,
            [result, callback = std::move(callback)] { callback(std::move(*result)); }, Qt::QueuedConnection);
        QMutexLocker lock(&queue.mutex);
        if (!queue.accepting) {
            lock.unlock();
            emit relay->ready(); // still asynchronous: the empty result is queued like any other
            return;
        }
        StoreWorker *target = worker;
        relay->moveToThread(target->thread()); // deleted there, after it has emitted
        QMetaObject::invokeMethod(
            target,
            [target, relay, result, work = std::move(work)] {
                target->writePending(true);
                *result = work(*target);
                emit relay->ready();
            },
            Qt::QueuedConnection);
    }
};

ReadingsStore::ReadingsStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->thread.setObjectName(QStringLiteral("ReadingsStore"));
}

ReadingsStore::~ReadingsStore()
{
    close();
}

bool ReadingsStore::open(const QString &path, const StoreOptions &options)
{
    close();
    d->error.clear();
    const int target = options.schemaVersion == 0 ? kCurrentSchemaVersion : options.schemaVersion;
    if (target < 1 || target > kCurrentSchemaVersion) {
        d->error = QStringLiteral("%1: schema version %2 cannot be written by this build (1 to %3)")
                       .arg(path)
                       .arg(options.schemaVersion)
                       .arg(kCurrentSchemaVersion);
        return false;
    }
    if (path.isEmpty()) {
        d->error = QStringLiteral("No database path given");
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const PrepareResult prepared = prepareDatabase(absolute, target);
    if (!prepared.ok) {
        d->error = prepared.error;
        return false;
    }
    if (prepared.previousVersion >= 1 && prepared.previousVersion < target) {
        qCInfo(lcStorage).noquote() << QStringLiteral(
                                           "%1: migrated from schema version %2 to %3; the old file is "
                                           "kept as %1.v%2.bak")
                                           .arg(absolute)
                                           .arg(prepared.previousVersion)
                                           .arg(target);
    }

    StoreOptions effective = options;
    effective.schemaVersion = target;
    auto *worker = new StoreWorker(d->queue, absolute, effective);
    worker->moveToThread(&d->thread);
    d->thread.start();
    bool opened = false;
    QString error;
    std::vector<ChannelInfo> channels;
    QMetaObject::invokeMethod(
        worker, [&] { opened = worker->openConnection(&error, &channels); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        d->thread.quit();
        d->thread.wait();
        delete worker;
        d->error = error;
        return false;
    }
    // Direct: the store's signals are emitted on the worker thread as soon as the batch is on disk. Receivers
    // in other threads (the usual case) get them queued, as with any auto connection.
    connect(worker, &StoreWorker::batchCommitted, this, &ReadingsStore::batchCommitted, Qt::DirectConnection);
    connect(worker, &StoreWorker::writeFailed, this, &ReadingsStore::writeFailed, Qt::DirectConnection);

    QMutexLocker lock(&d->queue.mutex);
    d->channels.clear();
    d->lastChannel = 0;
    for (const ChannelInfo &channel : channels) {
        d->channels.insert({channel.device, channel.name}, channel.id);
        d->lastChannel = std::max(d->lastChannel, channel.id);
    }
    d->queue.readings.clear();
    d->queue.readings.reserve(static_cast<std::size_t>(std::max(1, options.batchSize)));
    d->queue.channels.clear();
    d->queue.processedReadings = d->queue.appendedReadings;
    d->queue.processedChannels = d->queue.appendedChannels;
    d->queue.accepting = true;
    d->worker = worker;
    d->warnedClosed = false;
    d->path = absolute;
    d->options = effective;
    return true;
}

bool ReadingsStore::isOpen() const
{
    QMutexLocker lock(&d->queue.mutex);
    return d->queue.accepting;
}

QString ReadingsStore::errorString() const
{
    return d->error;
}

QString ReadingsStore::path() const
{
    return d->path;
}

void ReadingsStore::close()
{
    StoreWorker *worker = nullptr;
    {
        QMutexLocker lock(&d->queue.mutex);
        if (!d->worker)
            return;
        d->queue.accepting = false;
        worker = std::exchange(d->worker, nullptr);
    }
    // Runs after every write and query already queued to the worker.
    QMetaObject::invokeMethod(
        worker, [worker] { worker->closeConnection(); }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
    delete worker;
}

ChannelId ReadingsStore::channel(const QString &device, const QString &name, const QString &unit)
{
    QMutexLocker lock(&d->queue.mutex);
    if (!d->queue.accepting) {
        d->warnClosed("channel()");
        return 0;
    }
    const auto key = std::pair(device, name);
    if (const auto found = d->channels.constFind(key); found != d->channels.cend())
        return *found;
    const ChannelId id = ++d->lastChannel;
    d->channels.insert(key, id);
    d->queue.channels.push_back(ChannelInfo{id, device, name, unit});
    ++d->queue.appendedChannels;
    return id;
}

void ReadingsStore::append(const Reading &reading)
{
    append(std::span<const Reading>(&reading, 1));
}

void ReadingsStore::append(std::span<const Reading> readings)
{
    if (readings.empty())
        return;
    QMutexLocker lock(&d->queue.mutex);
    if (!d->queue.accepting) {
        d->warnClosed("append()");
        return;
    }
    d->queue.readings.insert(d->queue.readings.end(), readings.begin(), readings.end());
    d->queue.appendedReadings += readings.size();
    const auto batchSize = static_cast<std::size_t>(std::max(1, d->options.batchSize));
    if (d->queue.readings.size() >= batchSize && !d->queue.flushRequested.exchange(true))
        d->requestWrite(false);
}

void ReadingsStore::flush()
{
    QMutexLocker lock(&d->queue.mutex);
    if (d->queue.accepting)
        d->requestWrite(true);
}

bool ReadingsStore::waitForFlushed(std::chrono::milliseconds timeout)
{
    QMutexLocker lock(&d->queue.mutex);
    const quint64 readings = d->queue.appendedReadings;
    const quint64 channels = d->queue.appendedChannels;
    const auto done = [&] {
        return d->queue.processedReadings >= readings && d->queue.processedChannels >= channels;
    };
    if (done())
        return true;
    if (!d->queue.accepting)
        return false;
    d->requestWrite(true);
    QDeadlineTimer deadline(timeout);
    while (!done()) {
        if (!d->queue.progressed.wait(&d->queue.mutex, deadline))
            return done();
    }
    return true;
}

void ReadingsStore::queryRollups(ChannelId channel, Resolution resolution, qint64 fromMs, qint64 toMs,
                                 QObject *context, std::function<void(QList<Rollup>)> callback)
{
    d->query<QList<Rollup>>(context, std::move(callback), {}, [=](StoreWorker &worker) {
        return worker.rollups(channel, resolution, fromMs, toMs);
    });
}

void ReadingsStore::queryCounterDeltas(QList<ChannelId> channels, qint64 fromMs, qint64 toMs,
                                       QObject *context,
                                       std::function<void(QHash<ChannelId, double>)> callback)
{
    d->query<QHash<ChannelId, double>>(context, std::move(callback), {},
                                       [channels = std::move(channels), fromMs, toMs](StoreWorker &worker) {
                                           return worker.counterDeltas(channels, fromMs, toMs);
                                       });
}

void ReadingsStore::queryLatestValues(QList<ChannelId> channels, QObject *context,
                                      std::function<void(QHash<ChannelId, double>)> callback)
{
    d->query<QHash<ChannelId, double>>(context, std::move(callback), {},
                                       [channels = std::move(channels)](StoreWorker &worker) {
                                           return worker.latestValues(channels);
                                       });
}

void ReadingsStore::queryLatestTimestamp(QObject *context, std::function<void(qint64)> callback)
{
    d->query<qint64>(context, std::move(callback), -1,
                     [](StoreWorker &worker) { return worker.latestTimestamp(); });
}

void ReadingsStore::addForecastErrors(QList<ForecastErrorDay> rows)
{
    if (rows.isEmpty())
        return;
    QMutexLocker lock(&d->queue.mutex);
    if (!d->queue.accepting) {
        d->warnClosed("addForecastErrors()");
        return;
    }
    StoreWorker *target = d->worker;
    QMetaObject::invokeMethod(
        target, [target, rows = std::move(rows)] { target->addForecastErrors(rows); }, Qt::QueuedConnection);
}

void ReadingsStore::queryForecastErrors(QDate fromDay, QObject *context,
                                        std::function<void(QList<ForecastErrorDay>)> callback)
{
    d->query<QList<ForecastErrorDay>>(context, std::move(callback), {}, [fromDay](StoreWorker &worker) {
        return worker.forecastErrors(fromDay);
    });
}

void ReadingsStore::setEventResponse(EventResponse response)
{
    QMutexLocker lock(&d->queue.mutex);
    if (!d->queue.accepting) {
        d->warnClosed("setEventResponse()");
        return;
    }
    StoreWorker *target = d->worker;
    QMetaObject::invokeMethod(
        target, [target, response = std::move(response)] { target->setEventResponse(response); },
        Qt::QueuedConnection);
}

void ReadingsStore::queryEventResponses(qint64 fromMs, QObject *context,
                                        std::function<void(QList<EventResponse>)> callback)
{
    d->query<QList<EventResponse>>(context, std::move(callback), {}, [fromMs](StoreWorker &worker) {
        return worker.eventResponses(fromMs);
    });
}

} // namespace commonwatt::storage

#include "readingsstore.moc"

#include "historymodel.h"

#include "creditsservice.h"
#include "historyexport.h"
#include "household.h"
#include "ledgerservice.h"

#include "storage/rollups.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {
// A period that holds now is read again after this much household time (the store has new buckets).
constexpr qint64 kLiveRefreshMs = 5 * 60 * 1000;

struct RoleLoad
{
    qint64 gridFromMs = 0;
    qint64 widthMs = 0;
    qsizetype count = 0;
    QHash<storage::ChannelId, QList<storage::Rollup>> series;
};
} // namespace

HistoryModel::HistoryModel(Household &household, storage::ReadingsStore &store, CreditsService *credits,
                           QString exportFolder, LedgerService *ledger, QObject *parent)
    : QObject(parent)
    , m_household(household)
    , m_store(store)
    , m_credits(credits)
    , m_exportFolder(std::move(exportFolder))
    , m_anchor(today())
{
    connect(&household, &Household::totalsChanged, this, &HistoryModel::onTotalsChanged);
    connect(&household, &Household::devicesChanged, this, &HistoryModel::reload);
    if (ledger)
        attachLedger(*ledger);
    if (credits) {
        connect(credits, &CreditsService::summaryChanged, this, [this] {
            if (m_view == HistoryView::Credits || m_view == HistoryView::CleanShare)
                loadCredits();
        });
    }
    reload();
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::attachLedger(LedgerService &ledger)
{
    if (m_ledger == &ledger)
        return;
    m_ledger = &ledger;
    connect(&ledger, &LedgerService::entriesExported, this, [this](bool ok, qint64 count, const QString &message) {
        if (!std::exchange(m_ledgerExporting, false))
            return;
        //: After a ledger export; %1 is the file, %2 the number of entries
        setExportResult(!ok, ok ? tr("Saved %2 ledger entries to %1.")
                                      .arg(QDir::toNativeSeparators(m_ledgerExportPath), QLocale().toString(count))
                                : message);
    });
    emit inCommunityChanged();
}

QString HistoryModel::defaultExportFolder(const QString &dataFolder)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir(documents).exists() ? documents : dataFolder;
}

QDate HistoryModel::today() const
{
    return m_household.localDate(m_household.clock().nowMs());
}

qint64 HistoryModel::dayStart(QDate day) const
{
    return m_household.localDayStartMs(day);
}

void HistoryModel::setView(int view)
{
    if (view < 0 || view > int(HistoryView::CleanShare) || view == int(m_view))
        return;
    m_view = HistoryView(view);
    emit viewChanged();
    reload();
}

void HistoryModel::setRange(int range)
{
    if (range < 0 || range > int(HistoryRange::Year) || range == int(m_range))
        return;
    m_range = HistoryRange(range);
    emit viewChanged();
    emit periodChanged();
    reload();
}

QStringList HistoryModel::viewNames() const
{
    //: The History page's views: power over time, energy per period, credits and the clean share
    return {tr("Power"), tr("Energy"), tr("Credits"), tr("Clean share")};
}

QStringList HistoryModel::rangeNames() const
{
    //: The History page's ranges
    return {tr("Day"), tr("Week"), tr("Month"), tr("Year")};
}

QString HistoryModel::periodText() const
{
    const QLocale locale;
    const HistoryPeriod p = period();
    switch (m_range) {
    case HistoryRange::Day:
        return locale.toString(p.first, QLocale::LongFormat);
    case HistoryRange::Week:
        //: A week on the History page: first and last day
        return tr("%1 – %2").arg(locale.toString(p.first, u"d MMM"_s),
                                 locale.toString(p.last, u"d MMM yyyy"_s));
    case HistoryRange::Month:
        return locale.standaloneMonthName(p.first.month()) + u' ' + QString::number(p.first.year());
    case HistoryRange::Year:
        return QString::number(p.first.year());
    }
    return {};
}

bool HistoryModel::canGoForward() const
{
    return period().last < today();
}

QString HistoryModel::valueKind() const
{
    switch (m_view) {
    case HistoryView::Power:
        return u"power"_s;
    case HistoryView::Energy:
        return u"energy"_s;
    case HistoryView::Credits:
        return u"credits"_s;
    case HistoryView::CleanShare:
        return u"percent"_s;
    }
    return {};
}

QVariantList HistoryModel::legend() const
{
    QVariantList list;
    if (!m_data.hasData)
        return list;
    for (const HistorySeries &series : m_data.series)
        list.append(QVariantMap{{u"key"_s, series.key}, {u"name"_s, series.name}});
    return list;
}

void HistoryModel::previous()
{
    setAnchor(shiftPeriod(m_range, m_anchor, -1).first);
}

void HistoryModel::next()
{
    if (canGoForward())
        setAnchor(std::min(shiftPeriod(m_range, m_anchor, 1).first, today()));
}

void HistoryModel::showLatest()
{
    setAnchor(today());
}

void HistoryModel::setAnchor(QDate anchor)
{
    if (anchor == m_anchor)
        return;
    m_anchor = anchor;
    emit periodChanged();
    reload();
}

void HistoryModel::relocalize()
{
    emit textsChanged();
    emit periodChanged();
    reload(); // the series' names
}

void HistoryModel::onTotalsChanged()
{
    const qint64 now = m_household.clock().nowMs();
    const HistoryPeriod p = period();
    if (busy() || now - m_loadedAtMs < kLiveRefreshMs || now >= dayStart(p.last.addDays(1)) ||
        m_view == HistoryView::Credits || m_view == HistoryView::CleanShare)
        return;
    reload();
}

void HistoryModel::reload()
{
    const quint64 generation = ++m_generation;
    m_loadedAtMs = m_household.clock().nowMs();
    if (m_view == HistoryView::Credits || m_view == HistoryView::CleanShare) {
        const bool wasBusy = busy();
        m_pending = 0;
        loadCredits();
        if (wasBusy)
            emit busyChanged();
        return;
    }
    loadEnergy(generation);
}

void HistoryModel::loadEnergy(quint64 generation)
{
    const SettlementChannels &roles = m_household.settlementChannels();
    const QList<const QList<storage::ChannelId> *> roleLists = {
        &roles.pv, &roles.gridImport, &roles.gridExport, &roles.batteryCharge, &roles.batteryDischarge,
        &roles.ev};
    QList<storage::ChannelId> channels;
    for (const auto *list : roleLists)
        channels += *list;
    const HistoryPeriod p = period();
    const QList<qint64> buckets = historyBuckets(m_view, m_range, p, [this](QDate d) { return dayStart(d); });
    if (channels.isEmpty()) {
        HistoryData data;
        data.bucketStartsMs = buckets;
        //: The History page's empty state
        publish(data, tr("This household has no energy meters to chart."));
        return;
    }
    const bool wasBusy = busy();
    auto load = std::make_shared<RoleLoad>();
    load->widthMs = historyResolution(m_view, m_range) == storage::Resolution::FiveMinutes
                        ? storage::kFiveMinutesMs
                        : storage::kHourMs;
    const qint64 fromMs = buckets.constFirst();
    const qint64 toMs = buckets.constLast();
    load->gridFromMs = storage::bucketStart(fromMs, load->widthMs);
    load->count = (toMs - load->gridFromMs + load->widthMs - 1) / load->widthMs;
    m_pending = int(channels.size());
    if (!wasBusy)
        emit busyChanged();
    for (const storage::ChannelId channel : std::as_const(channels)) {
        // One bucket before the period gives each counter's starting value.
        m_store.queryRollups(
            channel, historyResolution(m_view, m_range), load->gridFromMs - load->widthMs, toMs, this,
            [this, load, channel, generation, buckets](QList<storage::Rollup> rows) {
                if (generation != m_generation)
                    return;
                load->series.insert(channel, std::move(rows));
                if (--m_pending > 0)
                    return;
                const SettlementChannels &r = m_household.settlementChannels();
                bool any = false;
                auto rise = [&](const QList<storage::ChannelId> &list) {
                    QList<double> sum(load->count, 0.0);
                    for (const storage::ChannelId id : list) {
                        const QList<storage::Rollup> &stored = load->series[id];
                        any =
                            any || std::any_of(stored.cbegin(), stored.cend(), [&](const storage::Rollup &b) {
                                return b.bucketStartMs >= load->gridFromMs;
                            });
                        const QList<double> values =
                            counterRise(stored, load->gridFromMs, load->widthMs, load->count);
                        for (qsizetype i = 0; i < sum.size(); ++i)
                            sum[i] += values[i];
                    }
                    return sum;
                };
                RoleRise roleRise{rise(r.pv),
                                  rise(r.gridImport),
                                  rise(r.gridExport),
                                  rise(r.batteryCharge),
                                  rise(r.batteryDischarge),
                                  rise(r.ev),
                                  !r.batteryCharge.isEmpty() || !r.batteryDischarge.isEmpty(),
                                  !r.ev.isEmpty()};
                HistoryData data;
                data.bucketStartsMs = buckets;
                data.fromMs = buckets.constFirst();
                data.toMs = buckets.constLast();
                data.hasData = any;
                if (m_view == HistoryView::Power) {
                    data.style = HistoryData::Style::StackedArea;
                    data.series = energySeries(roleRise, double(load->widthMs) / double(storage::kHourMs));
                } else {
                    data.style = HistoryData::Style::StackedBars;
                    auto coarse = [&](const QList<double> &fine) {
                        return sumInto(fine, load->gridFromMs, load->widthMs, buckets);
                    };
                    RoleRise sums{coarse(roleRise.pv),
                                  coarse(roleRise.gridImport),
                                  coarse(roleRise.gridExport),
                                  coarse(roleRise.batteryCharge),
                                  coarse(roleRise.batteryDischarge),
                                  coarse(roleRise.ev),
                                  roleRise.hasBattery,
                                  roleRise.hasEv};
                    data.series = energySeries(sums, 0);
                }
                //: The History page's empty state
                publish(std::move(data), any ? QString() : tr("Nothing was measured in this period."));
                emit busyChanged();
            });
    }
}

void HistoryModel::loadCredits()
{
    const HistoryPeriod p = period();
    const QList<qint64> buckets = historyBuckets(m_view, m_range, p, [this](QDate d) { return dayStart(d); });
    HistoryData data;
    data.bucketStartsMs = buckets;
    data.fromMs = buckets.constFirst();
    data.toMs = buckets.constLast();
    data.style = m_view == HistoryView::Credits ? HistoryData::Style::StackedBars : HistoryData::Style::Bars;
    const QList<DailyCredits> days = m_credits ? m_credits->dailyCredits() : QList<DailyCredits>{};
    bool any = false;
    bool anyLoad = false;
    for (const DailyCredits &day : days) {
        if (day.dayStartMs >= data.fromMs && day.dayStartMs < data.toMs) {
            any = true;
            anyLoad = anyLoad || day.cleanShare.loadWh > 0;
        }
    }
    data.series =
        m_view == HistoryView::Credits ? creditSeries(days, buckets) : cleanShareSeries(days, buckets);
    data.hasData = m_view == HistoryView::Credits ? any : anyLoad;
    QString empty;
    if (!m_credits) {
        //: The History page's empty state when credits are not settled
        empty = tr("Credits are not settled for this household.");
    } else if (!data.hasData) {
        const int window = m_household.communityConfig().reputationDays;
        const qint64 windowStart = dayStart(today().addDays(-window));
        if (data.toMs <= windowStart) {
            //: The History page's empty state for an old period; %1 is the number of days kept (90)
            empty = tr("Credits are settled for the last %1 days only; this period is older.")
                        .arg(QLocale().toString(window));
        } else if (any) {
            //: The History page's empty state for the clean share
            empty = tr("The home used no energy in this period.");
        } else {
            //: The History page's empty state
            empty = tr("Nothing was settled in this period.");
        }
    }
    publish(std::move(data), empty);
}

void HistoryModel::publish(HistoryData data, const QString &emptyText)
{
    m_data = std::move(data);
    m_emptyText = emptyText;
    emit dataChanged();
}

QString HistoryModel::bucketText(qsizetype index) const
{
    const QLocale locale;
    const QDateTime start =
        QDateTime::fromMSecsSinceEpoch(m_data.bucketStartsMs[index], m_household.timeZone());
    const QDateTime end =
        QDateTime::fromMSecsSinceEpoch(m_data.bucketStartsMs[index + 1], m_household.timeZone());
    const qint64 width = m_data.bucketStartsMs[index + 1] - m_data.bucketStartsMs[index];
    if (width <= storage::kHourMs) {
        //: A stretch of time on the History chart: a date, then the start and end times
        return tr("%1, %2–%3")
            .arg(locale.toString(start.date(), QLocale::ShortFormat),
                 locale.toString(start.time(), shortTimeFormat()),
                 locale.toString(end.time(), shortTimeFormat()));
    }
    if (m_range == HistoryRange::Year && m_view != HistoryView::Power)
        return locale.standaloneMonthName(start.date().month()) + u' ' + QString::number(start.date().year());
    return locale.toString(start.date(), QLocale::LongFormat);
}

QVariantMap HistoryModel::pointAt(double ms) const
{
    const qsizetype index = m_data.bucketAt(qint64(ms));
    if (index < 0 || !m_data.hasData)
        return {{u"valid"_s, false}};
    QVariantList rows;
    for (const HistorySeries &series : m_data.series) {
        if (index < series.values.size())
            rows.append(QVariantMap{{u"key"_s, series.key},
                                    {u"name"_s, series.name},
                                    {u"value"_s, std::abs(series.values[index])}});
    }
    return {{u"valid"_s, true}, {u"time"_s, bucketText(index)}, {u"rows"_s, rows}};
}

QString HistoryModel::defaultExportPath(const QString &kind) const
{
    const HistoryPeriod p = period();
    QString name = u"commonwatt-%1-%2"_s.arg(kind, p.first.toString(Qt::ISODate));
    if (p.last != p.first)
        name += u"-to-"_s + p.last.toString(Qt::ISODate);
    return QDir(m_exportFolder).filePath(name + u".csv"_s);
}

bool HistoryModel::exporting() const
{
    return m_ledgerExporting || (m_export && m_export->isRunning());
}

void HistoryModel::setExportResult(bool failed, const QString &message)
{
    m_exportFailed = failed;
    m_exportMessage = message;
    emit exportChanged();
}

bool HistoryModel::mayExportTo(const QString &path)
{
    if (exporting())
        return false;
    if (path.trimmed().isEmpty()) {
        //: An export error: the file field is empty
        setExportResult(true, tr("Choose a file to export to."));
        return false;
    }
    return true;
}

void HistoryModel::exportReadings(const QString &path)
{
    if (!mayExportTo(path))
        return;
    QList<ExportChannel> channels;
    for (const Device *device : m_household.devices()) {
        for (const ChannelSpec &spec : device->channels())
            channels.append(
                {m_store.channel(device->id(), spec.name, spec.unit), device->id(), spec.name, spec.unit});
    }
    delete m_export;
    m_export = new ReadingsExport(m_store, channels, m_household.timeZone(), this);
    connect(m_export, &ReadingsExport::progress, this, [this](double fraction) {
        m_exportProgress = fraction;
        emit exportChanged();
    });
    connect(m_export, &ReadingsExport::finished, this, [this, path](bool ok, const QString &message) {
        if (ok) {
            const qint64 rows = m_export->rowsWritten();
            const QString file = QDir::toNativeSeparators(path);
            //: After an export; %1 is the file
            setExportResult(false, rows == 1
                                       ? tr("Saved 1 reading to %1.").arg(file)
                                       //: After an export; %1 is the file, %2 the number of readings
                                       : tr("Saved %2 readings to %1.").arg(file, QLocale().toString(rows)));
        } else {
            setExportResult(true, message);
        }
    });
    QString error;
    m_exportProgress = 0.0;
    const HistoryPeriod p = period();
    if (!m_export->start(path, dayStart(p.first), dayStart(p.last.addDays(1)), &error)) {
        setExportResult(true, error);
        return;
    }
    //: While an export runs
    setExportResult(false, tr("Exporting…"));
}

void HistoryModel::exportCredits(const QString &path)
{
    if (!mayExportTo(path))
        return;
    const HistoryPeriod p = period();
    const QList<DailyCredits> days = m_credits ? m_credits->dailyCredits() : QList<DailyCredits>{};
    const qint64 from = dayStart(p.first);
    const qint64 to = dayStart(p.last.addDays(1));
    const qsizetype count = std::count_if(days.cbegin(), days.cend(), [&](const DailyCredits &d) {
        return d.dayStartMs >= from && d.dayStartMs < to;
    });
    QString error;
    if (!writeCsvFile(path, creditsCsv(days, from, to, m_household.timeZone()), &error)) {
        setExportResult(true, error);
        return;
    }
    const QString file = QDir::toNativeSeparators(path);
    //: After an export; %1 is the file
    setExportResult(false, count == 1
                               ? tr("Saved 1 settled day to %1.").arg(file)
                               //: After an export; %1 is the file, %2 the number of days
                               : tr("Saved %2 settled days to %1.").arg(file, QLocale().toString(count)));
}

} // namespace commonwatt::app

namespace commonwatt::app {

void HistoryModel::exportLedger(const QString &path)
{
    if (!mayExportTo(path))
        return;
    if (!m_ledger) {
        //: An export error outside a community
        setExportResult(true, tr("This household is not in a community: there is no ledger to export."));
        return;
    }
    const HistoryPeriod p = period();
    m_ledgerExporting = true;
    m_ledgerExportPath = path;
    m_exportProgress = 0.0;
    setExportResult(false, tr("Exporting…"));
    m_ledger->exportEntries(path, dayStart(p.first), dayStart(p.last.addDays(1)));
}

} // namespace commonwatt::app

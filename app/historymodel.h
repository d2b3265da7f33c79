// What the History page binds to (docs/history.md): a view (power, energy, credits, clean share) over a
// period (day, week, month, year) with back and forward, the chart's data read from the store's rollups
// (never a year of raw readings), the values at a tapped point, and the CSV exports.
#pragma once

#include "historydata.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace commonwatt::app {

class CreditsService;
class Household;
class LedgerService;
class ReadingsExport;

class HistoryModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int view READ view WRITE setView NOTIFY viewChanged FINAL)
    Q_PROPERTY(int range READ range WRITE setRange NOTIFY viewChanged FINAL)
    Q_PROPERTY(QStringList viewNames READ viewNames NOTIFY textsChanged FINAL)
    Q_PROPERTY(QStringList rangeNames READ rangeNames NOTIFY textsChanged FINAL)
    Q_PROPERTY(QString periodText READ periodText NOTIFY periodChanged FINAL)
    Q_PROPERTY(bool canGoForward READ canGoForward NOTIFY periodChanged FINAL)
    // "power", "energy", "credits" or "percent": how Format writes the values.
    Q_PROPERTY(QString valueKind READ valueKind NOTIFY viewChanged FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    // Why there is nothing to chart; empty when there is.
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY dataChanged FINAL)
    // [{key, name}] of the chart's series, in stacking order.
    Q_PROPERTY(QVariantList legend READ legend NOTIFY dataChanged FINAL)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged FINAL)
    Q_PROPERTY(double exportProgress READ exportProgress NOTIFY exportChanged FINAL)
    // What the last export did ("Saved 1,234 readings to …") or why it failed, naming the file.
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportChanged FINAL)
    Q_PROPERTY(bool exportFailed READ exportFailed NOTIFY exportChanged FINAL)
    Q_PROPERTY(bool inCommunity READ inCommunity NOTIFY inCommunityChanged FINAL)

public:
    // credits may be null (no settlement: the credit views are empty); ledger is null outside a community.
    // exportFolder: the default folder of the exports (the user's Documents, else the data folder).
    HistoryModel(Household &household, storage::ReadingsStore &store, CreditsService *credits,
                 QString exportFolder, LedgerService *ledger = nullptr, QObject *parent = nullptr);
    ~HistoryModel() override;
    // The user's Documents folder when there is one, else the data folder.
    [[nodiscard]] static QString defaultExportFolder(const QString &dataFolder);

    [[nodiscard]] int view() const { return int(m_view); }
    void setView(int view);
    [[nodiscard]] int range() const { return int(m_range); }
    void setRange(int range);
    [[nodiscard]] QStringList viewNames() const;
    [[nodiscard]] QStringList rangeNames() const;
    [[nodiscard]] QString periodText() const;
    [[nodiscard]] bool canGoForward() const;
    [[nodiscard]] QString valueKind() const;
    [[nodiscard]] bool busy() const { return m_pending > 0; }
    [[nodiscard]] QString emptyText() const { return m_emptyText; }
    [[nodiscard]] QVariantList legend() const;
    [[nodiscard]] bool exporting() const;
    [[nodiscard]] double exportProgress() const { return m_exportProgress; }
    [[nodiscard]] QString exportMessage() const { return m_exportMessage; }
    [[nodiscard]] bool exportFailed() const { return m_exportFailed; }
    [[nodiscard]] bool inCommunity() const { return m_ledger != nullptr; }

    [[nodiscard]] const HistoryData &data() const { return m_data; }
    [[nodiscard]] QDate anchor() const { return m_anchor; }
    [[nodiscard]] Household &household() const { return m_household; }

    Q_INVOKABLE void previous();
    Q_INVOKABLE void next();
    // Back to the period holding today.
    Q_INVOKABLE void showLatest();
    // The values of the bucket holding ms (ms since the epoch, as the chart's axis has it, in seconds *
    // 1000): {valid, time: the bucket in words, rows: [{key, name, value}]} with values positive, in the
    // view's unit.
    Q_INVOKABLE QVariantMap pointAt(double ms) const;

    // A file name in the export folder for the current period: kind "readings" or "credits".
    Q_INVOKABLE QString defaultExportPath(const QString &kind) const;
    // Exports the readings of the current period to path (streamed; see exporting/exportProgress).
    Q_INVOKABLE void exportReadings(const QString &path);
    // Exports the household's settled credits per day of the current period to path.
    Q_INVOKABLE void exportCredits(const QString &path);
    // In a community: exports the ledger's accepted entries of the current period to path.
    Q_INVOKABLE void exportLedger(const QString &path);

public slots:
    void relocalize();
    // A community joined while the app runs: its ledger can be exported from now on.
    void attachLedger(LedgerService &ledger);
    void reload();

signals:
    void inCommunityChanged();
    void viewChanged();
    void textsChanged();
    void periodChanged();
    void busyChanged();
    void dataChanged();
    void exportChanged();

private:
    void loadEnergy(quint64 generation);
    void loadCredits();
    void publish(HistoryData data, const QString &emptyText);
    void setAnchor(QDate anchor);
    void onTotalsChanged();
    [[nodiscard]] QDate today() const;
    [[nodiscard]] HistoryPeriod period() const { return periodOf(m_range, m_anchor); }
    [[nodiscard]] qint64 dayStart(QDate day) const;
    [[nodiscard]] QString bucketText(qsizetype index) const;
    void setExportResult(bool failed, const QString &message);
    // False (with the message set when the path is empty) when no export can start now.
    [[nodiscard]] bool mayExportTo(const QString &path);

    Household &m_household;
    storage::ReadingsStore &m_store;
    QPointer<CreditsService> m_credits;
    QString m_exportFolder;
    LedgerService *m_ledger = nullptr;
    bool m_ledgerExporting = false;
    QString m_ledgerExportPath;
    HistoryView m_view = HistoryView::Power;
    HistoryRange m_range = HistoryRange::Day;
    QDate m_anchor;
    HistoryData m_data;
    QString m_emptyText;
    int m_pending = 0;
    quint64 m_generation = 0; // answers of an older load are dropped
    qint64 m_loadedAtMs = 0;  // household time of the last load, to refresh a live period now and then
    ReadingsExport *m_export = nullptr;
    double m_exportProgress = 0.0;
    QString m_exportMessage;
    bool m_exportFailed = false;
};

} // namespace commonwatt::app

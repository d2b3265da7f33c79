// One grid-signal document of the community feed (docs/plugins-generic-gridfeed.md, "Grid-signal documents";
// currency.md, sections 2 and 5): the signals g, s and r of a region for a run of slots, forecast or actual,
// with the grid events in force over them. Parsed and checked as a pure function of the payload's bytes, so
// that the fuzzer and the tests see exactly what the device sees.
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace commonwatt::gridfeed {

enum class SignalKind
{
    Forecast,
    Actual, // measured after the fact: replaces any forecast of the same slots
};

struct GridEvent
{
    QString id;
    qint64 startMs = 0;
    qint64 endMs = 0; // exclusive
    int level = 1;    // LEVEL 1..3 (currency.md, section 5)
};

struct SignalDocument
{
    static constexpr qsizetype maxBytes = 128 * 1024; // a month of quarter-hour slots needs about 30 kB
    static constexpr qsizetype maxSlots = 2880;       // two days of 1-minute slots, a month of 15-minute ones
    static constexpr qsizetype maxEvents = 64;
    static constexpr double maxCarbonIntensity = 5000.0; // gCO2/kWh; the dirtiest fuels stay far below

    QString region;
    qint64 startMs = 0;
    int slotMinutes = 15;
    QList<double> g;                // gCO2/kWh, >= 0
    QList<double> s;                // -1..1
    std::optional<QList<double>> r; // 0..1; not published when absent
    SignalKind kind = SignalKind::Forecast;
    qint64 issuedAtMs = 0;
    QList<GridEvent> events;
    QString signature; // the distributor's; kept for the ledger, not checked here

    [[nodiscard]] qint64 slotMs() const { return qint64(slotMinutes) * 60'000; }
    [[nodiscard]] qsizetype slotCount() const { return g.size(); }
    [[nodiscard]] qint64 endMs() const { return startMs + slotCount() * slotMs(); }
    // The highest LEVEL of the events overlapping [fromMs, toMs), else 0.
    [[nodiscard]] int eventLevel(qint64 fromMs, qint64 toMs) const;
};

struct ParseResult
{
    std::optional<SignalDocument> document;
    QString error; // names the field at fault: "g[3]: -5 is below 0"
};

[[nodiscard]] ParseResult parseSignalDocument(QByteArrayView payload);

} // namespace commonwatt::gridfeed

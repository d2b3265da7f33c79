// A settlement period from CSV files (docs/credits-cli.md): one household's meter data per slot and the
// slots' settled signals, read and validated into the currency engine's structs. No GUI; commonwatt-credits
// and the tests use it, so that anyone can check the rules from outside with a spreadsheet's export.
#pragma once

#ifndef Q_MOC_RUN

#include "currency/communityconfig.h"
#include "currency/slotsettlement.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace commonwatt::currency {

// What is wrong with an input and where: `row` is the 1-based line of the file (the header is row 1; 0 means
// the file as a whole), `column` the header name of the field (empty: the row as a whole).
struct CsvError
{
    QString file;
    qint64 row = 0;
    QString column;
    QString message;

    // "readings.csv: row 7, column import_wh: ..." as printed by commonwatt-credits.
    [[nodiscard]] QString toString() const;
};

template<typename T> struct CsvResult
{
    std::optional<T> value;
    CsvError error;

    [[nodiscard]] bool ok() const { return value.has_value(); }
};

struct ReadingsRow
{
    std::int64_t startSecs = 0; // slot start, seconds since 1970-01-01T00:00Z
    qint64 row = 0;             // line in the file, for messages about the row
    SlotMeterData meter;
};

struct ReadingsTable
{
    std::vector<ReadingsRow> rows;
    bool loadDerived = false; // no load_wh column: load is the energy balance (docs/credits-cli.md)
    bool hasHops = false;     // export_h0_wh .. export_h4_wh given: the slots are not pending (R9)
};

struct SignalsRow
{
    std::int64_t startSecs = 0;
    qint64 row = 0;
    SlotSignals signal;
};

struct SignalsTable
{
    std::vector<SignalsRow> rows;
    bool rDerived = false; // no r column: r = clamp(1 - g / fossilIntensity, 0, 1) (currency.md section 2)
};

// One slot ready to settle: the readings row with its signals.
struct PeriodSlot
{
    std::int64_t startSecs = 0;
    SlotMeterData meter;
    SlotSignals signal;
};

struct Period
{
    std::vector<PeriodSlot> entries; // not `slots`: a Qt keyword macro
    bool loadDerived = false;
    bool rDerived = false;
    bool hasHops = false;
};

// A decimal such as "-0.25", "1", ".5" or "0.2500" as exact thousandths. More than three decimals are
// refused unless the extra digits are zeros: settled signals are published in thousandths (currency.md
// section 6), so a finer value is not a settled signal and rounding it would hide that. `error` is empty on
// success.
struct ThousandthsParse
{
    std::int64_t value = 0;
    QString error;
};
[[nodiscard]] ThousandthsParse decimalToThousandths(std::string_view text);

// r when a signals file gives only g: clamp(1 - g / fossilIntensity, 0, 1) in thousandths, half to even.
[[nodiscard]] int derivedRenewableShare(const CommunityConfig &config, int g);

[[nodiscard]] CsvResult<ReadingsTable> parseReadingsCsv(const QByteArray &text, const QString &file,
                                                        const CommunityConfig &config);
[[nodiscard]] CsvResult<SignalsTable> parseSignalsCsv(const QByteArray &text, const QString &file,
                                                      const CommunityConfig &config);
// Every readings slot takes the signals row of the same slot_start; extra signals rows are ignored.
[[nodiscard]] CsvResult<Period> joinPeriod(const ReadingsTable &readings, const QString &readingsFile,
                                           const SignalsTable &signalTable, const QString &signalsFile);
// Reads both files and joins them; a file that cannot be read is an error of row 0.
[[nodiscard]] CsvResult<Period> loadPeriod(const QString &readingsPath, const QString &signalsPath,
                                           const CommunityConfig &config);

} // namespace commonwatt::currency

#endif // Q_MOC_RUN

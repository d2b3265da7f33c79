#include "currency/periodcsv.h"

#include <QDateTime>
#include <QFile>

#include <algorithm>
#include <charconv>
#include <map>

using namespace Qt::StringLiterals;

namespace commonwatt::currency {

namespace {

constexpr int kMaxG = 100'000; // R2

// Raised while reading a file and turned into a CsvResult; never escapes this file.
struct Failure
{
    qint64 row;
    QString column;
    QString message;
};

[[noreturn]] void fail(qint64 row, const QString &column, const QString &message)
{
    throw Failure{row, column, message};
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

QString quoted(std::string_view text)
{
    return u'"' + QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 40))) + u'"';
}

struct Line
{
    qint64 number = 0;
    std::vector<std::string_view> fields;
};

// Plain comma-separated lines (no quoting: every field is a number or a time stamp). Empty lines are skipped
// but counted, so that row numbers are the line numbers an editor shows.
std::vector<Line> splitLines(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF") // the UTF-8 byte order mark spreadsheets write
        text.remove_prefix(3);
    std::vector<Line> lines;
    qint64 number = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = trimmed(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        ++number;
        if (line.empty())
            continue;
        Line out{number, {}};
        std::size_t from = 0;
        for (;;) {
            const std::size_t comma = line.find(',', from);
            out.fields.push_back(trimmed(line.substr(from, comma - from)));
            if (comma == std::string_view::npos)
                break;
            from = comma + 1;
        }
        lines.push_back(std::move(out));
    }
    return lines;
}

bool isNanOrInf(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) { return char(c | 0x20); });
    if (!lower.empty() && (lower.front() == '-' || lower.front() == '+'))
        lower.erase(0, 1);
    return lower == "nan" || lower == "inf" || lower == "infinity";
}

std::int64_t readInteger(const Line &line, const QString &column, std::string_view text, std::int64_t min,
                         std::int64_t max, const QString &unit)
{
    if (isNanOrInf(text))
        fail(line.number, column, quoted(text) + u" is not a finite number"_s);
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec == std::errc::invalid_argument || ptr != text.data() + text.size())
        fail(line.number, column,
             quoted(text) + u" is not an integer"_s + (unit.isEmpty() ? QString() : u" in "_s + unit));
    if (ec == std::errc::result_out_of_range || value < min || value > max) {
        const QString what = value < 0 && min == 0 && ec != std::errc::result_out_of_range
                                 ? u"must not be negative"_s
                                 : u"must be %1 to %2"_s.arg(min).arg(max);
        fail(line.number, column,
             what + (unit.isEmpty() ? QString() : u' ' + unit) + u", not "_s + quoted(text));
    }
    return value;
}

std::int64_t readThousandths(const Line &line, const QString &column, std::string_view text, std::int64_t min,
                             std::int64_t max)
{
    const ThousandthsParse parsed = decimalToThousandths(text);
    if (!parsed.error.isEmpty())
        fail(line.number, column, parsed.error);
    if (parsed.value < min || parsed.value > max) {
        fail(line.number, column,
             u"must be %1 to %2, not %3"_s.arg(double(min) / 1000)
                 .arg(double(max) / 1000)
                 .arg(QString::fromUtf8(text.data(), qsizetype(text.size()))));
    }
    return parsed.value;
}

// ISO 8601 with an explicit zone (Z or an offset), aligned to the slot length since the epoch.
std::int64_t readSlotStart(const Line &line, std::string_view text, const CommunityConfig &config)
{
    const QString column = u"slot_start"_s;
    const QString string = QString::fromUtf8(text.data(), qsizetype(text.size()));
    const QDateTime time = QDateTime::fromString(string, Qt::ISODateWithMs);
    if (!time.isValid() || !string.contains(u'T'))
        fail(line.number, column, quoted(text) + u" is not an ISO 8601 time such as 2024-06-01T10:15:00Z"_s);
    if (time.timeSpec() == Qt::LocalTime)
        fail(line.number, column, quoted(text) + u" has no zone: write it in UTC with a final Z"_s);
    const qint64 msecs = time.toMSecsSinceEpoch();
    const qint64 slotMsecs = config.slotSeconds() * 1000;
    if (msecs % slotMsecs != 0) {
        fail(line.number, column,
             quoted(text) +
                 u" is not the start of a %1-minute slot (slots are aligned since 1970-01-01T00:00Z)"_s.arg(
                     config.slotMinutes));
    }
    return msecs / 1000;
}

// The header: every known column at most once, every required one present. Returns name -> field index.
struct Column
{
    QString name;
    bool required;
};

std::map<QString, std::size_t> readHeader(const std::vector<Line> &lines, const std::vector<Column> &columns)
{
    if (lines.empty())
        fail(1, {}, u"the file is empty: the first row must name the columns"_s);
    const Line &header = lines.front();
    std::map<QString, std::size_t> index;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const QString name = QString::fromUtf8(header.fields[i].data(), qsizetype(header.fields[i].size()));
        const bool known =
            std::any_of(columns.begin(), columns.end(), [&](const Column &c) { return c.name == name; });
        if (!known) {
            QStringList allowed;
            for (const Column &c : columns)
                allowed << c.name;
            fail(header.number, name, u"unknown column; the columns are "_s + allowed.join(u", "_s));
        }
        if (!index.emplace(name, i).second)
            fail(header.number, name, u"the column is named twice"_s);
    }
    for (const Column &c : columns) {
        if (c.required && !index.contains(c.name))
            fail(header.number, c.name, u"missing column"_s);
    }
    return index;
}

void checkFieldCount(const Line &line, std::size_t expected)
{
    if (line.fields.size() != expected)
        fail(line.number, {},
             u"the row has %1 fields, the header %2"_s.arg(line.fields.size()).arg(expected));
}

// Slot starts strictly increase, so that a duplicate or a row out of order is caught where it is.
void checkOrder(const Line &line, std::int64_t start, std::optional<std::int64_t> previous)
{
    if (!previous)
        return;
    if (start == *previous)
        fail(line.number, u"slot_start"_s, u"duplicate slot: the row before has the same slot_start"_s);
    if (start < *previous)
        fail(line.number, u"slot_start"_s, u"not sorted: the slot is earlier than the row before"_s);
}

template<typename T, typename F> CsvResult<T> guarded(const QString &file, F &&body)
{
    try {
        return {body(), {}};
    } catch (const Failure &failure) {
        return {std::nullopt, CsvError{file, failure.row, failure.column, failure.message}};
    }
}

QString hopColumn(int h)
{
    return u"export_h%1_wh"_s.arg(h);
}

} // namespace

QString CsvError::toString() const
{
    QString where = file;
    if (row > 0)
        where += u": row %1"_s.arg(row);
    if (!column.isEmpty())
        where += u", column "_s + column;
    return where + u": "_s + message;
}

ThousandthsParse decimalToThousandths(std::string_view text)
{
    const QString shown = quoted(text);
    if (isNanOrInf(text))
        return {0, shown + u" is not a finite number"_s};
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        negative = text[i++] == '-';
    std::int64_t whole = 0;
    int digits = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits) {
        if (whole > 1'000'000'000)
            return {0, shown + u" is too large"_s};
        whole = whole * 10 + (text[i] - '0');
    }
    std::int64_t fraction = 0; // thousandths
    if (i < text.size() && text[i] == '.') {
        ++i;
        int place = 0;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++place, ++digits) {
            if (place < 3)
                fraction = fraction * 10 + (text[i] - '0');
            else if (text[i] != '0')
                return {0, shown + u" has more than 3 decimals: give it in exact thousandths"_s};
        }
        for (; place < 3; ++place)
            fraction *= 10;
    }
    if (digits == 0 || i != text.size())
        return {0, shown + u" is not a decimal number such as 0.25"_s};
    const std::int64_t value = whole * 1000 + fraction;
    return {negative ? -value : value, {}};
}

int derivedRenewableShare(const CommunityConfig &config, int g)
{
    // 1 - g / F in thousandths = (1000 F - 1000 g) / F.
    const std::int64_t f = config.fossilIntensity;
    const std::int64_t r = roundHalfEven(Int128(1000) * (f - g), f);
    return int(std::clamp<std::int64_t>(r, 0, 1000));
}

CsvResult<ReadingsTable> parseReadingsCsv(const QByteArray &text, const QString &file,
                                          const CommunityConfig &config)
{
    return guarded<ReadingsTable>(file, [&] {
        const std::vector<Line> lines =
            splitLines(std::string_view(text.constData(), std::size_t(text.size())));
        std::vector<Column> columns{
            {u"slot_start"_s, true},
            {u"import_wh"_s, true},
            {u"export_wh"_s, true},
            {u"pv_wh"_s, true},
            {u"fossil_wh"_s, false},
            {u"storage_charge_wh"_s, false},
            {u"storage_discharge_wh"_s, false},
            {u"load_wh"_s, false},
        };
        for (int h = 0; h < kHopCount; ++h)
            columns.push_back({hopColumn(h), false});
        const std::map<QString, std::size_t> index = readHeader(lines, columns);

        ReadingsTable table;
        table.loadDerived = !index.contains(u"load_wh"_s);
        table.hasHops = std::any_of(index.begin(), index.end(),
                                    [](const auto &e) { return e.first.startsWith(u"export_h"_s); });
        if (table.hasHops) {
            for (int h = 0; h < kHopCount; ++h)
                if (!index.contains(hopColumn(h)))
                    fail(lines.front().number, hopColumn(h),
                         u"missing column: give all five hop columns or none"_s);
        }
        if (lines.size() < 2)
            fail(2, {}, u"no slots: the file has a header row only"_s);

        std::optional<std::int64_t> previous;
        table.rows.reserve(lines.size() - 1);
        for (std::size_t l = 1; l < lines.size(); ++l) {
            const Line &line = lines[l];
            checkFieldCount(line, index.size());
            const auto energy = [&](const QString &name) -> std::int64_t {
                const auto it = index.find(name);
                return it == index.end()
                           ? 0
                           : readInteger(line, name, line.fields[it->second], 0, kMaxSlotWh, u"Wh"_s);
            };
            ReadingsRow row;
            row.row = line.number;
            row.startSecs = readSlotStart(line, line.fields[index.at(u"slot_start"_s)], config);
            checkOrder(line, row.startSecs, previous);
            previous = row.startSecs;
            SlotMeterData &m = row.meter;
            m.importWh = energy(u"import_wh"_s);
            m.exportWh = energy(u"export_wh"_s);
            m.pvWh = energy(u"pv_wh"_s);
            m.fossilWh = energy(u"fossil_wh"_s);
            m.storageChargeWh = energy(u"storage_charge_wh"_s);
            m.storageDischargeWh = energy(u"storage_discharge_wh"_s);
            if (table.loadDerived) {
                // What the home used is what came in minus what went out (currency.md section 9's pool).
                const std::int64_t load =
                    m.importWh + m.pvWh + m.fossilWh + m.storageDischargeWh - m.exportWh - m.storageChargeWh;
                if (load < 0 || load > kMaxSlotWh) {
                    fail(line.number, u"load_wh"_s,
                         u"the energy balance import + pv + fossil + storage discharge - export - storage "
                         u"charge "
                         "is %1 Wh; add a load_wh column"_s.arg(load));
                }
                m.loadWh = load;
            } else {
                m.loadWh = energy(u"load_wh"_s);
            }
            if (table.hasHops) {
                std::array<std::int64_t, kHopCount> hops{};
                std::int64_t sum = 0;
                for (int h = 0; h < kHopCount; ++h)
                    sum += hops[std::size_t(h)] = energy(hopColumn(h));
                if (sum != m.exportWh) {
                    fail(line.number, u"export_h0_wh..export_h4_wh"_s,
                         u"the hop split adds up to %1 Wh, not export_wh %2"_s.arg(sum).arg(m.exportWh));
                }
                m.exportByHops = hops;
            }
            table.rows.push_back(std::move(row));
        }
        return table;
    });
}

CsvResult<SignalsTable> parseSignalsCsv(const QByteArray &text, const QString &file,
                                        const CommunityConfig &config)
{
    return guarded<SignalsTable>(file, [&] {
        const std::vector<Line> lines =
            splitLines(std::string_view(text.constData(), std::size_t(text.size())));
        const std::map<QString, std::size_t> index = readHeader(lines, {{u"slot_start"_s, true},
                                                                        {u"g"_s, true},
                                                                        {u"s"_s, true},
                                                                        {u"r"_s, false},
                                                                        {u"event_level"_s, false}});
        SignalsTable table;
        table.rDerived = !index.contains(u"r"_s);
        std::optional<std::int64_t> previous;
        table.rows.reserve(lines.size());
        for (std::size_t l = 1; l < lines.size(); ++l) {
            const Line &line = lines[l];
            checkFieldCount(line, index.size());
            SignalsRow row;
            row.row = line.number;
            row.startSecs = readSlotStart(line, line.fields[index.at(u"slot_start"_s)], config);
            checkOrder(line, row.startSecs, previous);
            previous = row.startSecs;
            SlotSignals &sig = row.signal;
            sig.g = int(readInteger(line, u"g"_s, line.fields[index.at(u"g"_s)], 0, kMaxG, u"gCO2/kWh"_s));
            sig.s = int(readThousandths(line, u"s"_s, line.fields[index.at(u"s"_s)], -1000, 1000));
            if (const auto it = index.find(u"r"_s); it != index.end())
                sig.r = int(readThousandths(line, u"r"_s, line.fields[it->second], 0, 1000));
            else
                sig.r = derivedRenewableShare(config, sig.g);
            if (const auto it = index.find(u"event_level"_s); it != index.end())
                sig.eventLevel = int(readInteger(line, u"event_level"_s, line.fields[it->second], 0, 3, {}));
            table.rows.push_back(row);
        }
        return table;
    });
}

CsvResult<Period> joinPeriod(const ReadingsTable &readings, const QString &readingsFile,
                             const SignalsTable &signalTable, const QString &signalsFile)
{
    return guarded<Period>(readingsFile, [&] {
        Period period;
        period.loadDerived = readings.loadDerived;
        period.rDerived = signalTable.rDerived;
        period.hasHops = readings.hasHops;
        period.entries.reserve(readings.rows.size());
        // Both are sorted: one merge pass.
        auto sig = signalTable.rows.begin();
        for (const ReadingsRow &row : readings.rows) {
            while (sig != signalTable.rows.end() && sig->startSecs < row.startSecs)
                ++sig;
            if (sig == signalTable.rows.end() || sig->startSecs != row.startSecs) {
                fail(row.row, u"slot_start"_s,
                     u"%1 has no row in %2"_s.arg(
                         QDateTime::fromSecsSinceEpoch(row.startSecs, Qt::UTC).toString(Qt::ISODate),
                         signalsFile));
            }
            period.entries.push_back({row.startSecs, row.meter, sig->signal});
        }
        return period;
    });
}

CsvResult<Period> loadPeriod(const QString &readingsPath, const QString &signalsPath,
                             const CommunityConfig &config)
{
    QByteArray contents[2];
    const QString paths[2] = {readingsPath, signalsPath};
    for (int i = 0; i < 2; ++i) {
        QFile f(paths[i]);
        if (!f.open(QIODevice::ReadOnly))
            return {std::nullopt, CsvError{paths[i], 0, {}, u"cannot read the file: "_s + f.errorString()}};
        contents[i] = f.readAll();
    }
    const CsvResult<ReadingsTable> readings = parseReadingsCsv(contents[0], readingsPath, config);
    if (!readings.ok())
        return {std::nullopt, readings.error};
    const CsvResult<SignalsTable> signalTable = parseSignalsCsv(contents[1], signalsPath, config);
    if (!signalTable.ok())
        return {std::nullopt, signalTable.error};
    return joinPeriod(*readings.value, readingsPath, *signalTable.value, signalsPath);
}

} // namespace commonwatt::currency

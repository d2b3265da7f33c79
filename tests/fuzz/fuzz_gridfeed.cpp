// libFuzzer target for grid-signal documents (plugins/gridfeed): any input must give a document or an error
// naming a field, never a crash, a hang or undefined behaviour. A document it accepts must keep every rule of
// docs/plugins-generic-gridfeed.md, and applying it to the signal table twice must change nothing the second
// time (a replay), with the table's slots never overlapping.
#include "signaldocument.h"
#include "signaltable.h"
#include "utctime.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace commonwatt::gridfeed;

namespace {

[[noreturn]] void bug(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "%s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

void checkDocument(const SignalDocument &doc)
{
    if (doc.region.trimmed().isEmpty() || doc.signature.trimmed().isEmpty())
        bug("an empty region or signature was accepted");
    if (doc.slotMinutes < 1 || 60 % doc.slotMinutes != 0)
        bug("slotMinutes does not divide 60", QString::number(doc.slotMinutes));
    if (doc.startMs < 0 || doc.startMs % doc.slotMs() != 0)
        bug("start is not aligned", QString::number(doc.startMs));
    if (doc.g.isEmpty() || doc.g.size() != doc.s.size() || (doc.r && doc.r->size() != doc.g.size()) ||
        doc.g.size() > SignalDocument::maxSlots)
        bug("the arrays differ in length");
    for (qsizetype i = 0; i < doc.g.size(); ++i) {
        if (!(doc.g[i] >= 0.0 && doc.g[i] <= SignalDocument::maxCarbonIntensity))
            bug("g out of range", QString::number(doc.g[i]));
        if (!(doc.s[i] >= -1.0 && doc.s[i] <= 1.0))
            bug("s out of range", QString::number(doc.s[i]));
        if (doc.r && !((*doc.r)[i] >= 0.0 && (*doc.r)[i] <= 1.0))
            bug("r out of range", QString::number((*doc.r)[i]));
    }
    for (const GridEvent &event : doc.events) {
        if (event.id.trimmed().isEmpty() || event.endMs <= event.startMs || event.level < 1 ||
            event.level > 3)
            bug("a bad event was accepted", event.id);
    }
    const int level = doc.eventLevel(doc.startMs, doc.endMs());
    if (level < 0 || level > 3)
        bug("an event level out of range");
}

void checkTable(const SignalTable &table)
{
    qint64 previousEnd = std::numeric_limits<qint64>::min();
    for (auto it = table.entries().begin(); it != table.entries().end(); ++it) {
        if (it.key() >= it.value().endMs || it.key() < previousEnd)
            bug("the table's slots overlap or are empty");
        previousEnd = it.value().endMs;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    // The time format on its own: anything it accepts is a whole instant that formats back to itself.
    if (size <= 40) {
        const QString text = QString::fromUtf8(input);
        if (const std::optional<qint64> ms = parseUtcTime(text)) {
            const std::optional<qint64> again = parseUtcTime(formatUtcTime(*ms));
            if (!again || *again != *ms - *ms % 1000)
                bug("a time does not read back", text);
        }
    }

    const ParseResult result = parseSignalDocument(input);
    if (result.document.has_value() == !result.error.isEmpty())
        bug("a result has both or neither of a document and an error", result.error);
    if (!result.document) {
        if (!result.error.contains(QLatin1StringView(": ")) &&
            !result.error.startsWith(QLatin1StringView("not ")) &&
            !result.error.startsWith(QLatin1StringView("the document is ")))
            bug("an error names no field", result.error);
        return 0;
    }
    checkDocument(*result.document);
    static SignalTable table; // across inputs, so that documents meet what earlier ones left
    if (table.entries().size() > 100'000)
        table = SignalTable();
    table.apply(*result.document);
    checkTable(table);
    const SignalTable::Applied replay = table.apply(*result.document);
    if (replay.taken != 0)
        bug("a replayed document changed the table");
    checkTable(table);
    return 0;
}

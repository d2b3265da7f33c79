// The signal table: which document settles each stretch of time (actual over forecast, else the later
// issuedAt; replays change nothing), documents of different slot lengths, and the table's invariants.
#include "signaltable.h"

#include <QTest>

#include <array>
#include <limits>
#include <random>

using namespace Qt::StringLiterals;
using namespace commonwatt::gridfeed;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 noonMs = 1'748'779'200'000; // 2025-06-01T12:00:00Z

SignalDocument document(qint64 startMs, int slotMinutes, QList<double> g, qint64 issuedAtMs,
                        SignalKind kind = SignalKind::Forecast)
{
    SignalDocument doc;
    doc.region = u"NL-North"_s;
    doc.startMs = startMs;
    doc.slotMinutes = slotMinutes;
    doc.s = QList<double>(g.size(), 0.0);
    doc.g = std::move(g);
    doc.kind = kind;
    doc.issuedAtMs = issuedAtMs;
    doc.signature = u"sig"_s;
    return doc;
}

// The g the table holds at each minute from `from` for `minutes`, or -1 where it holds nothing.
QList<double> gByMinute(const SignalTable &table, qint64 from, int minutes)
{
    QList<double> values;
    for (int m = 0; m < minutes; ++m) {
        const auto entry = table.entryAt(from + m * minute);
        values.append(entry ? entry->second.g : -1.0);
    }
    return values;
}

} // namespace

class TestSignalTable : public QObject
{
    Q_OBJECT
private slots:
    void newerForecastReplacesOlder()
    {
        SignalTable table;
        QCOMPARE(table.apply(document(noonMs, 15, {100, 200}, noonMs - 10 * minute)).taken, 2);
        const SignalTable::Applied newer =
            table.apply(document(noonMs + 15 * minute, 15, {250, 300}, noonMs - 5 * minute));
        QCOMPARE(newer.taken, 2);
        QCOMPARE(newer.ignored, 0);
        QCOMPARE(table.entryAt(noonMs)->second.g, 100.0);
        QCOMPARE(table.entryAt(noonMs + 20 * minute)->second.g, 250.0);
        QCOMPARE(table.entryAt(noonMs + 30 * minute)->second.g, 300.0);
        QVERIFY(!table.entryAt(noonMs + 45 * minute));
        QVERIFY(!table.entryAt(noonMs - 1));
    }

    void replaysChangeNothing()
    {
        SignalTable table;
        const SignalDocument first = document(noonMs, 15, {100, 200}, noonMs - 5 * minute);
        table.apply(first);
        // The same document again (a retained message after a reconnect), and an older one.
        const SignalTable::Applied again = table.apply(first);
        QCOMPARE(again.taken, 0);
        QCOMPARE(again.ignored, 2);
        const SignalTable::Applied older =
            table.apply(document(noonMs, 15, {999, 999}, noonMs - 10 * minute));
        QCOMPARE(older.taken, 0);
        QCOMPARE(gByMinute(table, noonMs, 30), QList<double>(15, 100.0) + QList<double>(15, 200.0));
    }

    void actualsBeatForecasts()
    {
        SignalTable table;
        table.apply(document(noonMs, 15, {100}, noonMs, SignalKind::Actual));
        // A later forecast never replaces what was measured ...
        QCOMPARE(table.apply(document(noonMs, 15, {500}, noonMs + 60 * minute)).taken, 0);
        QCOMPARE(table.entryAt(noonMs)->second.g, 100.0);
        // ... and an actual replaces a forecast, whenever it was issued.
        table.apply(document(noonMs + 15 * minute, 15, {300}, noonMs + 60 * minute));
        QCOMPARE(table.apply(document(noonMs + 15 * minute, 15, {310}, noonMs, SignalKind::Actual)).taken, 1);
        QCOMPARE(table.entryAt(noonMs + 15 * minute)->second.g, 310.0);
        QCOMPARE(table.entryAt(noonMs + 15 * minute)->second.kind, SignalKind::Actual);
    }

    void slotLengthsMix()
    {
        SignalTable table;
        table.apply(document(noonMs, 60, {100}, noonMs - 30 * minute));
        // A newer quarter-hour document for 12:15-12:30 splits the hour around it.
        table.apply(document(noonMs + 15 * minute, 15, {200}, noonMs - 20 * minute));
        QCOMPARE(gByMinute(table, noonMs, 60),
                 QList<double>(15, 100.0) + QList<double>(15, 200.0) + QList<double>(30, 100.0));
        QCOMPARE(table.entries().size(), 3);
        // An older hour document overlapping the newer quarter is ignored as a whole.
        QCOMPARE(table.apply(document(noonMs, 60, {900}, noonMs - 25 * minute)).taken, 0);
        // A newer hour document replaces all three pieces.
        QCOMPARE(table.apply(document(noonMs, 60, {50}, noonMs - 10 * minute)).taken, 1);
        QCOMPARE(gByMinute(table, noonMs, 60), QList<double>(60, 50.0));
        QCOMPARE(table.entries().size(), 1);
    }

    void forgetsWhatIsLongPast()
    {
        SignalTable table;
        table.apply(document(noonMs, 15, {1, 2, 3, 4}, noonMs));
        table.forgetBefore(noonMs + 20 * minute);
        // The slot that ended at 12:15 is gone; the one still running at 12:20 stays.
        QCOMPARE(table.entries().size(), 3);
        QCOMPARE(table.entries().firstKey(), noonMs + 15 * minute);
    }

    void agreesWithAMinuteByMinuteModel()
    {
        // Property: however documents arrive, entries never overlap, and every minute holds what a plain
        // minute-by-minute model says: a slot is taken when it beats whatever holds each of its minutes.
        struct Held
        {
            bool any = false;
            SignalKind kind = SignalKind::Forecast;
            qint64 issuedAtMs = 0;
            double g = 0.0;
        };
        const auto beats = [](const Held &incoming, const Held &existing) {
            if (!existing.any)
                return true;
            if (incoming.kind != existing.kind)
                return incoming.kind == SignalKind::Actual;
            return incoming.issuedAtMs > existing.issuedAtMs;
        };
        constexpr int horizonMinutes = 240;
        std::array<Held, horizonMinutes> model{};
        std::mt19937 random(42);
        SignalTable table;
        for (int round = 0; round < 500; ++round) {
            const int slotMinutes = std::array{5, 10, 15, 30, 60}[random() % 5];
            const int slotsAvailable = horizonMinutes / slotMinutes;
            const int first = int(random() % slotsAvailable);
            const int count = 1 + int(random() % std::min(4, slotsAvailable - first));
            QList<double> g;
            for (int i = 0; i < count; ++i)
                g.append(double(random() % 1000));
            const qint64 issued = noonMs + qint64(random() % 100) * minute;
            const SignalKind kind = random() % 5 == 0 ? SignalKind::Actual : SignalKind::Forecast;
            const SignalTable::Applied applied =
                table.apply(document(noonMs + first * slotMinutes * minute, slotMinutes, g, issued, kind));

            qsizetype taken = 0;
            for (int i = 0; i < count; ++i) {
                const int from = (first + i) * slotMinutes;
                const Held incoming{true, kind, issued, g[i]};
                bool wins = true;
                for (int m = from; m < from + slotMinutes; ++m)
                    wins = wins && beats(incoming, model[std::size_t(m)]);
                if (!wins)
                    continue;
                ++taken;
                for (int m = from; m < from + slotMinutes; ++m)
                    model[std::size_t(m)] = incoming;
            }
            QCOMPARE(applied.taken, taken);
            QCOMPARE(applied.ignored, count - taken);

            qint64 previousEnd = std::numeric_limits<qint64>::min();
            for (auto it = table.entries().begin(); it != table.entries().end(); ++it) {
                QVERIFY(it.key() < it.value().endMs);
                QVERIFY(it.key() >= previousEnd);
                previousEnd = it.value().endMs;
            }
            for (int m = 0; m < horizonMinutes; ++m) {
                const auto entry = table.entryAt(noonMs + m * minute);
                const Held &expected = model[std::size_t(m)];
                QCOMPARE(entry.has_value(), expected.any);
                if (entry) {
                    QCOMPARE(entry->second.g, expected.g);
                    QCOMPARE(entry->second.issuedAtMs, expected.issuedAtMs);
                    QCOMPARE(entry->second.kind, expected.kind);
                }
            }
        }
        QVERIFY(table.entries().size() > 10);
    }
};

QTEST_GUILESS_MAIN(TestSignalTable)
#include "tst_signaltable.moc"

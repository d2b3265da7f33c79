#include "creditsreport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace commonwatt::currency;

namespace commonwatt::credits {

namespace {

QString slotStart(std::int64_t secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

// An exact decimal of an integer count of 10^-places units, without going through floating point.
QString fixedPoint(std::int64_t value, int places, std::int64_t unit)
{
    const bool negative = value < 0;
    // Magnitudes stay far below 2^63 (R2 bounds every slot), so negating is safe.
    const std::int64_t magnitude = negative ? -value : value;
    return (negative ? u"-"_s : QString()) + QString::number(magnitude / unit) + u'.' +
           QString::number(magnitude % unit).rightJustified(places, u'0');
}

} // namespace

QString formatCredits(std::int64_t milliCredits)
{
    return fixedPoint(milliCredits, 3, 1000);
}

QString formatMillionths(std::int64_t millionths)
{
    return fixedPoint(millionths, 6, kMillion);
}

ReportResult settlePeriod(const CommunityConfig &config, const Period &period)
{
    Report report{config, {}, {}, {}, {}};
    report.period.loadDerived = period.loadDerived;
    report.period.rDerived = period.rDerived;
    report.period.hasHops = period.hasHops;
    // One storage device when the readings have storage flows; efficiencies of 1 (see the header).
    const bool storage = std::any_of(period.entries.begin(), period.entries.end(), [](const PeriodSlot &s) {
        return s.meter.storageChargeWh != 0 || s.meter.storageDischargeWh != 0;
    });
    std::vector<EnergyPassport> passports;
    if (storage)
        passports.emplace_back(kMillion, kMillion);
    CleanShareTracker tracker(std::move(passports));
    report.settled.reserve(period.entries.size());
    for (const PeriodSlot &slot : period.entries) {
        const SlotSettlement result = settleSlot(config, slot.signal, slot.meter);
        if (!result.breakdown)
            return {std::nullopt, slotStart(slot.startSecs) + u": "_s + result.error};
        const std::int64_t mean = tracker.addSlot(PoolSlot::from(slot.meter, slot.signal.r, storage));
        const Weight w = gridWeight(config, slot.signal.g, result.breakdown->effectiveS);
        report.settled.push_back({slot, *result.breakdown, w.millionthsRounded(), mean});
        report.totals.add(*result.breakdown);
    }
    report.cleanShare = tracker.share();
    return {std::move(report), {}};
}

QString formatTable(const Report &report)
{
    QString out;
    const auto row = [&out](const QStringList &cells) {
        static constexpr int widths[] = {20, 8, 8, 8, 9, 9, 9, 8, 8, 8, 9, 9};
        for (qsizetype i = 0; i < cells.size(); ++i)
            out += i == 0 ? cells[i].leftJustified(widths[i]) : u' ' + cells[i].rightJustified(widths[i]);
        out += u'\n';
    };
    row({u"slot start (UTC)"_s, u"import"_s, u"export"_s, u"pv"_s, u"w"_s, u"taking"_s, u"giving"_s, u"fee"_s,
         u"fossil"_s, u"event"_s, u"net"_s, u"m[t]"_s});
    row({QString(), u"Wh"_s, u"Wh"_s, u"Wh"_s, u"cr/kWh"_s, u"cr"_s, u"cr"_s, u"cr"_s, u"cr"_s, u"cr"_s,
         u"cr"_s, u"clean"_s});
    for (const SettledSlot &s : report.settled) {
        const SlotBreakdown &b = s.breakdown;
        row({slotStart(s.input.startSecs), QString::number(s.input.meter.importWh),
             QString::number(s.input.meter.exportWh), QString::number(s.input.meter.pvWh),
             formatMillionths(s.weightMillionths), formatCredits(b.taking.value()),
             formatCredits(b.giving.value()), formatCredits(b.fee.value()), formatCredits(b.fossil.value()),
             formatCredits(b.eventPart.value()), formatCredits(b.net().value()),
             formatMillionths(s.cleanMean)});
    }
    const PeriodTotals &t = report.totals;
    out += u"\nTotals (the sum of the slots)\n"_s;
    const auto line = [&out](const QString &label, const QString &value) {
        out += u"  "_s + label.leftJustified(22) + value + u'\n';
    };
    line(u"taking"_s, formatCredits(t.taking.value()) + u" cr"_s);
    line(u"giving"_s, formatCredits(t.giving.value()) + u" cr"_s);
    line(u"distributor fee"_s, formatCredits(t.fee.value()) + u" cr"_s);
    line(u"fossil"_s, formatCredits(t.fossil.value()) + u" cr"_s);
    line(u"of which event part"_s, formatCredits(t.eventPart.value()) + u" cr"_s);
    line(u"net"_s, formatCredits(t.net().value()) + u" cr"_s);
    line(u"slots"_s, QString::number(t.slotCount));
    line(u"pending slots"_s,
         QString::number(t.pendingSlots) + (t.pendingSlots > 0 ? u" (hops not validated: all "
                                                                 "export at h = 0, R9)"_s
                                                               : QString()));
    line(u"load"_s, QString::number(report.cleanShare.loadWh) + u" Wh"_s +
                        (report.period.loadDerived ? u" (derived from the energy balance)"_s : QString()));
    line(u"clean share"_s, formatMillionths(report.cleanShare.millionths()));
    if (report.period.rDerived)
        out += u"  r derived from g: clamp(1 - g / %1, 0, 1)\n"_s.arg(report.config.fossilIntensity);
    return out;
}

QByteArray formatJson(const Report &report)
{
    // Every figure is an integer well below 2^53, so JSON's doubles carry it exactly.
    QJsonArray slotArray;
    for (const SettledSlot &s : report.settled) {
        const SlotMeterData &m = s.input.meter;
        const SlotBreakdown &b = s.breakdown;
        QJsonObject o{
            {u"start"_s, slotStart(s.input.startSecs)},
            {u"importWh"_s, qint64(m.importWh)},
            {u"exportWh"_s, qint64(m.exportWh)},
            {u"pvWh"_s, qint64(m.pvWh)},
            {u"fossilWh"_s, qint64(m.fossilWh)},
            {u"storageChargeWh"_s, qint64(m.storageChargeWh)},
            {u"storageDischargeWh"_s, qint64(m.storageDischargeWh)},
            {u"loadWh"_s, qint64(m.loadWh)},
            {u"g"_s, s.input.signal.g},
            {u"sThousandths"_s, s.input.signal.s},
            {u"rThousandths"_s, s.input.signal.r},
            {u"eventLevel"_s, s.input.signal.eventLevel},
            {u"effectiveSThousandths"_s, b.effectiveS},
            {u"wMillionths"_s, qint64(s.weightMillionths)},
            {u"givingEligibleWh"_s, qint64(b.givingEligibleWh)},
            {u"takingMcr"_s, qint64(b.taking.value())},
            {u"givingMcr"_s, qint64(b.giving.value())},
            {u"feeMcr"_s, qint64(b.fee.value())},
            {u"fossilMcr"_s, qint64(b.fossil.value())},
            {u"eventPartMcr"_s, qint64(b.eventPart.value())},
            {u"netMcr"_s, qint64(b.net().value())},
            {u"hopsPending"_s, b.hopsPending},
            {u"cleanMeanMillionths"_s, qint64(s.cleanMean)},
        };
        if (m.exportByHops) {
            QJsonArray hops;
            for (const std::int64_t wh : *m.exportByHops)
                hops.append(qint64(wh));
            o.insert(u"exportByHopsWh"_s, hops);
        }
        slotArray.append(o);
    }
    const PeriodTotals &t = report.totals;
    const QJsonObject totals{
        {u"takingMcr"_s, qint64(t.taking.value())},
        {u"givingMcr"_s, qint64(t.giving.value())},
        {u"feeMcr"_s, qint64(t.fee.value())},
        {u"fossilMcr"_s, qint64(t.fossil.value())},
        {u"eventPartMcr"_s, qint64(t.eventPart.value())},
        {u"netMcr"_s, qint64(t.net().value())},
        {u"slots"_s, qint64(t.slotCount)},
        {u"pendingSlots"_s, qint64(t.pendingSlots)},
        {u"loadWh"_s, qint64(report.cleanShare.loadWh)},
        {u"cleanShareMillionths"_s, qint64(report.cleanShare.millionths())},
    };
    const QJsonObject root{
        {u"format"_s, u"commonwatt-credits/1"_s},
        {u"timeZone"_s, report.config.timeZone},
        {u"slotMinutes"_s, report.config.slotMinutes},
        {u"loadDerived"_s, report.period.loadDerived},
        {u"rDerived"_s, report.period.rDerived},
        {u"slots"_s, slotArray},
        {u"totals"_s, totals},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace commonwatt::credits

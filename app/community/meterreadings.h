// The distributor's revenue and feeder meter readings as commonwatt-community validator reads them
// (docs/community-cli.md): CSV with a header `meter,slot_start,import_wh,export_wh`; a meter named
// `feeder:ID` is feeder ID's meter (all its customers). Errors name the file, row and column.
#pragma once

#include "currency/hopsplit.h"
#include "currency/periodcsv.h"
#include "ledger/validator.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>

namespace commonwatt::community {

struct MeterReadings
{
    std::map<std::pair<QString, qint64>, ledger::RevenueMeterDelta> households; // (meter, slot start ms)
    std::map<std::pair<QString, qint64>, currency::LevelFlows> feeders;         // (feeder, slot start ms)
};

[[nodiscard]] currency::CsvResult<MeterReadings> parseMeterReadings(const QByteArray &text, const QString &file,
                                                                    int slotMinutes);

} // namespace commonwatt::community

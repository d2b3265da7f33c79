// Reading a scenario (../shared/docs/scheduling.md, "Scenario" and "Validity") from its JSON text.
#pragma once

#include "scenario.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace commonwatt::scheduler {

struct ScenarioReadResult
{
    Scenario scenario; // default-constructed unless ok()
    // Empty on success, else one message that names the field: "devices[1].departureSlot: before
    // arrivalSlot", "signals.gridNeed[17]: must be between -1 and 1", or for malformed JSON "line 3, column
    // 7: ...".
    std::string error;

    [[nodiscard]] bool ok() const { return error.empty(); }
};

// Parses and validates everything the contract asks of a scenario: required and unknown fields at every
// level, types, array lengths, the validity rules and unique device ids. Optional signals, pvKw, currency,
// weights and cycleCostPerKwh get their defaults; deviceOrder lists the devices as written. Never throws.
// Slot fields must be whole numbers within +-1e9 ("30" or "30.0", not "30.5"); other numbers must be finite.
[[nodiscard]] ScenarioReadResult readScenario(std::string_view json);

// Seconds since 1970-01-01T00:00:00Z of "YYYY-MM-DDTHH:MM:SS" followed by "Z" or "+00:00" (fractional seconds
// allowed only when zero, e.g. ".000Z"); nullopt for anything else, including dates not in the calendar.
[[nodiscard]] std::optional<std::int64_t> parseUtcTimestamp(std::string_view text);

} // namespace commonwatt::scheduler

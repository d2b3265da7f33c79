// The community configuration (currency.md, section 12): the parameters every replica settles with.
#pragma once

#ifndef Q_MOC_RUN

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>

namespace commonwatt::currency {

inline constexpr int kHopCount = 5; // 0 feeder .. 4 cross-border (section 4)

// Days of history the event baseline averages over (section 5): the short and the long window.
struct BaselineWindow
{
    int shortDays = 10;
    int longDays = 60;
    friend bool operator==(const BaselineWindow &, const BaselineWindow &) = default;
};

// Factors are integer millionths (section 1; docs/currency-rules.md R3), intensities integer g/kWh.
struct CommunityConfig
{
    QString timeZone; // IANA id, required
    QList<QDate> holidays;
    QString currencyCode = QStringLiteral("EUR");
    int slotMinutes = 15;
    int referenceIntensity = 400;
    int fossilIntensity = 800;
    std::int64_t kappa = 250'000;
    std::int64_t gamma = 500'000;
    std::array<std::int64_t, kHopCount> feeByHops{10'000, 30'000, 60'000, 100'000, 150'000};
    std::int64_t validationTolerance = 10'000;
    std::int64_t eventRateDefault = 3'000'000; // millionths of a credit per kWh
    std::int64_t firmLevel = 700'000;
    BaselineWindow baselineWeekday{10, 60};
    BaselineWindow baselineWeekend{4, 24};
    std::int64_t baselineMinData = 800'000;
    int reputationDays = 90;
    int expiryMonths = 12;
    QStringList stewards; // parsed, used once stewards sign (section 10)
    int stewardThreshold = 2;
    // The distributor's validator: its Ed25519 public key as 64 hex digits (lower case once parsed); empty
    // when the configuration names none (a household on its own). A ledger genesis needs one.
    QString distributor;
    std::int64_t reserveRate = 50'000; // millionths of a credit per kWh-hour
    std::int64_t effectiveFrom = 0;    // slot index since 1970-01-01T00:00Z; parsed, not yet used

    [[nodiscard]] std::int64_t slotSeconds() const { return std::int64_t(slotMinutes) * 60; }
    // A config with every default and the given zone, for tests and for a household on its own.
    [[nodiscard]] static CommunityConfig defaults(const QString &timeZone);

    friend bool operator==(const CommunityConfig &, const CommunityConfig &) = default;
};

// Either a configuration or why the JSON is not one. `field` is the offending top-level field.
struct ConfigParseResult
{
    std::optional<CommunityConfig> config;
    QString field;
    QString error;

    [[nodiscard]] bool ok() const { return config.has_value(); }
};

// Reads the `commonwatt-community-config/1` payload. Missing fields take their defaults, except timeZone;
// an unknown field, a wrong type or a value out of range is an error naming the field and the allowed range.
[[nodiscard]] ConfigParseResult parseCommunityConfig(const QJsonObject &json);

} // namespace commonwatt::currency

#endif // Q_MOC_RUN

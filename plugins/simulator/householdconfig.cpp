#include "householdconfig.h"

#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace commonwatt::simulator {

namespace {
// The largest integer a JSON number (a double) holds exactly.
constexpr double largestExactInteger = 9007199254740991.0;

struct Reader
{
    const QJsonObject &settings;
    QString problem;

    [[nodiscard]] static QString format(double value) { return QString::number(value, 'g', 16); }

    // Reads `key` into `out` when present; returns false and records the problem when it is unusable.
    bool number(const QString &key, double low, double high, double &out, bool wholeNumber = false)
    {
        const auto it = settings.constFind(key);
        if (it == settings.constEnd())
            return true;
        const double value = it->toDouble(std::nan(""));
        const bool ok =
            it->isDouble() && value >= low && value <= high && (!wholeNumber || std::floor(value) == value);
        if (!ok) {
            problem = u"simulator: \"%1\" must be %2 from %3 to %4"_s.arg(
                key, wholeNumber ? u"a whole number"_s : u"a number"_s, format(low), format(high));
            return false;
        }
        out = value;
        return true;
    }

    bool boolean(const QString &key, bool &out)
    {
        const auto it = settings.constFind(key);
        if (it == settings.constEnd())
            return true;
        if (!it->isBool()) {
            problem = u"simulator: \"%1\" must be true or false"_s.arg(key);
            return false;
        }
        out = it->toBool();
        return true;
    }
};

const QStringList &knownKeys()
{
    static const QStringList keys = {u"seed"_s,          u"latitude"_s,    u"longitude"_s,
                                     u"timeZone"_s,      u"pvPeakKw"_s,    u"batteryCapacityKwh"_s,
                                     u"evCapacityKwh"_s, u"evChargerKw"_s, u"sampleSeconds"_s,
                                     u"gridSignals"_s};
    return keys;
}
} // namespace

std::optional<HouseholdConfig> configFromSettings(const QJsonObject &settings, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<HouseholdConfig> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        if (!knownKeys().contains(it.key()))
            return fail(u"simulator: unknown setting \"%1\"; known settings are %2"_s.arg(
                it.key(), knownKeys().join(u", "_s)));
    }

    HouseholdConfig config;
    Reader read{settings, {}};
    double seed = static_cast<double>(config.seed);
    double pvPeak = config.pvPeak.value();
    double battery = config.batteryCapacity.value();
    double evCapacity = config.evCapacity.value();
    double evCharger = config.evCharger.value();
    double sampleSeconds = static_cast<double>(config.sampleInterval.count());
    const bool valuesOk = read.number(u"seed"_s, 0.0, largestExactInteger, seed, true) &&
                          read.number(u"latitude"_s, -66.0, 66.0, config.latitudeDeg) &&
                          read.number(u"longitude"_s, -180.0, 180.0, config.longitudeDeg) &&
                          read.number(u"pvPeakKw"_s, 0.0, 50.0, pvPeak) &&
                          read.number(u"batteryCapacityKwh"_s, 0.0, 100.0, battery) &&
                          read.number(u"evCapacityKwh"_s, 0.0, 200.0, evCapacity) &&
                          read.number(u"evChargerKw"_s, 1.0, 22.0, evCharger) &&
                          read.number(u"sampleSeconds"_s, 1.0, 300.0, sampleSeconds, true) &&
                          read.boolean(u"gridSignals"_s, config.gridSignals);
    if (!valuesOk)
        return fail(read.problem);

    if (const auto it = settings.constFind(u"timeZone"_s); it != settings.constEnd()) {
        const QByteArray id = it->toString().toUtf8();
        if (!it->isString() || id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
            return fail(
                u"simulator: \"timeZone\" must be an IANA time zone name such as \"Europe/Amsterdam\""_s);
        config.timeZone = QTimeZone(id);
    }
    if (!config.timeZone.isValid())
        return fail(u"simulator: the time zone database has no \"%1\"; install tzdata"_s.arg(
            QString::fromUtf8(config.timeZone.id())));

    config.seed = static_cast<std::uint64_t>(seed);
    config.pvPeak = Kilowatts(pvPeak);
    config.batteryCapacity = KilowattHours(battery);
    config.evCapacity = KilowattHours(evCapacity);
    config.evCharger = Kilowatts(evCharger);
    config.sampleInterval = std::chrono::seconds(static_cast<qint64>(sampleSeconds));
    return config;
}

} // namespace commonwatt::simulator

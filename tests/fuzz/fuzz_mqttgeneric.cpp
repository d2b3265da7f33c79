// libFuzzer target for the generic MQTT plugin's payload reading (plugins/mqttgeneric): the input's first
// line is a JSON path, the rest a payload. Any input must give a value or an error, never a crash, a hang or
// undefined behaviour; a path that parses must read back from its canonical spelling as the same path; a
// value must be finite; and the plugin API's energy counter (commonwatt::EnergyCounter) fed with it must
// never publish a value lower than before, nor refuse one without saying why.
#include "jsonpath.h"
#include "payloadvalue.h"

#include <commonwatt/energycounter.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace commonwatt::mqttgeneric;
using commonwatt::EnergyCounter;

namespace {

[[noreturn]] void bug(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

void checkValue(const ValueResult &result, ValueKind kind)
{
    if (result.ok() == !result.error.isEmpty())
        bug("a result has both or neither of a value and an error", result.error);
    if (!result.ok())
        return;
    if (!std::isfinite(*result.value))
        bug("a value is not finite", QString::number(*result.value));
    if (kind == ValueKind::Flag && *result.value != 0.0 && *result.value != 1.0)
        bug("a flag is neither 0 nor 1", QString::number(*result.value));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    const QString pathText = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    const QByteArray payloadBytes = newline < 0 ? QByteArray() : input.mid(newline + 1);

    QString error;
    const std::optional<JsonPath> path = JsonPath::parse(pathText, &error);
    if (!path) {
        if (!error.startsWith(QLatin1StringView("position ")))
            bug("a path error names no position", error);
    } else {
        QString again;
        const std::optional<JsonPath> reread = JsonPath::parse(path->toString(), &again);
        if (!reread || !(*reread == *path))
            bug("the canonical spelling reads back differently",
                path->toString() + QLatin1StringView(" / ") + again);
    }

    const Payload payload(payloadBytes);
    // Across inputs: a long run of registers, resets, glitches and leaps included, a minute apart.
    static EnergyCounter counter(50.0);
    static qint64 nowMs = 0;
    static double lastReported = 0.0;
    for (const ValueKind kind : {ValueKind::Number, ValueKind::Flag}) {
        checkValue(payload.read(JsonPath(), kind), kind);
        if (path) {
            const ValueResult result = payload.read(*path, kind);
            checkValue(result, kind);
            if (result.ok() && kind == ValueKind::Number && *result.value >= 0.0 && *result.value < 1e12) {
                nowMs += 60'000;
                const EnergyCounter::Update update = counter.update(*result.value, nowMs);
                if (!std::isfinite(update.publishedKwh) || update.publishedKwh < lastReported)
                    bug("the energy register went backwards", QString::number(update.publishedKwh));
                if (!update.accepted && update.problem.isEmpty())
                    bug("a refused register value gives no reason", QString::number(*result.value));
                lastReported = update.publishedKwh;
            }
        }
    }
    // Paths walk any document the payload happens to be.
    if (path) {
        const QJsonDocument document = QJsonDocument::fromJson(payloadBytes);
        if (!document.isNull()) {
            const QJsonValue root =
                document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
            QString findError;
            if (!path->find(root, &findError) && findError.isEmpty())
                bug("a failed lookup gives no reason", path->toString());
        }
    }
    return 0;
}

// Shared by the simulator's tests: checks cheap enough for millions of steps, and local time in the
// simulated household's default zone.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTest>
#include <QTimeZone>

// Like QVERIFY2, but the message is built only when the check fails: these checks run millions of times.
#define VERIFY_OR_SAY(condition, message)                                                                    \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            QFAIL(qPrintable(QString::fromLatin1(#condition) + QStringLiteral(": ") + (message)));           \
    } while (false)

namespace commonwatt::testing {

inline const QTimeZone &amsterdam()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    return zone;
}
[[nodiscard]] inline qint64 localMs(QDate date, QTime time = QTime(0, 0))
{
    return QDateTime(date, time, amsterdam()).toMSecsSinceEpoch();
}
[[nodiscard]] inline QDateTime local(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, amsterdam());
}

} // namespace commonwatt::testing

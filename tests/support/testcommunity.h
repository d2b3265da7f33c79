// A community folder made as commonwatt-community makes it (docs/community-cli.md), for tests of the
// household's side of the ledger: "Riverside" in Europe/Amsterdam, with its stewards and distributor, and
// members on feeder F1 of substation S1 in region R1.
#pragma once

#include "communitysetup.h"
#include "validatorservice.h"

#include <chrono>

#include <QString>

namespace commonwatt::testing {

// Creates the community in directory at nowMs; empty, or why not.
[[nodiscard]] inline QString createTestCommunity(const QString &directory, qint64 nowMs,
                                                 const QByteArray &passphrase)
{
    community::CreateOptions create;
    create.directory = directory;
    create.name = QStringLiteral("Riverside");
    create.timeZone = QStringLiteral("Europe/Amsterdam");
    create.nowMs = nowMs;
    const community::SetupResult created = community::createCommunity(create, {passphrase, true});
    return created.ok ? QString() : created.error;
}

// The member `name` with its own dwelling and meter, on feeder F1 of substation S1 in region R1, joining at nowMs.
[[nodiscard]] inline community::MemberOptions testMember(const QString &directory, const QString &name,
                                                         const QString &dwelling, const QString &meter,
                                                         qint64 nowMs)
{
    community::MemberOptions member;
    member.directory = directory;
    member.name = name;
    member.dwelling = dwelling;
    member.meter = meter;
    member.feeder = QStringLiteral("F1");
    member.substation = QStringLiteral("S1");
    member.region = QStringLiteral("R1");
    member.nowMs = nowMs;
    return member;
}

// Adds the member `name` (key file keys/<name>.key) with its own dwelling and meter; empty, or why not.
[[nodiscard]] inline QString addTestMember(const QString &directory, const QString &name,
                                           const QString &dwelling, const QString &meter,
                                           std::int64_t pvPeakW, const QString &devicesJson, qint64 nowMs,
                                           const QByteArray &passphrase)
{
    community::MemberOptions member = testMember(directory, name, dwelling, meter, nowMs);
    member.pvPeakW = pvPeakW;
    member.devicesJson = devicesJson;
    const community::SetupResult added = community::addMember(member, {passphrase, true});
    return added.ok ? QString() : added.error;
}

// Opens the distributor's validator of the community in `directory` on the broker at host:port, comparing claims
// with the revenue meter's readings in readingsFile, and starts it; empty, or why not.
[[nodiscard]] inline QString startTestValidator(community::ValidatorService &validator, const QString &directory,
                                                const QString &host, int port, const QString &readingsFile,
                                                const QByteArray &passphrase)
{
    community::ValidatorOptions options;
    options.directory = directory;
    options.host = host;
    options.port = port;
    options.readingsFile = readingsFile;
    options.interval = std::chrono::milliseconds(200);
    if (const auto error = validator.open(options, passphrase))
        return *error;
    validator.start();
    return {};
}

} // namespace commonwatt::testing

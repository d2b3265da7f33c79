// A community folder made as commonwatt-community makes it (docs/community-cli.md), for tests of the
// household's side of the ledger: "Riverside" in Europe/Amsterdam, with its stewards and distributor, and
// members on feeder F1 of substation S1 in region R1.
#pragma once

#include "communitysetup.h"

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

// Adds the member `name` (key file keys/<name>.key) with its own dwelling and meter; empty, or why not.
[[nodiscard]] inline QString addTestMember(const QString &directory, const QString &name,
                                           const QString &dwelling, const QString &meter,
                                           std::int64_t pvPeakW, const QString &devicesJson, qint64 nowMs,
                                           const QByteArray &passphrase)
{
    community::MemberOptions member;
    member.directory = directory;
    member.name = name;
    member.dwelling = dwelling;
    member.meter = meter;
    member.feeder = QStringLiteral("F1");
    member.substation = QStringLiteral("S1");
    member.region = QStringLiteral("R1");
    member.pvPeakW = pvPeakW;
    member.devicesJson = devicesJson;
    member.nowMs = nowMs;
    const community::SetupResult added = community::addMember(member, {passphrase, true});
    return added.ok ? QString() : added.error;
}

} // namespace commonwatt::testing

// A community as commonwatt-community makes it, for tests of the household's side: "Riverside" in
// Europe/Amsterdam with its stewards and distributor, and one member added by the distributor.
#pragma once

#include "communitysetup.h"

#include <QString>

namespace commonwatt::testing {

// The member "home" of Riverside 7 on meter M1, feeder F1, substation S1, region R1, added at nowMs.
inline community::MemberOptions riversideMember(qint64 nowMs)
{
    community::MemberOptions member;
    member.name = QStringLiteral("home");
    member.dwelling = QStringLiteral("Riverside 7");
    member.meter = QStringLiteral("M1");
    member.feeder = QStringLiteral("F1");
    member.substation = QStringLiteral("S1");
    member.region = QStringLiteral("R1");
    member.nowMs = nowMs;
    return member;
}

// Founds the community in `directory` a minute before the member joins and adds `member` (its directory is
// set here); every key under `passphrase`, at libsodium's interactive cost. Empty on success, else the error.
inline QString createRiverside(const QString &directory, const QByteArray &passphrase,
                               community::MemberOptions member)
{
    community::CreateOptions create;
    create.directory = directory;
    create.name = QStringLiteral("Riverside");
    create.timeZone = QStringLiteral("Europe/Amsterdam");
    create.nowMs = member.nowMs - 60'000;
    const community::KeyProtection keys{passphrase, true};
    const community::SetupResult created = community::createCommunity(create, keys);
    if (!created.ok)
        return created.error;
    member.directory = directory;
    const community::SetupResult added = community::addMember(member, keys);
    return added.ok ? QString() : added.error;
}

} // namespace commonwatt::testing

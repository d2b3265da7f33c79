// commonwatt-community's create and add-member (docs/community-cli.md): the keys, the genesis and the
// memberships, written into a community folder.
#pragma once

#include "communityfile.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace commonwatt::ledger {
struct KdfLimits;
class LedgerReplica;
}

namespace commonwatt::community {

struct CreateOptions
{
    QString directory = {};
    QString name = {};
    QString timeZone = {};
    QString configJson = {}; // a commonwatt-community-config/1 object to start from; empty: every default
    int stewards = 3;
    int threshold = 2;
    qint64 nowMs = 0;
};

struct MemberOptions
{
    QString directory = {};
    QString name = {};
    QString dwelling = {};
    QString meter = {};
    QString feeder = {};
    QString substation = {};
    QString region = {};
    std::int64_t importLimitW = 17'250;
    std::int64_t exportLimitW = 10'000;
    std::int64_t pvPeakW = 0;
    QString devicesJson = QStringLiteral("[]");
    qint64 nowMs = 0;
};

struct SetupResult
{
    bool ok = false;
    bool invalidInput = false; // true: a usage or input error (exit 2); false: a failure (exit 1)
    QString error = {};
    QString output = {}; // what the command prints
};

// Passphrase and key-derivation cost for the key files written.
struct KeyProtection
{
    QByteArray passphrase = {};
    bool interactiveLimits = false; // libsodium's INTERACTIVE cost instead of MODERATE (tests, small devices)
};

[[nodiscard]] SetupResult createCommunity(const CreateOptions &options, const KeyProtection &keys);
[[nodiscard]] SetupResult addMember(const MemberOptions &options, const KeyProtection &keys);

// The next entry of key's chain in replica (its head's sequence + 1, linked to it), stamped nowMs and signed.
[[nodiscard]] ledger::Entry nextEntry(const ledger::LedgerReplica &replica, const ledger::SecretKey &key,
                                      qint64 nowMs, ledger::Payload payload);

} // namespace commonwatt::community

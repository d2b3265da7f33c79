// What the household's community ledger says about it, as the Dashboard shows it (docs/ledger-app.md):
// derived on the LedgerService's worker from the replica and handed to the UI thread as a value.
#pragma once

#ifndef Q_MOC_RUN
#include "communitysnapshot.h"
#include "currency/reputation.h"
#include "domain/units.h"
#endif

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace commonwatt::app {

struct LedgerSummary
{
    enum class Sync
    {
        Connecting, // not connected to the community's broker (yet, or any more)
        CatchingUp, // connected, fetching what the replica misses
        CaughtUp,   // connected, nothing known to be missing
    };

    bool derived = false; // false until the state was derived once
    QString error = {};   // the derived state's error (a genesis that does not parse), else empty
    bool joined = false;  // the household's membership is in the replica (and it has not left)
    MilliCredits balance = {};
    MilliCredits pool = {};
    std::int64_t validatedClaims = 0;
    std::int64_t pendingClaims = 0; // claimed, not yet validated: "waiting for the grid to confirm"
    std::optional<std::int64_t> oldestPendingSlotMs = {};
    currency::Reputation reputation = {};
    Sync sync = Sync::Connecting;
    qint64 syncReceived = 0; // while catching up: entries received of those announced
    qint64 syncExpected = 0;
    std::int64_t lastClaimedSlotMs = -1; // the newest slot this household has claimed, -1 for none
#ifndef Q_MOC_RUN
    // What the Community page shows (app/communitysnapshot.h); null until the state was derived once.
    std::shared_ptr<const CommunitySnapshot> community = {};
#endif
};

} // namespace commonwatt::app

Q_DECLARE_METATYPE(commonwatt::app::LedgerSummary)

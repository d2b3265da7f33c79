#include "communitystatus.h"

#include "communityledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace commonwatt::community {

namespace {

QString credits(std::int64_t milliCredits)
{
    return QString::number(double(milliCredits) / 1000.0, 'f', 3);
}

} // namespace

SetupResult communityStatus(const QString &directory, bool json)
{
    const CommunityFileResult read = readCommunityFile(communityFilePath(directory));
    if (!read.community)
        return {false, true, read.error, {}};
    ledger::LedgerReplica replica;
    if (const auto error = replica.open(ledgerFilePath(directory)))
        return {false, false, *error, {}};
    const ledger::CommunityState state = deriveReplicaState(replica, read.community->id);
    if (!state.error.isEmpty())
        return {false, false, ledgerFilePath(directory) + u": "_s + state.error, {}};

    const auto nameOf = [&](const ledger::PublicKey &key) {
        if (key == read.community->distributor)
            return u"distributor"_s;
        for (std::size_t i = 0; i < read.community->stewards.size(); ++i) {
            if (read.community->stewards[i] == key)
                return u"steward-%1"_s.arg(i + 1);
        }
        if (const auto member = state.members.find(key); member != state.members.end())
            return member->second.join.dwelling;
        return key.toHex().left(16);
    };

    QJsonArray heads, accounts, refused;
    QString text = u"community %1 (%2)\nentries %3, participants %4, members %5\n"_s
                       .arg(read.community->id.toHex(), read.community->name)
                       .arg(replica.entryCount())
                       .arg(replica.heads().size())
                       .arg(state.members.size());
    for (const auto &[key, head] : replica.heads()) {
        heads.append(QJsonObject{{u"participant"_s, key.toHex()},
                                 {u"name"_s, nameOf(key)},
                                 {u"sequence"_s, qint64(head.sequence)},
                                 {u"hash"_s, head.hash.toHex()},
                                 {u"frozen"_s, replica.isFrozen(key)}});
        text += u"head %1 %2: %3 %4%5\n"_s.arg(key.toHex().left(16), nameOf(key))
                    .arg(head.sequence)
                    .arg(head.hash.toHex().left(16), replica.isFrozen(key) ? u" FROZEN"_s : QString());
    }
    for (const auto &[key, balance] : state.balances) {
        const auto totals = state.totals.find(key);
        const qint64 pending = totals == state.totals.end() ? 0 : qint64(totals->second.pendingClaims.size());
        accounts.append(QJsonObject{{u"account"_s, key.toHex()},
                                    {u"name"_s, nameOf(key)},
                                    {u"balanceMilliCredits"_s, qint64(balance.value())},
                                    {u"pendingClaims"_s, pending}});
        text += u"balance %1 %2: %3 cr, %4 claims waiting for the grid to confirm\n"_s
                    .arg(key.toHex().left(16), nameOf(key), credits(balance.value()))
                    .arg(pending);
    }
    text += u"pool: %1 cr (in %2, out %3)\n"_s.arg(credits(state.pool.balance.value()),
                                                 credits(state.pool.inflows.value()),
                                                 credits(state.pool.outflows.value()));
    for (const ledger::Refusal &r : state.refused) {
        refused.append(QJsonObject{{u"entry"_s, r.entry.toHex()},
                                   {u"participant"_s, r.participant.toHex()},
                                   {u"sequence"_s, qint64(r.sequence)},
                                   {u"code"_s, ledger::refusalCodeName(r.code)},
                                   {u"reason"_s, r.text}});
        text += u"refused %1 #%2 (%3): %4\n"_s.arg(nameOf(r.participant))
                    .arg(r.sequence)
                    .arg(ledger::refusalCodeName(r.code), r.text);
    }
    for (const ledger::Rejection &r : replica.rejections(50)) {
        text += u"rejected %1 #%2 (%3): %4\n"_s.arg(r.participant ? nameOf(*r.participant) : u"?"_s)
                    .arg(r.sequence)
                    .arg(ledger::rejectReasonName(r.reason), r.text);
    }
    if (!json)
        return {true, false, {}, text};
    const QJsonObject out{{u"community"_s, read.community->id.toHex()},
                          {u"entries"_s, qint64(replica.entryCount())},
                          {u"heads"_s, heads},
                          {u"accounts"_s, accounts},
                          {u"poolMilliCredits"_s, qint64(state.pool.balance.value())},
                          {u"refused"_s, refused},
                          {u"stateDigest"_s, state.stateDigest().toHex()}};
    return {true, false, {}, QString::fromUtf8(QJsonDocument(out).toJson())};
}

} // namespace commonwatt::community

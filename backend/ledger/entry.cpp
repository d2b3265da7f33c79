#include "entry.h"

#include "ledger/encoding.h"

using namespace Qt::StringLiterals;

namespace commonwatt::ledger {

namespace {

QByteArray domainPrefix(const char *domain)
{
    QByteArray prefix(domain);
    prefix.append('\0'); // so that no domain is a prefix of another's input
    return prefix;
}

} // namespace

QString entryTypeName(EntryType type)
{
    switch (type) {
    case EntryType::MeterClaim:
        return u"meter claim"_s;
    case EntryType::Validation:
        return u"validation"_s;
    case EntryType::TradeOffer:
        return u"trade offer"_s;
    case EntryType::TradeAcceptance:
        return u"trade acceptance"_s;
    case EntryType::TradeSettlement:
        return u"trade settlement"_s;
    case EntryType::GridEvent:
        return u"grid event"_s;
    case EntryType::GridEventResponse:
        return u"grid event response"_s;
    case EntryType::Contribution:
        return u"contribution"_s;
    case EntryType::GrantRequest:
        return u"grant request"_s;
    case EntryType::StewardApproval:
        return u"steward approval"_s;
    case EntryType::GrantPayment:
        return u"grant payment"_s;
    case EntryType::CommunityConfiguration:
        return u"community configuration"_s;
    case EntryType::MembershipJoin:
        return u"membership join"_s;
    case EntryType::MembershipLeave:
        return u"membership leave"_s;
    }
    return u"unknown"_s;
}

Hash Entry::hash() const
{
    return sha256(QByteArray(domainPrefix(kHashDomain) + encodeBody(*this)));
}

QByteArray Entry::signingInput() const
{
    return signingInput(hash());
}

QByteArray Entry::signingInput(const Hash &hash)
{
    return QByteArray(domainPrefix(kSignatureDomain) + hash.view().toByteArray());
}

void Entry::sign(const SecretKey &key)
{
    participant = key.publicKey();
    signature = key.sign(signingInput());
}

bool Entry::verifySignature() const
{
    return verifySignature(hash());
}

bool Entry::verifySignature(const Hash &hash) const
{
    return verify(participant, signingInput(hash), signature);
}

QString Entry::structuralProblem() const
{
    if (sequence == 0)
        return u"sequence: starts at 1, found 0"_s;
    if (sequence == 1 && !previous.isZero())
        return u"previous: the first entry of a chain has a zero previous hash"_s;
    if (sequence > 1 && previous.isZero())
        return u"previous: entry %1 has a zero previous hash"_s.arg(sequence);
    return {};
}

} // namespace commonwatt::ledger

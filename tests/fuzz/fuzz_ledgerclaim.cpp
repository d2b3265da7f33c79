// libFuzzer target for the sealed meter claim's decoders (backend/ledger/claim.h, docs/ledger-state.md):
// the validator and the stewards decode what a household sealed, and a replica decodes every MeterClaim's
// sealed bytes. Any input must decode or be refused with a field and an offset inside the input, never crash
// or hang; whatever decodes must encode back to exactly the input.
#include "ledger/claim.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace commonwatt::ledger;

namespace {

[[noreturn]] void bug(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

void checkRefusal(const char *name, QByteArrayView input, const DecodeError &error)
{
    if (error.field.isEmpty() || error.reason.isEmpty())
        bug(name, QStringLiteral("a refusal names no field or reason: ") + error.toString());
    if (error.offset < 0 || error.offset > input.size())
        bug(name, QStringLiteral("a refusal points outside the input: ") + error.toString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const ClaimDecodeResult claim = decodeClaim(input);
    if (claim.content) {
        if (!claimContentProblem(*claim.content).isEmpty())
            bug("decodeClaim", QStringLiteral("accepted a claim without a canonical encoding"));
        if (encodeClaim(*claim.content) != input)
            bug("decodeClaim", QStringLiteral("does not encode back to its bytes"));
        if (claimHash(input) != claimHash(encodeClaim(*claim.content)))
            bug("claimHash", QStringLiteral("differs for the same bytes"));
    } else {
        checkRefusal("decodeClaim", input, claim.error);
    }

    const SealedClaimDecodeResult sealed = decodeSealedClaim(input);
    if (sealed.boxes) {
        if (encodeSealedClaim(*sealed.boxes) != input)
            bug("decodeSealedClaim", QStringLiteral("does not encode back to its bytes"));
    } else {
        checkRefusal("decodeSealedClaim", input, sealed.error);
    }
    return 0;
}

// libFuzzer target for the ledger sync's message parsers (backend/ledger/syncmessages.h,
// docs/ledger-sync.md): any input must parse or be refused with a field and an offset inside the input, never
// crash, hang or allocate beyond the limits; whatever parses must encode back to exactly the input (one
// meaning per byte string) and respect the limits.
#include "ledger/syncmessages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace commonwatt::ledger::sync;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void bug(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "%s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

template<typename T, typename Encode>
void check(const char *name, QByteArrayView input, const Parsed<T> &parsed, Encode encode)
{
    if (!parsed.value) {
        if (parsed.error.field.isEmpty() || parsed.error.reason.isEmpty())
            bug(name, u"a refusal names no field or reason: "_s + parsed.error.toString());
        if (parsed.error.offset < 0 || parsed.error.offset > input.size())
            bug(name, u"a refusal points outside the input: "_s + parsed.error.toString());
        return;
    }
    if (encode(*parsed.value) != input)
        bug(name, u"does not encode back to its bytes"_s);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    check("head", input, parseHead(input), encodeHead);
    check("request", input, parseCatchupRequest(input), encodeCatchupRequest);
    check("claim", input, parseCatchupClaim(input), encodeCatchupClaim);
    const auto reply = parseCatchupReply(input);
    check("reply", input, reply, encodeCatchupReply);
    if (reply.value && (reply.value->entries.size() > static_cast<std::size_t>(kMaxEntriesPerBatch) ||
                        input.size() > kMaxBatchBytes))
        bug("reply", u"a reply beyond the limits parsed"_s);
    if (const auto id = peekEntryId(input); id && id->sequence == 0)
        bug("peek", u"sequence 0"_s);
    return 0;
}

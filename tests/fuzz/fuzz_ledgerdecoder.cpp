// libFuzzer target for the ledger's entry decoder (docs/ledger-encoding.md): any input must give an entry or an
// error naming a field and an offset inside the input, never a crash, a hang or undefined behaviour. Replicas
// agree on an entry only through its bytes, so whatever decodes must encode back to exactly the input (the
// encoding is canonical), and its hash must be the hash of those bytes, the same however often it is taken.
#include "ledger/encoding.h"
#include "ledger/entry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace commonwatt::ledger;

namespace {

[[noreturn]] void bug(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "%s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

// The signature field at the end of every encoding: tag 7, a one-byte length of 64, the signature.
constexpr qsizetype kSignatureFieldBytes = 2 + static_cast<qsizetype>(Signature::size);

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const DecodeResult result = decode(input);
    if (!result.entry) {
        if (result.error.field.isEmpty() || result.error.reason.isEmpty())
            bug("a refusal names no field or reason", result.error.toString());
        if (result.error.offset < 0 || result.error.offset > input.size())
            bug("a refusal points outside the input", result.error.toString());
        return 0;
    }

    const Entry &entry = *result.entry;
    const QByteArray encoded = encode(entry);
    if (encoded != input)
        bug("a decoded entry does not encode back to its bytes", QString::fromLatin1(encoded.toHex()));
    if (input.size() < kSignatureFieldBytes)
        bug("an entry decoded from fewer bytes than its signature field");
    const QByteArray body = encodeBody(entry);
    if (body != input.first(input.size() - kSignatureFieldBytes))
        bug("the body is not the bytes before the signature field");

    // The hash names the entry in every later entry and in fork evidence: it must be the hash of the body
    // bytes, and a second decode of the same bytes must name the same entry.
    QByteArray hashed(kHashDomain);
    hashed.append('\0');
    hashed.append(body);
    const Hash hash = entry.hash();
    if (hash != sha256(hashed) || hash != entry.hash())
        bug("the entry hash is not the hash of its bytes", hash.toHex());
    const DecodeResult again = decode(encoded);
    if (!again.entry || !(*again.entry == entry) || again.entry->hash() != hash)
        bug("the same bytes decode to a different entry");

    // Checking the signature must not depend on anything but the bytes either (it is false for almost
    // every fuzzed input; what matters is that it runs on whatever decodes).
    if (entry.verifySignature() != entry.verifySignature())
        bug("the signature check is not stable");
    return 0;
}

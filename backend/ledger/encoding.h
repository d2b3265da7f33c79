// The canonical encoding of a ledger entry (docs/ledger-encoding.md): one byte string per entry, the same on
// every replica and every manufacturer's device, and a decoder that accepts nothing else.
#pragma once

#include "ledger/entry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace commonwatt::ledger {

inline constexpr std::uint8_t kFormatVersion = 2;
// Bounds what a peer can make a replica hold for one entry; a sealed claim fits with room to spare.
inline constexpr qsizetype kMaxPayloadBytes = 16384;

// Version, participant, sequence, previous, timestamp, type and payload: what the hash covers.
[[nodiscard]] QByteArray encodeBody(const Entry &entry);
// The body followed by the signature: what is published and stored.
[[nodiscard]] QByteArray encode(const Entry &entry);

struct DecodeError
{
    QString field = {};   // "sequence", "payload.energyWh"
    qsizetype offset = 0; // of the first byte at fault
    QString reason = {};

    [[nodiscard]] QString toString() const;
};

struct DecodeResult
{
    std::optional<Entry> entry = {};
    DecodeError error = {}; // when entry is empty
};

// The entry, only if bytes are exactly its canonical encoding: every field present once, in order, with
// minimal lengths, known tags and type, valid UTF-8, booleans 0 or 1, and nothing after the signature.
[[nodiscard]] DecodeResult decode(QByteArrayView bytes);

} // namespace commonwatt::ledger

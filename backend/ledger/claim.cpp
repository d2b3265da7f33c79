#include "claim.h"

#include "ledger/tlv.h"

#include <sodium.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commonwatt::ledger {

namespace {

constexpr int kDeviceTag = 7;
constexpr int kRecipientTag = 1;
// A MeterClaim payload is slotStartMs (10 bytes), sealedClaimHash (34) and sealedClaim (tag, length of up to
// three bytes, the bytes): this much of kMaxPayloadBytes is left for the sealed claim.
constexpr qsizetype kMaxSealedClaimBytes = kMaxPayloadBytes - 48;

QString deviceName(std::size_t index)
{
    return u"devices[%1]"_s.arg(index);
}

QString recipientName(std::size_t index)
{
    return u"recipients[%1]"_s.arg(index);
}

} // namespace

std::optional<ClaimSalt> randomClaimSalt()
{
    if (!cryptoAvailable())
        return std::nullopt;
    ClaimSalt salt;
    randombytes_buf(salt.bytes.data(), salt.bytes.size());
    return salt;
}

QString claimContentProblem(const ClaimContent &content)
{
    if (content.devices.size() > std::size_t(kMaxClaimDevices))
        return u"devices: %1 devices, at most %2"_s.arg(content.devices.size()).arg(kMaxClaimDevices);
    for (std::size_t i = 0; i < content.devices.size(); ++i) {
        const QByteArray id = content.devices[i].id.toUtf8();
        if (id.isEmpty() || id.size() > kMaxDeviceIdBytes)
            return deviceName(i) +
                   u".id: must be 1 to %1 bytes of UTF-8, not %2"_s.arg(kMaxDeviceIdBytes).arg(id.size());
        if (i > 0 && !(content.devices[i - 1].id.toUtf8() < id))
            return deviceName(i) +
                   u".id: \"%1\" must come after \"%2\" (ids in increasing byte order, each once)"_s.arg(
                       content.devices[i].id, content.devices[i - 1].id);
    }
    return {};
}

QByteArray encodeClaim(const ClaimContent &content)
{
    QByteArray out;
    out.append(static_cast<char>(kClaimFormatVersion));
    tlv::FieldWriter writer{out};
    ClaimContent::fields(content, writer);
    for (const DeviceReading &device : content.devices) {
        QByteArray record;
        tlv::FieldWriter recordWriter{record};
        DeviceReading::fields(device, recordWriter);
        tlv::putField(out, kDeviceTag, record);
    }
    return out;
}

ClaimDecodeResult decodeClaim(QByteArrayView bytes)
{
    ClaimDecodeResult result;
    DecodeError &error = result.error;
    if (bytes.isEmpty()) {
        error = DecodeError{u"version"_s, 0, u"missing: no bytes"_s};
        return result;
    }
    if (static_cast<std::uint8_t>(bytes[0]) != kClaimFormatVersion) {
        error = DecodeError{u"version"_s, 0,
                            u"claim format %1 is not supported, expected %2"_s.arg(std::uint8_t(bytes[0]))
                                .arg(kClaimFormatVersion)};
        return result;
    }
    tlv::Reader reader(bytes, 0, QString(), kDeviceTag, error);
    reader.skip(1);
    tlv::FieldReader fields{reader};
    ClaimContent content;
    ClaimContent::fields(content, fields);
    if (!fields.ok)
        return result;
    while (!reader.atEnd()) {
        const std::size_t index = content.devices.size();
        const QString name = deviceName(index);
        const qsizetype at = reader.offset();
        if (index == std::size_t(kMaxClaimDevices)) {
            error = DecodeError{name, at, u"more than %1 devices"_s.arg(kMaxClaimDevices)};
            return result;
        }
        QByteArrayView record;
        qsizetype recordOffset = 0;
        if (!reader.field(kDeviceTag, name.toLatin1().constData(), &record, &recordOffset, kMaxPayloadBytes))
            return result;
        tlv::Reader inner(record, recordOffset, name + u'.', 4, error);
        tlv::FieldReader deviceFields{inner};
        DeviceReading device;
        DeviceReading::fields(device, deviceFields);
        if (!deviceFields.ok || !inner.finish(name))
            return result;
        const QByteArray id = device.id.toUtf8();
        if (id.isEmpty() || id.size() > kMaxDeviceIdBytes) {
            error = DecodeError{name + u".id"_s, recordOffset,
                                u"must be 1 to %1 bytes, not %2"_s.arg(kMaxDeviceIdBytes).arg(id.size())};
            return result;
        }
        if (index > 0 && !(content.devices.back().id.toUtf8() < id)) {
            error = DecodeError{name + u".id"_s, recordOffset,
                                u"\"%1\" is not after \"%2\": ids in increasing byte order, each once"_s.arg(
                                    device.id, content.devices.back().id)};
            return result;
        }
        content.devices.push_back(std::move(device));
    }
    result.content = std::move(content);
    return result;
}

Hash claimHash(QByteArrayView encoding)
{
    QByteArray input(kClaimHashDomain);
    input.append('\0');
    input.append(encoding);
    return sha256(input);
}

QByteArray encodeSealedClaim(const std::vector<SealedBox> &boxes)
{
    QByteArray out;
    out.append(static_cast<char>(kSealedClaimFormatVersion));
    for (const SealedBox &sealed : boxes) {
        QByteArray record;
        tlv::FieldWriter writer{record};
        writer(1, "recipient", sealed.recipient);
        writer(2, "box", sealed.box);
        tlv::putField(out, kRecipientTag, record);
    }
    return out;
}

SealedClaimDecodeResult decodeSealedClaim(QByteArrayView bytes)
{
    SealedClaimDecodeResult result;
    DecodeError &error = result.error;
    if (bytes.isEmpty() || static_cast<std::uint8_t>(bytes[0]) != kSealedClaimFormatVersion) {
        error = DecodeError{u"version"_s, 0,
                            u"a sealed claim starts with the byte %1"_s.arg(kSealedClaimFormatVersion)};
        return result;
    }
    tlv::Reader reader(bytes, 0, QString(), kRecipientTag, error);
    reader.skip(1);
    std::vector<SealedBox> boxes;
    while (!reader.atEnd()) {
        const QString name = recipientName(boxes.size());
        const qsizetype at = reader.offset();
        if (boxes.size() == std::size_t(kMaxClaimRecipients)) {
            error = DecodeError{name, at, u"more than %1 recipients"_s.arg(kMaxClaimRecipients)};
            return result;
        }
        QByteArrayView record;
        qsizetype recordOffset = 0;
        if (!reader.field(kRecipientTag, name.toLatin1().constData(), &record, &recordOffset,
                          kMaxPayloadBytes))
            return result;
        tlv::Reader inner(record, recordOffset, name + u'.', 2, error);
        tlv::FieldReader fields{inner};
        SealedBox sealed;
        fields(1, "recipient", sealed.recipient);
        fields(2, "box", sealed.box);
        if (!fields.ok || !inner.finish(name))
            return result;
        if (sealed.box.size() <= kSealOverheadBytes) {
            error = DecodeError{
                name + u".box"_s, recordOffset,
                u"%1 bytes, a sealed box has more than %2"_s.arg(sealed.box.size()).arg(kSealOverheadBytes)};
            return result;
        }
        if (!boxes.empty() && !(boxes.back().recipient < sealed.recipient)) {
            error = DecodeError{name + u".recipient"_s, recordOffset,
                                u"recipients in strictly increasing key order, each once"_s};
            return result;
        }
        boxes.push_back(std::move(sealed));
    }
    if (boxes.empty()) {
        error = DecodeError{recipientName(0), reader.offset(), u"missing: a sealed claim has a recipient"_s};
        return result;
    }
    result.boxes = std::move(boxes);
    return result;
}

SealResult sealMeterClaim(const ClaimContent &content, std::span<const PublicKey> recipients)
{
    if (const QString problem = claimContentProblem(content); !problem.isEmpty())
        return {std::nullopt, problem};
    std::vector<PublicKey> keys(recipients.begin(), recipients.end());
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    if (keys.empty() || keys.size() > std::size_t(kMaxClaimRecipients))
        return {std::nullopt,
                u"recipients: 1 to %1 keys, not %2"_s.arg(kMaxClaimRecipients).arg(keys.size())};

    const QByteArray encoding = encodeClaim(content);
    std::vector<SealedBox> boxes;
    for (const PublicKey &key : keys) {
        auto box = seal(key, encoding);
        if (!box)
            return {std::nullopt, u"recipient %1 has no X25519 form to seal to"_s.arg(key.toHex())};
        boxes.push_back({key, std::move(*box)});
    }
    MeterClaim claim;
    claim.slotStartMs = content.slotStartMs;
    claim.sealedClaimHash = claimHash(encoding);
    claim.sealedClaim = encodeSealedClaim(boxes);
    if (claim.sealedClaim.size() > kMaxSealedClaimBytes)
        return {std::nullopt,
                u"the sealed claim is %1 bytes, at most %2 fit in an entry"_s.arg(claim.sealedClaim.size())
                    .arg(kMaxSealedClaimBytes)};
    return {std::move(claim), {}};
}

OpenResult openMeterClaim(const MeterClaim &claim, const SecretKey &recipient)
{
    const SealedClaimDecodeResult decoded = decodeSealedClaim(claim.sealedClaim);
    if (!decoded.boxes)
        return {std::nullopt, u"sealedClaim: "_s + decoded.error.toString()};
    const auto mine = std::find_if(decoded.boxes->begin(), decoded.boxes->end(),
                                   [&](const SealedBox &b) { return b.recipient == recipient.publicKey(); });
    if (mine == decoded.boxes->end())
        return {std::nullopt, u"sealedClaim: not sealed to %1"_s.arg(recipient.publicKey().toHex())};
    const auto encoding = recipient.openSealed(mine->box);
    if (!encoding)
        return {std::nullopt,
                u"sealedClaim: the box for %1 does not open"_s.arg(recipient.publicKey().toHex())};
    if (claimHash(*encoding) != claim.sealedClaimHash)
        return {std::nullopt, u"sealedClaimHash: the opened claim has another hash"_s};
    ClaimDecodeResult content = decodeClaim(*encoding);
    if (!content.content)
        return {std::nullopt, u"claim: "_s + content.error.toString()};
    if (content.content->slotStartMs != claim.slotStartMs)
        return {std::nullopt,
                u"slotStartMs: the claim is for %1, its entry says %2"_s.arg(content.content->slotStartMs)
                    .arg(claim.slotStartMs)};
    return {std::move(content.content), {}};
}

} // namespace commonwatt::ledger

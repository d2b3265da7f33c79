// Sealed meter claims (docs/ledger-state.md, "Sealed claims"): the canonical encoding and its refusals, the
// salted hash, and sealing to several recipients.
#include "ledger/claim.h"
#include "ledgertesthelpers.h"

#include <QRandomGenerator>
#include <QTest>

using namespace commonwatt::ledger;
using namespace commonwatt::ledger::test;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t kSlot = 1'790'000'100'000 - 1'790'000'100'000 % 900'000;

QByteArray i64(std::int64_t value)
{
    QByteArray out(8, '\0');
    auto raw = static_cast<std::uint64_t>(value);
    for (int i = 7; i >= 0; --i) {
        out[i] = static_cast<char>(raw & 0xff);
        raw >>= 8;
    }
    return out;
}

QByteArray field(int tag, const QByteArray &value)
{
    QByteArray out;
    out.append(static_cast<char>(tag));
    out.append(static_cast<char>(value.size())); // every value here is below 128 bytes
    out.append(value);
    return out;
}

QByteArray device(const QByteArray &id, std::int64_t charge, std::int64_t discharge, std::int64_t load)
{
    return field(7, field(1, id) + field(2, i64(charge)) + field(3, i64(discharge)) + field(4, i64(load)));
}

// The encoding written out by hand from the layout table, independently of the encoder.
QByteArray handEncoded(const ClaimContent &c, const QByteArray &devices)
{
    return QByteArray(1, '\x01') + field(1, c.salt.view().toByteArray()) + field(2, i64(c.slotStartMs)) +
           field(3, i64(c.importWh)) + field(4, i64(c.exportWh)) + field(5, i64(c.pvWh)) +
           field(6, i64(c.fossilWh)) + devices;
}

QByteArray sampleEncoding()
{
    const ClaimContent c = sampleClaim(kSlot);
    return handEncoded(c, device("battery", 400, 0, 0) + device("heatpump", 0, 0, 350));
}

} // namespace

class TestLedgerClaim : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(cryptoAvailable()); }

    void encodingFollowsTheLayout()
    {
        const ClaimContent content = sampleClaim(kSlot);
        QCOMPARE(claimContentProblem(content), QString());
        QCOMPARE(encodeClaim(content), sampleEncoding());
        const ClaimDecodeResult decoded = decodeClaim(sampleEncoding());
        QVERIFY2(decoded.content, qPrintable(decoded.error.toString()));
        QCOMPARE(*decoded.content, content);
        // The hash is over the domain, a zero byte and the encoding.
        QCOMPARE(claimHash(sampleEncoding()),
                 sha256(QByteArray(QByteArray("commonwatt-claim/1") + '\0' + sampleEncoding())));
        // A claim without devices is valid too.
        ClaimContent bare = content;
        bare.devices.clear();
        QCOMPARE(encodeClaim(bare), handEncoded(bare, {}));
        QCOMPARE(*decodeClaim(encodeClaim(bare)).content, bare);
    }

    // The salt is what keeps the public hash from being searched: equal readings, other salt, other hash.
    void saltChangesTheHash()
    {
        const auto salt = randomClaimSalt();
        QVERIFY(salt);
        ClaimContent a = sampleClaim(kSlot);
        ClaimContent b = a;
        b.salt = *salt;
        QVERIFY(a.salt != b.salt);
        QVERIFY(claimHash(encodeClaim(a)) != claimHash(encodeClaim(b)));
    }

    void contentWithoutCanonicalForm()
    {
        ClaimContent c = sampleClaim(kSlot);
        std::swap(c.devices[0], c.devices[1]);
        QCOMPARE(
            claimContentProblem(c),
            u"devices[1].id: \"battery\" must come after \"heatpump\" (ids in increasing byte order, each once)"_s);
        c = sampleClaim(kSlot);
        c.devices[1].id = u"battery"_s;
        QVERIFY(claimContentProblem(c).startsWith(u"devices[1].id: \"battery\" must come after"_s));
        c.devices[1].id = QString();
        QCOMPARE(claimContentProblem(c), u"devices[1].id: must be 1 to 64 bytes of UTF-8, not 0"_s);
        QVERIFY(!sealMeterClaim(c, std::vector<PublicKey>{fixedKey(1).publicKey()}).claim);
    }

    void refusesNonCanonical_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("field");
        QTest::addColumn<qsizetype>("offset");
        const ClaimContent c = sampleClaim(kSlot);
        const QByteArray good = sampleEncoding();
        const qsizetype devicesAt = handEncoded(c, {}).size();
        QTest::newRow("empty") << QByteArray() << u"version"_s << qsizetype(0);
        QTest::newRow("version") << (QByteArray(1, '\x02') + good.mid(1)) << u"version"_s << qsizetype(0);
        QTest::newRow("salt short") << (QByteArray(1, '\x01') + field(1, QByteArray(15, 'x')) + good.mid(19))
                                    << u"salt"_s << qsizetype(3);
        QTest::newRow("import missing") << (good.left(29) + good.mid(39)) << u"importWh"_s << qsizetype(29);
        QTest::newRow("non-minimal length") << (good.left(20) + QByteArray("\x88\x00", 2) + good.mid(21))
                                            << u"slotStartMs"_s << qsizetype(20);
        QTest::newRow("device out of order")
            << handEncoded(c, device("heatpump", 0, 0, 350) + device("battery", 400, 0, 0))
            << u"devices[1].id"_s << qsizetype(devicesAt + device("heatpump", 0, 0, 350).size() + 2);
        QTest::newRow("device twice")
            << handEncoded(c, device("battery", 1, 0, 0) + device("battery", 400, 0, 0)) << u"devices[1].id"_s
            << qsizetype(devicesAt + device("battery", 1, 0, 0).size() + 2);
        QTest::newRow("device id empty")
            << handEncoded(c, device("", 1, 0, 0)) << u"devices[0].id"_s << qsizetype(devicesAt + 2);
        QTest::newRow("device field missing")
            << handEncoded(c, field(7, field(1, "battery") + field(2, i64(1)) + field(4, i64(0))))
            << u"devices[0].dischargeWh"_s << qsizetype(devicesAt + 2 + 9 + 10);
        QTest::newRow("device trailing field")
            << handEncoded(c, field(7, field(1, "battery") + field(2, i64(1)) + field(3, i64(0)) +
                                           field(4, i64(0)) + field(5, i64(0))))
            << u"devices[0]"_s << qsizetype(devicesAt + 2 + 9 + 30);
        QTest::newRow("device id not UTF-8")
            << handEncoded(c, device("\xff", 1, 0, 0)) << u"devices[0].id"_s << qsizetype(devicesAt + 4);
        QTest::newRow("unknown tag after the devices")
            << (good + field(8, "x")) << u"devices[2]"_s << qsizetype(good.size());
        QTest::newRow("truncated") << good.left(good.size() - 1) << u"devices[1]"_s
                                   << qsizetype(good.size() - device("heatpump", 0, 0, 350).size() + 2);
        QByteArray many;
        for (int i = 0; i <= kMaxClaimDevices; ++i)
            many += device(QByteArray("d") + QByteArray::number(100 + i), 0, 0, 0);
        QTest::newRow("too many devices") << handEncoded(c, many) << u"devices[32]"_s
                                          << qsizetype(devicesAt + 32 * device("d100", 0, 0, 0).size());
    }
    void refusesNonCanonical()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, field);
        QFETCH(qsizetype, offset);
        const ClaimDecodeResult result = decodeClaim(bytes);
        QVERIFY(!result.content);
        QCOMPARE(result.error.field, field);
        QCOMPARE(result.error.offset, offset);
        QVERIFY(!result.error.reason.isEmpty());
    }

    // Whatever decodes after a random change encodes back to the same bytes: one encoding per claim.
    void changedBytesDecodeOnlyToThemselves()
    {
        QRandomGenerator random(20260417);
        const QByteArray good = sampleEncoding();
        int decoded = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray bytes = good;
            const int changes = 1 + int(random.bounded(3));
            for (int k = 0; k < changes; ++k) {
                const auto at = qsizetype(random.bounded(int(bytes.size())));
                switch (random.bounded(3)) {
                case 0:
                    bytes[at] = static_cast<char>(random.bounded(256));
                    break;
                case 1:
                    bytes.remove(at, 1);
                    break;
                default:
                    bytes.insert(at, static_cast<char>(random.bounded(256)));
                }
            }
            const ClaimDecodeResult result = decodeClaim(bytes);
            if (result.content) {
                ++decoded;
                QCOMPARE(encodeClaim(*result.content), bytes);
                QCOMPARE(claimContentProblem(*result.content), QString());
            }
        }
        QVERIFY(decoded > 0); // value bytes changed in place still decode
    }

    void sealedToEveryRecipient()
    {
        const SecretKey validator = fixedKey(0x11);
        const SecretKey stewardA = fixedKey(0x22);
        const SecretKey stewardB = fixedKey(0x33);
        const SecretKey outsider = fixedKey(0x44);
        const ClaimContent content = sampleClaim(kSlot);
        const std::vector<PublicKey> recipients{stewardB.publicKey(), validator.publicKey(),
                                                stewardA.publicKey(), validator.publicKey()};
        const SealResult sealed = sealMeterClaim(content, recipients);
        QVERIFY2(sealed.claim, qPrintable(sealed.error));
        QCOMPARE(sealed.claim->slotStartMs, kSlot);
        QCOMPARE(sealed.claim->sealedClaimHash, claimHash(sampleEncoding()));

        // One box per distinct recipient, in increasing key order, each the encoding plus the seal overhead.
        const SealedClaimDecodeResult boxes = decodeSealedClaim(sealed.claim->sealedClaim);
        QVERIFY2(boxes.boxes, qPrintable(boxes.error.toString()));
        QCOMPARE(boxes.boxes->size(), std::size_t(3));
        for (std::size_t i = 0; i < boxes.boxes->size(); ++i) {
            QCOMPARE((*boxes.boxes)[i].box.size(), sampleEncoding().size() + 48);
            if (i > 0)
                QVERIFY((*boxes.boxes)[i - 1].recipient < (*boxes.boxes)[i].recipient);
        }
        QCOMPARE(encodeSealedClaim(*boxes.boxes), sealed.claim->sealedClaim);
        // The readings are not in the public bytes.
        QVERIFY(!sealed.claim->sealedClaim.contains(content.salt.view()));

        for (const SecretKey *key : {&validator, &stewardA, &stewardB}) {
            const OpenResult opened = openMeterClaim(*sealed.claim, *key);
            QVERIFY2(opened.content, qPrintable(opened.error));
            QCOMPARE(*opened.content, content);
        }
        const OpenResult notMine = openMeterClaim(*sealed.claim, outsider);
        QVERIFY(!notMine.content);
        QCOMPARE(notMine.error, u"sealedClaim: not sealed to "_s + outsider.publicKey().toHex());
    }

    // A recipient refuses a box that does not hold what the public hash commits to, so a household cannot
    // show the validator one reading and the stewards another.
    void openingChecksHashAndSlot()
    {
        const SecretKey validator = fixedKey(0x11);
        const std::vector<PublicKey> to{validator.publicKey()};
        const SealResult honest = sealMeterClaim(sampleClaim(kSlot), to);
        ClaimContent other = sampleClaim(kSlot);
        other.importWh = 10;
        const SealResult different = sealMeterClaim(other, to);
        QVERIFY(honest.claim && different.claim);

        MeterClaim swapped = *honest.claim;
        swapped.sealedClaim = different.claim->sealedClaim;
        QCOMPARE(openMeterClaim(swapped, validator).error,
                 u"sealedClaimHash: the opened claim has another hash"_s);

        MeterClaim otherSlot = *honest.claim;
        otherSlot.slotStartMs += 900'000;
        QCOMPARE(openMeterClaim(otherSlot, validator).error,
                 u"slotStartMs: the claim is for %1, its entry says %2"_s.arg(kSlot).arg(kSlot + 900'000));

        MeterClaim tampered = *honest.claim;
        tampered.sealedClaim[tampered.sealedClaim.size() - 1] ^= 1;
        QCOMPARE(openMeterClaim(tampered, validator).error,
                 u"sealedClaim: the box for %1 does not open"_s.arg(validator.publicKey().toHex()));
    }

    void sealedClaimRefusals()
    {
        const SecretKey a = fixedKey(0x11);
        const SecretKey b = fixedKey(0x22);
        const SealResult sealed =
            sealMeterClaim(sampleClaim(kSlot), std::vector{a.publicKey(), b.publicKey()});
        QVERIFY(sealed.claim);
        auto boxes = *decodeSealedClaim(sealed.claim->sealedClaim).boxes;
        std::swap(boxes[0], boxes[1]);
        const SealedClaimDecodeResult outOfOrder = decodeSealedClaim(encodeSealedClaim(boxes));
        QVERIFY(!outOfOrder.boxes);
        QCOMPARE(outOfOrder.error.field, u"recipients[1].recipient"_s);
        boxes[1] = boxes[0];
        QCOMPARE(decodeSealedClaim(encodeSealedClaim(boxes)).error.field, u"recipients[1].recipient"_s);
        const SealedClaimDecodeResult none = decodeSealedClaim(encodeSealedClaim({}));
        QCOMPARE(none.error.field, u"recipients[0]"_s);
        QCOMPARE(none.error.offset, qsizetype(1));
        QCOMPARE(decodeSealedClaim(QByteArray()).error.field, u"version"_s);

        QCOMPARE(sealMeterClaim(sampleClaim(kSlot), {}).error, u"recipients: 1 to 16 keys, not 0"_s);
        // An all-zero key is a point of small order: nothing can be sealed to it.
        QVERIFY(!seal(PublicKey{}, "x"));
        QVERIFY(sealMeterClaim(sampleClaim(kSlot), std::vector{PublicKey{}})
                    .error.startsWith(u"recipient 0000"_s));
    }

    void sealAndOpenRoundTrip()
    {
        const SecretKey key = fixedKey(0x66);
        const auto box = seal(key.publicKey(), "a message");
        QVERIFY(box);
        QCOMPARE(box->size(), qsizetype(9 + kSealOverheadBytes));
        QCOMPARE(key.openSealed(*box), std::optional<QByteArray>(QByteArray("a message")));
        QVERIFY(!fixedKey(0x67).openSealed(*box));
        QVERIFY(!key.openSealed(box->left(40)));
    }
};

QTEST_GUILESS_MAIN(TestLedgerClaim)
#include "tst_ledgerclaim.moc"

#include "communitysetup.h"

#include "currency/communityconfig.h"
#include "ledger/keyfile.h"
#include "ledger/replica.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace commonwatt::community {

namespace {

SetupResult invalid(const QString &error)
{
    return {false, true, error, {}};
}

SetupResult failed(const QString &error)
{
    return {false, false, error, {}};
}

ledger::KdfLimits limitsFor(const KeyProtection &keys)
{
    return keys.interactiveLimits ? ledger::KdfLimits::interactive() : ledger::KdfLimits::moderate();
}

// A new key, written to DIR/keys/NAME.key; the error names the file.
std::optional<ledger::SecretKey> newKey(const QString &directory, const QString &name, const KeyProtection &keys,
                                        QString *error)
{
    std::optional<ledger::SecretKey> key = ledger::SecretKey::generate();
    if (!key) {
        *error = u"libsodium cannot generate keys on this machine"_s;
        return std::nullopt;
    }
    if (const auto writeError = ledger::KeyFile::write(keyFilePath(directory, name), *key, keys.passphrase,
                                                       limitsFor(keys))) {
        *error = *writeError;
        return std::nullopt;
    }
    return key;
}

// Submits entry to replica; the error text names the entry's type and the verdict.
bool store(ledger::LedgerReplica &replica, const ledger::Entry &entry, qint64 nowMs, QString *error)
{
    const ledger::LedgerReplica::BatchResult result = replica.submit(entry, nowMs);
    if (!result.error.isEmpty()) {
        *error = result.error;
        return false;
    }
    const ledger::Verdict &verdict = result.results.front().verdict;
    if (verdict.accepted())
        return true;
    *error = u"the replica refused the %1 entry: %2"_s.arg(ledger::entryTypeName(entry.type()), verdict.text);
    return false;
}

} // namespace

// The next entry of key's chain in replica, signed.
ledger::Entry nextEntry(const ledger::LedgerReplica &replica, const ledger::SecretKey &key, qint64 nowMs,
                        ledger::Payload payload)
{
    const ledger::ChainHead head = replica.head(key.publicKey());
    ledger::Entry entry;
    entry.sequence = head.sequence + 1;
    entry.previous = head.hash;
    entry.timestampMs = nowMs;
    entry.payload = std::move(payload);
    entry.sign(key);
    return entry;
}

SetupResult createCommunity(const CreateOptions &options, const KeyProtection &keys)
{
    const QString directory = options.directory;
    if (QFile::exists(communityFilePath(directory)))
        return invalid(communityFilePath(directory) + u": a community already exists here"_s);
    if (options.stewards < 1 || options.stewards > 100)
        return invalid(u"--stewards must be from 1 to 100, not %1"_s.arg(options.stewards));
    if (options.threshold < 1 || options.threshold > options.stewards)
        return invalid(u"--threshold must be from 1 to %1 (the number of stewards), not %2"_s.arg(options.stewards)
                           .arg(options.threshold));
    if (keys.passphrase.isEmpty())
        return invalid(u"no passphrase: set COMMONWATT_KEY_PASSPHRASE or give --passphrase-file"_s);

    QJsonObject config;
    if (!options.configJson.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(options.configJson.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return invalid(u"--config: not a JSON object: "_s + parseError.errorString());
        config = document.object();
    }
    if (!options.timeZone.isEmpty())
        config[u"timeZone"_s] = options.timeZone;

    if (!QDir().mkpath(QDir(directory).filePath(u"keys"_s)))
        return failed(directory + u": cannot create the folder"_s);

    QString error;
    std::vector<ledger::SecretKey> stewards;
    QJsonArray stewardKeys;
    for (int i = 1; i <= options.stewards; ++i) {
        auto key = newKey(directory, u"steward-%1"_s.arg(i), keys, &error);
        if (!key)
            return failed(error);
        stewardKeys.append(key->publicKey().toHex());
        stewards.push_back(std::move(*key));
    }
    auto distributor = newKey(directory, u"distributor"_s, keys, &error);
    if (!distributor)
        return failed(error);
    config[u"stewards"_s] = stewardKeys;
    config[u"stewardThreshold"_s] = options.threshold;
    config[u"distributor"_s] = distributor->publicKey().toHex();

    const currency::ConfigParseResult parsed = currency::parseCommunityConfig(config);
    if (!parsed.ok())
        return invalid(u"the configuration's field \""_s + parsed.field + u"\": "_s + parsed.error);

    ledger::LedgerReplica replica;
    if (const auto openError = replica.open(ledgerFilePath(directory)))
        return failed(*openError);

    const QString configJson = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
    const ledger::Entry genesis = nextEntry(replica, stewards.front(), options.nowMs,
                                            ledger::CommunityConfiguration{configJson, 0});
    if (!store(replica, genesis, options.nowMs, &error))
        return failed(error);
    // The founding stewards approve the genesis up to the threshold.
    // The genesis is in force on its author's signature (docs/ledger-state.md, L4): the stewards it lists
    // approve later configurations, not the one that names them.
    CommunityFile community;
    community.name = options.name;
    community.genesis = genesis;
    community.id = genesis.hash();
    community.distributor = distributor->publicKey();
    for (const ledger::SecretKey &key : stewards)
        community.stewards.push_back(key.publicKey());
    community.stewardThreshold = options.threshold;
    if (!writeCommunityFile(communityFilePath(directory), community, &error))
        return failed(error);
    return {true, false, {}, community.id.toHex() + u'\n'};
}

SetupResult addMember(const MemberOptions &options, const KeyProtection &keys)
{
    const CommunityFileResult read = readCommunityFile(communityFilePath(options.directory));
    if (!read.community)
        return invalid(read.error);
    static const QRegularExpression namePattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    if (!namePattern.match(options.name).hasMatch())
        return invalid(u"--name must be 1 to 64 letters, digits, '.', '_' or '-', not \"%1\""_s.arg(options.name));
    for (const auto &[flag, value] : {std::pair{u"--dwelling"_s, options.dwelling}, {u"--meter"_s, options.meter},
                                      {u"--feeder"_s, options.feeder}, {u"--substation"_s, options.substation},
                                      {u"--region"_s, options.region}}) {
        if (value.trimmed().isEmpty())
            return invalid(flag + u" is required"_s);
    }
    if (options.importLimitW <= 0 || options.exportLimitW < 0 || options.pvPeakW < 0)
        return invalid(u"limits and the PV peak are watts, at least 0 (the import limit above 0)"_s);
    QJsonParseError parseError;
    const QJsonDocument devices = QJsonDocument::fromJson(options.devicesJson.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !devices.isArray())
        return invalid(u"--devices: not a JSON array of {\"id\", \"kind\", \"powerW\", \"capacityWh\"}"_s);
    if (keys.passphrase.isEmpty())
        return invalid(u"no passphrase: set COMMONWATT_KEY_PASSPHRASE or give --passphrase-file"_s);
    if (QFile::exists(keyFilePath(options.directory, options.name)))
        return invalid(keyFilePath(options.directory, options.name) + u": a member of that name exists"_s);

    ledger::KeyFile::ReadResult distributor =
        ledger::KeyFile::read(keyFilePath(options.directory, u"distributor"_s), keys.passphrase);
    if (!distributor.key)
        return invalid(distributor.error);
    QString error;
    auto member = newKey(options.directory, options.name, keys, &error);
    if (!member)
        return failed(error);
    ledger::LedgerReplica replica;
    if (const auto openError = replica.open(ledgerFilePath(options.directory)))
        return failed(*openError);
    const ledger::Entry join = nextEntry(
        replica, *distributor.key, options.nowMs,
        ledger::MembershipJoin{member->publicKey(), options.dwelling, options.meter, options.feeder,
                               options.substation, options.region, options.importLimitW, options.exportLimitW,
                               options.pvPeakW,
                               QString::fromUtf8(devices.toJson(QJsonDocument::Compact))});
    if (!store(replica, join, options.nowMs, &error))
        return failed(error);
    return {true, false, {}, member->publicKey().toHex() + u'\n'};
}

} // namespace commonwatt::community

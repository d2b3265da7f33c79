#include "communityfile.h"

#include "ledger/encoding.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace commonwatt::community {

namespace {

CommunityFileResult failure(const QString &path, const QString &field, const QString &message)
{
    if (field.isEmpty())
        return {std::nullopt, QString(path + u": "_s + message)};
    return {std::nullopt, QString(path + u": field \""_s + field + u"\": "_s + message)};
}

std::optional<ledger::PublicKey> keyOf(const QJsonValue &value)
{
    return ledger::PublicKey::fromHex(value.toString().toLatin1());
}

} // namespace

QString communityFilePath(const QString &directory)
{
    return QDir(directory).filePath(u"community.json"_s);
}

QString keyFilePath(const QString &directory, const QString &name)
{
    return QDir(directory).filePath(u"keys/"_s + name + u".key"_s);
}

QString ledgerFilePath(const QString &directory)
{
    return QDir(directory).filePath(u"ledger.sqlite"_s);
}

CommunityFileResult readCommunityFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, {}, u"cannot read the file: "_s + file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(path, {}, u"not JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject json = document.object();
    if (json.value(u"format"_s).toString() != QLatin1StringView(kCommunityFormat))
        return failure(path, u"format"_s, u"expected \"%1\""_s.arg(QLatin1StringView(kCommunityFormat)));

    CommunityFile c;
    c.name = json.value(u"name"_s).toString();
    const QByteArray genesisBytes = QByteArray::fromHex(json.value(u"genesis"_s).toString().toLatin1());
    const ledger::DecodeResult decoded = ledger::decode(genesisBytes);
    if (!decoded.entry)
        return failure(path, u"genesis"_s, u"not a ledger entry: "_s + decoded.error.toString());
    c.genesis = *decoded.entry;
    c.id = c.genesis.hash();
    if (json.value(u"id"_s).toString() != c.id.toHex())
        return failure(path, u"id"_s, u"does not match the genesis entry's hash %1"_s.arg(c.id.toHex()));
    const auto *configuration = std::get_if<ledger::CommunityConfiguration>(&c.genesis.payload);
    if (configuration == nullptr || c.genesis.sequence != 1)
        return failure(path, u"genesis"_s, u"not the first entry of a steward's chain with a configuration"_s);
    if (!c.genesis.verifySignature())
        return failure(path, u"genesis"_s, u"the signature does not verify"_s);

    // The keys in community.json are a convenience copy; the genesis configuration is what counts.
    const QJsonObject config = QJsonDocument::fromJson(configuration->configJson.toUtf8()).object();
    const auto distributor = keyOf(config.value(u"distributor"_s));
    if (!distributor)
        return failure(path, u"genesis"_s, u"the configuration names no valid \"distributor\" key"_s);
    c.distributor = *distributor;
    for (const QJsonValue &value : config.value(u"stewards"_s).toArray()) {
        const auto key = keyOf(value);
        if (!key)
            return failure(path, u"genesis"_s, u"the configuration's \"stewards\" holds a key that is not 64 hex digits"_s);
        c.stewards.push_back(*key);
    }
    if (std::find(c.stewards.begin(), c.stewards.end(), c.genesis.participant) == c.stewards.end())
        return failure(path, u"genesis"_s, u"signed by a key that is not one of its stewards"_s);
    c.stewardThreshold = config.value(u"stewardThreshold"_s).toInt(2);
    if (json.value(u"distributor"_s).toString() != c.distributor.toHex())
        return failure(path, u"distributor"_s, u"differs from the genesis configuration's"_s);
    return {std::move(c), {}};
}

bool writeCommunityFile(const QString &path, const CommunityFile &community, QString *error)
{
    QJsonArray stewards;
    for (const ledger::PublicKey &key : community.stewards)
        stewards.append(key.toHex());
    const QJsonObject json{
        {u"format"_s, QLatin1StringView(kCommunityFormat)},
        {u"name"_s, community.name},
        {u"id"_s, community.id.toHex()},
        {u"genesis"_s, QString::fromLatin1(ledger::encode(community.genesis).toHex())},
        {u"distributor"_s, community.distributor.toHex()},
        {u"stewards"_s, stewards},
        {u"stewardThreshold"_s, community.stewardThreshold},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = path + u": cannot write the file: "_s + file.errorString();
        return false;
    }
    return true;
}

} // namespace commonwatt::community

namespace commonwatt::community {

std::optional<QByteArray> readPassphraseFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": cannot read the passphrase file: "_s + file.errorString();
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

} // namespace commonwatt::community

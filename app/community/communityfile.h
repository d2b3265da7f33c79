// A community's folder as commonwatt-community keeps it (docs/community-cli.md): community.json names the
// community (its genesis entry and the keys that matter), keys/ holds encrypted key files, ledger.sqlite is
// the tool's own replica.
#pragma once

#include "ledger/entry.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace commonwatt::community {

inline constexpr char kCommunityFormat[] = "commonwatt-community/1";

struct CommunityFile
{
    QString name = {};
    ledger::Entry genesis = {}; // the steward-signed configuration that founds the community
    ledger::Hash id = {};       // the genesis entry's hash
    ledger::PublicKey distributor = {};
    std::vector<ledger::PublicKey> stewards = {};
    int stewardThreshold = 2;

    // The first 16 hex characters of the id: what MQTT topics carry.
    [[nodiscard]] QString topicId() const { return id.toHex().left(16); }
};

struct CommunityFileResult
{
    std::optional<CommunityFile> community = {};
    QString error = {}; // names the file and the field
};

[[nodiscard]] QString communityFilePath(const QString &directory);
[[nodiscard]] QString keyFilePath(const QString &directory, const QString &name);
[[nodiscard]] QString ledgerFilePath(const QString &directory);

// Reads and checks community.json: the genesis must decode, hash to the id, be a configuration signed by one
// of the listed stewards, and list the same distributor, stewards and threshold.
[[nodiscard]] CommunityFileResult readCommunityFile(const QString &path);
// A passphrase kept in a file (--passphrase-file, a systemd credential), without its trailing newline. The
// error names the file.
[[nodiscard]] std::optional<QByteArray> readPassphraseFile(const QString &path, QString *error);
// Writes atomically (QSaveFile). False with error set on failure.
[[nodiscard]] bool writeCommunityFile(const QString &path, const CommunityFile &community, QString *error);

} // namespace commonwatt::community

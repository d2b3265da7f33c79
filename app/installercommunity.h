// The installer's Community card (property `community` of the singleton Installer): joins the household to a
// community with the member's key file and passphrase, the community's community.json and its broker (TLS,
// CA file), while the app runs; and shows whether the distributor's membership entry has arrived (pending)
// or the household is a member. See docs/installer.md.
//
// Nothing is copied or stored before everything was checked: community.json is read and verified, and the
// key is decrypted with the passphrase from a private copy. The passphrase is never stored or logged.
#pragma once

#include "ledgerservice.h"

#include "ledger/keyfile.h"

#include <QByteArrayView>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace commonwatt::config {
class ConfigStore;
}

namespace commonwatt::app {

class KioskModel;

class InstallerCommunity : public QObject
{
    Q_OBJECT
    Q_PROPERTY(
        QString state READ state NOTIFY changed FINAL) // none, resumeFailed, connecting, pending, member
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed FINAL)
    Q_PROPERTY(QString memberName READ memberName NOTIFY changed FINAL)
    Q_PROPERTY(QString host READ host NOTIFY changed FINAL)
    Q_PROPERTY(int port READ port NOTIFY changed FINAL)
    Q_PROPERTY(bool tls READ tls NOTIFY changed FINAL)
    Q_PROPERTY(QString caFile READ caFile NOTIFY changed FINAL)
    // A key made here by createKey(): its file and public key (for the distributor), until the household
    // joins.
    Q_PROPERTY(QString newKeyFile READ newKeyFile NOTIFY changed FINAL)
    Q_PROPERTY(QString newPublicKey READ newPublicKey NOTIFY changed FINAL)

public:
    static constexpr int kMinPassphraseLength = 8;

    // Opens and starts the ledger (Runtime::joinCommunity); returns the error.
    using Joiner = std::function<std::optional<QString>(LedgerOptions options, QByteArrayView passphrase)>;
    // The running ledger, or null.
    using LedgerLookup = std::function<LedgerService *()>;

    // config and kiosk (may be null: no gate) must outlive this. dataFolder: community/ is made in it.
    InstallerCommunity(config::ConfigStore &config, QString dataFolder, Joiner join, LedgerLookup ledger,
                       const KioskModel *kiosk, QObject *parent = nullptr);

    [[nodiscard]] QString state() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString memberName() const;
    [[nodiscard]] QString host() const;
    [[nodiscard]] int port() const;
    [[nodiscard]] bool tls() const;
    [[nodiscard]] QString caFile() const;
    [[nodiscard]] QString communityFolder() const;
    [[nodiscard]] QString newKeyFile() const { return m_newKeyFile; }
    [[nodiscard]] QString newPublicKey() const { return m_newPublicKey; }
    // The key derivation's cost for keys made here (libsodium's MODERATE by default; tests use INTERACTIVE).
    void setKdfLimits(ledger::KdfLimits limits) { m_kdfLimits = limits; }

    // Makes the household's own member key, encrypted under the passphrase, in community/keys/NAME.key; the
    // secret key never leaves the household: the distributor adds the member with the public key
    // (commonwatt-community add-member --public-key). Returns an empty text when made, else what is wrong.
    Q_INVOKABLE QString createKey(const QString &name, const QString &passphrase, const QString &repeat);

    // Checks, copies into the data folder's community/ (the key private to its owner), joins and stores the
    // membership's settings. Returns an empty text when joined, else what is wrong, naming the file or field.
    Q_INVOKABLE QString join(const QString &communityFile, const QString &keyFile, const QString &passphrase,
                             const QString &host, const QString &port, bool tls, const QString &caFile);

public slots:
    // Follows the running ledger's summary (call when a ledger started).
    void watchLedger();

signals:
    void changed();

private:
    config::ConfigStore &m_config;
    QString m_dataFolder;
    Joiner m_join;
    LedgerLookup m_ledger;
    const KioskModel *m_kiosk = nullptr;
    QPointer<LedgerService> m_watched;
    ledger::KdfLimits m_kdfLimits = ledger::KdfLimits::moderate();
    QString m_newKeyFile;
    QString m_newPublicKey;
};

} // namespace commonwatt::app

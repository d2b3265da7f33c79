#include "installercommunity.h"

#include "communityfile.h"
#include "installermodel.h"
#include "kioskmodel.h"

#include "config/configstore.h"
#include "ledger/keyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

Q_LOGGING_CATEGORY(lcInstallerCommunity, "commonwatt.installer")

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

// A file's bytes as they were before a join replaced it, to put back if the join fails.
struct Previous
{
    QString path;
    std::optional<QByteArray> bytes; // nothing: there was no file

    explicit Previous(QString file)
        : path(std::move(file))
    {
        QFile in(path);
        if (in.open(QIODevice::ReadOnly))
            bytes = in.readAll();
    }
    void restore() const
    {
        if (!bytes) {
            QFile::remove(path);
            return;
        }
        QFile out(path);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner))
            out.write(*bytes);
    }
};

} // namespace

InstallerCommunity::InstallerCommunity(config::ConfigStore &config, QString dataFolder, Joiner join,
                                       LedgerLookup ledger, const KioskModel *kiosk, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_dataFolder(std::move(dataFolder))
    , m_join(std::move(join))
    , m_ledger(std::move(ledger))
    , m_kiosk(kiosk)
{
    watchLedger();
}

QString InstallerCommunity::communityFolder() const
{
    return QDir(m_dataFolder).filePath(u"community"_s);
}

void InstallerCommunity::watchLedger()
{
    LedgerService *ledger = m_ledger ? m_ledger() : nullptr;
    if (ledger && ledger != m_watched) {
        m_watched = ledger;
        connect(ledger, &LedgerService::summaryChanged, this, &InstallerCommunity::changed);
    }
    emit changed();
}

QString InstallerCommunity::memberName() const
{
    return m_config.siteSetting(config::sitekey::communityMember).toString();
}

QString InstallerCommunity::host() const
{
    return m_config.siteSetting(config::sitekey::communityHost).toString();
}

int InstallerCommunity::port() const
{
    return m_config.siteSetting(config::sitekey::communityPort).toInt(1883);
}

bool InstallerCommunity::tls() const
{
    return m_config.siteSetting(config::sitekey::communityTls).toBool(false);
}

QString InstallerCommunity::caFile() const
{
    return m_config.siteSetting(config::sitekey::communityCaFile).toString();
}

QString InstallerCommunity::state() const
{
    if (!m_watched)
        return memberName().isEmpty() ? u"none"_s : u"resumeFailed"_s;
    const LedgerSummary &summary = m_watched->summary();
    if (summary.joined)
        return u"member"_s;
    if (summary.sync == LedgerSummary::Sync::Connecting)
        return u"connecting"_s;
    return u"pending"_s;
}

QString InstallerCommunity::statusText() const
{
    const QString now = state();
    if (now == u"none"_s)
        //: Installer, community: no membership
        return tr("Not in a community: the credits shown are estimates.");
    if (now == u"resumeFailed"_s) {
        //: Installer, community: a membership joined earlier did not start; %1 the member's name
        return tr("%1 joined a community earlier, but the member key's passphrase was not given at the "
                  "start: set "
                  "COMMONWATT_KEY_PASSPHRASE or the commonwatt-key-passphrase credential, or join again "
                  "here.")
            .arg(memberName());
    }
    const LedgerSummary &summary = m_watched->summary();
    const QString community = m_watched->communityName();
    if (now == u"connecting"_s)
        //: Installer, community: %1 the community, %2 host:port
        return tr("Connecting to the broker of %1 at %2…").arg(community, u"%1:%2"_s.arg(host()).arg(port()));
    if (now == u"pending"_s) {
        //: Installer, community: joined, the distributor's membership entry has not arrived; %1 member, %2
        //: community
        return tr("Waiting for the distributor to confirm the membership of %1 in %2. Until then the "
                  "household's "
                  "slots wait to be claimed.")
            .arg(memberName(), community);
    }
    QString text = tr("Member of %1 as %2.").arg(community, memberName());
    if (summary.sync == LedgerSummary::Sync::CatchingUp) {
        //: Installer, community: the ledger is being fetched; %1 entries received, %2 announced
        text += u' ' + tr("Catching up with the ledger: %1 of %2 entries.")
                           .arg(summary.syncReceived)
                           .arg(summary.syncExpected);
    } else if (summary.sync == LedgerSummary::Sync::Connecting) {
        //: Installer, community: the broker is not reachable right now
        text += u' ' + tr("Not connected to the community's broker right now.");
    }
    return text;
}

QString InstallerCommunity::createKey(const QString &nameText, const QString &passphrase,
                                      const QString &repeat)
{
    if (m_kiosk && !m_kiosk->installerMode())
        return tr("Only the installer can change the setup: enter installer mode first.");
    const QString name = nameText.trimmed();
    static const QRegularExpression namePattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    if (!namePattern.match(name).hasMatch()) {
        //: Installer, community: the new key's member name
        return tr(
            "Member name: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    if (passphrase.size() < kMinPassphraseLength)
        //: Installer, community: the new key's passphrase is too short
        return tr("Passphrase: at least %1 characters").arg(kMinPassphraseLength);
    if (passphrase != repeat)
        return tr("Passphrase: the two entries differ");
    const QString folder = communityFolder();
    if (!QDir().mkpath(folder + u"/keys"_s))
        return tr("%1 cannot be created").arg(folder);
    const QString path = community::keyFilePath(folder, name);
    if (QFile::exists(path))
        //: Installer, community: a key of that name exists
        return tr("Member name: %1 exists already; join with it, or choose another name").arg(path);
    const std::optional<ledger::SecretKey> key = ledger::SecretKey::generate();
    if (!key)
        return tr("No key could be made on this machine.");
    QByteArray secret = passphrase.toUtf8();
    const std::optional<QString> error = ledger::KeyFile::write(path, *key, secret, m_kdfLimits);
    secret.fill('\0');
    if (error)
        return *error;
    m_newKeyFile = path;
    m_newPublicKey = key->publicKey().toHex();
    qCInfo(lcInstallerCommunity).noquote() << "made the member key" << path << "public key" << m_newPublicKey;
    emit changed();
    return {};
}

QString InstallerCommunity::join(const QString &communityText, const QString &keyText,
                                 const QString &passphrase, const QString &hostText, const QString &portText,
                                 bool useTls, const QString &caText)
{
    if (m_kiosk && !m_kiosk->installerMode())
        return tr("Only the installer can change the setup: enter installer mode first.");
    if (m_watched)
        return tr("This household is a member of %1 already.").arg(m_watched->communityName());

    // Every field first, in the form's order.
    const QString communityPath = localFilePath(communityText);
    if (communityPath.isEmpty())
        //: Installer, community: a required field is empty; the field's label
        return tr("Community file: required");
    const QString keyPath = localFilePath(keyText);
    if (keyPath.isEmpty())
        return tr("Member key file: required");
    const QString member = QFileInfo(keyPath).completeBaseName();
    static const QRegularExpression memberPattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    if (!keyPath.endsWith(u".key"_s) || !memberPattern.match(member).hasMatch()) {
        //: Installer, community: the key file's name is the member's name
        return tr("Member key file: %1 is not a member's key file (NAME.key, as commonwatt-community "
                  "add-member "
                  "writes it)")
            .arg(keyPath);
    }
    if (passphrase.isEmpty())
        return tr("Passphrase: required");
    const QString hostName = hostText.trimmed();
    if (hostName.isEmpty() || hostName.contains(u'/') || hostName.contains(u' '))
        //: Installer, community: the broker's host
        return tr("Broker host: enter a host name or IP address, without mqtt:// or a port");
    bool portOk = false;
    const int brokerPort =
        portText.trimmed().isEmpty() ? (useTls ? 8883 : 1883) : portText.trimmed().toInt(&portOk);
    if (!portText.trimmed().isEmpty() && (!portOk || brokerPort < 1 || brokerPort > 65535))
        return tr("Port: \"%1\" is not a port from 1 to 65535").arg(portText.trimmed());
    const QString ca = localFilePath(caText);
    if (useTls && !ca.isEmpty() && !QFileInfo(ca).isReadable())
        return tr("CA certificate file: %1 cannot be read").arg(ca);

    const community::CommunityFileResult read = community::readCommunityFile(communityPath);
    if (!read.community)
        return read.error;

    // The key is checked on a private copy: the original may be readable by others (a USB stick).
    QFile source(keyPath);
    if (!source.open(QIODevice::ReadOnly))
        return tr("Member key file: %1 cannot be read: %2").arg(keyPath, source.errorString());
    if (source.size() > ledger::KeyFile::kMaxFileBytes)
        return tr("Member key file: %1 is not a member's key file").arg(keyPath);
    const QByteArray keyBytes = source.readAll();
    const QString folder = communityFolder();
    if (!QDir().mkpath(folder + u"/keys"_s))
        return tr("%1 cannot be created").arg(folder);
    const QString target = community::keyFilePath(folder, member);
    const QString checking = target + u".new"_s;
    QFile::remove(checking);
    {
        QFile copy(checking);
        if (!copy.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner) ||
            copy.write(keyBytes) != keyBytes.size() || !copy.flush())
            return tr("%1 cannot be written: %2").arg(checking, copy.errorString());
    }
    QByteArray secret = passphrase.toUtf8();
    const ledger::KeyFile::ReadResult key = ledger::KeyFile::read(checking, secret);
    if (!key.key) {
        QFile::remove(checking);
        secret.fill('\0');
        return QString(key.error).replace(checking, keyPath);
    }

    // Into place, keeping what was there to put back if the ledger does not open.
    const Previous previousKey(target);
    const Previous previousCommunity(community::communityFilePath(folder));
    QFile::remove(target);
    if (!QFile::rename(checking, target)) {
        QFile::remove(checking);
        secret.fill('\0');
        return tr("%1 cannot be written").arg(target);
    }
    QSaveFile communityCopy(community::communityFilePath(folder));
    QFile communitySource(communityPath);
    if (!communitySource.open(QIODevice::ReadOnly) || !communityCopy.open(QIODevice::WriteOnly) ||
        communityCopy.write(communitySource.readAll()) < 0 || !communityCopy.commit()) {
        previousKey.restore();
        secret.fill('\0');
        return tr("%1 cannot be written: %2")
            .arg(community::communityFilePath(folder), communityCopy.errorString());
    }

    LedgerOptions options;
    options.communityDirectory = folder;
    options.member = member;
    options.host = hostName;
    options.port = brokerPort;
    options.tls = useTls;
    options.caFile = useTls ? ca : QString();
    const std::optional<QString> problem = m_join(options, secret);
    secret.fill('\0');
    if (problem) {
        previousKey.restore();
        previousCommunity.restore();
        return *problem;
    }
    if (!m_config.putSiteSetting(config::sitekey::communityMember, member) ||
        !m_config.putSiteSetting(config::sitekey::communityHost, hostName) ||
        !m_config.putSiteSetting(config::sitekey::communityPort, brokerPort) ||
        !m_config.putSiteSetting(config::sitekey::communityTls, useTls) ||
        !m_config.putSiteSetting(config::sitekey::communityCaFile, options.caFile)) {
        watchLedger();
        //: Installer, community: joined for now, but the settings could not be stored; %1 the reason
        return tr("Joined, but the membership could not be stored for the next start: %1")
            .arg(m_config.errorString());
    }
    m_newKeyFile.clear();
    m_newPublicKey.clear();
    qCInfo(lcInstallerCommunity).noquote()
        << "joined the community" << read.community->name << "as" << member << "on"
        << hostName + u':' + QString::number(brokerPort) << (useTls ? "with TLS" : "");
    watchLedger();
    return {};
}

} // namespace commonwatt::app

#include "configpinstore.h"

#include "config/configstore.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {
// The count and the end of the lockout are one value, so that they are always written together.
constexpr QLatin1StringView kFailures{"failures"};
constexpr QLatin1StringView kLockedUntilMs{"lockedUntilMs"};
} // namespace

ConfigPinStore::ConfigPinStore(config::ConfigStore &config)
    : m_config(config)
{}

bool ConfigPinStore::read(security::PinRecord *out, QString *error) const
{
    // An unreadable file is not "no PIN set": that would let anyone choose a new one.
    const std::optional<QJsonObject> settings = m_config.readSiteSettings();
    if (!settings) {
        *error = m_config.errorString();
        return false;
    }
    const QJsonObject &site = *settings;
    const QJsonObject lockout = site.value(config::sitekey::installerPinLockout).toObject();
    out->hash = site.value(config::sitekey::installerPinHash).toString().toUtf8();
    out->failures = std::max(0, lockout.value(kFailures).toInt());
    out->lockedUntilMs = std::max<qint64>(0, lockout.value(kLockedUntilMs).toInteger());
    return true;
}

bool ConfigPinStore::writeHash(const QByteArray &hash, QString *error)
{
    // The new hash first: should the second write fail, an old lockout stays rather than a new PIN going.
    if (!m_config.putSiteSetting(config::sitekey::installerPinHash, QString::fromUtf8(hash)) ||
        !writeLockout(0, 0, error)) {
        if (error->isEmpty())
            *error = m_config.errorString();
        return false;
    }
    return true;
}

bool ConfigPinStore::writeLockout(int failures, qint64 lockedUntilMs, QString *error)
{
    const QJsonObject lockout{{kFailures, failures}, {kLockedUntilMs, lockedUntilMs}};
    if (!m_config.putSiteSetting(config::sitekey::installerPinLockout, lockout)) {
        *error = m_config.errorString();
        return false;
    }
    return true;
}

bool ConfigPinStore::clear(QString *error)
{
    for (const QLatin1StringView key : {config::sitekey::installerPinHash, config::sitekey::installerPinLockout}) {
        if (m_config.siteSetting(key).isUndefined())
            continue;
        if (!m_config.removeSiteSetting(key)) {
            *error = m_config.errorString();
            return false;
        }
    }
    return true;
}

} // namespace commonwatt::app

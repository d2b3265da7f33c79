// Keeps the installer PIN's hash and lockout in the configuration's site settings (installer_pin_hash,
// installer_pin_lockout), which exports leave out (docs/kiosk.md).
#pragma once

#include "security/pinlock.h"

namespace commonwatt::config {
class ConfigStore;
}

namespace commonwatt::app {

class ConfigPinStore final : public security::PinStore
{
public:
    // config must outlive this store.
    explicit ConfigPinStore(config::ConfigStore &config);

    [[nodiscard]] bool read(security::PinRecord *out, QString *error) const override;
    [[nodiscard]] bool writeHash(const QByteArray &hash, QString *error) override;
    [[nodiscard]] bool writeLockout(int failures, qint64 lockedUntilMs, QString *error) override;
    [[nodiscard]] bool clear(QString *error) override;

private:
    config::ConfigStore &m_config;
};

} // namespace commonwatt::app

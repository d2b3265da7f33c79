// The wall panel's state for QML (singleton Kiosk of Commonwatt.App): dimming after an idle time with a wake
// touch that does nothing else, and the PIN-protected installer mode, the only way out of the panel.
// See docs/kiosk.md.
#pragma once

#include "configpinstore.h"

#include "security/pinlock.h"

#include <QObject>
#include <QString>

class QCoreApplication;

namespace commonwatt {
class Clock;
}
namespace commonwatt::config {
class ConfigStore;
}

namespace commonwatt::app {

class KioskModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool kiosk READ kiosk CONSTANT FINAL)
    Q_PROPERTY(bool dimmed READ dimmed NOTIFY dimmedChanged FINAL)
    Q_PROPERTY(int dimAfterSeconds READ dimAfterSeconds NOTIFY dimAfterSecondsChanged FINAL)
    Q_PROPERTY(bool installerMode READ installerMode NOTIFY installerModeChanged FINAL)
    Q_PROPERTY(bool pinSet READ pinSet NOTIFY pinChanged FINAL)
    Q_PROPERTY(int lockedSeconds READ lockedSeconds NOTIFY pinChanged FINAL)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY pinChanged FINAL)
    Q_PROPERTY(int pinMinDigits READ pinMinDigits CONSTANT FINAL)
    Q_PROPERTY(int pinMaxDigits READ pinMaxDigits CONSTANT FINAL)

public:
    static constexpr int kDefaultDimAfterSeconds = 120;
    static constexpr int kMaxDimAfterSeconds = 24 * 3600;
    // Installer mode ends by itself after this long without input.
    static constexpr qint64 kInstallerIdleMs = 5 * 60 * 1000;

    // config and clock must outlive the model. The clock measures idle time and lockouts: the wall clock,
    // never the demo's simulated time. Its ticks drive dimming and the lockout countdown.
    KioskModel(config::ConfigStore &config, const Clock &clock, bool kiosk, QObject *parent = nullptr);

    // Watches every input event of the application: any input restarts the idle time, and while the screen
    // is dimmed, the touch (click, key) that wakes it is swallowed from press to release.
    void watchInput(QCoreApplication &application);

    [[nodiscard]] bool kiosk() const { return m_kiosk; }
    [[nodiscard]] bool dimmed() const { return m_dimmed; }
    [[nodiscard]] int dimAfterSeconds() const { return m_dimAfterSeconds; }
    [[nodiscard]] bool installerMode() const { return m_installerMode; }
    [[nodiscard]] bool pinSet() const { return m_pinLock.isSet(); }
    [[nodiscard]] int lockedSeconds() const;
    [[nodiscard]] int attemptsLeft() const { return m_pinLock.attemptsLeft(); }
    [[nodiscard]] static int pinMinDigits() { return security::PinLock::kMinDigits; }
    [[nodiscard]] static int pinMaxDigits() { return security::PinLock::kMaxDigits; }

    // Each returns what went wrong for the person at the panel, or an empty text when it was done.
    // Choosing a PIN is allowed while none is set (and then opens installer mode) or in installer mode.
    Q_INVOKABLE QString setPin(const QString &pin, const QString &repeat);
    Q_INVOKABLE QString enterInstallerMode(const QString &pin);
    // 0 never dims. Installer mode only; stored as the site setting kiosk_dim_after_s.
    Q_INVOKABLE QString setDimAfterSeconds(int seconds);
    Q_INVOKABLE void leaveInstallerMode();
    // Leaves the wall panel (quitRequested()); refused outside installer mode.
    Q_INVOKABLE bool quitApp();
    Q_INVOKABLE void wake();

signals:
    void dimmedChanged();
    void dimAfterSecondsChanged();
    void installerModeChanged();
    void pinChanged();
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] static QString duration(qint64 ms);
    void onTick(qint64 nowMs);
    void noteInput();
    void setDimmed(bool dimmed);
    void setInstallerMode(bool on);
    void refreshPin();

    config::ConfigStore &m_config;
    const Clock &m_clock;
    ConfigPinStore m_pinStore;
    security::PinLock m_pinLock;
    const bool m_kiosk;
    bool m_dimmed = false;
    bool m_installerMode = false;
    bool m_swallowing = false; // between the waking press and its release
    int m_dimAfterSeconds = kDefaultDimAfterSeconds;
    int m_lockedSeconds = 0; // as last announced
    qint64 m_lastInputMs = 0;
};

} // namespace commonwatt::app

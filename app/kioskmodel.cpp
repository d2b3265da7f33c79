#include "kioskmodel.h"

#include "config/configstore.h"

#include <commonwatt/clock.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcKiosk, "commonwatt.kiosk")

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

int storedDimAfterSeconds(const config::ConfigStore &config)
{
    const QJsonValue value = config.siteSetting(config::sitekey::kioskDimAfterSeconds);
    if (value.isUndefined())
        return KioskModel::kDefaultDimAfterSeconds;
    const double seconds = value.toDouble(-1);
    if (!value.isDouble() || seconds < 0 || seconds > KioskModel::kMaxDimAfterSeconds) {
        qCWarning(lcKiosk).noquote() << "Site setting" << config::sitekey::kioskDimAfterSeconds
                                     << "must be a number of seconds from 0 to"
                                     << KioskModel::kMaxDimAfterSeconds << "; dimming after"
                                     << KioskModel::kDefaultDimAfterSeconds << "s";
        return KioskModel::kDefaultDimAfterSeconds;
    }
    return static_cast<int>(seconds);
}

bool startsGesture(QEvent::Type type)
{
    return type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick ||
           type == QEvent::TouchBegin || type == QEvent::KeyPress;
}

} // namespace

QString KioskModel::duration(qint64 ms)
{
    // "45 s", "2 min", "1 h": a lockout's length, rounded up.
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 120)
        return tr("%n s", nullptr, static_cast<int>(seconds));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, static_cast<int>(minutes));
    return tr("%n h", nullptr, static_cast<int>((minutes + 59) / 60));
}

KioskModel::KioskModel(config::ConfigStore &config, const Clock &clock, bool kiosk, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_pinStore(config)
    , m_pinLock(m_pinStore, clock)
    , m_kiosk(kiosk)
    , m_dimAfterSeconds(storedDimAfterSeconds(config))
    , m_lockedSeconds(lockedSeconds())
    , m_lastInputMs(clock.nowMs())
{
    connect(&clock, &Clock::ticked, this, &KioskModel::onTick);
}

void KioskModel::watchInput(QCoreApplication &application)
{
    application.installEventFilter(this);
}

int KioskModel::lockedSeconds() const
{
    return static_cast<int>((m_pinLock.lockedForMs() + 999) / 1000);
}

void KioskModel::onTick(qint64 nowMs)
{
    const qint64 idleMs = nowMs - m_lastInputMs;
    if (m_kiosk && !m_dimmed && m_dimAfterSeconds > 0 && idleMs >= qint64(m_dimAfterSeconds) * 1000)
        setDimmed(true);
    if (m_installerMode && idleMs >= kInstallerIdleMs) {
        qCInfo(lcKiosk, "Installer mode ended after %lld minutes without input", kInstallerIdleMs / 60'000);
        setInstallerMode(false);
    }
    if (lockedSeconds() != m_lockedSeconds)
        refreshPin();
}

void KioskModel::noteInput()
{
    m_lastInputMs = m_clock.nowMs();
}

void KioskModel::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    emit dimmedChanged();
}

void KioskModel::setInstallerMode(bool on)
{
    if (m_installerMode == on)
        return;
    m_installerMode = on;
    emit installerModeChanged();
}

void KioskModel::refreshPin()
{
    m_lockedSeconds = lockedSeconds();
    emit pinChanged();
}

void KioskModel::wake()
{
    noteInput();
    setDimmed(false);
}

bool KioskModel::eventFilter(QObject *watched, QEvent *event)
{
    // Every input event reaches its window before any item in it: deciding there covers the items too.
    if (!watched->isWindowType())
        return false;
    const QEvent::Type type = event->type();
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Wheel:
        break;
    default:
        return false;
    }

    if (m_swallowing) {
        noteInput();
        const bool ended = (type == QEvent::MouseButtonRelease &&
                            static_cast<QMouseEvent *>(event)->buttons() == Qt::NoButton) ||
                           type == QEvent::TouchEnd || type == QEvent::TouchCancel ||
                           (type == QEvent::KeyRelease && !static_cast<QKeyEvent *>(event)->isAutoRepeat());
        if (ended)
            m_swallowing = false;
        event->accept(); // handled: Qt makes no mouse events out of a swallowed touch
        return true;
    }
    if (!m_dimmed) {
        noteInput();
        return false;
    }
    // Dimmed: a press or a turn of the wheel wakes the screen and does nothing else; a pointer that only
    // moves (a mouse on the panel's shelf) neither wakes it nor reaches what is under it.
    if (startsGesture(type) || type == QEvent::Wheel) {
        wake();
        m_swallowing = startsGesture(type);
    }
    event->accept();
    return true;
}

QString KioskModel::setPin(const QString &pin, const QString &repeat)
{
    if (m_pinLock.isSet() && !m_installerMode)
        return tr("Only the installer can change the installer PIN: enter the current PIN first.");
    if (const QString problem = security::PinLock::formatProblem(pin); !problem.isEmpty())
        return problem;
    if (pin != repeat)
        return tr("The two entries differ: enter the same PIN twice.");
    QString error;
    if (!m_pinLock.setPin(pin, &error))
        return error;
    refreshPin();
    // Whoever chose the first PIN is the installer.
    noteInput();
    setInstallerMode(true);
    return {};
}

QString KioskModel::enterInstallerMode(const QString &pin)
{
    // A PIN that cannot be one is not counted as a try, unless the lock would refuse any try now.
    if (m_pinLock.lockedForMs() == 0) {
        if (const QString problem = security::PinLock::formatProblem(pin); !problem.isEmpty())
            return problem;
    }
    const security::PinLock::Result result = m_pinLock.verify(pin);
    refreshPin();
    switch (result.outcome) {
    case security::PinLock::Outcome::Accepted:
        noteInput();
        setInstallerMode(true);
        return {};
    case security::PinLock::Outcome::NotSet:
        return tr("No installer PIN is set yet: choose one first.");
    case security::PinLock::Outcome::Wrong:
        if (result.lockedForMs > 0) {
            return tr("Wrong PIN. Too many wrong tries: the PIN is locked for %1.")
                .arg(duration(result.lockedForMs));
        }
        return tr("Wrong PIN. %n tries left before the PIN locks.", nullptr, result.attemptsLeft);
    case security::PinLock::Outcome::Locked:
        return tr("The PIN is locked after too many wrong tries: try again in %1.")
            .arg(duration(result.lockedForMs));
    case security::PinLock::Outcome::Failed:
        break;
    }
    return result.error;
}

QString KioskModel::setDimAfterSeconds(int seconds)
{
    if (!m_installerMode)
        return tr("Only the installer can change when the screen dims.");
    if (seconds < 0 || seconds > kMaxDimAfterSeconds)
        return tr("The screen dims after 0 (never) to %1 seconds.").arg(kMaxDimAfterSeconds);
    if (!m_config.putSiteSetting(config::sitekey::kioskDimAfterSeconds, seconds))
        return m_config.errorString();
    if (m_dimAfterSeconds != seconds) {
        m_dimAfterSeconds = seconds;
        emit dimAfterSecondsChanged();
    }
    return {};
}

void KioskModel::leaveInstallerMode()
{
    setInstallerMode(false);
}

bool KioskModel::quitApp()
{
    if (!m_installerMode) {
        qCWarning(lcKiosk, "Leaving the wall panel was refused outside installer mode");
        return false;
    }
    qCInfo(lcKiosk, "The installer leaves the wall panel");
    // Under commonwatt-kiosk.service the session restarts whenever the app ends (cage does not pass on its
    // exit status); this file tells the unit that the end was meant (docs/kiosk.md).
    const QString leftFile = qEnvironmentVariable("COMMONWATT_KIOSK_LEFT_FILE");
    if (!leftFile.isEmpty()) {
        QSaveFile file(leftFile);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(Qt::ISODate).toUtf8() +
                       '\n') < 0 ||
            !file.commit()) {
            qCWarning(lcKiosk).noquote() << "The panel will start again:" << leftFile
                                         << "could not be written:" << file.errorString();
        }
    }
    emit quitRequested();
    return true;
}

} // namespace commonwatt::app

// An exception that escapes a plugin's event handler (a timer, a queued message, a clock tick) must stop that
// plugin, not the process. Qt does not let exceptions pass through its event loop, and the only sanctioned
// place to catch them is QCoreApplication::notify(): the application object is therefore a
// GuardedApplication<QApplication> (or QCoreApplication, in the headless service and the tests).
//
// On a plugin's worker thread the exception ends that thread's event loop and its host reports the instance
// failed with the exception's message; on any other thread it is rethrown, as without the guard.
#pragma once

#include <QString>

#include <exception>

class QEvent;
class QObject;

namespace commonwatt::pluginhost {

// True when the calling thread is a plugin's worker: the failure is then reported to its host and the
// thread's event loop asked to end. Defined in pluginhost.cpp.
[[nodiscard]] bool failCurrentPluginThread(const QString &what);

template <typename Application>
class GuardedApplication : public Application
{
public:
    using Application::Application;

    bool notify(QObject *receiver, QEvent *event) override
    {
        try {
            return Application::notify(receiver, event);
        } catch (const std::exception &exception) {
            if (!failCurrentPluginThread(QString::fromLocal8Bit(exception.what())))
                throw;
        } catch (...) {
            if (!failCurrentPluginThread(QString()))
                throw;
        }
        return false;
    }
};

} // namespace commonwatt::pluginhost

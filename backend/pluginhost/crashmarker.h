// Names the plugin whose thread crashed the process, so that the next start can disable its instances with a
// message instead of crashing again (product.md, capability 7). A plugin's instances share its thread, so
// the plugin is what can be named.
//
// install() opens nothing and allocates nothing at crash time: it remembers the marker's path and sets
// handlers for the fatal signals. A plugin's worker thread sets its plugin id with ThreadScope; when a fatal
// signal arrives on such a thread, the handler writes the id to the marker file with async-signal-safe calls
// and lets the signal take its default course (a core dump where enabled).
#pragma once

#include <QString>

#include <optional>

namespace commonwatt::pluginhost::crashmarker {

// Sets the handlers; `path` is where the marker is written (in the household's data folder).
void install(const QString &path);

// The plugin id left by a crash, if any, and removes the marker.
[[nodiscard]] std::optional<QString> takeMarker(const QString &path);

// Marks the current thread as running the plugin `pluginId` for its lifetime.
class ThreadScope
{
public:
    explicit ThreadScope(const QString &pluginId);
    ~ThreadScope();
    ThreadScope(const ThreadScope &) = delete;
    ThreadScope &operator=(const ThreadScope &) = delete;

private:
    char m_id[128] = {};
};

} // namespace commonwatt::pluginhost::crashmarker

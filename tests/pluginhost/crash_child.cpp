// Loads the misbehaving test plugin from argv[1], installs the crash marker at argv[2], starts an instance
// "crashing-plug" in crash mode and switches it on: the plugin's thread raises SIGSEGV.
#include "pluginhost/crashmarker.h"
#include "pluginhost/plugincatalog.h"
#include "pluginhost/pluginhost.h"

#include <commonwatt/clock.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace commonwatt;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    pluginhost::crashmarker::install(QString::fromLocal8Bit(argv[2]));
    pluginhost::PluginCatalog catalog;
    catalog.load({QString::fromLocal8Bit(argv[1])});
    const pluginhost::PluginEntry *entry = catalog.find(u"misbehaving"_s);
    if (!entry)
        return 3;
    SimulatedClock clock(0);
    pluginhost::PluginHost host(*entry, u"crashing-plug"_s, QJsonObject{{u"mode"_s, u"crash"_s}},
                                PluginContext{.clock = &clock});
    QObject::connect(&host, &pluginhost::PluginHost::devicesReady, &app, [](const QList<Device *> &devices) {
        DeviceCommand command;
        command.kind = CommandKind::Switch;
        command.on = true;
        devices.first()->sendCommand(command);
    });
    host.start();
    QTimer::singleShot(10000, &app, [] { QCoreApplication::exit(4); });
    return app.exec();
}

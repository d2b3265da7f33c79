// A plugin written for plugin API 1.0: the catalog must refuse it from its metadata, without creating it.
#include <QObject>
#include <QtPlugin>

class OldApiPlugin final : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.commonwatt.DevicePlugin/1.0" FILE "oldapi.json")
};

#include "oldapiplugin.moc"

// What configcrash_child writes, step by step, shared with tst_configcrash so that the test knows exactly
// what each reported step committed. Even steps put one plugin instance; odd steps import a document holding
// a broker, an instance using it and a site setting, all in one transaction.
#pragma once

#include "configtesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace configcrash {

inline qint64 timeOf(int step)
{
    return configtest::kStartMs + qint64{step} * 1000;
}

inline QString instanceId(int step)
{
    return (step % 2 == 0 ? u"put-%1"_s : u"imported-%1"_s).arg(step);
}

inline QString brokerId(int step)
{
    return u"broker-%1"_s.arg(step);
}

inline QString secretOf(int step)
{
    return u"secret-%1-%2"_s.arg(step).arg(step * 7919 % 10007);
}

inline commonwatt::config::PluginInstance putInstance(int step)
{
    return configtest::plug(instanceId(step), secretOf(step));
}

inline QByteArray importDocument(int step)
{
    const QJsonObject broker{
        {u"id"_s, brokerId(step)},
        {u"name"_s, brokerId(step)},
        {u"settings"_s, QJsonObject{{u"host"_s, u"h"_s}, {u"password"_s, secretOf(step)}}}};
    const QJsonObject instance{{u"id"_s, instanceId(step)},
                               {u"pluginId"_s, u"test.plug"_s},
                               {u"name"_s, instanceId(step)},
                               {u"brokerId"_s, brokerId(step)},
                               {u"settings"_s, QJsonObject{{u"topic"_s, u"t/%1"_s.arg(step)}}}};
    const QJsonObject document{{u"format"_s, u"commonwatt-config"_s},
                               {u"version"_s, 1},
                               {u"site"_s, QJsonObject{{u"last_import"_s, step}}},
                               {u"brokers"_s, QJsonArray{broker}},
                               {u"instances"_s, QJsonArray{instance}}};
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

} // namespace configcrash

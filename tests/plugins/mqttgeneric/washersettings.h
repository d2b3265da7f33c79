// The generic MQTT plugin's settings for a Tasmota-style washing machine plug (readings, last will and switch),
// shared by the settings and device tests.
#pragma once

#include <QJsonObject>

namespace commonwatt::testing {

inline QJsonObject washerSettings()
{
    using namespace Qt::StringLiterals;
    return {{u"name"_s, u"Washer plug"_s},
            {u"kind"_s, u"appliance"_s},
            {u"powerTopic"_s, u"tele/washer/SENSOR"_s},
            {u"powerPath"_s, u"ENERGY.Power"_s},
            {u"energyTopic"_s, u"tele/washer/SENSOR"_s},
            {u"energyPath"_s, u"ENERGY.Total"_s},
            {u"onTopic"_s, u"stat/washer/POWER"_s},
            {u"availabilityTopic"_s, u"tele/washer/LWT"_s},
            {u"payloadOnline"_s, u"Online"_s},
            {u"payloadOffline"_s, u"Offline"_s},
            {u"switchTopic"_s, u"cmnd/washer/POWER"_s}};
}

} // namespace commonwatt::testing

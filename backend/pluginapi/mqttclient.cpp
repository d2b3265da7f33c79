#include <commonwatt/mqttclient.h>

namespace commonwatt {

bool MqttClient::topicMatches(QStringView filter, QStringView topic)
{
    // Topics starting with '$' (broker statistics) never match a filter starting with a wildcard.
    if (topic.startsWith(u'$') && (filter.startsWith(u'+') || filter.startsWith(u'#')))
        return false;
    qsizetype f = 0;
    qsizetype t = 0;
    while (true) {
        const qsizetype fEnd = filter.indexOf(u'/', f);
        const QStringView level = filter.mid(f, fEnd < 0 ? -1 : fEnd - f);
        if (level == u"#")
            return fEnd < 0; // '#' must be the last level; it also matches the parent ("a/#" matches "a")
        if (t > topic.size())
            return false;
        const qsizetype tEnd = topic.indexOf(u'/', t);
        const QStringView topicLevel = topic.mid(t, tEnd < 0 ? -1 : tEnd - t);
        if (level != u"+" && level != topicLevel)
            return false;
        if (fEnd < 0)
            return tEnd < 0;
        f = fEnd + 1;
        if (tEnd < 0) {
            // The topic has no more levels: only a trailing "#" still matches.
            return filter.mid(f) == u"#";
        }
        t = tEnd + 1;
    }
}

} // namespace commonwatt

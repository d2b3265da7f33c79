// A child process for tst_configcrash.
//   configcrash_child <data folder>: runs the steps of configcrashpattern.h for ever, printing
//       "committed <step>" as soon as each step's call has returned (and so is on disk).
#include "configcrashpattern.h"

#include "config/configstore.h"

#include <commonwatt/clock.h>

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

using namespace commonwatt;
using namespace commonwatt::config;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: configcrash_child <data folder>\n");
        return 64;
    }
    QLoggingCategory::setFilterRules(u"commonwatt.config.info=false"_s); // thousands of steps
    SimulatedClock clock(configcrash::timeOf(0));
    ConfigStore store(clock);
    if (!store.open(arguments[1])) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 2;
    }
    for (int step = 0;; ++step) {
        clock.advanceTo(configcrash::timeOf(step));
        const bool ok = step % 2 == 0 ? store.putInstance(configcrash::putInstance(step), configtest::lookup)
                                      : store.importJson(configcrash::importDocument(step),
                                                         configtest::schemas(), ImportMode::Merge);
        if (!ok) {
            std::fprintf(stderr, "step %d: %s\n", step, qPrintable(store.errorString()));
            return 1;
        }
        std::printf("committed %d\n", step);
        std::fflush(stdout);
    }
}

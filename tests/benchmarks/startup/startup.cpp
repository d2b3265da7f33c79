// Start to first frame and resident memory: the app on its demo household (a first start on an empty data
// folder, then a restart on the same folder, as a wall panel restarts), against a bare Qt Quick window started
// the same way in the same run. Each program is launched, timed until it prints "commonwatt: first frame",
// left running for --settle seconds, and its resident memory (VmRSS, and the peak VmHWM) read from /proc.
//
// Run under a display, e.g.:
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/release/tests/benchmarks/startup/bench_startup --runs 5
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    double firstFrameMs = 0;
    double rssMb = 0;
    double peakRssMb = 0;
};

// kB of a "Vm...:" line of /proc/<pid>/status.
double statusMb(qint64 pid, const QByteArray &field)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

std::optional<Sample> runOnce(const QString &program, const QStringList &arguments, int settleMs)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"COMMONWATT_REPORT_FIRST_FRAME"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start();
    if (!process.waitForStarted(10'000))
        return std::nullopt;
    QByteArray err;
    Sample sample;
    while (!err.contains("commonwatt: first frame")) {
        if (clock.elapsed() > 30'000 || process.state() == QProcess::NotRunning) {
            std::fprintf(stderr, "%s did not show a frame:\n%s\n", qPrintable(program), err.constData());
            process.kill();
            process.waitForFinished();
            return std::nullopt;
        }
        process.waitForReadyRead(5);
        err += process.readAllStandardError();
    }
    sample.firstFrameMs = double(clock.nsecsElapsed()) / 1e6;
    QThread::msleep(static_cast<unsigned long>(settleMs));
    sample.rssMb = statusMb(process.processId(), "VmRSS:");
    sample.peakRssMb = statusMb(process.processId(), "VmHWM:");
    process.terminate();
    if (!process.waitForFinished(10'000)) {
        process.kill();
        process.waitForFinished();
    }
    return sample;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

struct Summary
{
    double firstFrameMs, rssMb, peakRssMb;
};

Summary summarize(const char *name, const std::vector<Sample> &samples)
{
    std::vector<double> frames, rss, peak;
    for (const Sample &s : samples) {
        frames.push_back(s.firstFrameMs);
        rss.push_back(s.rssMb);
        peak.push_back(s.peakRssMb);
    }
    const Summary summary{median(frames), median(rss), median(peak)};
    std::printf("%-22s first frame median %7.1f ms (min %7.1f, max %7.1f)   RSS median %6.1f MB, peak %6.1f MB\n",
                name, summary.firstFrameMs, *std::min_element(frames.begin(), frames.end()),
                *std::max_element(frames.begin(), frames.end()), summary.rssMb, summary.peakRssMb);
    return summary;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Start to first frame and resident memory of Commonwatt's demo."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each program (default 5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption settleOption(u"settle"_s,
                                          u"Seconds each program runs before its memory is read (default 10)."_s,
                                          u"s"_s, u"10"_s);
    const QCommandLineOption appOption(u"app"_s, u"The app to start."_s, u"path"_s,
                                       QString::fromUtf8(COMMONWATT_APP));
    parser.addOptions({runsOption, settleOption, appOption});
    parser.process(application);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int settleMs = std::max(0, parser.value(settleOption).toInt()) * 1000;
    const QString app = parser.value(appOption);

    std::vector<Sample> baseline, first, restart;
    for (int run = 0; run < runs; ++run) {
        // Interleaved, so that the machine's moods fall on all three alike.
        const auto bare = runOnce(QString::fromUtf8(COMMONWATT_STARTUP_BASELINE), {}, settleMs);
        QTemporaryDir data;
        const QStringList arguments = {u"--demo"_s, u"--data-dir"_s, data.path()};
        const auto fresh = runOnce(app, arguments, settleMs);
        const auto again = runOnce(app, arguments, settleMs);
        if (!bare || !fresh || !again)
            return 1;
        baseline.push_back(*bare);
        first.push_back(*fresh);
        restart.push_back(*again);
        std::printf("run %d: bare %.0f ms, first start %.0f ms, restart %.0f ms\n", run + 1, bare->firstFrameMs,
                    fresh->firstFrameMs, again->firstFrameMs);
        std::fflush(stdout);
    }
    std::printf("\n%d runs, memory read after %d s:\n", runs, settleMs / 1000);
    const Summary bare = summarize("bare Qt Quick window", baseline);
    const Summary fresh = summarize("app, first start", first);
    const Summary again = summarize("app, restart", restart);
    std::printf("\nratio to the bare window (first frame): first start %.2f, restart %.2f\n",
                fresh.firstFrameMs / bare.firstFrameMs, again.firstFrameMs / bare.firstFrameMs);
    std::printf("targets: first frame <= 1000 ms: %s; resident memory <= 200 MB: %s\n",
                std::max(fresh.firstFrameMs, again.firstFrameMs) <= 1000 ? "met" : "NOT met",
                std::max({fresh.peakRssMb, again.peakRssMb}) <= 200 ? "met" : "NOT met");
    return 0;
}

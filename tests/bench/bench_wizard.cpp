// Benchmark: how long the wizard takes to appear (construct, show, first paint) and how
// much memory the process holds. Prints numbers, asserts nothing. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/release-tests/tests/bench/bench_wizard
#include "ConnectWizard.h"
#include "Simulator.h"
#include "core/AppInfo.h"
#include "login/ConnectController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {
long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    AppInfo::apply();
    QLoggingCategory::setFilterRules(QStringLiteral("fc.*=false"));
    Simulator sim {Simulator::testOptions()};
    if (!sim.start())
        return 1;
    QList<double> times;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        ConnectController::Options options;
        options.apiBase = sim.baseUrl();
        options.practice = true;
        options.keyPrefill = Simulator::testKey();
        ConnectController controller(options);
        ConnectWizard wizard(&controller);
        wizard.show();
        wizard.start();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return 1;
        wizard.grab(); // forces a full paint of the first page
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::printf("wizard construct+show+first paint (%s, 20 runs): min %.1f ms, median %.1f ms, "
                "max %.1f ms; peak RSS %ld kB\n",
                qPrintable(QApplication::platformName()), times.first(), times[times.size() / 2],
                times.last(), peakRssKb());
    return 0;
}

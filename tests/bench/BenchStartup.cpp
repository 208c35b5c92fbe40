// 1. Start-up to the first painted window and peak RSS, against the floor: a bare QWizard
// with the wizard's six pages, and a bare table of 50 rows for the accounts window.
#include "BenchChildren.h"
#include "BenchReport.h"

#include <QDirIterator>

namespace {

struct Config
{
    QString label;
    QString program;
    QStringList args;
    QString home;
    int rows = 0; // FANSLY_CONNECT_EXIT_ON_PAINT: paint with at least this many accounts listed
    int floor = -1; // index of its floor; -1: it is one
    double target = 0; // the ratio the issue asks for (time and memory alike)
    double rssTarget = 0;
    QString headline; // in the summary, under this name
    QList<double> ms;
    QList<double> rss;
    int failures = 0;
    QString lastOutput;
};

Config config(const QString &label, const QString &program, const QStringList &args,
              const QString &home, int rows = 0, int floor = -1, double target = 0,
              double rssTarget = 0)
{
    Config c;
    c.label = label;
    c.program = program;
    c.args = args;
    c.home = home;
    c.rows = rows;
    c.floor = floor;
    c.target = target;
    c.rssTarget = rssTarget;
    return c;
}

QString practiceStateFile(const QString &home)
{
    QDirIterator it(home, {QStringLiteral("simulator.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

void measure(BenchContext &ctx, QList<Config> &configs, const QString &platform, int runs)
{
    const auto once = [&](Config &c, bool keep) {
        QProcessEnvironment env = ctx.env(c.home, platform);
        env.insert(QStringLiteral("FANSLY_CONNECT_EXIT_ON_PAINT"), QString::number(c.rows));
        const PaintRun r = runToPaint(c.program, c.args, env);
        if (!r.ok) {
            ++c.failures;
            c.lastOutput = r.output;
            return;
        }
        if (keep) {
            c.ms << r.ms;
            c.rss << r.rssMb;
        }
    };
    for (Config &c : configs)
        once(c, false); // warm-up: caches, and practice mode's first run
    // Round robin, so a change in the machine's load touches every program alike.
    for (int i = 0; i < runs; ++i) {
        for (Config &c : configs)
            once(c, true);
    }
}

} // namespace

void benchStartup(BenchContext &ctx)
{
    const bool quick = ctx.options.quick;
    const int runs = quick ? 2 : 10;
    const int rows = 50;
    auto noKeySim = ctx.simulator(100000, {});
    auto keySim = ctx.simulator(100000, {});
    QList<SeedAccount> fifty;
    for (int i = 0; i < rows; ++i)
        fifty.append({QStringLiteral("creator%1").arg(i), false});
    auto listSim = ctx.simulator(100000, {}, fifty);
    if (!noKeySim || !keySim || !listSim)
        return ctx.note(QStringLiteral("start-up: a simulator did not start"));
    const bool keySaved = ctx.saveKey(*keySim) && ctx.saveKey(*listSim);

    const QString gui = ctx.options.gui;
    const auto api = [](const Simulator &sim) {
        return QStringList {QStringLiteral("--api-base-url"), sim.baseUrl().toString()};
    };
    QList<Config> configs;
    configs.append(config(QStringLiteral("bare QWizard, 6 pages (floor)"), ctx.options.floor,
                          {QStringLiteral("wizard"), QStringLiteral("6")},
                          ctx.newHome(QStringLiteral("floor")), 0));
    configs.append(config(QStringLiteral("practice mode (`--practice`)"), gui,
                          {QStringLiteral("--practice")}, ctx.newHome(QStringLiteral("practice")),
                          0, 0, 1.2, 1.15));
    configs.last().headline = QStringLiteral("practice mode");
    configs.append(config(QStringLiteral("normal mode, no key saved"), gui, api(*noKeySim),
                          ctx.newHome(QStringLiteral("nokey")), 0, 0, 1.1, 1.1));
    if (keySaved) {
        configs.append(config(QStringLiteral("normal mode, key saved"), gui, api(*keySim),
                              ctx.newHome(QStringLiteral("key")), 0, 0, 1.1, 1.1));
        configs.last().headline = QStringLiteral("normal mode, key saved");
    }
    const int tableFloor = int(configs.size());
    configs.append(config(QStringLiteral("bare table of 50 rows (floor)"), ctx.options.floor,
                          {QStringLiteral("table"), QString::number(rows)},
                          ctx.newHome(QStringLiteral("floor50")), 0));
    if (keySaved) {
        configs.append(config(QStringLiteral("accounts window, 50 accounts listed (key saved)"),
                              gui, api(*listSim), ctx.newHome(QStringLiteral("list50")), rows,
                              tableFloor, 1.1, 1.1));
        configs.last().headline = QStringLiteral("accounts window with 50 accounts");
    }
    const int practiceList = int(configs.size());
    configs.append(config(QStringLiteral("practice mode, 50 accounts listed"), gui,
                          {QStringLiteral("--practice")}, ctx.newHome(QStringLiteral("practice50")),
                          rows, tableFloor, 1.2, 1.15));
    // Practice mode's simulator reads its accounts from the state file of the first run.
    {
        Config &c = configs[practiceList];
        QProcessEnvironment env = ctx.env(c.home);
        env.insert(QStringLiteral("FANSLY_CONNECT_EXIT_ON_PAINT"), QStringLiteral("0"));
        runToPaint(c.program, c.args, env);
        const QString state = practiceStateFile(c.home);
        if (state.isEmpty() || !BenchContext::writeState(state, fifty))
            ctx.note(QStringLiteral("start-up: could not seed practice mode's state file"));
    }
    if (!keySaved)
        ctx.note(QStringLiteral("start-up: no keychain, so no 'key saved' runs"));

    QStringList platforms {QStringLiteral("offscreen")};
    if (!ctx.display.isEmpty())
        platforms << QStringLiteral("xcb");
    BenchSection &s = ctx.section(
        QStringLiteral("1. Start-up and memory"),
        QStringLiteral("Process start to the end of the first paint pass of a window (with "
                       "`FANSLY_CONNECT_EXIT_ON_PAINT=N`: the first paint once N accounts are "
                       "listed), and the peak RSS of that run; median of %1 runs after a "
                       "warm-up, the programs taking turns. The floor is a bare Qt program of "
                       "the same shape from the same build.")
            .arg(runs));
    for (const QString &platform : platforms) {
        QList<Config> run = configs;
        measure(ctx, run, platform, runs);
        const QString where = platform == QLatin1String("xcb") ? QStringLiteral("Xvfb")
                                                               : QStringLiteral("offscreen");
        for (const Config &c : std::as_const(run)) {
            if (c.failures)
                ctx.note(QStringLiteral("%1 (%2): %3 failed runs; last output:\n%4")
                             .arg(c.label, where)
                             .arg(c.failures)
                             .arg(c.lastOutput.right(2000)));
            const double ms = Stats::median(c.ms);
            const double rss = Stats::median(c.rss);
            if (c.floor < 0) {
                s.rows.append({QStringLiteral("%1, %2").arg(c.label, where),
                               QStringLiteral("%1, %2 MiB").arg(Stats::ms(ms)).arg(rss, 0, 'f', 1),
                               QStringLiteral("—"), QString(), QString()});
                continue;
            }
            const Config &f = run.at(c.floor);
            const double floorMs = Stats::median(f.ms);
            const double floorRss = Stats::median(f.rss);
            const double rt = ms / floorMs;
            const double rm = rss / floorRss;
            s.rows.append({QStringLiteral("%1, %2: start-up").arg(c.label, where),
                           QStringLiteral("%1 (%2)").arg(Stats::ms(ms), Stats::ratio(rt)),
                           Stats::ms(floorMs), QStringLiteral("≤ %1").arg(Stats::ratio(c.target)),
                           rt <= c.target ? QStringLiteral("yes") : QStringLiteral("no")});
            s.rows.append({QStringLiteral("%1, %2: peak RSS").arg(c.label, where),
                           QStringLiteral("%1 MiB (%2)").arg(rss, 0, 'f', 1).arg(Stats::ratio(rm)),
                           QStringLiteral("%1 MiB").arg(floorRss, 0, 'f', 1),
                           QStringLiteral("≤ %1").arg(Stats::ratio(c.rssTarget)),
                           rm <= c.rssTarget ? QStringLiteral("yes") : QStringLiteral("no")});
            // The summary names the figures of the real display when there is one.
            if (!c.headline.isEmpty() && platform == platforms.last()) {
                const qsizetype n = s.rows.size();
                ctx.headline(
                    QStringLiteral("Start-up to first paint, %1 (%2)").arg(c.headline, where),
                    s.rows.at(n - 2));
                ctx.headline(QStringLiteral("Peak RSS, %1 (%2)").arg(c.headline, where),
                             s.rows.at(n - 1));
            }
        }
    }
}

// bench_report: the five measurements of issue 13 from one run, printed as a table and
// written to docs/PERFORMANCE.md, each figure beside its floor and target.
//
//   build/release-tests/tests/bench/bench_report --out docs/PERFORMANCE.md   (~8 min)
//   build/release-tests/tests/bench/bench_report --quick                     (< 1 min, ctest)
//
// It runs the practice simulators itself (in this process, so it sees every request
// arrive) and starts fansly-connect, fansly-connect-cli, bench_floor and bench_guiprobe
// against them, each in a throwaway HOME. Without a session bus it starts itself again
// under dbus-run-session with a private, unlocked gnome-keyring (tests/support/
// keyring-session.sh), so "a key saved" is a real keychain entry; under Xvfb as well as
// offscreen when Xvfb is installed. It asserts nothing about time: it exits non-zero
// only when a measurement could not be taken at all.
#include "BenchChildren.h"
#include "BenchReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>
#include <vector>

namespace {

const char kKeepMarker[] = "<!-- Hand-written notes below this line are kept by bench_report. -->";

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

QString gitCommit()
{
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("-C"), QStringLiteral(FC_BENCH_SOURCE_DIR),
               QStringLiteral("rev-parse"), QStringLiteral("--short"), QStringLiteral("HEAD")});
    if (!git.waitForFinished(5000) || git.exitCode() != 0)
        return QStringLiteral("?");
    return QString::fromLatin1(git.readAllStandardOutput()).trimmed();
}

// Starts itself again on a private session bus with an unlocked gnome-keyring; returns
// only when that cannot be done.
void reexecWithKeyring(int argc, char **argv)
{
    if (!qEnvironmentVariableIsEmpty("FC_TEST_HOME")
        || qEnvironmentVariableIsSet("FC_BENCH_NO_KEYRING"))
        return;
    const QString bus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (bus.isEmpty() || keyring.isEmpty())
        return;
    std::vector<QByteArray> store {
        bus.toLocal8Bit(), "--", "sh", FC_BENCH_KEYRING_SCRIPT,
        QFileInfo(QString::fromLocal8Bit(argv[0])).absoluteFilePath().toLocal8Bit()};
    for (int i = 1; i < argc; ++i)
        store.push_back(argv[i]);
    std::vector<char *> args;
    for (QByteArray &a : store)
        args.push_back(a.data());
    args.push_back(nullptr);
    qputenv("FC_BENCH_NO_KEYRING", "1"); // once is enough, whatever happens
    execv(args[0], args.data());
}

QString startXvfb(QProcess &xvfb)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (program.isEmpty())
        return {};
    xvfb.start(program,
               {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                QStringLiteral("0"), QStringLiteral("1366x768x24"), QStringLiteral("-nolisten"),
                QStringLiteral("tcp")});
    if (!xvfb.waitForStarted(5000))
        return {};
    benchWait([&xvfb] { return xvfb.canReadLine() || xvfb.state() == QProcess::NotRunning; },
              10000);
    const QString number = QString::fromLatin1(xvfb.readLine()).trimmed();
    return number.isEmpty() ? QString() : QLatin1Char(':') + number;
}

QString textTable(const QList<BenchSection> &sections,
                  const QList<QPair<QString, BenchRow>> &headlines)
{
    QString out;
    QTextStream s(&out);
    for (const BenchSection &sec : sections) {
        s << "\n" << sec.title << "\n";
        for (const BenchRow &r : sec.rows) {
            s << "  " << r.what.leftJustified(78) << " " << r.value;
            if (!r.floor.isEmpty() && r.floor != QStringLiteral("—"))
                s << "   [floor " << r.floor << "]";
            if (!r.target.isEmpty())
                s << "   [target " << r.target
                  << (r.meets.isEmpty() ? QString() : QStringLiteral(": ") + r.meets) << "]";
            s << "\n";
        }
    }
    s << "\nSummary\n";
    for (const auto &[label, r] : headlines) {
        s << "  " << label.leftJustified(78) << " " << r.value;
        if (!r.target.isEmpty())
            s << "   [target " << r.target
              << (r.meets.isEmpty() ? QString() : QStringLiteral(": ") + r.meets) << "]";
        s << "\n";
    }
    return out;
}

// The headline figures, as a Markdown table (also the README's speed table).
QString summaryTable(const BenchContext &ctx)
{
    QString out
        = QStringLiteral("| what | result | floor | target | met |\n|---|---|---|---|---|\n");
    for (const auto &[label, r] : ctx.headlines)
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(label, r.value, r.floor.isEmpty() ? QStringLiteral("—") : r.floor,
                        r.target.isEmpty() ? QStringLiteral("—") : r.target,
                        r.meets.isEmpty() ? QStringLiteral("—") : r.meets);
    return out;
}

QString markdown(const BenchContext &ctx, const QString &machine, double seconds)
{
    QString out;
    QTextStream s(&out);
    s << "# Performance\n\n"
      << "Issue 13's five measurements, from one run of `bench_report` (tests/bench). Each "
         "figure stands beside its floor — the same thing done by a bare Qt program built by "
         "the same CMake run, or measured on a bare event loop — and the target the issue "
         "sets. Generated: do not edit above the marker at the end; regenerate instead:\n\n"
      << "```sh\n"
      << "cmake --preset release-tests && cmake --build build/release-tests -j2\n"
      << "build/release-tests/tests/bench/bench_report --out docs/PERFORMANCE.md\n"
      << "```\n\n"
      << "A full run takes about " << qRound(seconds / 60)
      << " minutes (this one: " << qRound(seconds)
      << " s); `--quick` (run by the test command) takes well under a "
         "minute and asserts nothing about time. `--only startup,challenge,budget,"
         "responsiveness,scale` runs some sections.\n\n"
      << "**This run:** " << machine << "\n\n";
    QStringList counts;
    for (const BenchSection &sec : ctx.sections) {
        int met = 0, missed = 0;
        for (const BenchRow &r : sec.rows) {
            met += r.meets == QLatin1String("yes");
            missed += r.meets == QLatin1String("no");
        }
        if (met + missed > 0)
            counts << QStringLiteral("%1 %2 of %3")
                          .arg(sec.title.section(QLatin1Char(' '), 1))
                          .arg(met)
                          .arg(met + missed);
    }
    s << "**Targets met:** " << counts.join(QStringLiteral("; ")) << ".\n\n"
      << "## Summary\n\n"
      << summaryTable(ctx) << "\n";
    for (const BenchSection &sec : ctx.sections) {
        s << "## " << sec.title << "\n\n"
          << sec.intro << "\n\n"
          << "| measurement | result | floor | target | met |\n|---|---|---|---|---|\n";
        for (const BenchRow &r : sec.rows)
            s << "| " << r.what << " | " << r.value << " | "
              << (r.floor.isEmpty() ? QStringLiteral("—") : r.floor) << " | "
              << (r.target.isEmpty() ? QStringLiteral("—") : r.target) << " | "
              << (r.meets.isEmpty() ? QStringLiteral("—") : r.meets) << " |\n";
        for (const QString &n : sec.notes)
            s << "\n" << n << "\n";
        s << "\n";
    }
    s << "## This run's log\n\n";
    for (const QString &line : ctx.log)
        s << "    " << QString(line).replace(QLatin1Char('\n'), QStringLiteral("\n    ")) << "\n";
    s << "\n" << kKeepMarker << "\n";
    return out;
}

bool writeReport(const QString &path, const QString &generated)
{
    QString kept;
    QFile old(path);
    if (old.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(old.readAll());
        const qsizetype at = text.indexOf(QLatin1String(kKeepMarker));
        if (at >= 0)
            kept = text.mid(at + qsizetype(qstrlen(kKeepMarker)) + 1);
        old.close();
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write((generated + kept).toUtf8());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything: the --out path is taken as given, relative to where we were started.
    QString outArg;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--out") == 0)
            outArg = QFileInfo(QString::fromLocal8Bit(argv[i + 1])).absoluteFilePath();
    }
    if (!outArg.isEmpty())
        qputenv("FC_BENCH_OUT", outArg.toLocal8Bit());
    reexecWithKeyring(argc, argv);

    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fc.*=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Issue 13's benchmark: start-up, challenge "
                                                    "latency, API budget, responsiveness, scale."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("quick"),
         QStringLiteral("A small run (< 1 min) that only checks it all works.")},
        {QStringLiteral("out"), QStringLiteral("Write the Markdown report here."),
         QStringLiteral("FILE")},
        {QStringLiteral("only"),
         QStringLiteral("Sections to run: startup, challenge, budget, "
                        "responsiveness, scale (comma-separated)."),
         QStringLiteral("LIST")},
        {QStringLiteral("gui"), QStringLiteral("The fansly-connect to measure."),
         QStringLiteral("PATH"), QStringLiteral(FC_BENCH_GUI)},
        {QStringLiteral("cli"), QStringLiteral("The fansly-connect-cli to measure."),
         QStringLiteral("PATH"), QStringLiteral(FC_BENCH_CLI)},
        {QStringLiteral("no-xvfb"), QStringLiteral("Offscreen only.")},
    });
    parser.process(app);
    BenchOptions options;
    options.quick = parser.isSet(QStringLiteral("quick"));
    options.out = qEnvironmentVariable("FC_BENCH_OUT");
    if (parser.isSet(QStringLiteral("only")))
        options.only
            = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.gui = QFileInfo(parser.value(QStringLiteral("gui"))).absoluteFilePath();
    options.cli = QFileInfo(parser.value(QStringLiteral("cli"))).absoluteFilePath();
    options.floor = QStringLiteral(FC_BENCH_FLOOR);
    options.probe = QStringLiteral(FC_BENCH_PROBE);
    options.xvfb = !options.quick && !parser.isSet(QStringLiteral("no-xvfb"));

    QElapsedTimer clock;
    clock.start();
    BenchContext ctx(options);
    ctx.keychain = !qEnvironmentVariableIsEmpty("FC_TEST_HOME");
    QProcess xvfb;
    if (options.xvfb) {
        ctx.display = startXvfb(xvfb);
        if (ctx.display.isEmpty())
            ctx.note(QStringLiteral("no Xvfb: offscreen only"));
    }
    const QString loadBefore = loadAverage();
    const struct
    {
        const char *name;
        void (*run)(BenchContext &);
    } sections[] = {{"startup", benchStartup},
                    {"challenge", benchChallenge},
                    {"budget", benchBudget},
                    {"responsiveness", benchResponsiveness},
                    {"scale", benchScale}};
    for (const auto &section : sections) {
        if (!ctx.wants(section.name))
            continue;
        QElapsedTimer t;
        t.start();
        section.run(ctx);
        ctx.note(QStringLiteral("%1: %2 s")
                     .arg(QLatin1String(section.name))
                     .arg(t.elapsed() / 1000.0, 0, 'f', 1));
    }
    if (xvfb.state() != QProcess::NotRunning) {
        xvfb.terminate();
        xvfb.waitForFinished(5000);
    }
    const double seconds = clock.elapsed() / 1000.0;
    const QString machine
        = QStringLiteral("%1, commit %2, Qt %3, %4 cores, load average %5 at the start and %6 at "
                         "the end%7%8. On a machine shared with other work the figures are "
                         "noisy: regenerate the final table on a quiet one.")
              .arg(QDateTime::currentDateTimeUtc().toString(
                       QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                   gitCommit(), QString::fromLatin1(qVersion()))
              .arg(sysconf(_SC_NPROCESSORS_ONLN))
              .arg(loadBefore, loadAverage(),
                   ctx.keychain ? QStringLiteral(", private gnome-keyring")
                                : QStringLiteral(", no keychain"),
                   ctx.display.isEmpty() ? QStringLiteral(", offscreen only")
                                         : QStringLiteral(", offscreen and Xvfb"));
    std::fputs(qPrintable(textTable(ctx.sections, ctx.headlines)), stdout);
    std::printf("\n%s\nbench_report: %s run took %.0f s\n", qPrintable(machine),
                options.quick ? "quick" : "full", seconds);
    if (!options.out.isEmpty()) {
        if (!writeReport(options.out, markdown(ctx, machine, seconds))) {
            std::fprintf(stderr, "bench_report: cannot write %s\n", qPrintable(options.out));
            return 1;
        }
        std::printf("bench_report: wrote %s\n", qPrintable(options.out));
    }
    // Nothing about time is asserted; a measurement that could not be taken at all is a failure.
    int empty = 0;
    for (const BenchSection &sec : ctx.sections) {
        for (const BenchRow &r : sec.rows)
            empty += r.value.isEmpty() || r.value.startsWith(QStringLiteral("–"));
    }
    if (empty || ctx.sections.isEmpty()) {
        std::fprintf(stderr, "bench_report: %d measurements missing\n", empty);
        return 1;
    }
    return 0;
}

// bench_report's shared parts: the options, the table of results, and the context every
// section runs in (a temporary directory, the children's environment, seeded simulators).
#pragma once

#include "Simulator.h"

#include <QList>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

struct BenchOptions
{
    bool quick = false;
    QString out; // the Markdown report; empty: none
    QStringList only; // sections to run; empty: all
    QString gui, cli, floor, probe; // the programs measured and helping
    bool xvfb = true;
};

// One line of the results: what, the figure, the floor beside it, the target, and whether
// the target is met ("yes", "no", or empty when there is none).
struct BenchRow
{
    QString what;
    QString value;
    QString floor;
    QString target;
    QString meets;
};

struct BenchSection
{
    QString title;
    QString intro;
    QList<BenchRow> rows;
    QStringList notes;
};

// An account a seeded simulator starts with (see SimState.cpp for the fields).
struct SeedAccount
{
    QString username; // its scenario, by the name's start (SCENARIOS.md)
    bool expired = false; // else connected
};

class BenchContext
{
public:
    explicit BenchContext(const BenchOptions &options);

    BenchOptions options;
    QList<BenchSection> sections;
    QTemporaryDir dir;
    QString display; // Xvfb's, when running
    bool keychain = false; // a private, unlocked gnome-keyring (keyring-session.sh)
    QRandomGenerator random {13}; // the same challenge times on every run

    bool wants(const char *section) const;
    BenchSection &section(const QString &title, const QString &intro = {});
    // A fresh HOME (with its XDG folders) for one child.
    QString newHome(const QString &name);
    // The environment of a child: `home`, the platform ("offscreen" or "xcb").
    QProcessEnvironment env(const QString &home,
                            const QString &platform = QStringLiteral("offscreen"));
    // A simulator on 127.0.0.1 with `limit` requests a minute and these accounts, owned by
    // Simulator::testKey(). Counts what arrives (requestArrived) and never records bodies.
    std::unique_ptr<Simulator> simulator(int limit, Simulator::Timing timing,
                                         const QList<SeedAccount> &seed = {});
    // Writes practice mode's state file (or the standalone simulator's) with these accounts.
    static bool writeState(const QString &path, const QList<SeedAccount> &seed);
    // `fansly-connect-cli key set` for this simulator's origin; false without a keychain.
    bool saveKey(const Simulator &sim);
    // The report's summary (and the README's speed table): `row` again, under `label`.
    void headline(const QString &label, const BenchRow &row) { headlines.append({label, row}); }
    QList<QPair<QString, BenchRow>> headlines;
    // Printed at once, and listed in the report as this run's log.
    void note(const QString &text);
    QStringList log;

private:
    int m_homes = 0;
    int m_states = 0;
};

// Statistics and formatting.
namespace Stats {
double median(QList<double> v);
double percentile(QList<double> v, double p);
double mean(const QList<double> &v);
QString ms(double v); // "84 ms", "1.23 s"
QString ratio(double v); // "1.23×"
} // namespace Stats

// The sections; each adds its rows to the context.
void benchStartup(BenchContext &ctx);
void benchChallenge(BenchContext &ctx);
void benchBudget(BenchContext &ctx);
void benchResponsiveness(BenchContext &ctx);
void benchScale(BenchContext &ctx);

// Runs the event loop until done() or ms pass (bench_report's own waits).
bool benchWait(const std::function<bool()> &done, int ms);

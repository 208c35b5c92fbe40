// 2. Challenge latency (GUI and CLI) and 3. the API budget: requests per scenario, and
// several logins at once on a key of 60 requests a minute.
#include "BenchChildren.h"
#include "BenchReport.h"

#include <QHash>
#include <QJsonObject>

#include <cmath>
#include <vector>

namespace {

const QString kAuthPath = QStringLiteral("/api/fansly/authenticate");

// What arrives at one simulator: login requests (start, status, code, re-authenticate)
// apart from the rest (whoami, the list), and when the last start arrived.
struct Counter
{
    int auth = 0;
    int other = 0;
    qint64 startAt = -1;
    QHash<QString, qint64> reauthAt; // account id -> arrival
    void reset() { *this = {}; }
    void watch(Simulator *sim)
    {
        QObject::connect(sim, &Simulator::requestArrived, sim,
                         [this](const QString &method, const QString &path) {
                             if (!path.startsWith(kAuthPath)) {
                                 ++other;
                                 return;
                             }
                             ++auth;
                             if (method == QLatin1String("POST") && path == kAuthPath)
                                 startAt = Bench::nowNs();
                             if (method == QLatin1String("POST")
                                 && path.endsWith(QLatin1String("/reauthenticate"))) {
                                 const QString id = path.section(QLatin1Char('/'), 4, 4);
                                 if (!reauthAt.contains(id))
                                     reauthAt.insert(id, Bench::nowNs());
                             }
                         });
    }
};

struct Stream
{
    std::unique_ptr<Simulator> sim;
    Counter count;
    int loginMs = 0;
    int done = 0;
    std::unique_ptr<ProbeRun> probe;
    std::vector<std::unique_ptr<CliLogin>> clis;
};

QString spread(const QList<double> &v)
{
    if (v.isEmpty())
        return QStringLiteral("–");
    const auto [lo, hi] = std::minmax_element(v.cbegin(), v.cend());
    return QStringLiteral("%1 (%2–%3)")
        .arg(Stats::mean(v), 0, 'f', 1)
        .arg(*lo, 0, 'f', 0)
        .arg(*hi, 0, 'f', 0);
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

void benchChallenge(BenchContext &ctx)
{
    const bool quick = ctx.options.quick;
    // 48 logins a side: a median of a wait spread over a 2 s poll interval needs that many.
    const int streams = quick ? 1 : 4;
    const int logins = quick ? 2 : 12;
    const int lo = quick ? 300 : 500, hi = quick ? 1000 : 3500; // the challenge's time, ms
    std::vector<Stream> gui(streams), cli(streams);
    QList<double> guiLatency, cliLatency, guiAuth, cliAuth, cliOther;
    int failures = 0;

    for (int k = 0; k < streams; ++k) {
        for (Stream *s : {&gui[k], &cli[k]}) {
            s->sim = ctx.simulator(100000, {2500, 300});
            if (!s->sim)
                return ctx.note(QStringLiteral("challenge: a simulator did not start"));
            s->count.watch(s->sim.get());
        }
    }
    // The GUI: one probe per simulator, logins one after another.
    for (int k = 0; k < streams; ++k) {
        Stream &s = gui[k];
        s.probe = std::make_unique<ProbeRun>(
            ctx.options.probe,
            QStringList {s.sim->baseUrl().toString(), Simulator::testKey(),
                         QStringLiteral("challenge"), QString::number(logins)},
            ctx.env(ctx.newHome(QStringLiteral("challenge"))), [&, k](const QJsonObject &o) {
                Stream &g = gui[k];
                const QString event = o.value(QLatin1String("event")).toString();
                if (event == QLatin1String("ready")) {
                    g.loginMs = int(ctx.random.bounded(lo, hi));
                    g.sim->setTiming({g.loginMs, 300});
                    g.count.reset();
                    g.probe->send(QStringLiteral("go emailgui%1x%2").arg(k).arg(g.done).toUtf8());
                } else if (event == QLatin1String("code")) {
                    const double t = o.value(QLatin1String("t")).toDouble();
                    if (t > 0 && g.count.startAt > 0)
                        guiLatency << (t - double(g.count.startAt)) / 1e6 - g.loginMs;
                    else
                        ++failures;
                } else if (event == QLatin1String("done")) {
                    guiAuth << g.count.auth;
                    ++g.done;
                }
            });
    }
    // The CLI: one program per login, one after another on each simulator.
    std::function<void(int)> nextCli = [&](int k) {
        Stream &s = cli[k];
        if (int(s.clis.size()) >= logins)
            return;
        s.loginMs = int(ctx.random.bounded(lo, hi));
        s.sim->setTiming({s.loginMs, 300});
        s.count.reset();
        const QString user = QStringLiteral("emailcli%1x%2").arg(k).arg(s.clis.size());
        s.clis.push_back(std::make_unique<CliLogin>(
            ctx.options.cli, s.sim->baseUrl().toString(), user,
            ctx.env(ctx.newHome(QStringLiteral("cli"))), true, [&, k] {
                Stream &c = cli[k];
                const CliLogin &login = *c.clis.back();
                if (login.codeAskedAt() > 0 && c.count.startAt > 0 && login.exitCode() == 0) {
                    cliLatency << (login.codeAskedAt() - c.count.startAt) / 1e6 - c.loginMs;
                    cliAuth << c.count.auth;
                    cliOther << c.count.other;
                } else {
                    ++failures;
                }
                ++c.done;
                QMetaObject::invokeMethod(
                    c.sim.get(), [&nextCli, k] { nextCli(k); }, Qt::QueuedConnection);
            }));
    };
    for (int k = 0; k < streams; ++k)
        nextCli(k);
    benchWait(
        [&] {
            for (int k = 0; k < streams; ++k) {
                if (gui[k].done < logins && gui[k].probe->isRunning())
                    return false;
                if (cli[k].done < logins)
                    return false;
            }
            return true;
        },
        quick ? 60000 : 240000);
    for (Stream &s : gui) {
        if (!s.probe->waitFinished(5000) || !s.probe->succeeded())
            ctx.note(QStringLiteral("challenge: the GUI probe failed:\n") + s.probe->errors());
    }
    if (failures)
        ctx.note(QStringLiteral("challenge: %1 logins went wrong").arg(failures));

    BenchSection &sec = ctx.section(
        QStringLiteral("2. Challenge latency"),
        QStringLiteral("From the moment the challenge becomes visible at the server (its "
                       "start arrived + the login time, drawn at random between %1 and %2 ms "
                       "for each login) to the code page's first paint (GUI: the app as "
                       "fansly-connect builds it, key typed on a first run) and to the "
                       "`needs_code` line (CLI, `--json connect`). %3 logins each, emailed "
                       "code, a key with no practical limit. Requests per login: start, "
                       "status polls and the code (whoami and the list counted apart).")
            .arg(lo)
            .arg(hi)
            .arg(streams * logins));
    const auto latencyRows = [&](const QString &who, const QString &shown, const QList<double> &v) {
        const double p50 = Stats::percentile(v, 50), p95 = Stats::percentile(v, 95);
        sec.rows.append(
            {QStringLiteral("%1: challenge visible → %2, p50 (n=%3)").arg(who, shown).arg(v.size()),
             Stats::ms(p50), QStringLiteral("—"), QStringLiteral("≤ 600 ms"), yesNo(p50 <= 600)});
        sec.rows.append({QStringLiteral("%1: challenge visible → %2, p95").arg(who, shown),
                         Stats::ms(p95), QStringLiteral("—"), QStringLiteral("≤ 1.2 s"),
                         yesNo(p95 <= 1200)});
        ctx.headline(QStringLiteral("Challenge visible → %1 (%2), p50 / p95").arg(shown, who),
                     {QString(), Stats::ms(p50) + QStringLiteral(" / ") + Stats::ms(p95),
                      QStringLiteral("—"), QStringLiteral("≤ 600 ms / ≤ 1.2 s"),
                      yesNo(p50 <= 600 && p95 <= 1200)});
    };
    latencyRows(QStringLiteral("GUI"), QStringLiteral("code page painted"), guiLatency);
    latencyRows(QStringLiteral("CLI"), QStringLiteral("code prompt printed"), cliLatency);
    sec.rows.append({QStringLiteral("GUI: login requests per emailed-code login, mean (min–max)"),
                     spread(guiAuth), QStringLiteral("3 (start, 1 poll, code)"),
                     QStringLiteral("≤ 10"), yesNo(Stats::mean(guiAuth) <= 10)});
    ctx.headline(QStringLiteral("Requests per emailed-code login (GUI)"), sec.rows.last());
    sec.rows.append({QStringLiteral("CLI: login requests per emailed-code login, mean (min–max)"),
                     spread(cliAuth), QStringLiteral("3 (start, 1 poll, code)"),
                     QStringLiteral("≤ 10"), yesNo(Stats::mean(cliAuth) <= 10)});
    sec.rows.append({QStringLiteral("CLI: other requests per run (whoami, list)"), spread(cliOther),
                     QStringLiteral("0"), QString(), QString()});
}

void benchBudget(BenchContext &ctx)
{
    const bool quick = ctx.options.quick;
    const Simulator::Timing timing = quick ? Simulator::Timing {600, 400} : Simulator::Timing {};
    BenchSection &sec = ctx.section(
        QStringLiteral("3. API budget"),
        QStringLiteral("Requests per login for each simulator scenario (one CLI login each, "
                       "login %1 ms, code check %2 ms, codes given at once), then N logins at "
                       "once in the accounts window (re-authenticating N accounts whose login "
                       "asks for an emailed code, each code given as soon as it is asked for) "
                       "on a key allowed 60 requests a minute.")
            .arg(timing.loginMs)
            .arg(timing.verifyMs));

    // Every scenario on a simulator of its own, all at once.
    struct Scenario
    {
        const char *username;
        bool answer;
        std::unique_ptr<Simulator> sim;
        Counter count;
        std::unique_ptr<CliLogin> cli;
        qint64 began = 0;
        double ms = 0;
    };
    std::vector<Scenario> scenarios;
    // The quick size leaves out what only waits: `both` (two codes) and `expire` (a code
    // nobody gives, until the server says it expired).
    QList<const char *> names {"creator", "email", "totp", "flaky", "wrongpass", "proxyfail"};
    if (!quick)
        names << "both"
              << "expire";
    for (const char *u : names)
        scenarios.push_back({u, qstrcmp(u, "expire") != 0, nullptr, {}, nullptr});
    for (Scenario &s : scenarios) {
        s.sim = ctx.simulator(100000, timing);
        if (!s.sim)
            return ctx.note(QStringLiteral("budget: a simulator did not start"));
        s.count.watch(s.sim.get());
        s.began = Bench::nowNs();
        Scenario *sp = &s;
        s.cli
            = std::make_unique<CliLogin>(ctx.options.cli, s.sim->baseUrl().toString(),
                                         QLatin1String(s.username) + QStringLiteral("budget"),
                                         ctx.env(ctx.newHome(QStringLiteral("scenario"))), s.answer,
                                         [sp] { sp->ms = (Bench::nowNs() - sp->began) / 1e6; });
    }
    benchWait(
        [&] {
            for (const Scenario &s : scenarios)
                if (!s.cli->isFinished())
                    return false;
            return true;
        },
        60000);
    for (const Scenario &s : scenarios) {
        sec.rows.append({QStringLiteral("scenario `%1`: login requests (+ other)")
                             .arg(QLatin1String(s.username)),
                         QStringLiteral("%1 (+%2), %3 in %4")
                             .arg(s.count.auth)
                             .arg(s.count.other)
                             .arg(s.cli->finalState().isEmpty() ? QStringLiteral("no result")
                                                                : s.cli->finalState(),
                                  Stats::ms(s.ms)),
                         QString(), QString(), QString()});
    }

    // N logins at once in the accounts window, one shared budget.
    const QList<int> sizes = quick ? QList<int> {3} : QList<int> {1, 5, 20};
    for (int n : sizes) {
        QList<SeedAccount> seed;
        for (int i = 0; i < n; ++i)
            seed.append({QStringLiteral("emailpar%1").arg(i), true});
        auto sim = ctx.simulator(60, timing, seed);
        if (!sim)
            return ctx.note(QStringLiteral("budget: a simulator did not start"));
        Counter count;
        count.watch(sim.get());
        qint64 reauthAt = 0;
        QHash<QString, qint64> codeAt, finishedAt;
        QHash<QString, QString> states;
        bool ended = false;
        ProbeRun probe(ctx.options.probe,
                       {sim->baseUrl().toString(), Simulator::testKey(), QStringLiteral("budget")},
                       ctx.env(ctx.newHome(QStringLiteral("budget"))), [&](const QJsonObject &o) {
                           const QString event = o.value(QLatin1String("event")).toString();
                           const QString id = o.value(QLatin1String("id")).toString();
                           const qint64 t = qint64(o.value(QLatin1String("t")).toDouble());
                           if (event == QLatin1String("reauth"))
                               reauthAt = t;
                           else if (event == QLatin1String("code") && !codeAt.contains(id))
                               codeAt.insert(id, t);
                           else if (event == QLatin1String("finished")) {
                               finishedAt.insert(id, t);
                               states.insert(id, o.value(QLatin1String("state")).toString());
                           } else if (event == QLatin1String("end"))
                               ended = true;
                       });
        probe.waitFinished(quick ? 60000 : 300000);
        if (!probe.succeeded() || !ended)
            ctx.note(QStringLiteral("budget: the GUI probe (%1 logins) failed:\n").arg(n)
                     + probe.errors());
        QList<double> latency, toConnected;
        int connected = 0;
        for (auto it = codeAt.cbegin(); it != codeAt.cend(); ++it) {
            if (count.reauthAt.contains(it.key()))
                latency << (it.value() - count.reauthAt.value(it.key())) / 1e6 - timing.loginMs;
        }
        for (auto it = finishedAt.cbegin(); it != finishedAt.cend(); ++it) {
            toConnected << (it.value() - reauthAt) / 1e6;
            connected += states.value(it.key()) == QLatin1String("connected");
        }
        const QString who = QStringLiteral("%1 at once, 60/min: ").arg(n);
        const int refused = sim->rejectedCount();
        sec.rows.append({who + QStringLiteral("429 replies"), QString::number(refused),
                         QStringLiteral("0"), QStringLiteral("0"), yesNo(refused == 0)});
        const double p50 = Stats::percentile(latency, 50);
        sec.rows.append(
            {who + QStringLiteral("challenge → noticed, p50 / p95"),
             Stats::ms(p50) + QStringLiteral(" / ") + Stats::ms(Stats::percentile(latency, 95)),
             QStringLiteral("—"), n == 5 ? QStringLiteral("p50 ≤ 3 s") : QString(),
             n == 5 ? yesNo(p50 <= 3000) : QString()});
        sec.rows.append({who + QStringLiteral("time to connected, p50 / last"),
                         Stats::ms(Stats::percentile(toConnected, 50)) + QStringLiteral(" / ")
                             + Stats::ms(Stats::percentile(toConnected, 100)),
                         QStringLiteral("—"), QString(), QString()});
        sec.rows.append({who + QStringLiteral("connected; requests (login + other)"),
                         QStringLiteral("%1 of %2; %3 + %4")
                             .arg(connected)
                             .arg(n)
                             .arg(count.auth)
                             .arg(count.other),
                         QStringLiteral("—"), n == 20 ? QStringLiteral("all complete") : QString(),
                         n == 20 ? yesNo(connected == n) : QString()});
        if (n == sizes.last())
            ctx.headline(QStringLiteral("%1 logins at once on a 60/min key: connected, 429s, "
                                        "challenge noticed p50 / p95")
                             .arg(n),
                         {QString(),
                          QStringLiteral("%1 of %2, %3, %4 / %5")
                              .arg(connected)
                              .arg(n)
                              .arg(refused)
                              .arg(Stats::ms(p50), Stats::ms(Stats::percentile(latency, 95))),
                          QStringLiteral("—"), QStringLiteral("all, 0"),
                          yesNo(connected == n && refused == 0)});
        if (n == 5)
            ctx.headline(QStringLiteral("5 logins at once on a 60/min key: challenge noticed, p50"),
                         {QString(), Stats::ms(p50), QStringLiteral("—"),
                          QStringLiteral("≤ 3 s, 0 429s"), yesNo(p50 <= 3000 && refused == 0)});
    }
}

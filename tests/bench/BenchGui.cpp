// 4. Responsiveness (event-loop stalls, idle wake-ups) and 5. scale (memory and CPU with
// logins running and with a long list), measured inside bench_guiprobe.
#include "BenchChildren.h"
#include "BenchReport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

// Runs bench_guiprobe against `sim` and returns the report objects it printed.
QList<QJsonObject> probe(BenchContext &ctx, Simulator *sim, const QStringList &args, int ms)
{
    QList<QJsonObject> events;
    QStringList all {sim ? sim->baseUrl().toString() : QStringLiteral("http://127.0.0.1:9"),
                     Simulator::testKey()};
    all << args;
    ProbeRun run(ctx.options.probe, all, ctx.env(ctx.newHome(args.first())),
                 [&events](const QJsonObject &o) { events << o; });
    if (!run.waitFinished(ms) || !run.succeeded())
        ctx.note(QStringLiteral("bench_guiprobe %1 failed:\n%2")
                     .arg(args.join(QLatin1Char(' ')), run.errors()));
    return events;
}

QJsonObject find(const QList<QJsonObject> &events, const char *event)
{
    for (const QJsonObject &o : events) {
        if (o.value(QLatin1String("event")).toString() == QLatin1String(event))
            return o;
    }
    return {};
}

QString perSecond(const QJsonObject &idle, const char *key)
{
    if (idle.isEmpty())
        return QStringLiteral("–");
    return QStringLiteral("%1/s").arg(idle.value(QLatin1String(key)).toDouble(), 0, 'f', 1);
}

QString mib(const QJsonObject &o, const char *key = "rssKb")
{
    const QJsonObject m = o.value(QLatin1String("memory")).toObject();
    if (m.isEmpty())
        return QStringLiteral("–");
    return QStringLiteral("%1 MiB").arg(m.value(QLatin1String(key)).toDouble() / 1024, 0, 'f', 1);
}

QString cpu(const QJsonObject &o)
{
    if (o.isEmpty())
        return QStringLiteral("–");
    return QStringLiteral("%1 %").arg(o.value(QLatin1String("cpuPct")).toDouble(), 0, 'f', 2);
}

QString scaleIntro(int idleMs)
{
    return QStringLiteral("The accounts window with logins running (accounts re-authenticated "
                          "whose login never ends, each polled every 2 s, on a key with no "
                          "practical limit) and with a long list: resident memory, and CPU "
                          "over %1 s idle (percent of one core). The floor is a bare "
                          "QApplication.")
        .arg(idleMs / 1000.0);
}

} // namespace

void benchResponsiveness(BenchContext &ctx)
{
    const bool quick = ctx.options.quick;
    const int idleMs = quick ? 1500 : 10000;
    const int listed = quick ? 100 : 500;
    const Simulator::Timing timing = quick ? Simulator::Timing {600, 400} : Simulator::Timing {};
    BenchSection &sec = ctx.section(
        QStringLiteral("4. Responsiveness"),
        QStringLiteral("A 5 ms probe timer on the GUI thread measures its own lateness: the "
                       "longest stall of the event loop (typing and clicks are synthetic, so "
                       "they count too). Idle: %1 s left alone, counting the timer events the "
                       "GUI thread delivers and the context switches of all the process's "
                       "threads (each a wake-up). The floor is a bare QApplication's event "
                       "loop measured the same way, on the same loaded machine.")
            .arg(idleMs / 1000.0));

    const QJsonObject noise
        = find(probe(ctx, nullptr, {QStringLiteral("noise"), QString::number(quick ? 500 : idleMs)},
                     idleMs * 3 + 30000),
               "noise");
    const QString noiseStall = noise.isEmpty()
        ? QStringLiteral("–")
        : Stats::ms(noise.value(QLatin1String("maxStallMs")).toDouble());

    auto sim = ctx.simulator(100000, timing);
    const QJsonObject flow
        = find(probe(ctx, sim.get(), {QStringLiteral("flow"), QString::number(idleMs)},
                     120000 + idleMs * 3),
               "flow");
    const double flowStall = flow.value(QLatin1String("maxStallMs")).toDouble(-1);
    sec.rows.append({QStringLiteral("longest stall, whole wizard flow (start, key, creator, "
                                    "proxy, code, done)"),
                     flow.isEmpty() ? QStringLiteral("–") : Stats::ms(flowStall), noiseStall,
                     QStringLiteral("≤ 16 ms"),
                     flow.isEmpty() ? QString() : yesNo(flowStall <= 16)});
    ctx.headline(QStringLiteral("Longest event-loop stall, whole wizard flow"), sec.rows.last());
    QStringList phases;
    const QJsonObject byPhase = flow.value(QLatin1String("phases")).toObject();
    for (auto it = byPhase.constBegin(); it != byPhase.constEnd(); ++it)
        phases << QStringLiteral("%1 %2").arg(it.key(), Stats::ms(it.value().toDouble()));
    if (!phases.isEmpty())
        sec.notes << QStringLiteral("Longest stall by phase of the flow: ")
                + phases.join(QStringLiteral(", ")) + QLatin1Char('.');
    const QJsonObject codeIdle = flow.value(QLatin1String("codeIdle")).toObject();
    const QJsonObject windowIdle = flow.value(QLatin1String("windowIdle")).toObject();
    sec.rows.append(
        {QStringLiteral("idle on the code page (a login waits for the code; 5 s after the "
                        "last input, when the cursor stops blinking): timer events / thread "
                        "wake-ups"),
         perSecond(codeIdle, "timersPerS") + QStringLiteral(" / ")
             + perSecond(codeIdle, "wakeupsPerS"),
         perSecond(noise, "timersPerS") + QStringLiteral(" / ") + perSecond(noise, "wakeupsPerS"),
         QString(), QString()});
    ctx.headline(QStringLiteral("Idle on the code page: timer events / thread wake-ups"),
                 sec.rows.last());
    const double windowTimers = windowIdle.value(QLatin1String("timersPerS")).toDouble(-1);
    sec.rows.append(
        {QStringLiteral("idle on the accounts window, nothing running: timer events / "
                        "thread wake-ups"),
         perSecond(windowIdle, "timersPerS") + QStringLiteral(" / ")
             + perSecond(windowIdle, "wakeupsPerS"),
         perSecond(noise, "timersPerS") + QStringLiteral(" / ") + perSecond(noise, "wakeupsPerS"),
         QStringLiteral("0 timer events"),
         windowIdle.isEmpty() ? QString() : yesNo(windowTimers < 0.05)});
    ctx.headline(QStringLiteral("Idle on the accounts window: timer events / thread wake-ups"),
                 sec.rows.last());
    for (const auto &[name, idle] :
         {std::pair {"code page", codeIdle}, std::pair {"accounts window", windowIdle}}) {
        const QString top = idle.value(QLatin1String("timerTop")).toString();
        if (!top.isEmpty())
            sec.notes << QStringLiteral("Timer events idle on the %1 (%2 s), by receiver: %3.")
                             .arg(QLatin1String(name))
                             .arg(idleMs / 1000.0)
                             .arg(top);
    }

    QList<SeedAccount> seed;
    for (int i = 0; i < listed; ++i)
        seed.append({QStringLiteral("creator%1").arg(i), i % 10 == 9});
    auto listSim = ctx.simulator(100000, timing, seed);
    const QJsonObject refresh
        = find(probe(ctx, listSim.get(), {QStringLiteral("refresh"), QString::number(idleMs)},
                     120000 + idleMs * 3),
               "refresh");
    const double refreshStall = refresh.value(QLatin1String("maxStallMs")).toDouble(-1);
    QStringList durations;
    for (const QJsonValue &v : refresh.value(QLatin1String("refreshMs")).toArray())
        durations << Stats::ms(v.toDouble());
    sec.rows.append({QStringLiteral("longest stall, list of %1 accounts read 3 times (%2 each)")
                         .arg(refresh.value(QLatin1String("rows")).toInt())
                         .arg(durations.join(QStringLiteral(", "))),
                     refresh.isEmpty() ? QStringLiteral("–") : Stats::ms(refreshStall), noiseStall,
                     QStringLiteral("≤ 16 ms"),
                     refresh.isEmpty() ? QString() : yesNo(refreshStall <= 16)});
    ctx.headline(QStringLiteral("Longest event-loop stall, %1 accounts read").arg(listed),
                 sec.rows.last());
    const QJsonObject listIdle = refresh.value(QLatin1String("idle")).toObject();
    sec.rows.append(
        {QStringLiteral("idle with %1 accounts listed: timer events / thread wake-ups").arg(listed),
         perSecond(listIdle, "timersPerS") + QStringLiteral(" / ")
             + perSecond(listIdle, "wakeupsPerS"),
         perSecond(noise, "timersPerS") + QStringLiteral(" / ") + perSecond(noise, "wakeupsPerS"),
         QStringLiteral("0 timer events"),
         listIdle.isEmpty()
             ? QString()
             : yesNo(listIdle.value(QLatin1String("timersPerS")).toDouble() < 0.05)});

    BenchSection &scale = ctx.section(QStringLiteral("5. Scale"), scaleIntro(idleMs));
    scale.rows.append({QStringLiteral("%1 accounts listed, idle: RSS, CPU").arg(listed),
                       mib(refresh) + QStringLiteral(", ") + cpu(listIdle),
                       mib(noise) + QStringLiteral(", ") + cpu(noise), QString(), QString()});
}

void benchScale(BenchContext &ctx)
{
    const bool quick = ctx.options.quick;
    const int idleMs = quick ? 1000 : 10000;
    const QList<int> steps = quick ? QList<int> {1, 5} : QList<int> {1, 10, 50};
    QList<SeedAccount> seed;
    for (int i = 0; i < steps.last(); ++i)
        seed.append({QStringLiteral("slowscale%1").arg(i), false});
    auto sim = ctx.simulator(1000000, {}, seed);
    // Settled: every login past its start and its first poll (1 s, then every 2 s).
    QStringList args {QStringLiteral("scale"), QString::number(idleMs),
                      QString::number(quick ? 1500 : 3000)};
    for (int n : steps)
        args << QString::number(n);
    const QList<QJsonObject> events
        = probe(ctx, sim.get(), args, 60000 + int(steps.size() + 1) * (idleMs + 5000));
    BenchSection &sec = ctx.section(QStringLiteral("5. Scale"), scaleIntro(idleMs));
    double base = -1;
    for (const QJsonObject &o : events) {
        if (o.value(QLatin1String("event")).toString() != QLatin1String("scale"))
            continue;
        const int n = o.value(QLatin1String("sessions")).toInt();
        const double rss
            = o.value(QLatin1String("memory")).toObject().value(QLatin1String("rssKb")).toDouble();
        if (n == 0)
            base = rss;
        QString growth;
        if (n > 0 && base > 0)
            growth = QStringLiteral(" (+%1 KiB a login)").arg((rss - base) / n, 0, 'f', 0);
        sec.rows.append({QStringLiteral("logins running: %1; RSS, CPU").arg(n),
                         mib(o) + growth + QStringLiteral(", ") + cpu(o),
                         n == 0 ? QStringLiteral("—")
                                : QStringLiteral("0 logins: %1 MiB").arg(base / 1024, 0, 'f', 1),
                         n == 0 ? QString() : QStringLiteral("linear in logins"), QString()});
        if (n == steps.last())
            ctx.headline(QStringLiteral("%1 logins running: RSS, CPU").arg(n), sec.rows.last());
    }
}

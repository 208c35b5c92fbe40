#include "BenchReport.h"

#include "BenchChildren.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <cmath>

BenchContext::BenchContext(const BenchOptions &o)
    : options(o)
{ }

bool BenchContext::wants(const char *name) const
{
    return options.only.isEmpty() || options.only.contains(QLatin1String(name));
}

BenchSection &BenchContext::section(const QString &title, const QString &intro)
{
    for (BenchSection &s : sections) {
        if (s.title != title)
            continue;
        if (s.intro.isEmpty())
            s.intro = intro;
        return s;
    }
    sections.append({title, intro, {}, {}});
    return sections.last();
}

void BenchContext::note(const QString &text)
{
    std::fprintf(stderr, "bench_report: %s\n", qPrintable(text));
    log << text;
}

QString BenchContext::newHome(const QString &name)
{
    const QString home = dir.filePath(QStringLiteral("home-%1-%2").arg(++m_homes).arg(name));
    for (const char *sub : {"config", "data", "cache"})
        QDir().mkpath(home + QLatin1Char('/') + QLatin1String(sub));
    return home;
}

QProcessEnvironment BenchContext::env(const QString &home, const QString &platform)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HOME"), home);
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    e.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    e.remove(QStringLiteral("FANSLY_CONNECT_API_KEY"));
    e.remove(QStringLiteral("FANSLY_CONNECT_API_BASE_URL"));
    e.remove(QStringLiteral("FANSLY_CONNECT_EXIT_ON_PAINT"));
    e.remove(QStringLiteral("QT_LOGGING_RULES"));
    if (platform == QLatin1String("xcb"))
        e.insert(QStringLiteral("DISPLAY"), display);
    return e;
}

bool BenchContext::writeState(const QString &path, const QList<SeedAccount> &seed)
{
    // SimState.cpp's format, version 1: kinds and phases by number (SimScenario::Kind,
    // SimAccount::Phase), no owner (= the simulator's own key).
    QJsonArray accounts;
    int serial = 0;
    for (const SeedAccount &a : seed) {
        ++serial;
        const bool email = a.username.startsWith(QLatin1String("email"));
        const bool slow = a.username.startsWith(QLatin1String("slow"));
        accounts.append(QJsonObject {
            {QStringLiteral("id"), QStringLiteral("fansly_acct_b%1").arg(serial)},
            {QStringLiteral("fanslyId"), QString::number(710000000000000000LL + serial)},
            {QStringLiteral("username"), a.username},
            {QStringLiteral("displayName"), QStringLiteral("Bench Creator %1").arg(serial)},
            {QStringLiteral("maskedEmail"), QStringLiteral("c***@g****.com")},
            {QStringLiteral("kind"),
             email      ? 1
                 : slow ? 7
                        : 0},
            {QStringLiteral("phase"), a.expired ? 5 : 3},
            {QStringLiteral("challenge"), 0},
            {QStringLiteral("phaseSince"), 0},
            {QStringLiteral("challengeSince"), 0},
            {QStringLiteral("codeIsRight"), false},
            {QStringLiteral("emailDone"), false},
            {QStringLiteral("wrongCodes"), 0},
            {QStringLiteral("lastError"),
             a.expired ? QStringLiteral("The session expired.") : QString()},
        });
    }
    const QJsonObject root {{QStringLiteral("version"), 1},
                            {QStringLiteral("nextSerial"), serial + 1},
                            {QStringLiteral("accounts"), accounts}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && f.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) > 0;
}

std::unique_ptr<Simulator> BenchContext::simulator(int limit, Simulator::Timing timing,
                                                   const QList<SeedAccount> &seed)
{
    Simulator::Options o;
    o.key = Simulator::testKey();
    auto sim = std::make_unique<Simulator>(o);
    if (!seed.isEmpty()) {
        const QString state = dir.filePath(QStringLiteral("state-%1.json").arg(++m_states));
        writeState(state, seed);
        sim->setStateFile(state);
    }
    sim->setRateLimitPerMinute(limit);
    sim->setTiming(timing);
    if (!sim->start())
        return nullptr;
    return sim;
}

bool BenchContext::saveKey(const Simulator &sim)
{
    if (!keychain)
        return false;
    QProcess cli;
    cli.setProcessEnvironment(env(newHome(QStringLiteral("keyset"))));
    cli.start(options.cli,
              {QStringLiteral("--api-base-url"), sim.baseUrl().toString(), QStringLiteral("key"),
               QStringLiteral("set")});
    cli.write(Simulator::testKey().toUtf8() + '\n');
    cli.closeWriteChannel();
    benchWait([&cli] { return cli.state() == QProcess::NotRunning; }, 30000);
    if (cli.exitCode() != 0)
        note(QStringLiteral("key set failed: ")
             + QString::fromLocal8Bit(cli.readAllStandardError()));
    return cli.exitCode() == 0;
}

namespace Stats {

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    // Nearest rank: the smallest value with at least p % of the values at or below it.
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(v.size())));
    return v.at(qBound(qsizetype(0), rank - 1, v.size() - 1));
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

double mean(const QList<double> &v)
{
    if (v.isEmpty())
        return std::nan("");
    double sum = 0;
    for (double x : v)
        sum += x;
    return sum / double(v.size());
}

QString ms(double v)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    if (v >= 10000)
        return QStringLiteral("%1 s").arg(v / 1000, 0, 'f', 1);
    if (v >= 1000)
        return QStringLiteral("%1 s").arg(v / 1000, 0, 'f', 2);
    return QStringLiteral("%1 ms").arg(v, 0, 'f', v < 10 ? 1 : 0);
}

QString ratio(double v)
{
    if (std::isnan(v) || std::isinf(v))
        return QStringLiteral("–");
    return QStringLiteral("%1×").arg(v, 0, 'f', 2);
}

} // namespace Stats

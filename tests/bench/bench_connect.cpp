// Benchmarks: prints numbers, asserts nothing. Build with the "bench" preset and run
// build/release-tests/tests/bench/bench_connect. Real loopback HTTP against the simulator.
#include "Simulator.h"
#include "login/ConnectionSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {

void parseRate()
{
    const QByteArray json
        = R"({"account_id":"fansly_acct_123","display_name":"My Fansly","status":"challenge-email","is_authenticated":false,"needs_code":true,"twofa_type":2,"masked_email":"t**@e*****.com","last_error":null,"fansly_user_data":null})";
    const int n = 100000;
    QElapsedTimer t;
    t.start();
    int codes = 0;
    for (int i = 0; i < n; ++i) {
        QString error;
        const auto s = ApiParse::authStatus(QJsonDocument::fromJson(json).object(), &error);
        codes += s && s->phase() == AuthStatus::Phase::NeedsCode;
    }
    const double ms = t.nsecsElapsed() / 1e6;
    std::printf("parse+decide status reply: %d in %.1f ms = %.2f us each (%d challenges)\n", n, ms,
                ms * 1000 / n, codes);
}

void roundTrips(Simulator &sim, ApiClient &client)
{
    QList<double> times;
    for (int i = 0; i < 300; ++i) {
        QElapsedTimer t;
        t.start();
        // A local loop (fine in a benchmark) so polling granularity does not blur the numbers.
        QEventLoop loop;
        client.whoami(&sim, [&loop](const ApiResult<WhoamiInfo> &) { loop.quit(); });
        loop.exec();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::printf("whoami round trip over loopback (300): median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                times[times.size() / 2], times[times.size() * 95 / 100], times.last());
}

void loginCadence(Simulator &sim, ApiClient &client, const char *label, const QString &user)
{
    ConnectionSession session(&client);
    QElapsedTimer t;
    t.start();
    qint64 challengeAt = -1;
    const int before = int(sim.requests().size());
    QObject::connect(&session, &ConnectionSession::stateChanged, &session, [&](auto s) {
        if (s == ConnectionSession::State::NeedsCode && challengeAt < 0)
            challengeAt = t.elapsed();
    });
    StartRequest r;
    r.username = user;
    r.password = QStringLiteral("pw");
    session.start(r);
    (void)QTest::qWaitFor(
        [&] {
            return session.state() == ConnectionSession::State::NeedsCode || session.isFinished();
        },
        30000);
    const int pollsToChallenge = int(sim.requests().size()) - before - 1;
    // How hard a waiting session hits the API while a person reads out the code.
    const int atChallenge = int(sim.requests().size());
    QTest::qWait(30000);
    const int pollsWhileWaiting = int(sim.requests().size()) - atChallenge;
    QElapsedTimer v;
    v.start();
    session.submitCode(QStringLiteral("123456"));
    (void)QTest::qWaitFor([&] { return session.isFinished(); }, 30000);
    std::printf(
        "%s: simulated login 2500 ms -> challenge shown after %lld ms (%d polls); "
        "%d polls in 30 s of waiting for the code (%.1f/min); code -> connected in %lld ms\n",
        label, challengeAt, pollsToChallenge, pollsWhileWaiting, pollsWhileWaiting * 2.0,
        v.elapsed());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fc.*=false"));
    parseRate();
    Simulator sim {Simulator::testOptions()};
    sim.setTiming({2500, 1500});
    sim.setRateLimitPerMinute(100000);
    if (!sim.start())
        return 1;
    QNetworkAccessManager nam;
    ApiClient client(&nam, sim.baseUrl());
    client.setApiKey(Simulator::testKey());
    roundTrips(sim, client);
    loginCadence(sim, client, "default poll policy, email challenge", QStringLiteral("emailbench"));
    return 0;
}

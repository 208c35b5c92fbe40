// Several logins at once on one key, end to end: real HTTP over loopback to the simulator,
// which enforces 60 requests a minute and counts the 429s it sends. Five ConnectionSessions
// share one ApiClient and RateBudget, with a poll policy that alone would send hundreds of
// requests a minute; with the budget all of them connect (codes included) and nothing is
// refused; without it the simulator refuses, which shows the test can fail.
#include "Simulator.h"
#include "login/ConnectionSession.h"
#include "network/RateBudget.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <vector>

using State = ConnectionSession::State;

class TestSharedBudget : public QObject
{
    Q_OBJECT
    static constexpr int kLimit = 60;

    QNetworkAccessManager m_nam;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RateBudget> m_budget;
    std::vector<std::unique_ptr<ConnectionSession>> m_sessions;

    // Ten times today's cadence: 5 sessions would send 300 polls a minute on their own.
    static PollPolicy eager()
    {
        PollPolicy p;
        p.firstPollMs = 100;
        p.intervalMs = 200;
        p.codeWaitIntervalMs = 600;
        p.deadlineMs = 55000;
        return p;
    }

    void startFive(const QStringList &users, QList<qint64> *challengeAt, const QElapsedTimer &clock)
    {
        for (const QString &user : users) {
            auto session = std::make_unique<ConnectionSession>(m_client.get());
            session->setPolicy(eager());
            ConnectionSession *s = session.get();
            const int index = int(m_sessions.size());
            connect(s, &ConnectionSession::stateChanged, this,
                    [s, index, challengeAt, &clock](State state) {
                        if (state != State::NeedsCode)
                            return;
                        if ((*challengeAt)[index] < 0)
                            (*challengeAt)[index] = clock.elapsed();
                        s->submitCode(QStringLiteral("123456")); // read out at once
                    });
            StartRequest r;
            r.username = user;
            r.password = QStringLiteral("pw");
            s->start(r);
            m_sessions.push_back(std::move(session));
        }
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<Simulator>(Simulator::testOptions());
        QVERIFY(m_sim->start());
        m_sim->setTiming({300, 300});
        m_sim->setRateLimitPerMinute(kLimit);
        m_client = std::make_unique<ApiClient>(&m_nam, m_sim->baseUrl());
        m_client->setApiKey(Simulator::testKey());
    }
    void cleanup()
    {
        m_sessions.clear();
        m_client.reset();
        m_budget.reset();
        m_sim.reset();
    }

    void fiveLoginsAtOnceNeverHitTheLimit()
    {
        m_budget = std::make_unique<RateBudget>();
        m_client->setBudget(m_budget.get());
        QElapsedTimer clock;
        clock.start();
        QList<qint64> challengeAt(5, -1);
        startFive({QStringLiteral("email1"), QStringLiteral("email2"), QStringLiteral("email3"),
                   QStringLiteral("creator4"), QStringLiteral("creator5")},
                  &challengeAt, clock);
        QVERIFY(QTest::qWaitFor(
            [this] {
                for (const auto &s : m_sessions)
                    if (!s->isFinished())
                        return false;
                return true;
            },
            58000));
        const qint64 elapsed = clock.elapsed();
        for (const auto &s : m_sessions)
            QCOMPARE(s->state(), State::Connected);
        QCOMPARE(m_sim->rejectedCount(), 0);
        QCOMPARE(m_budget->limitPerMinute(), kLimit); // learned from the headers
        QCOMPARE(m_budget->pollerCount(), 0); // everyone left the line at the end
        for (int i = 0; i < 3; ++i) // each challenge reached the screen within seconds
            QVERIFY2(challengeAt[i] >= 0 && challengeAt[i] < 8000,
                     qPrintable(QString::number(challengeAt[i])));
        const int requests = int(m_sim->requests().size());
        qInfo("5 logins (3 with codes) on %d/min: all connected in %.1f s, %d requests, "
              "0 refused; challenges shown after %lld, %lld, %lld ms",
              kLimit, elapsed / 1000.0, requests, challengeAt[0], challengeAt[1], challengeAt[2]);
        QVERIFY(requests < kLimit);
    }

    void withoutTheBudgetTheSimulatorRefuses()
    {
        // The same five logins, each polling on its own: the limit is hit within seconds.
        QElapsedTimer clock;
        clock.start();
        QList<qint64> challengeAt(5, -1);
        startFive({QStringLiteral("slow1"), QStringLiteral("slow2"), QStringLiteral("slow3"),
                   QStringLiteral("slow4"), QStringLiteral("slow5")},
                  &challengeAt, clock);
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->rejectedCount() > 0, 20000);
        qInfo("without a budget: first 429 after %.1f s", clock.elapsed() / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestSharedBudget)
#include "tst_sharedbudget.moc"

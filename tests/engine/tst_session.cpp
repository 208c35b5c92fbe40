// ConnectionSession end to end against the simulator over loopback, with fast polling.
#include "ManualClock.h"
#include "Simulator.h"
#include "login/ConnectionSession.h"
#include "network/Origin.h"
#include "network/RateBudget.h"
#include "storage/PendingStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using State = ConnectionSession::State;

class TestSession : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<PendingStore> m_pending;
    std::unique_ptr<ConnectionSession> m_session;
    QList<State> m_states;

    ConnectionSession *makeSession()
    {
        m_session = std::make_unique<ConnectionSession>(m_client.get(), m_pending.get());
        m_session->setPolicy(PollPolicy::fast());
        m_states.clear();
        connect(m_session.get(), &ConnectionSession::stateChanged, this,
                [this](State s) { m_states.append(s); });
        return m_session.get();
    }
    void startLogin(const QString &user, const QString &password = QStringLiteral("pw"),
                    bool force = false)
    {
        StartRequest r;
        r.username = user;
        r.password = password;
        r.forceConnect = force;
        m_session->start(r);
    }
    bool waitFor(State s, int ms = 8000)
    {
        return QTest::qWaitFor([&] { return m_session->state() == s; }, ms);
    }
    int count(const QString &method, const QString &pathPart = {}) const
    {
        int n = 0;
        for (const auto &r : m_sim->requests())
            n += r.method == method && r.path.contains(pathPart);
        return n;
    }
    QString origin() const { return Origin::of(m_sim->baseUrl()); }

private slots:
    void init()
    {
        m_sim = std::make_unique<Simulator>(Simulator::testOptions());
        m_sim->setTiming({120, 80});
        QVERIFY(m_sim->start());
        m_client = std::make_unique<ApiClient>(&m_nam, m_sim->baseUrl());
        m_client->setApiKey(Simulator::testKey());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        m_settings->clear();
        m_pending = std::make_unique<PendingStore>(m_settings.get());
        makeSession();
    }
    void cleanup()
    {
        m_session.reset();
        m_client.reset();
        m_sim.reset();
    }

    void straightSuccess()
    {
        QSignalSpy finished(m_session.get(), &ConnectionSession::finished);
        startLogin(QStringLiteral("plaincreator"));
        QCOMPARE(m_session->state(), State::Starting);
        QVERIFY(QTest::qWaitFor([&] { return !m_pending->list(origin()).isEmpty(); }, 3000));
        QCOMPARE(m_pending->list(origin()).first().accountId, m_session->accountId());
        QVERIFY(waitFor(State::Connected));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_states.first(), State::Starting);
        QVERIFY(m_states.contains(State::Waiting));
        QVERIFY(m_pending->list(origin()).isEmpty());
        QVERIFY(m_session->lastStatus().isAuthenticated);
        QVERIFY(!m_session->lastStatus().fanslyUserData.isEmpty());
        QCOMPARE(m_session->displayName(), QStringLiteral("plaincreator"));
        const int polls = count(QStringLiteral("GET"));
        QTest::qWait(200);
        QCOMPARE(count(QStringLiteral("GET")), polls); // polling stopped
    }

    void emailChallengeWrongThenRightCode()
    {
        QSignalSpy rejected(m_session.get(), &ConnectionSession::codeRejected);
        startLogin(QStringLiteral("emailcreator"));
        QVERIFY(waitFor(State::NeedsCode));
        QCOMPARE(m_session->challenge(), ConnectionSession::Challenge::Email);
        QVERIFY(!m_session->maskedEmail().isEmpty());
        QVERIFY(m_session->describe().contains(m_session->maskedEmail()));
        QVERIFY(m_session->submitCode(QStringLiteral("111-111")));
        QCOMPARE(m_session->state(), State::SubmittingCode);
        QVERIFY(QTest::qWaitFor([&] { return rejected.count() == 1; }, 5000));
        QCOMPARE(m_session->state(), State::NeedsCode);
        QVERIFY(m_states.contains(State::Verifying));
        QVERIFY(!m_session->codeError().isEmpty());
        QCOMPARE(count(QStringLiteral("PUT")), 1); // never resent on its own
        QVERIFY(m_session->submitCode(QStringLiteral("123 456")));
        QVERIFY(waitFor(State::Connected));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(count(QStringLiteral("PUT")), 2);
    }

    void authenticatorChallenge()
    {
        startLogin(QStringLiteral("totpcreator"));
        QVERIFY(waitFor(State::NeedsCode));
        QCOMPARE(m_session->challenge(), ConnectionSession::Challenge::App);
        QVERIFY(m_session->describe().contains(QLatin1String("authenticator")));
        m_session->submitCode(QStringLiteral("123456"));
        QVERIFY(waitFor(State::Connected));
    }

    void emailThenAuthenticatorIsNotARejection()
    {
        QSignalSpy rejected(m_session.get(), &ConnectionSession::codeRejected);
        startLogin(QStringLiteral("bothcreator"));
        QVERIFY(waitFor(State::NeedsCode));
        QCOMPARE(m_session->challenge(), ConnectionSession::Challenge::Email);
        m_session->submitCode(QStringLiteral("123456"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_session->state() == State::NeedsCode
                    && m_session->challenge() == ConnectionSession::Challenge::App;
            },
            5000));
        QCOMPARE(rejected.count(), 0);
        m_session->submitCode(QStringLiteral("123456"));
        QVERIFY(waitFor(State::Connected));
    }

    void loginFailures_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("wrong password")
            << QStringLiteral("someone") << QStringLiteral("wrong") << QStringLiteral("password");
        QTest::newRow("proxy") << QStringLiteral("proxyfailer") << QStringLiteral("pw")
                               << QStringLiteral("proxy");
    }
    void loginFailures()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, reasonContains);
        startLogin(user, password);
        QVERIFY(waitFor(State::Failed));
        QVERIFY2(m_session->failureReason().contains(reasonContains, Qt::CaseInsensitive),
                 qPrintable(m_session->failureReason()));
        QVERIFY(!m_session->error().isError()); // the server said why, not a transport error
        QVERIFY(m_pending->list(origin()).isEmpty());
    }

    void alreadyConnectedThenForce()
    {
        startLogin(QStringLiteral("existingcreator"));
        QVERIFY(waitFor(State::Failed));
        QCOMPARE(m_session->error().kind, ApiError::Kind::Validation);
        QVERIFY(m_session->failureReason().contains(QLatin1String("already connected")));
        startLogin(QStringLiteral("existingcreator"), QStringLiteral("pw"), true);
        QVERIFY(waitFor(State::Connected));
    }

    void startIsNeverRetried()
    {
        startLogin(QStringLiteral("ratelimitcreator"));
        QVERIFY(waitFor(State::Failed));
        QCOMPARE(m_session->error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(m_session->error().retryAfterSeconds, 3);
        QTest::qWait(150);
        QCOMPARE(count(QStringLiteral("POST")), 1);
    }

    void droppedStartSaysItMayHaveStarted()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Drop;
        f.method = QStringLiteral("POST");
        m_sim->addFault(f);
        startLogin(QStringLiteral("plaincreator"));
        QVERIFY(waitFor(State::Failed));
        QCOMPARE(m_session->error().kind, ApiError::Kind::Network);
        QVERIFY(m_session->failureReason().contains(QLatin1String("may still have reached")));
        QTest::qWait(100);
        QCOMPARE(count(QStringLiteral("POST")), 1);
    }

    void transientPollErrorsBackOff()
    {
        QSignalSpy retrying(m_session.get(), &ConnectionSession::retrying);
        Simulator::Fault f;
        f.method = QStringLiteral("GET");
        f.status = 502;
        f.times = 3;
        m_sim->addFault(f);
        startLogin(QStringLiteral("plaincreator"));
        QVERIFY(waitFor(State::Connected));
        QCOMPARE(retrying.count(), 3);
        QCOMPARE(retrying.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Server);
        const int d1 = retrying.at(0).at(1).toInt();
        const int d3 = retrying.at(2).at(1).toInt();
        QVERIFY2(d3 > d1, qPrintable(QStringLiteral("%1 %2").arg(d1).arg(d3)));
    }

    void retryAfterIsHonoured()
    {
        QSignalSpy retrying(m_session.get(), &ConnectionSession::retrying);
        m_sim->setTiming({1500, 80}); // long enough for a second poll even on a busy machine
        startLogin(QStringLiteral("flakycreator")); // every second poll: 503 + Retry-After 1
        QVERIFY(QTest::qWaitFor([&] { return retrying.count() >= 1; }, 5000));
        QVERIFY(retrying.at(0).at(1).toInt() >= 1000);
        QVERIFY(waitFor(State::Connected, 10000));
    }

    void droppedConnectionsAreRetried()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Drop;
        f.method = QStringLiteral("GET");
        f.times = 2;
        m_sim->addFault(f);
        startLogin(QStringLiteral("plaincreator"));
        QVERIFY(waitFor(State::Connected));
    }

    void malformedRepliesEndTheSession()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Malformed;
        f.method = QStringLiteral("GET");
        f.times = -1;
        m_sim->addFault(f);
        startLogin(QStringLiteral("plaincreator"));
        QVERIFY(waitFor(State::Failed));
        QCOMPARE(m_session->error().kind, ApiError::Kind::Protocol);
        QCOMPARE(count(QStringLiteral("GET")), PollPolicy::fast().maxProtocolErrors);
    }

    void revokedKeyEndsAtOnce()
    {
        Simulator::Fault f;
        f.method = QStringLiteral("GET");
        f.status = 401;
        m_sim->addFault(f);
        startLogin(QStringLiteral("plaincreator"));
        QVERIFY(waitFor(State::Failed));
        QCOMPARE(m_session->error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(count(QStringLiteral("GET")), 1);
    }

    void busyGuardPreventsOverlap()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Delay;
        f.method = QStringLiteral("GET");
        f.delayMs = 400;
        f.times = -1;
        m_sim->addFault(f);
        startLogin(QStringLiteral("slowcreator"));
        QTest::qWait(1000);
        // Interval 30 ms, each poll answered after 400 ms: without the guard ~30 polls.
        QVERIFY2(count(QStringLiteral("GET")) <= 3,
                 qPrintable(QString::number(count(QStringLiteral("GET")))));
        m_session->cancel();
    }

    void deadlineWithInjectedClock()
    {
        ManualClock clock;
        m_session->setClock(&clock);
        PollPolicy p = PollPolicy::fast();
        p.deadlineMs = 60000;
        m_session->setPolicy(p);
        startLogin(QStringLiteral("slowcreator"));
        QVERIFY(waitFor(State::Waiting));
        QTest::qWait(100);
        QCOMPARE(m_session->state(), State::Waiting);
        clock.advance(61000); // a minute passes in no time
        QVERIFY(waitFor(State::TimedOut, 2000));
        QCOMPARE(m_session->elapsedMs(), 61000);
        // A timed-out login may still finish at the server: it stays resumable.
        const QList<PendingSession> pending = m_pending->list(origin());
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().startedAt, clock.utcNow().addMSecs(-61000)); // the clock's time
        m_session.reset(); // before the clock goes
    }

    // The shared budget is asked for the quick share only in the 6 s after a start or a
    // code (default policy, a key with room), and not by a resumed login.
    void quickWindowAsksTheBudgetForMore()
    {
        ManualClock clock;
        RateBudget budget(&clock);
        m_client->setBudget(&budget);
        m_session->setClock(&clock);
        m_session->setPolicy(PollPolicy());
        const PollPolicy p;
        const auto share = [&] { return budget.shareIntervalMs(m_session.get()); };
        startLogin(QStringLiteral("slowcreator"));
        QVERIFY(waitFor(State::Waiting));
        QVERIFY(QTest::qWaitFor([&] { return count(QStringLiteral("GET")) >= 1; }, 3000));
        QTRY_VERIFY(qAbs(share() - p.quickIntervalMs) <= 1); // learned: a key with room
        clock.advance(p.quickWindowMs);
        const int polls = count(QStringLiteral("GET"));
        QVERIFY(QTest::qWaitFor([&] { return count(QStringLiteral("GET")) > polls; }, 3000));
        QTRY_VERIFY(qAbs(share() - p.intervalMs) <= 1);

        const QString id = m_session->accountId();
        m_session->cancel();
        QCOMPARE(share(), -1); // gone from the budget
        m_session->resume(id, QStringLiteral("slow"));
        QTRY_VERIFY(qAbs(share() - p.intervalMs) <= 1);
        m_session.reset(); // before the clock and the budget go
        m_client->setBudget(nullptr);
    }

    void cancelStopsEverything()
    {
        startLogin(QStringLiteral("slowcreator"));
        QVERIFY(waitFor(State::Waiting));
        QTest::qWait(100);
        m_session->cancel();
        QCOMPARE(m_session->state(), State::Cancelled);
        // A poll already on the wire when cancel() aborted it may still reach the server.
        QTest::qWait(50);
        const int n = m_sim->requests().size();
        QTest::qWait(300); // ten poll intervals: no new poll may start
        QCOMPARE(m_sim->requests().size(), n);
        QVERIFY(m_pending->list(origin()).isEmpty());
    }

    void resumeAfterRestartGoesBackToTheCode()
    {
        startLogin(QStringLiteral("emailcreator"));
        QVERIFY(waitFor(State::NeedsCode));
        const QString id = m_session->accountId();
        m_session.reset(); // the app is gone; the pending entry stays
        const auto pending = m_pending->list(origin());
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().accountId, id);
        makeSession();
        m_session->resume(pending.first().accountId, pending.first().displayName);
        QVERIFY(waitFor(State::NeedsCode));
        QCOMPARE(count(QStringLiteral("POST")), 1); // no second login
        m_session->submitCode(QStringLiteral("123456"));
        QVERIFY(waitFor(State::Connected));
        QVERIFY(m_pending->list(origin()).isEmpty());
    }

    void reauthenticateUsesTheSameSession()
    {
        startLogin(QStringLiteral("emailcreator"));
        QVERIFY(waitFor(State::NeedsCode));
        m_session->submitCode(QStringLiteral("123456"));
        QVERIFY(waitFor(State::Connected));
        const QString id = m_session->accountId();
        m_session->reauthenticate(id);
        QCOMPARE(m_session->state(), State::Starting);
        QVERIFY(waitFor(State::NeedsCode));
        m_session->submitCode(QStringLiteral("123456"));
        QVERIFY(waitFor(State::Connected));
        QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/reauthenticate")), 1);
    }

    void codeFailuresAreNotRetried()
    {
        QSignalSpy rejected(m_session.get(), &ConnectionSession::codeRejected);
        startLogin(QStringLiteral("emailcreator"));
        QVERIFY(waitFor(State::NeedsCode));
        QVERIFY(!m_session->submitCode(QStringLiteral("abc")));
        QCOMPARE(rejected.count(), 1);
        Simulator::Fault f;
        f.method = QStringLiteral("PUT");
        f.status = 503;
        m_sim->addFault(f);
        QVERIFY(m_session->submitCode(QStringLiteral("123456")));
        QVERIFY(QTest::qWaitFor([&] { return rejected.count() == 2; }, 3000));
        QCOMPARE(m_session->state(), State::NeedsCode);
        QVERIFY(m_session->codeError().contains(QLatin1String("send it again")));
        QTest::qWait(200);
        QCOMPARE(count(QStringLiteral("PUT")), 1);
        QVERIFY(m_session->submitCode(QStringLiteral("123456")));
        QVERIFY(waitFor(State::Connected));
    }

    void expiredChallengeFails()
    {
        m_sim->setTiming({400, 80}); // the code lives 800 ms: time to see it even when busy
        startLogin(QStringLiteral("expirecreator"));
        QVERIFY(waitFor(State::NeedsCode));
        QVERIFY(waitFor(State::Failed));
        QVERIFY(m_session->failureReason().contains(QLatin1String("expired")));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"

// The session against a scripted server that answers with shapes the simulator never
// sends: undocumented but plausible variants of the vendor's replies.
#include "ManualClock.h"
#include "login/ConnectionSession.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <ctime> // tzset
#include <deque>

using State = ConnectionSession::State;

namespace {
QJsonObject J(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object();
}
} // namespace

class TestSessionScripted : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;
    ManualClock m_clock; // before the client and session that may point at them
    FixedRandom m_random;
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ConnectionSession> m_session;
    std::deque<QHttpServerResponse> m_polls; // answered first, in order; then m_lastPoll
    std::deque<QHttpServerResponse> m_puts;
    QJsonObject m_lastPoll;
    int m_putCount = 0;

    static QHttpServerResponse json(const QJsonObject &o,
                                    QHttpServerResponse::StatusCode code
                                    = QHttpServerResponse::StatusCode::Ok)
    {
        return QHttpServerResponse(o, code);
    }
    bool waitFor(State s)
    {
        return QTest::qWaitFor([&] { return m_session->state() == s; }, 5000);
    }

private slots:
    void init()
    {
        m_polls.clear();
        m_puts.clear();
        m_putCount = 0;
        m_server = std::make_unique<QHttpServer>();
        m_server->route(
            QStringLiteral("/api/fansly/authenticate"), QHttpServerRequest::Method::Post,
            [] { return json(J("{'account_id':'fansly_acct_7','message':'started'}")); });
        m_server->route(QStringLiteral("/api/fansly/authenticate/<arg>"),
                        QHttpServerRequest::Method::Get, [this](const QString &) {
                            if (!m_polls.empty()) {
                                QHttpServerResponse r = std::move(m_polls.front());
                                m_polls.pop_front();
                                return r;
                            }
                            return json(m_lastPoll);
                        });
        m_server->route(QStringLiteral("/api/fansly/authenticate/<arg>"),
                        QHttpServerRequest::Method::Put, [this](const QString &) {
                            ++m_putCount;
                            QHttpServerResponse r = std::move(m_puts.front());
                            m_puts.pop_front();
                            return r;
                        });
        m_server->route(QStringLiteral("/api/fansly/authenticate/<arg>/reauthenticate"),
                        QHttpServerRequest::Method::Post, [](const QString &) {
                            return json(J("{'success':false,'message':'Account is busy'}"));
                        });
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        m_client = std::make_unique<ApiClient>(
            &m_nam, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        m_client->setApiKey(QStringLiteral("k"));
        m_session = std::make_unique<ConnectionSession>(m_client.get());
        m_session->setPolicy(PollPolicy::fast());
    }
    void cleanup()
    {
        m_session.reset();
        m_client.reset();
        m_server.reset();
    }

    void wrongCodeAfterAVerifyingReplyWithoutType()
    {
        const QJsonObject challenge
            = J("{'account_id':'fansly_acct_7','status':'challenge-email',"
                "'is_authenticated':false,'needs_code':true,'twofa_type':2}");
        m_polls.push_back(json(challenge));
        m_lastPoll = challenge;
        m_puts.push_back(json(J("{'account_id':'fansly_acct_7','status':'verifying',"
                                "'is_authenticated':false,'needs_code':true,'twofa_type':null}")));
        QSignalSpy rejected(m_session.get(), &ConnectionSession::codeRejected);
        m_session->start({QStringLiteral("u"), QStringLiteral("p"), {}, {}, false});
        QVERIFY(waitFor(State::NeedsCode));
        QJsonObject wrong = challenge;
        wrong.insert(QLatin1String("last_error"), QStringLiteral("That code is wrong."));
        m_lastPoll = wrong;
        QVERIFY(m_session->submitCode(QStringLiteral("111111")));
        QVERIFY(QTest::qWaitFor([&] { return rejected.count() == 1; }, 5000));
        // The app's sentence, with the server's words as the reason given.
        QCOMPARE(rejected.at(0).at(0).toString(),
                 QStringLiteral("The code was not accepted. Check it and try again. (reason "
                                "given: That code is wrong.)"));
        QCOMPARE(m_session->state(), State::NeedsCode);
    }

    void unreadableCodeAnswerIsNotAnInvitationToResend()
    {
        const QJsonObject challenge
            = J("{'account_id':'fansly_acct_7','status':'challenge-totp',"
                "'is_authenticated':false,'needs_code':true,'twofa_type':0}");
        m_lastPoll = challenge;
        m_puts.push_back(QHttpServerResponse(QHttpServerResponse::StatusCode::Accepted));
        QSignalSpy rejected(m_session.get(), &ConnectionSession::codeRejected);
        m_session->start({QStringLiteral("u"), QStringLiteral("p"), {}, {}, false});
        QVERIFY(waitFor(State::NeedsCode));
        m_lastPoll = J("{'account_id':'fansly_acct_7','status':'verifying',"
                       "'is_authenticated':false,'needs_code':true,'twofa_type':0}");
        QVERIFY(m_session->submitCode(QStringLiteral("123456")));
        QVERIFY(waitFor(State::Verifying));
        m_lastPoll = J("{'account_id':'fansly_acct_7','status':'done',"
                       "'is_authenticated':true,'needs_code':false}");
        QVERIFY(waitFor(State::Connected));
        QCOMPARE(rejected.count(), 0);
        QCOMPARE(m_putCount, 1);
    }

    void refusedReauthenticationShowsTheServersReason()
    {
        m_session->reauthenticate(QStringLiteral("fansly_acct_7"));
        QVERIFY(waitFor(State::Failed));
        QCOMPARE(m_session->error().kind, ApiError::Kind::HttpOther);
        QVERIFY2(m_session->failureReason().contains(QLatin1String("Account is busy")),
                 qPrintable(m_session->failureReason()));
    }

    void retryAfterAsHttpDate_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QByteArray>("localZone");
        QTest::newRow("plain") << m_clock.utcNow() << QByteArray();
        // Found by fuzz_retry_after: the date was read as local time, so a date in the hour a
        // local clock skips for daylight saving (02:00-03:00 on 26 March 2028 in Berlin; a
        // POSIX rule, so no zoneinfo files are needed) was not understood and the wait lost.
        QTest::newRow("in the hour the local clock skips")
            << QDateTime(QDate(2028, 3, 26), QTime(2, 29, 56), QTimeZone::utc())
            << QByteArray("CET-1CEST,M3.5.0,M10.5.0/3");
    }

    void retryAfterAsHttpDate()
    {
        QFETCH(QDateTime, now);
        QFETCH(QByteArray, localZone);
        const QByteArray zoneBefore = qgetenv("TZ");
        const bool hadZone = qEnvironmentVariableIsSet("TZ");
        const qint64 shift = m_clock.utcNow().msecsTo(now);
        auto restore = qScopeGuard([&] {
            m_clock.advance(-shift);
            if (hadZone)
                qputenv("TZ", zoneBefore);
            else
                qunsetenv("TZ");
            tzset();
        });
        if (!localZone.isEmpty()) {
            qputenv("TZ", localZone);
            tzset();
        }
        QHttpServerResponse limited(J("{'message':'Too Many Attempts.'}"),
                                    QHttpServerResponse::StatusCode::TooManyRequests);
        // The client reads the date against a clock the test holds still.
        m_clock.advance(shift);
        m_client->setClock(&m_clock);
        m_session->setRandom(&m_random);
        const QDateTime when = m_clock.utcNow().addSecs(4);
        limited.addHeader("Retry-After",
                          QLocale::c()
                              .toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                              .toLatin1());
        m_polls.push_back(std::move(limited));
        m_lastPoll = J("{'account_id':'fansly_acct_7','is_authenticated':true,'needs_code':false}");
        QSignalSpy retrying(m_session.get(), &ConnectionSession::retrying);
        m_session->start({QStringLiteral("u"), QStringLiteral("p"), {}, {}, false});
        QVERIFY(QTest::qWaitFor([&] { return retrying.count() == 1; }, 5000));
        QCOMPARE(retrying.at(0).at(1).toInt(), 4000);
        m_session->cancel();
    }
};

QTEST_GUILESS_MAIN(TestSessionScripted)
#include "tst_session_scripted.moc"

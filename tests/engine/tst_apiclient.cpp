// The API client over real loopback HTTP against the practice simulator.
#include "Simulator.h"
#include "network/ApiClient.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {
template<typename T> struct Waiter
{
    std::optional<ApiResult<T>> result;
    ApiClient::Callback<T> callback()
    {
        return [this](const ApiResult<T> &r) { result = r; };
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

StartRequest request(const QString &user, const QString &password = QStringLiteral("pw-1"))
{
    StartRequest r;
    r.username = user;
    r.password = password;
    return r;
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<ApiClient> m_client;

    template<typename T, typename Call> ApiResult<T> run(Call call)
    {
        Waiter<T> w;
        call(w.callback());
        if (!w.wait())
            qFatal("no answer");
        return *w.result;
    }
    ApiResult<StartReply> start(const StartRequest &r)
    {
        return run<StartReply>([&](auto cb) { m_client->startAuthentication(r, this, cb); });
    }
    ApiResult<AuthStatus> poll(const QString &id)
    {
        return run<AuthStatus>([&](auto cb) { m_client->pollStatus(id, {}, this, cb); });
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<Simulator>(Simulator::testOptions());
        m_sim->setTiming({100, 100});
        QVERIFY(m_sim->start());
        m_client = std::make_unique<ApiClient>(&m_nam, m_sim->baseUrl());
        m_client->setApiKey(Simulator::testKey());
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    // The balance a reply carries reaches whoever shows it; a key without one says nothing.
    void creditsBalanceIsReported()
    {
        QSignalSpy credits(m_client.get(), &ApiClient::creditsSeen);
        start(request(QStringLiteral("plainuser")));
        QCOMPARE(credits.count(), 0); // the practice key has no balance
        m_sim->addApiKey(QStringLiteral("paid-key"), 5);
        m_client->setApiKey(QStringLiteral("paid-key"));
        start(request(QStringLiteral("plainuser")));
        QCOMPARE(credits.count(), 1);
        QCOMPARE(credits.at(0).at(0).toLongLong(), 4); // one credit for the start
    }

    void requestShape()
    {
        StartRequest r = request(QStringLiteral("plainuser"));
        r.proxy
            = ProxyChoice::custom(QStringLiteral("proxy.example.net"), 8080, QStringLiteral("pu"));
        auto result = start(r);
        QVERIFY2(result.ok(), qPrintable(result.error.details));
        QVERIFY(result.value->accountId.startsWith(QLatin1String("fansly_acct_")));
        QVERIFY(result.rate.limitPerMinute > 0);
        const auto reqs = m_sim->requests();
        QCOMPARE(reqs.size(), 1);
        QCOMPARE(reqs[0].method, QStringLiteral("POST"));
        QCOMPARE(reqs[0].path, QStringLiteral("/api/fansly/authenticate"));
        QCOMPARE(reqs[0].authorization, QByteArray("Bearer ") + Simulator::testKey().toUtf8());
        QVERIFY(reqs[0].contentType.startsWith("application/json"));
        QVERIFY(reqs[0].userAgent.startsWith("FanslyConnect/"));
        const QJsonObject body = QJsonDocument::fromJson(reqs[0].body).object();
        QVERIFY(!body.contains(QLatin1String("proxyCountry")));
        QVERIFY(!body.contains(QLatin1String("name")));
        QVERIFY(!body.contains(QLatin1String("force_connect")));
        QCOMPARE(body.value(QLatin1String("customProxy"))
                     .toObject()
                     .value(QLatin1String("port"))
                     .toInt(),
                 8080);
    }

    void fullLoginWithEmailCode()
    {
        auto started = start(request(QStringLiteral("emailcreator")));
        QVERIFY(started.ok());
        const QString id = started.value->accountId;
        QVERIFY(QTest::qWaitFor([&] { return poll(id).value->needsCode; }, 5000));
        auto s = poll(id);
        QCOMPARE(s.value->phase(), AuthStatus::Phase::NeedsCode);
        QVERIFY(s.value->isEmailChallenge());
        QVERIFY(!s.value->maskedEmail.isEmpty());
        auto put = run<AuthStatus>(
            [&](auto cb) { m_client->submitCode(id, QStringLiteral("123456"), this, cb); });
        QVERIFY(put.ok());
        QCOMPARE(put.value->phase(), AuthStatus::Phase::Verifying);
        QCOMPARE(QJsonDocument::fromJson(m_sim->requests().last().body)
                     .object()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("123456"));
        QVERIFY(QTest::qWaitFor([&] { return poll(id).value->isAuthenticated; }, 5000));
    }

    void errorKinds_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("kind");
        QTest::newRow("already connected")
            << QStringLiteral("existingcreator") << int(ApiError::Kind::Validation);
        QTest::newRow("no credits")
            << QStringLiteral("nocredits1") << int(ApiError::Kind::NoCredits);
        QTest::newRow("rate limited")
            << QStringLiteral("ratelimit1") << int(ApiError::Kind::RateLimited);
    }
    void errorKinds()
    {
        QFETCH(QString, user);
        QFETCH(int, kind);
        auto r = start(request(user));
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY(!r.error.userMessage().isEmpty());
        if (r.error.kind == ApiError::Kind::Validation)
            QVERIFY(r.error.fieldErrors.contains(QStringLiteral("username")));
        if (r.error.kind == ApiError::Kind::RateLimited)
            QCOMPARE(r.error.retryAfterSeconds, 3);
    }

    void badKey()
    {
        m_client->setApiKey(QStringLiteral("not-a-key"));
        auto r = run<WhoamiInfo>([&](auto cb) { m_client->whoami(this, cb); });
        QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(r.error.httpStatus, 401);
    }

    void whoamiAndAccounts()
    {
        auto w = run<WhoamiInfo>([&](auto cb) { m_client->whoami(this, cb); });
        QVERIFY(w.ok());
        QVERIFY(!w.value->teamName.isEmpty());
        auto started = start(request(QStringLiteral("listme")));
        QVERIFY(QTest::qWaitFor(
            [&] { return poll(started.value->accountId).value->isAuthenticated; }, 5000));
        auto list = run<QList<Account>>([&](auto cb) { m_client->listAccounts(this, cb); });
        QVERIFY(list.ok());
        QCOMPARE(list.value->size(), 1);
        QCOMPARE(list.value->first().id, started.value->accountId);
        auto re = run<StartReply>(
            [&](auto cb) { m_client->reauthenticate(started.value->accountId, this, cb); });
        QVERIFY2(re.ok(), qPrintable(re.error.details));
        QCOMPARE(re.value->accountId, started.value->accountId);
        auto gone = run<QString>(
            [&](auto cb) { m_client->disconnectAccount(started.value->accountId, this, cb); });
        QVERIFY(gone.ok());
        QCOMPARE(poll(started.value->accountId).error.kind, ApiError::Kind::NotFound);
    }

    void faults_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        using T = Simulator::Fault::Type;
        using K = ApiError::Kind;
        QTest::newRow("500") << int(T::Status) << 500 << int(K::Server);
        QTest::newRow("503") << int(T::Status) << 503 << int(K::Server);
        QTest::newRow("403") << int(T::Status) << 403 << int(K::Forbidden);
        QTest::newRow("418") << int(T::Status) << 418 << int(K::HttpOther);
        QTest::newRow("malformed") << int(T::Malformed) << 0 << int(K::Protocol);
        QTest::newRow("wrong types") << int(T::WrongType) << 0 << int(K::Protocol);
        QTest::newRow("oversized") << int(T::Oversized) << 0 << int(K::Protocol);
        QTest::newRow("dropped") << int(T::Drop) << 0 << int(K::Network);
    }
    void faults()
    {
        QFETCH(int, type);
        QFETCH(int, status);
        QFETCH(int, kind);
        auto started = start(request(QStringLiteral("faulty")));
        QVERIFY(started.ok());
        Simulator::Fault f;
        f.type = Simulator::Fault::Type(type);
        f.status = status;
        f.method = QStringLiteral("GET");
        // Qt resends an idempotent request once when a kept-alive connection drops.
        f.times = f.type == Simulator::Fault::Type::Drop ? 2 : 1;
        m_sim->addFault(f);
        auto r = poll(started.value->accountId);
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY(!r.error.userMessage().isEmpty());
        // The fault was used up: the next poll works.
        QVERIFY(poll(started.value->accountId).ok());
    }

    void droppedStartIsNotResent()
    {
        // A start that reaches the server twice can trigger two Fansly logins.
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Drop;
        f.method = QStringLiteral("POST");
        f.times = 1;
        m_sim->addFault(f);
        auto r = start(request(QStringLiteral("plaincreator")));
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QCOMPARE(m_sim->requests().size(), 1);
    }

    void timeout()
    {
        m_client->setTimeoutMs(200);
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Delay;
        f.delayMs = 2000;
        m_sim->addFault(f);
        auto r = run<WhoamiInfo>([&](auto cb) { m_client->whoami(this, cb); });
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
    }

    void foreignPollingUrlIsNotFollowed()
    {
        const QUrl foreign(
            QStringLiteral("https://evil.example.net/api/fansly/authenticate/fansly_acct_1"));
        const QUrl used = m_client->pollUrl(QStringLiteral("fansly_acct_1"), foreign);
        QCOMPARE(used.host(), m_sim->baseUrl().host());
        QCOMPARE(used.port(), m_sim->baseUrl().port());
        QCOMPARE(used.path(), QStringLiteral("/api/fansly/authenticate/fansly_acct_1"));
        QUrl same = m_sim->baseUrl();
        same.setPath(QStringLiteral("/api/fansly/authenticate/fansly_acct_1"));
        QCOMPARE(m_client->pollUrl(QStringLiteral("fansly_acct_1"), same), same);
    }

    void redirectNeverCarriesTheKeyElsewhere()
    {
        // A second server that records what reaches it.
        QHttpServer other;
        QByteArray seenAuth = "none";
        other.route(
            QStringLiteral("/<arg>"), [&seenAuth](const QString &, const QHttpServerRequest &req) {
                for (const auto &h : req.headers())
                    if (h.first.compare("authorization", Qt::CaseInsensitive) == 0)
                        seenAuth = h.second;
                return QHttpServerResponse(QByteArray("application/json"), QByteArray("{}"));
            });
        const quint16 otherPort = other.listen(QHostAddress::LocalHost, 0);
        QVERIFY(otherPort);
        QHttpServer redirector;
        redirector.route(QStringLiteral("/api/whoami"), [otherPort] {
            QHttpServerResponse r(QHttpServerResponse::StatusCode::Found);
            r.addHeader("Location",
                        "http://127.0.0.1:" + QByteArray::number(otherPort) + "/api/whoami");
            return r;
        });
        const quint16 port = redirector.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        ApiClient client(&m_nam, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        client.setApiKey(QStringLiteral("secret-key-xyz"));
        Waiter<WhoamiInfo> w;
        client.whoami(this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error.kind, ApiError::Kind::Refused);
        QTest::qWait(50);
        QCOMPARE(seenAuth, QByteArray("none"));
    }

    void insecureBaseUrlsAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://app.onlyfansapi.com") << true;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:9") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:9") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9") << true;
        QTest::newRow("http remote") << QStringLiteral("http://app.onlyfansapi.com") << false;
        QTest::newRow("http private") << QStringLiteral("http://192.168.1.10") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("userinfo") << QStringLiteral("https://u:p@app.onlyfansapi.com") << false;
    }
    void insecureBaseUrlsAreRefused()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        ApiClient client(&m_nam, QUrl(url));
        QCOMPARE(client.baseUrlProblem().isEmpty(), allowed);
        if (allowed)
            return;
        client.setApiKey(QStringLiteral("k"));
        Waiter<WhoamiInfo> w;
        QVERIFY(!client.whoami(this, w.callback()));
        QVERIFY(!w.result); // never synchronous
        QVERIFY(w.wait());
        QCOMPARE(w.result->error.kind, ApiError::Kind::Refused);
    }

    void tlsErrorsAreNotIgnored()
    {
        // https to a plain-HTTP loopback server: the handshake must fail, not be skipped.
        QUrl url = m_sim->baseUrl();
        url.setScheme(QStringLiteral("https"));
        ApiClient client(&m_nam, url);
        client.setApiKey(QStringLiteral("k"));
        Waiter<WhoamiInfo> w;
        client.whoami(this, w.callback());
        QVERIFY(w.wait());
        QVERIFY2(w.result->error.kind == ApiError::Kind::Tls
                     || w.result->error.kind == ApiError::Kind::Network,
                 qPrintable(w.result->error.details));
        QVERIFY(m_sim->requests().isEmpty());
    }

    void connectionRefused()
    {
        QTcpServer probe; // find a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiClient client(&m_nam, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        client.setApiKey(QStringLiteral("k"));
        Waiter<WhoamiInfo> w;
        client.whoami(this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error.kind, ApiError::Kind::Network);
        QVERIFY(w.result->error.isTransient());
        QVERIFY(w.result->error.neverSent); // so a refused start may be sent again
    }

    // A reply the server began is not "never sent": a start dropped mid-way may have worked.
    void droppedReplyMayHaveBeenSent()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Drop;
        f.method = QStringLiteral("GET");
        f.times = 2;
        m_sim->addFault(f);
        Waiter<WhoamiInfo> w;
        m_client->whoami(this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->error.isError());
        QVERIFY(!w.result->error.neverSent);
    }

    void noKeyNoRequest()
    {
        ApiClient client(&m_nam, m_sim->baseUrl());
        Waiter<WhoamiInfo> w;
        client.whoami(this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(m_sim->requests().isEmpty());
    }

    void pathInjectionRefused()
    {
        auto r = poll(QStringLiteral("../whoami"));
        QCOMPARE(r.error.kind, ApiError::Kind::Validation);
        QVERIFY(m_sim->requests().isEmpty());
    }

    void destroyedContextGetsNoCallback()
    {
        bool called = false;
        {
            QObject context;
            m_client->whoami(&context, [&called](const ApiResult<WhoamiInfo> &) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"

// The practice simulator over real loopback HTTP: scenarios, validation, rate
// limits and faults, as a client sees them.
#include "Simulator.h"
#include "network/ApiClient.h"
#include "network/ApiTypes.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const char *name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QString message() const { return object().value(QLatin1String("message")).toString(); }
    QString str(const char *key) const { return object().value(QLatin1String(key)).toString(); }
};

QJsonObject json(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    return QJsonObject(fields);
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> sim;
    std::unique_ptr<QNetworkAccessManager> nam;

    Reply call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
               const QString &key = Simulator::testKey(), int timeoutMs = 4000)
    {
        QUrl url = sim->baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        if (!key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        request.setRawHeader("User-Agent", "tst_simulator/1");
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = body.isNull() ? nam->sendCustomRequest(request, verb)
                                             : nam->sendCustomRequest(request, verb, body);
        const bool done = waitFinished(reply, timeoutMs);
        Reply r;
        r.elapsedMs = timer.elapsed();
        if (!done) {
            reply->abort();
            r.error = QNetworkReply::TimeoutError;
        } else {
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.error = reply->error();
            r.body = reply->readAll();
            r.headers = reply->rawHeaderPairs();
        }
        reply->deleteLater();
        return r;
    }
    // A local loop wakes up at once; QTest::qWaitFor naps 10 ms per turn.
    static bool waitFinished(QNetworkReply *reply, int timeoutMs)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return reply->isFinished();
    }
    Reply get(const QString &path, const QString &key = Simulator::testKey())
    {
        return call("GET", path, {}, key);
    }
    Reply post(const QString &path, const QJsonObject &body,
               const QString &key = Simulator::testKey())
    {
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), key);
    }
    Reply start(const QString &username, const QString &password = QStringLiteral("secret"),
                const QString &key = Simulator::testKey())
    {
        return post(
            QStringLiteral("/api/fansly/authenticate"),
            json({{QStringLiteral("username"), username}, {QStringLiteral("password"), password}}),
            key);
    }
    QString startOk(const QString &username, const QString &password = QStringLiteral("secret"))
    {
        const Reply r = start(username, password);
        if (r.status != 200)
            qWarning() << "start failed" << r.status << r.body;
        return r.str("account_id");
    }
    Reply poll(const QString &id) { return get(QStringLiteral("/api/fansly/authenticate/") + id); }
    Reply submit(const QString &id, const QString &code)
    {
        return call("PUT", QStringLiteral("/api/fansly/authenticate/") + id,
                    QJsonDocument(json({{QStringLiteral("code"), code}})).toJson());
    }
    // Polls until `done` holds for the status object (or the time runs out).
    QJsonObject pollUntil(const QString &id, const std::function<bool(const QJsonObject &)> &done,
                          int timeoutMs = 3000)
    {
        QElapsedTimer timer;
        timer.start();
        QJsonObject last;
        while (timer.elapsed() < timeoutMs) {
            const Reply r = poll(id);
            if (r.status == 200) {
                last = r.object();
                if (done(last))
                    return last;
            }
            QTest::qWait(15);
        }
        return last;
    }
    static bool notWorking(const QJsonObject &o)
    {
        return o.value(QLatin1String("is_authenticated")).toBool()
            || (o.value(QLatin1String("needs_code")).toBool()
                && o.value(QLatin1String("status")).toString() != QLatin1String("verifying"))
            || !o.value(QLatin1String("last_error")).isNull();
    }
    QJsonObject settle(const QString &id) { return pollUntil(id, notWorking); }
    static AuthStatus parsed(const QJsonObject &o)
    {
        QString error;
        const auto s = ApiParse::authStatus(o, &error);
        if (!s)
            qWarning() << "authStatus parse error:" << error;
        return s.value_or(AuthStatus {});
    }

private slots:
    void init()
    {
        sim = std::make_unique<Simulator>(Simulator::testOptions());
        sim->setTiming({100, 100});
        QVERIFY(sim->start());
        nam = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        nam.reset();
        sim.reset();
    }

    // Practice mode's memory: a login waiting for its code goes on in the next run, the
    // file is private to the user and holds no password.
    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("practice/simulator.json"));
        sim = std::make_unique<Simulator>(Simulator::testOptions());
        sim->setTiming({100, 100});
        sim->setStateFile(file);
        QVERIFY(sim->start());
        const QString id = startOk(QStringLiteral("emailcreator"), QStringLiteral("pw-Secret-71"));
        QVERIFY(!id.isEmpty());
        QVERIFY(pollUntil(id,
                          [](const QJsonObject &o) {
                              return o.value(QLatin1String("needs_code")).toBool();
                          })
                    .value(QLatin1String("needs_code"))
                    .toBool());
        QCOMPARE(submit(id, QStringLiteral("000000")).status, 200); // one wrong code, remembered
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("pw-Secret-71"));
        QCOMPARE(saved.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        sim = std::make_unique<Simulator>(Simulator::testOptions()); // the next run
        sim->setTiming({100, 100});
        sim->setStateFile(file);
        QVERIFY(sim->start());
        // The wrong code's check ends in this run: the challenge is open again.
        const QJsonObject o = pollUntil(id, [](const QJsonObject &o) {
            return o.value(QLatin1String("needs_code")).toBool()
                && o.value(QLatin1String("status")).toString() != QLatin1String("verifying");
        });
        QVERIFY2(
            o.value(QLatin1String("last_error")).toString().contains(QLatin1String("incorrect")),
            QJsonDocument(o).toJson().constData());
        QVERIFY2(o.value(QLatin1String("needs_code")).toBool(),
                 QJsonDocument(o).toJson().constData());
        QCOMPARE(o.value(QLatin1String("masked_email")).toString(),
                 QStringLiteral("c***@g****.com"));
        QCOMPARE(submit(id, QStringLiteral("123456")).status, 200);
        QVERIFY(pollUntil(id,
                          [](const QJsonObject &o) {
                              return o.value(QLatin1String("is_authenticated")).toBool();
                          })
                    .value(QLatin1String("is_authenticated"))
                    .toBool());
        // New accounts do not take the ids of old ones.
        QVERIFY(startOk(QStringLiteral("plaincreator")) != id);
    }

    // Demo accounts only when asked for (practice mode asks on its first run): two connected,
    // one whose session expired, whose re-authentication asks for an emailed code. They
    // persist like any practice account and are never added twice.
    void demoAccounts()
    {
        QCOMPARE(get(QStringLiteral("/api/fansly/accounts")).body.trimmed(), QByteArray("[]"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("practice/simulator.json"));
        sim = std::make_unique<Simulator>(Simulator::testOptions());
        sim->setTiming({100, 100});
        sim->setStateFile(file);
        QVERIFY(sim->start());
        sim->addDemoAccounts();
        sim->addDemoAccounts();
        QVERIFY(QFile::exists(file));
        QJsonArray list
            = QJsonDocument::fromJson(get(QStringLiteral("/api/fansly/accounts")).body).array();
        QCOMPARE(list.size(), 3);
        QJsonObject expired;
        for (const QJsonValue &v : list) {
            const QJsonObject a = v.toObject();
            if (a.value(QLatin1String("fansly_username")).toString()
                == QLatin1String("expireddemo"))
                expired = a;
            else
                QVERIFY(a.value(QLatin1String("is_authenticated")).toBool());
        }
        QCOMPARE(list.at(0).toObject().value(QLatin1String("display_name")).toString(),
                 QStringLiteral("Demo Creator"));
        QCOMPARE(list.at(0).toObject().value(QLatin1String("fansly_username")).toString(),
                 QStringLiteral("democreator"));
        QVERIFY(!expired.isEmpty());
        QVERIFY(!expired.value(QLatin1String("is_authenticated")).toBool());
        QCOMPARE(expired.value(QLatin1String("authentication_progress")).toString(),
                 QStringLiteral("session-expired"));
        const QString id = expired.value(QLatin1String("id")).toString();
        QVERIFY(ApiClient::isValidAccountId(id));
        // Its status says why, as a finished login would (so nobody waits on it forever).
        QVERIFY(!poll(id).object().value(QLatin1String("last_error")).toString().isEmpty());

        sim = std::make_unique<Simulator>(
            Simulator::testOptions()); // the next run finds them, and only them
        sim->setTiming({100, 100});
        sim->setStateFile(file);
        QVERIFY(sim->start());
        QCOMPARE(QJsonDocument::fromJson(get(QStringLiteral("/api/fansly/accounts")).body)
                     .array()
                     .size(),
                 3);
        // Re-authenticate: an emailed code, then connected.
        QCOMPARE(post(QStringLiteral("/api/fansly/authenticate/") + id
                          + QLatin1String("/reauthenticate"),
                      {})
                     .status,
                 200);
        const QJsonObject challenge = settle(id);
        QCOMPARE(challenge.value(QLatin1String("status")).toString(),
                 QStringLiteral("challenge-email"));
        QCOMPARE(submit(id, QStringLiteral("123456")).status, 200);
        QVERIFY(settle(id).value(QLatin1String("is_authenticated")).toBool());
        // A new login does not take a demo account's id.
        QCOMPARE(startOk(QStringLiteral("plaincreator")), QStringLiteral("fansly_acct_1"));
    }

    void listensOnLoopback()
    {
        QCOMPARE(sim->baseUrl().scheme(), QStringLiteral("http"));
        QCOMPARE(sim->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(sim->baseUrl().port() > 0);
        QVERIFY(!sim->baseUrl().toString().endsWith(QLatin1Char('/')));
        Simulator second;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot listen")));
        QVERIFY(!second.start(quint16(sim->baseUrl().port()))); // port taken
        QVERIFY(second.baseUrl().isEmpty());
    }

    void whoamiAndKeys()
    {
        const Reply r = get(QStringLiteral("/api/whoami"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-rate-limit-limit-minute"), QByteArray("120"));
        QCOMPARE(r.header("x-rate-limit-remaining-minute"), QByteArray("119"));
        QString error;
        const auto who = ApiParse::whoami(r.object(), &error);
        QVERIFY2(who, qPrintable(error));
        QCOMPARE(who->keyName, QStringLiteral("Practice key"));
        QCOMPARE(who->teamSlug, QStringLiteral("practice-agency"));

        for (const QString &key : {QString(), QStringLiteral("nope")}) {
            const Reply bad = get(QStringLiteral("/api/whoami"), key);
            QCOMPARE(bad.status, 401);
            QCOMPARE(bad.message(), QStringLiteral("Unauthenticated."));
            QVERIFY(!bad.header("x-rate-limit-remaining-minute").isEmpty());
        }
        sim->addApiKey(QStringLiteral("team-key"));
        QCOMPARE(get(QStringLiteral("/api/whoami"), QStringLiteral("team-key")).status, 200);
    }

    void plainLoginConnects()
    {
        sim->setTiming({600, 100});
        const Reply r = post(QStringLiteral("/api/fansly/authenticate"),
                             json({{QStringLiteral("username"), QStringLiteral("Creator")},
                                   {QStringLiteral("password"), QStringLiteral("pw")},
                                   {QStringLiteral("proxyCountry"), QStringLiteral("uk")}}));
        QCOMPARE(r.status, 200);
        QString error;
        const auto reply = ApiParse::startReply(r.object(), &error);
        QVERIFY2(reply, qPrintable(error));
        QVERIFY(reply->accountId.startsWith(QLatin1String("fansly_acct_")));
        QCOMPARE(reply->pollingUrl.toString(),
                 sim->baseUrl().toString() + QLatin1String("/api/fansly/authenticate/")
                     + reply->accountId);

        // "pending", then the undocumented "logging-in", then connected.
        QStringList seen;
        const QJsonObject done = pollUntil(reply->accountId, [&seen](const QJsonObject &o) {
            const QString s = o.value(QLatin1String("status")).toString();
            if (seen.isEmpty() || seen.last() != s)
                seen.append(s);
            return o.value(QLatin1String("is_authenticated")).toBool();
        });
        QCOMPARE(seen.last(), QStringLiteral("authenticated"));
        QVERIFY2(seen.contains(QStringLiteral("logging-in")), qPrintable(seen.join(u',')));
        const AuthStatus s = parsed(done);
        QCOMPARE(s.phase(), AuthStatus::Phase::Connected);
        QCOMPARE(s.displayName, QStringLiteral("Creator")); // no name: the username
        const QString fanslyId = s.fanslyUserData.value(QLatin1String("id")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{18}$")).match(fanslyId).hasMatch());
        QCOMPARE(s.fanslyUserData.value(QLatin1String("username")).toString(),
                 QStringLiteral("Creator"));
    }

    void emailWrongThenRightCode()
    {
        const QString id = startOk(QStringLiteral("Email.Tester@Example.com"));
        QJsonObject o = settle(id);
        AuthStatus s = parsed(o);
        QCOMPARE(s.phase(), AuthStatus::Phase::NeedsCode);
        QCOMPARE(s.status, QStringLiteral("challenge-email"));
        QCOMPARE(s.twofaType, std::optional<int>(2));
        QCOMPARE(s.maskedEmail, QStringLiteral("e***@e*****.com"));

        Reply r = submit(id, QStringLiteral("654321"));
        QCOMPARE(r.status, 200);
        QCOMPARE(parsed(r.object()).phase(), AuthStatus::Phase::Verifying);
        QVERIFY(r.object().value(QLatin1String("needs_code")).toBool());
        QCOMPARE(submit(id, QStringLiteral("123456")).status, 422); // still checking the first

        o = settle(id);
        s = parsed(o);
        QCOMPARE(s.phase(), AuthStatus::Phase::NeedsCode);
        QCOMPARE(s.status, QStringLiteral("challenge-email"));
        QCOMPARE(s.lastError, QStringLiteral("The verification code is incorrect."));

        QCOMPARE(submit(id, QStringLiteral("123456")).status, 200);
        QCOMPARE(parsed(settle(id)).phase(), AuthStatus::Phase::Connected);
        // Connected: no code pending any more.
        r = submit(id, QStringLiteral("123456"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.message(), QStringLiteral("No verification code is pending for this account."));
    }

    void emailMaskWithoutAddress()
    {
        const QString id = startOk(QStringLiteral("emailonly"));
        QCOMPARE(parsed(settle(id)).maskedEmail, QStringLiteral("c***@g****.com"));
    }

    void authenticatorChallenge()
    {
        for (const QString &user : {QStringLiteral("totp_user"), QStringLiteral("AppUser")}) {
            const QString id = startOk(user);
            const QJsonObject o = settle(id);
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("challenge-totp"));
            QCOMPARE(o.value(QLatin1String("twofa_type")).toInt(-1), 0);
            QVERIFY(o.value(QLatin1String("masked_email")).isNull());
            QCOMPARE(submit(id, QStringLiteral("123456")).status, 200);
            QVERIFY(settle(id).value(QLatin1String("is_authenticated")).toBool());
        }
    }

    void emailThenAuthenticator()
    {
        const QString id = startOk(QStringLiteral("both1"));
        QCOMPARE(settle(id).value(QLatin1String("twofa_type")).toInt(-1), 2);
        QCOMPARE(submit(id, QStringLiteral("123456")).status, 200);
        const QJsonObject o = settle(id);
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("challenge-totp"));
        QCOMPARE(o.value(QLatin1String("twofa_type")).toInt(-1), 0);
        QCOMPARE(submit(id, QStringLiteral("123456")).status, 200);
        QVERIFY(settle(id).value(QLatin1String("is_authenticated")).toBool());
    }

    void threeWrongCodesFail()
    {
        const QString id = startOk(QStringLiteral("email3"));
        settle(id);
        QJsonObject o;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(submit(id, QStringLiteral("000000")).status, 200);
            o = settle(id);
        }
        const AuthStatus s = parsed(o);
        QCOMPARE(s.phase(), AuthStatus::Phase::Failed);
        QCOMPARE(s.lastError, QStringLiteral("Too many incorrect codes. Start the login again."));
        QVERIFY(!s.needsCode);
    }

    void codeValidation()
    {
        const QString id = startOk(QStringLiteral("email4"));
        settle(id);
        const QString path = QStringLiteral("/api/fansly/authenticate/") + id;
        Reply r = call("PUT", path, QByteArrayLiteral("{}"));
        QCOMPARE(r.status, 422);
        const QJsonObject errors = r.object().value(QLatin1String("errors")).toObject();
        QVERIFY(errors.contains(QLatin1String("code")));
        for (const QString &bad : {QString(), QStringLiteral("12345"), QStringLiteral("12a456"),
                                   QStringLiteral("1234567")})
            QCOMPARE(submit(id, bad).status, 422);
        QCOMPARE(call("PUT", path, QByteArrayLiteral("{\"code\":123456}")).status, 422);
        QCOMPARE(submit(QStringLiteral("fansly_acct_999"), QStringLiteral("123456")).status, 404);

        const QString plain = startOk(QStringLiteral("plain"));
        r = submit(plain, QStringLiteral("123456"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.message(), QStringLiteral("No verification code is pending for this account."));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("error");
        const QString bad = QStringLiteral("Invalid username or password.");
        QTest::newRow("password wrong") << "anyone"
                                        << "wrong" << bad;
        QTest::newRow("wrongpass") << "WrongPass1"
                                   << "secret" << bad;
        QTest::newRow("proxyfail") << "proxyfail@x.com"
                                   << "secret"
                                   << "Could not connect through the proxy. Check the proxy "
                                      "host, port and login.";
    }
    void failures()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, error);
        const AuthStatus s = parsed(settle(startOk(username, password)));
        QCOMPARE(s.phase(), AuthStatus::Phase::Failed);
        QCOMPARE(s.lastError, error);
        QCOMPARE(s.status, QStringLiteral("failed"));
    }

    void existingAccount()
    {
        Reply r = start(QStringLiteral("existing_creator"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.message(), QStringLiteral("This Fansly account is already connected."));
        QCOMPARE(r.object()
                     .value(QLatin1String("errors"))
                     .toObject()
                     .value(QLatin1String("username"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("This Fansly account is already connected. Use force_connect to "
                                "connect it again."));
        r = post(QStringLiteral("/api/fansly/authenticate"),
                 json({{QStringLiteral("username"), QStringLiteral("existing_creator")},
                       {QStringLiteral("password"), QStringLiteral("pw")},
                       {QStringLiteral("force_connect"), true}}));
        QCOMPARE(r.status, 200);
        QVERIFY(settle(r.str("account_id")).value(QLatin1String("is_authenticated")).toBool());
    }

    void slowStaysLoggingIn()
    {
        const QString id = startOk(QStringLiteral("slowpoke"));
        QTest::qWait(350);
        const QJsonObject o = poll(id).object();
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("logging-in"));
        QCOMPARE(parsed(o).phase(), AuthStatus::Phase::Working);
    }

    void challengeExpires()
    {
        const QString id = startOk(QStringLiteral("expire1"));
        QCOMPARE(parsed(settle(id)).phase(), AuthStatus::Phase::NeedsCode);
        const AuthStatus s = parsed(pollUntil(id, [](const QJsonObject &o) {
            return !o.value(QLatin1String("needs_code")).toBool();
        }));
        QCOMPARE(s.phase(), AuthStatus::Phase::Failed);
        QCOMPARE(s.lastError,
                 QStringLiteral("The verification code expired. Start the login again."));
    }

    void flakyPolls()
    {
        const QString id = startOk(QStringLiteral("flaky"));
        QCOMPARE(poll(id).status, 200);
        const Reply second = poll(id);
        QCOMPARE(second.status, 503);
        QCOMPARE(second.header("Retry-After"), QByteArray("1"));
        QCOMPARE(poll(id).status, 200);
        QVERIFY(settle(id).value(QLatin1String("is_authenticated")).toBool());
    }

    void startRefusals()
    {
        Reply r = start(QStringLiteral("nocredits"));
        QCOMPARE(r.status, 402);
        QCOMPARE(r.message(), QStringLiteral("You have run out of credits."));
        r = start(QStringLiteral("ratelimit@x.com"));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("3"));
    }

    void startValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no username") << QByteArray(R"({"password":"p"})") << "username";
        QTest::newRow("empty password")
            << QByteArray(R"({"username":"u","password":""})") << "password";
        QTest::newRow("both proxies")
            << QByteArray(R"({"username":"u","password":"p","proxyCountry":"us",)"
                          R"("customProxy":{"host":"h","port":8080}})")
            << "proxyCountry";
        QTest::newRow("bad country")
            << QByteArray(R"({"username":"u","password":"p","proxyCountry":"de"})")
            << "proxyCountry";
        QTest::newRow("port 0") << QByteArray(
            R"({"username":"u","password":"p","customProxy":{"host":"h","port":0}})")
                                << "customProxy.port";
        QTest::newRow("port 70000") << QByteArray(R"({"username":"u","password":"p",)"
                                                  R"("customProxy":{"host":"h","port":70000}})")
                                    << "customProxy.port";
        QTest::newRow("not json") << QByteArray("username=u&password=p") << "username";
    }
    void startValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Reply r = call("POST", QStringLiteral("/api/fansly/authenticate"), body);
        QCOMPARE(r.status, 422);
        QVERIFY(!r.message().isEmpty());
        const QJsonObject errors = r.object().value(QLatin1String("errors")).toObject();
        QVERIFY2(errors.value(field).isArray(), r.body.constData());
        QVERIFY(sim->requests().last().body == body);
    }

    void customProxyAccepted()
    {
        const Reply r = post(QStringLiteral("/api/fansly/authenticate"),
                             json({{QStringLiteral("username"), QStringLiteral("c")},
                                   {QStringLiteral("password"), QStringLiteral("p")},
                                   {QStringLiteral("name"), QStringLiteral("Shown Name")},
                                   {QStringLiteral("customProxy"),
                                    json({{QStringLiteral("host"), QStringLiteral("proxy.example")},
                                          {QStringLiteral("port"), 65535}})}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(parsed(poll(r.str("account_id")).object()).displayName,
                 QStringLiteral("Shown Name"));
    }

    void reauthenticate()
    {
        const QString id = startOk(QStringLiteral("again"));
        QVERIFY(settle(id).value(QLatin1String("is_authenticated")).toBool());
        const Reply r = post(QStringLiteral("/api/fansly/authenticate/") + id
                                 + QLatin1String("/reauthenticate"),
                             {});
        QCOMPARE(r.status, 200);
        QString error;
        const auto reply = ApiParse::reauthReply(r.object(), id, &error);
        QVERIFY2(reply, qPrintable(error));
        QVERIFY(r.object().value(QLatin1String("success")).toBool());
        QCOMPARE(reply->pollingUrl.path(), QStringLiteral("/api/fansly/authenticate/") + id);
        QVERIFY(!poll(id).object().value(QLatin1String("is_authenticated")).toBool());
        QVERIFY(settle(id).value(QLatin1String("is_authenticated")).toBool());
        QCOMPARE(post(QStringLiteral("/api/fansly/authenticate/fansly_acct_77/reauthenticate"), {})
                     .status,
                 404);
    }

    void accountsPerKeyAndCredits()
    {
        sim->addApiKey(QStringLiteral("one-credit"), 1);
        const Reply first
            = start(QStringLiteral("mine"), QStringLiteral("pw"), QStringLiteral("one-credit"));
        QCOMPARE(first.status, 200);
        QCOMPARE(start(QStringLiteral("more"), QStringLiteral("pw"), QStringLiteral("one-credit"))
                     .status,
                 402);
        const QString id = first.str("account_id");
        QCOMPARE(poll(id).status, 404); // another key's account

        startOk(QStringLiteral("practice1"));
        const Reply list
            = get(QStringLiteral("/api/fansly/accounts"), QStringLiteral("one-credit"));
        QCOMPARE(list.status, 200);
        QString error;
        const auto accounts = ApiParse::accounts(QJsonDocument::fromJson(list.body), &error);
        QVERIFY2(accounts, qPrintable(error));
        QCOMPARE(accounts->size(), 1);
        QCOMPARE(accounts->first().id, id);
        QCOMPARE(accounts->first().fanslyUsername, QStringLiteral("mine"));
    }

    void listAndDisconnect()
    {
        const QString id = startOk(QStringLiteral("leaving@example.com"));
        settle(id);
        Reply list = get(QStringLiteral("/api/fansly/accounts"));
        const QJsonObject item = QJsonDocument::fromJson(list.body).array().first().toObject();
        QCOMPARE(item.value(QLatin1String("id")).toString(), id);
        QCOMPARE(item.value(QLatin1String("fansly_username")).toString(),
                 QStringLiteral("leaving"));
        QVERIFY(item.value(QLatin1String("fansly_id")).isString());
        QVERIFY(item.value(QLatin1String("is_authenticated")).toBool());
        QCOMPARE(item.value(QLatin1String("authentication_progress")).toString(),
                 QStringLiteral("authenticated"));

        Reply r = call("DELETE", QStringLiteral("/api/fansly/accounts/") + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.message(), QStringLiteral("Account disconnected"));
        QCOMPARE(call("DELETE", QStringLiteral("/api/fansly/accounts/") + id).status, 404);
        QCOMPARE(poll(id).status, 404);
        list = get(QStringLiteral("/api/fansly/accounts"));
        QCOMPARE(QJsonDocument::fromJson(list.body).array().size(), 0);
    }

    void unknownRoutes()
    {
        Reply r = get(QStringLiteral("/api/nothing"));
        QCOMPARE(r.status, 404);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(poll(QStringLiteral("fansly_acct_404")).status, 404);
        r = call("DELETE", QStringLiteral("/api/fansly/authenticate"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("POST"));
    }

    void rateLimit()
    {
        sim->setRateLimitPerMinute(3);
        for (int i = 2; i >= 0; --i) {
            const Reply r = get(QStringLiteral("/api/whoami"));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("x-rate-limit-remaining-minute").toInt(), i);
            QCOMPARE(r.header("x-rate-limit-limit-minute").toInt(), 3);
        }
        const Reply r = get(QStringLiteral("/api/whoami"));
        QCOMPARE(r.status, 429);
        const int retryAfter = r.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        QCOMPARE(r.header("x-rate-limit-remaining-minute").toInt(), 0);
        QCOMPARE(sim->rejectedCount(), 1); // counted, so tests can ask for zero
        // Per key: another key still has its whole minute.
        sim->addApiKey(QStringLiteral("other"));
        QCOMPARE(get(QStringLiteral("/api/whoami"), QStringLiteral("other")).status, 200);
    }

    void statusFault()
    {
        Simulator::Fault f;
        f.method = QStringLiteral("GET");
        f.pathContains = QStringLiteral("/whoami");
        f.status = 503;
        f.retryAfter = 2;
        f.times = 2;
        sim->addFault(f);
        QCOMPARE(call("POST", QStringLiteral("/api/fansly/authenticate"), "{}").status, 422);
        for (int i = 0; i < 2; ++i) {
            const Reply r = get(QStringLiteral("/api/whoami"));
            QCOMPARE(r.status, 503);
            QCOMPARE(r.header("Retry-After"), QByteArray("2"));
            QVERIFY(!r.message().isEmpty());
            QVERIFY(!r.header("x-rate-limit-limit-minute").isEmpty());
        }
        QCOMPARE(get(QStringLiteral("/api/whoami")).status, 200);

        f.status = 401;
        f.retryAfter = -1;
        f.times = -1;
        sim->addFault(f);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(get(QStringLiteral("/api/whoami")).message(),
                     QStringLiteral("Unauthenticated."));
        sim->clearFaults();
        QCOMPARE(get(QStringLiteral("/api/whoami")).status, 200);
    }

    void bodyFaults()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Malformed;
        sim->addFault(f);
        Reply r = get(QStringLiteral("/api/whoami"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("<html>oops"));

        f.type = Simulator::Fault::Type::Oversized;
        sim->addFault(f);
        r = get(QStringLiteral("/api/fansly/accounts"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.size() >= 3 * 1024 * 1024);
        QVERIFY(QJsonDocument::fromJson(r.body).isObject());

        const QString id = startOk(QStringLiteral("typed"));
        f.type = Simulator::Fault::Type::WrongType;
        sim->addFault(f);
        r = poll(id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("is_authenticated")).toString(),
                 QStringLiteral("yes"));
        QString error;
        QVERIFY(!ApiParse::authStatus(r.object(), &error));
        sim->addFault(f);
        r = start(QStringLiteral("typed2"));
        QVERIFY(r.object().value(QLatin1String("account_id")).isDouble());
        QVERIFY(!ApiParse::startReply(r.object(), &error));
    }

    void dropFault()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Drop;
        f.pathContains = QStringLiteral("whoami");
        f.times = -1;
        sim->addFault(f);
        sim->clearRequests();
        const Reply r = get(QStringLiteral("/api/whoami"));
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error != QNetworkReply::NoError && r.error != QNetworkReply::TimeoutError,
                 qPrintable(QString::number(int(r.error))));
        sim->clearFaults();
        QCOMPARE(get(QStringLiteral("/api/whoami")).status, 200);
    }

    // Qt 6.4's QNetworkAccessManager silently resends a request once when the
    // connection closes before any reply, even a POST. So a Drop that should reach
    // the client needs times >= 2, and a dropped start can reach the server twice.
    void dropOnceIsResentByQnam()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Drop;
        f.method = QStringLiteral("POST");
        f.pathContains = QStringLiteral("/api/fansly/authenticate");
        sim->addFault(f);
        sim->clearRequests();
        const Reply r = start(QStringLiteral("dropped"));
        QCOMPARE(r.status, 200);
        QCOMPARE(sim->requests().size(), 2);
    }

    void delayFaultDoesNotBlock()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Delay;
        f.pathContains = QStringLiteral("/api/fansly/accounts");
        f.delayMs = 400;
        sim->addFault(f);
        QUrl url = sim->baseUrl();
        url.setPath(QStringLiteral("/api/fansly/accounts"));
        QNetworkRequest slowRequest(url);
        slowRequest.setRawHeader("Authorization", "Bearer test-key");
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *slow = nam->get(slowRequest);
        // Another request is answered while the delayed one waits.
        QCOMPARE(get(QStringLiteral("/api/whoami")).status, 200);
        QVERIFY(!slow->isFinished());
        QVERIFY(waitFinished(slow, 3000));
        QVERIFY(timer.elapsed() >= 390);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(QJsonDocument::fromJson(slow->readAll()).isArray());
        delete slow;
    }

    void foreignPollingUrl()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::ForeignPollingUrl;
        sim->addFault(f);
        QCOMPARE(get(QStringLiteral("/api/whoami")).status, 200); // does not use up the fault
        const Reply r = start(QStringLiteral("victim"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.str("polling_url"),
                 QStringLiteral("https://evil.example.net/api/fansly/authenticate/")
                     + r.str("account_id"));
        QVERIFY(start(QStringLiteral("victim2"))
                    .str("polling_url")
                    .startsWith(sim->baseUrl().toString()));
    }

    void requestsAreRecorded()
    {
        sim->clearRequests();
        start(QStringLiteral("recorded"), QStringLiteral("pw"));
        get(QStringLiteral("/api/fansly/accounts"), QString());
        const QList<Simulator::Request> list = sim->requests();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).method, QStringLiteral("POST"));
        QCOMPARE(list.at(0).path, QStringLiteral("/api/fansly/authenticate"));
        QCOMPARE(list.at(0).authorization, QByteArray("Bearer test-key"));
        QCOMPARE(list.at(0).userAgent, QByteArray("tst_simulator/1"));
        QCOMPARE(list.at(0).contentType, QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(list.at(0).body).object().value(QLatin1String("username")),
                 QJsonValue(QStringLiteral("recorded")));
        QCOMPARE(list.at(1).method, QStringLiteral("GET"));
        QVERIFY(list.at(1).authorization.isEmpty());
        sim->clearRequests();
        QVERIFY(sim->requests().isEmpty());
        sim->setRecordRequests(false);
        get(QStringLiteral("/api/whoami"));
        QVERIFY(sim->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"

// The server's polling_url never takes the key anywhere but this account's status URL: each
// trick below is parsed as a start reply, polled over real loopback HTTP, and the test checks
// the request target the server really received and that no other request carried the key.
#include "RawHttpServer.h"
#include "network/ApiClient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

namespace {
const QByteArray kKey = "key-for-polling-test";
const QString kId = QStringLiteral("fansly_acct_1");
const QByteArray kStatusPath = "/api/fansly/authenticate/fansly_acct_1";

void answerStatus(QTcpSocket *socket, const RawHttpServer::Request &)
{
    RawHttpServer::reply(socket, 200,
                         "{\"account_id\":\"fansly_acct_1\",\"status\":\"pending\","
                         "\"is_authenticated\":false,\"needs_code\":false}");
}
} // namespace

class TestPollingUrl : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;

private slots:
    void onlyTheStatusUrlGetsTheKey_data()
    {
        // {api} is the API origin (http://127.0.0.1:PORT), {port} its port, {other} another one.
        QTest::addColumn<QString>("pollingUrl");
        const auto row = [](const char *name, const char *url) {
            QTest::newRow(name) << QString::fromLatin1(url);
        };
        row("exact", "{api}/api/fansly/authenticate/fansly_acct_1");
        row("dot segments to another path and a query",
            "{api}/api/fansly/authenticate/../../../other/path?x=1");
        row("dot segments back to the same path",
            "{api}/api/fansly/x/../authenticate/fansly_acct_1");
        row("single dot segment", "{api}/api/fansly/./authenticate/fansly_acct_1");
        row("trailing dot dot", "{api}/api/fansly/authenticate/fansly_acct_1/..");
        row("encoded dot dot",
            "{api}/api/fansly/authenticate/%2e%2e/%2e%2e/%2e%2e/api/"
            "whoami");
        row("encoded dot dot, upper case", "{api}/api/fansly/authenticate/%2E%2E/accounts");
        row("encoded slash", "{api}/api/fansly/authenticate/fansly_acct_1%2f..%2f..%2fwhoami");
        row("encoded id character", "{api}/api/fansly/authenticate/fansly%5facct_1");
        row("double slash at the start", "{api}//api/fansly/authenticate/fansly_acct_1");
        row("double slash inside", "{api}/api//fansly/authenticate/fansly_acct_1");
        row("trailing slash", "{api}/api/fansly/authenticate/fansly_acct_1/");
        row("another id", "{api}/api/fansly/authenticate/fansly_acct_2");
        row("id with a suffix", "{api}/api/fansly/authenticate/fansly_acct_1x");
        row("another endpoint", "{api}/api/fansly/accounts");
        row("path parameter", "{api}/api/fansly/authenticate/fansly_acct_1;x=1");
        row("query", "{api}/api/fansly/authenticate/fansly_acct_1?x=1");
        row("empty query", "{api}/api/fansly/authenticate/fansly_acct_1?");
        row("fragment", "{api}/api/fansly/authenticate/fansly_acct_1#x");
        row("backslashes", "{api}\\api\\fansly\\authenticate\\fansly_acct_1");
        row("backslash dot dot", "{api}/api/fansly/authenticate/..\\..\\whoami");
        row("encoded CR LF", "{api}/api/fansly/authenticate/fansly_acct_1%0d%0aX-Evil:%201");
        row("user name and password",
            "http://user:pass@127.0.0.1:{port}/api/fansly/authenticate/"
            "fansly_acct_1");
        row("user name only", "http://user@127.0.0.1:{port}/api/fansly/authenticate/fansly_acct_1");
        row("host hidden behind userinfo",
            "http://127.0.0.1:{port}@localhost:{port}/api/fansly/"
            "authenticate/fansly_acct_1");
        row("upper-case scheme and host",
            "HTTP://127.0.0.1:{port}/api/fansly/authenticate/"
            "fansly_acct_1");
        row("default port spelled out",
            "http://127.0.0.1:80/api/fansly/authenticate/"
            "fansly_acct_1");
        row("another host name for loopback",
            "http://localhost:{port}/api/fansly/authenticate/"
            "fansly_acct_1");
        row("IPv6 loopback", "http://[::1]:{port}/api/fansly/authenticate/fansly_acct_1");
        row("https on the same port",
            "https://127.0.0.1:{port}/api/fansly/authenticate/"
            "fansly_acct_1");
        row("another origin", "{other}/api/fansly/authenticate/fansly_acct_1");
        row("another origin, other path", "{other}/collect?k=1");
        row("relative", "/other/path?x=1");
        row("scheme-relative", "//127.0.0.1:{port}/other/path");
        row("file", "file:///etc/passwd");
        row("not a URL", "http://[");
    }
    void onlyTheStatusUrlGetsTheKey()
    {
        QFETCH(QString, pollingUrl);
        RawHttpServer api;
        api.setHandler(answerStatus);
        QVERIFY(api.listen());
        RawHttpServer other;
        other.setHandler(answerStatus);
        QVERIFY(other.listen());
        const QString port = QString::number(QUrl(QString::fromLatin1(api.origin())).port());
        const QString url
            = QString(pollingUrl)
                  .replace(QLatin1String("{api}"), QString::fromLatin1(api.origin()))
                  .replace(QLatin1String("{port}"), port)
                  .replace(QLatin1String("{other}"), QString::fromLatin1(other.origin()));

        // The URL reaches the client as the server sends it: inside a start reply.
        QString parseError;
        const auto start = ApiParse::startReply(
            QJsonObject {{QStringLiteral("account_id"), kId}, {QStringLiteral("polling_url"), url}},
            &parseError);
        QVERIFY2(start, qPrintable(parseError));

        ApiClient client(&m_nam, QUrl(QString::fromLatin1(api.origin())));
        client.setApiKey(QString::fromLatin1(kKey));
        std::optional<ApiResult<AuthStatus>> result;
        client.pollStatus(kId, start->pollingUrl, this,
                          [&result](const ApiResult<AuthStatus> &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        QVERIFY2(result->ok(), qPrintable(result->error.details));

        QCOMPARE(api.requests().size(), 1);
        QCOMPARE(api.requests().first().method, QByteArray("GET"));
        QCOMPARE(api.requests().first().target, kStatusPath);
        QCOMPARE(api.requests().first().headers.value("authorization"), "Bearer " + kKey);
        QVERIFY(other.requests().isEmpty());
        QCOMPARE(client.pollUrl(kId, start->pollingUrl).toString(),
                 QString::fromLatin1(api.origin() + kStatusPath));
    }

    // An API base with a path of its own: the status URL lives under it, and nothing above.
    void statusUrlStaysUnderTheBasePath()
    {
        ApiClient client(&m_nam, QUrl(QStringLiteral("https://api.example.net/v2/")));
        const QUrl expected(QStringLiteral("https://api.example.net/v2/api/fansly/authenticate/"
                                           "fansly_acct_1"));
        QCOMPARE(client.pollUrl(kId, expected), expected);
        QCOMPARE(client.pollUrl(kId,
                                QUrl(QStringLiteral("https://api.example.net/api/fansly/"
                                                    "authenticate/fansly_acct_1"))),
                 expected);
        QCOMPARE(client.pollUrl(kId,
                                QUrl(QStringLiteral("https://api.example.net/v2/api/fansly/"
                                                    "authenticate/fansly_acct_1?next=1"))),
                 expected);
        QVERIFY(client.pollUrl(QStringLiteral("../x"), expected).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPollingUrl)
#include "tst_pollingurl.moc"

// LoopbackHttpReply on its own, against a raw loopback server: the request it writes, every
// framing it reads (whole or a byte at a time), what it refuses to read, the cap that holds
// even when nobody reads, redirects within the origin only, and a dropped GET sent once more.
#include "RawHttpServer.h"
#include "network/LoopbackHttpReply.h"

#include <QBuffer>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

using Reply = std::unique_ptr<LoopbackHttpReply>;
constexpr qint64 kCap = 1000;

QUrl urlOf(const RawHttpServer &server, const char *path)
{
    return QUrl(QString::fromLatin1(server.origin() + path));
}

Reply send(const QUrl &url, const QByteArray &verb = "GET", QIODevice *body = nullptr,
           bool followRedirects = false)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer k");
    if (followRedirects)
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(2);
    return std::make_unique<LoopbackHttpReply>(verb, request, body, kCap);
}

bool waitFinished(const Reply &reply)
{
    return QTest::qWaitFor([&reply] { return reply->isFinished(); }, 5000);
}

// Writes `bytes` one at a time, each in a write of its own, then closes if asked.
void drip(QTcpSocket *socket, const QByteArray &bytes, bool close)
{
    auto *timer = new QTimer(socket);
    auto at = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [=] {
        if (*at < bytes.size()) {
            socket->write(bytes.mid((*at)++, 1));
            socket->flush();
        } else {
            timer->stop();
            if (close)
                socket->disconnectFromHost();
        }
    });
    timer->start(0);
}

} // namespace

class TestLoopbackHttpReply : public QObject
{
    Q_OBJECT

private slots:
    void requestIsWrittenAsQtWouldWithTheBodyOnce()
    {
        RawHttpServer server;
        server.setHandler([](QTcpSocket *socket, const RawHttpServer::Request &) {
            RawHttpServer::reply(socket, 200, "{}");
        });
        QVERIFY(server.listen());
        QBuffer body;
        body.setData(R"({"password":"pw"})");
        body.open(QIODevice::ReadOnly);
        const Reply reply = send(urlOf(server, "/api/x%2Fy?a=1&b=%20#frag"), "POST", &body);
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(server.requests().size(), 1);
        const RawHttpServer::Request &r = server.requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, QByteArray("/api/x%2Fy?a=1&b=%20"));
        QCOMPARE(r.headers.value("host"), server.origin().mid(7));
        QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer k"));
        QCOMPARE(r.headers.value("connection"), QByteArray("close"));
        QCOMPARE(r.body, QByteArray(R"({"password":"pw"})"));
    }

    void framingsGiveTheSameAnswer_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("closeAfter");
        const QByteArray body = R"({"a":1})";
        QTest::newRow("content-length")
            << "HTTP/1.1 200 OK\r\nX-Rate: 1\r\nContent-Length: 7\r\n\r\n" + body << false;
        QTest::newRow("chunked, extension and trailer")
            << QByteArray("HTTP/1.1 200 OK\r\nX-Rate: 1\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "3;x=y\r\n{\"a\r\n4\r\n\":1}\r\n0\r\nX-Trailer: t\r\n\r\n")
            << false;
        QTest::newRow("close-delimited") << "HTTP/1.1 200 OK\r\nX-Rate: 1\r\n\r\n" + body << true;
        QTest::newRow("interim 100 first")
            << "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nX-Rate: 1\r\n"
               "Content-Length: 7\r\n\r\n"
                + body
            << false;
        QTest::newRow("bare line feeds")
            << "HTTP/1.1 200 OK\nX-Rate: 1\nContent-Length: 7\n\n" + body << false;
    }
    void framingsGiveTheSameAnswer()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, closeAfter);
        for (const bool oneByteAtATime : {false, true}) {
            RawHttpServer server;
            server.setHandler([&](QTcpSocket *socket, const RawHttpServer::Request &) {
                if (oneByteAtATime)
                    return drip(socket, answer, closeAfter);
                socket->write(answer);
                if (closeAfter)
                    socket->disconnectFromHost();
            });
            QVERIFY(server.listen());
            const Reply reply = send(urlOf(server, "/"));
            QByteArray read;
            connect(reply.get(), &QIODevice::readyRead, this,
                    [&read, &reply] { read += reply->readAll(); });
            QVERIFY(waitFinished(reply));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(reply->rawHeader("x-rate"), QByteArray("1"));
            QCOMPARE(read + reply->readAll(), QByteArray(R"({"a":1})"));
        }
    }

    void errorStatusKeepsItsBodyAndHeaders()
    {
        RawHttpServer server;
        server.setHandler([](QTcpSocket *socket, const RawHttpServer::Request &) {
            RawHttpServer::reply(socket, 429, R"({"message":"slow"})",
                                 "Retry-After: 30\r\nx-rate-limit-remaining-minute: 0\r\n"
                                 "X-Twice: a\r\nx-twice: b\r\n");
        });
        QVERIFY(server.listen());
        const Reply reply = send(urlOf(server, "/"));
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error(), QNetworkReply::UnknownContentError); // as Qt reports a 429
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QCOMPARE(reply->rawHeader("retry-after"), QByteArray("30"));
        QCOMPARE(reply->rawHeader("X-Rate-Limit-Remaining-Minute"), QByteArray("0"));
        QCOMPARE(reply->rawHeader("x-twice"), QByteArray("a, b"));
        QCOMPARE(reply->readAll(), QByteArray(R"({"message":"slow"})"));
    }

    void malformedAnswersFail_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("error");
        const int broken = QNetworkReply::ProtocolFailure;
        const QByteArray ok = "HTTP/1.1 200 OK\r\n";
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << broken;
        QTest::newRow("status 600") << QByteArray("HTTP/1.1 600 What\r\n\r\n") << broken;
        QTest::newRow("header without colon") << ok + "Nonsense\r\n\r\n" << broken;
        QTest::newRow("folded header") << ok + "X-A: 1\r\n  more\r\n\r\n" << broken;
        QTest::newRow("head over 64 KiB") << ok + "X-Big: " + QByteArray(70 * 1024, 'a')
                + "\r\n\r\n" << broken;
        QTest::newRow("endless head line") << ok + "X-Big: " + QByteArray(70 * 1024, 'a') << broken;
        QTest::newRow("chunk size not hex") << ok + "Transfer-Encoding: chunked\r\n\r\nzz\r\n"
                                            << broken;
        QTest::newRow("chunk longer than its size")
            << ok + "Transfer-Encoding: chunked\r\n\r\n3\r\nabcdef\r\n"
            << broken;
        QTest::newRow("content-length not a number") << ok + "Content-Length: 12abc\r\n\r\n"
                                                     << broken;
        QTest::newRow("two content-lengths")
            << ok + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef" << broken;
        QTest::newRow("compressed transfer coding")
            << ok + "Transfer-Encoding: gzip, chunked\r\n\r\n"
            << broken;
        QTest::newRow("body shorter than its length")
            << ok + "Content-Length: 100\r\n\r\nabc" << int(QNetworkReply::RemoteHostClosedError);
    }
    void malformedAnswersFail()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, error);
        RawHttpServer server;
        server.setHandler([&answer](QTcpSocket *socket, const RawHttpServer::Request &) {
            socket->write(answer);
            socket->disconnectFromHost();
        });
        QVERIFY(server.listen());
        const Reply reply = send(urlOf(server, "/"));
        QVERIFY(waitFinished(reply));
        QCOMPARE(int(reply->error()), error);
        QCOMPARE(server.requests().size(), 1); // not sent again: the server did answer
    }

    // Nobody reads it, nobody aborts it: the reply still stops at the cap and hangs up.
    void capHoldsWithoutAReader()
    {
        RawHttpServer server;
        server.setHandler([&server](QTcpSocket *socket, const RawHttpServer::Request &) {
            server.stream(socket, RawHttpServer::Framing::Chunked);
        });
        server.setStreamLimit(qint64(64) * 1024 * 1024);
        QVERIFY(server.listen());
        const Reply reply = send(urlOf(server, "/"));
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error(), QNetworkReply::ProtocolFailure);
        QVERIFY2(reply->errorString().contains(QLatin1String("size limit of 1000 bytes")),
                 qPrintable(reply->errorString()));
        QVERIFY(QTest::qWaitFor([&server] { return server.clientClosed(); }, 5000));
        QVERIFY2(server.streamed() < qint64(16) * 1024 * 1024,
                 qPrintable(QString::number(server.streamed())));
    }

    void droppedBeforeAnyAnswerIsSentOnceMoreOnlyWhenIdempotent_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<int>("sent");
        QTest::newRow("GET") << QByteArray("GET") << 2;
        QTest::newRow("DELETE") << QByteArray("DELETE") << 2;
        QTest::newRow("POST") << QByteArray("POST") << 1;
        QTest::newRow("PUT") << QByteArray("PUT") << 1;
    }
    void droppedBeforeAnyAnswerIsSentOnceMoreOnlyWhenIdempotent()
    {
        QFETCH(QByteArray, verb);
        QFETCH(int, sent);
        RawHttpServer server;
        int seen = 0;
        server.setHandler([&seen](QTcpSocket *socket, const RawHttpServer::Request &) {
            if (++seen == 1)
                socket->disconnectFromHost(); // no answer at all
            else
                RawHttpServer::reply(socket, 200, "{}");
        });
        QVERIFY(server.listen());
        const Reply reply = send(urlOf(server, "/"), verb);
        QVERIFY(waitFinished(reply));
        QCOMPARE(seen, sent);
        QCOMPARE(reply->error(),
                 sent == 2 ? QNetworkReply::NoError : QNetworkReply::RemoteHostClosedError);
    }

    void redirectsStayWithinTheOrigin()
    {
        RawHttpServer other;
        other.setHandler([](QTcpSocket *socket, const RawHttpServer::Request &) {
            RawHttpServer::reply(socket, 200, "{}");
        });
        QVERIFY(other.listen());
        RawHttpServer server;
        server.setHandler([&other](QTcpSocket *socket, const RawHttpServer::Request &r) {
            if (r.target == "/away")
                RawHttpServer::reply(socket, 302, "{}", "Location: " + other.origin() + "/x\r\n");
            else if (r.target.startsWith("/loop"))
                RawHttpServer::reply(socket, 307, "{}", "Location: /loop\r\n");
            else if (r.target == "/moved")
                RawHttpServer::reply(socket, 301, "{\"junk\":", "Location: /here#f\r\n");
            else
                RawHttpServer::reply(socket, 200, "{\"here\":1}");
        });
        QVERIFY(server.listen());

        Reply reply = send(urlOf(server, "/moved"), "GET", nullptr, true);
        QSignalSpy redirected(reply.get(), &QNetworkReply::redirected);
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("{\"here\":1}"));
        QCOMPARE(reply->url(), urlOf(server, "/here"));
        QCOMPARE(redirected.count(), 1);
        QCOMPARE(server.requests().last().headers.value("authorization"), QByteArray("Bearer k"));

        reply = send(urlOf(server, "/away"), "GET", nullptr, true);
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error(), QNetworkReply::InsecureRedirectError);
        reply = send(urlOf(server, "/loop"), "GET", nullptr, true);
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error(), QNetworkReply::TooManyRedirectsError);
        reply = send(urlOf(server, "/away")); // not asked to follow: the 302 is the answer
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
        QTest::qWait(50);
        QVERIFY(other.requests().isEmpty()); // the key never went there
    }

    void headerWithALineBreakIsNeverSent()
    {
        RawHttpServer server;
        QVERIFY(server.listen());
        QNetworkRequest request(urlOf(server, "/"));
        request.setRawHeader("Authorization", "Bearer k\r\nX-Forged: 1");
        LoopbackHttpReply reply("GET", request, nullptr, kCap);
        QVERIFY(QTest::qWaitFor([&reply] { return reply.isFinished(); }, 5000));
        QCOMPARE(reply.error(), QNetworkReply::ProtocolFailure);
        QTest::qWait(50);
        QVERIFY(server.requests().isEmpty());
    }

    // As QNetworkAccessManager: whoever connects right after the call hears the end.
    void refusedConnectionFinishesOnlyAfterTheConstructor()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort()));
        probe.close();
        const Reply reply = send(url);
        QVERIFY(!reply->isFinished());
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    }
};

QTEST_GUILESS_MAIN(TestLoopbackHttpReply)
#include "tst_loopbackhttpreply.moc"

// What the practice simulator shows another program on this computer: nothing recorded in
// practice mode, a key only its own process knows, no answer to a page in a browser whose
// name was rebound to 127.0.0.1, and no memory for a request body it will not use.
#include "Backend.h"
#include "Simulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// The process's resident memory in KiB (Linux), for the log only.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestSimulatorSecurity : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QNetworkAccessManager m_nam;

    // One JSON call; the reply's object (empty on failure).
    QJsonObject call(const QUrl &base, const QString &key, const QByteArray &verb,
                     const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = verb == "GET"
            ? m_nam.get(request)
            : m_nam.sendCustomRequest(request, verb, QJsonDocument(body).toJson());
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    int status(const QUrl &base, const QString &key)
    {
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/api/whoami"))));
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        QNetworkReply *reply = m_nam.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    // One raw request on its own connection; what came back until the server closed it.
    QByteArray rawExchange(quint16 port, const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                             10000))
            return "not connected";
        socket.write(request);
        QByteArray received;
        (void)QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return socket.state() != QAbstractSocket::ConnectedState;
            },
            10000);
        return socket.isOpen() ? received + socket.readAll() : received;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
    }

    // Bodies hold passwords and codes: practice mode keeps none of them, whatever was sent.
    void practiceModeRecordsNothing()
    {
        QVERIFY(!Simulator().isRecordingRequests()); // the default
        Backend backend(true, {});
        QString error;
        QVERIFY2(backend.start(&error), qPrintable(error));
        Simulator *sim = backend.simulator();
        sim->setTiming({50, 50});
        sim->setRateLimitPerMinute(100000); // this test polls without pause
        QVERIFY(!sim->isRecordingRequests());

        // A whole login with an emailed code: start, polls, the code, connected.
        const QUrl base = backend.apiBase();
        const QString key = backend.practiceKey();
        const QJsonObject started
            = call(base, key, "POST", QStringLiteral("/api/fansly/authenticate"),
                   {{QStringLiteral("username"), QStringLiteral("emailcreator")},
                    {QStringLiteral("password"), QStringLiteral("pw-7Hq")}});
        const QString id = started.value(QLatin1String("account_id")).toString();
        QVERIFY(id.startsWith(QLatin1String("fansly_acct_")));
        const QString path = QStringLiteral("/api/fansly/authenticate/") + id;
        const auto reaches = [&](const char *status) {
            return QTest::qWaitFor(
                [&] {
                    return call(base, key, "GET", path).value(QLatin1String("status")).toString()
                        == QLatin1String(status);
                },
                10000);
        };
        QVERIFY(reaches("challenge-email"));
        call(base, key, "PUT", path, {{QStringLiteral("code"), QStringLiteral("123456")}});
        QVERIFY(reaches("authenticated"));

        QVERIFY(sim->requests().isEmpty());
    }

    // Another program on this computer cannot use the practice simulator: its key is made
    // for this run, is never the old fixed one, and differs between two simulators.
    void practiceKeyIsOnlyThisRunsOwn()
    {
        Backend first(true, {});
        Backend second(true, {});
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        QVERIFY2(second.start(&error), qPrintable(error));
        QVERIFY(first.practiceKey() != second.practiceKey());
        QVERIFY(first.practiceKey().size() >= 40);
        QCOMPARE(first.simulator()->key(), first.practiceKey());
        QVERIFY(Simulator().key() != Simulator().key());

        QCOMPARE(status(first.apiBase(), first.practiceKey()), 200);
        QCOMPARE(status(first.apiBase(), QStringLiteral("practice-key")), 401); // the old key
        QCOMPARE(status(first.apiBase(), QStringLiteral("test-key")), 401);
        QCOMPARE(status(first.apiBase(), second.practiceKey()), 401);
        QCOMPARE(status(first.apiBase(), first.practiceKey().chopped(1)), 401);

        // Never written down: the state file keeps the accounts, not the key.
        QFile state(Backend::practiceStateFile());
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QByteArray saved = state.readAll();
        QVERIFY(saved.contains("Demo Creator"));
        QVERIFY(!saved.contains(first.practiceKey().toUtf8()));
        QVERIFY(!saved.contains(second.practiceKey().toUtf8()));
    }

    void onlyOurOwnHostIsAnswered_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<bool>("answered");
        QTest::newRow("127.0.0.1:PORT") << QByteArray("127.0.0.1:PORT") << true;
        QTest::newRow("localhost:PORT") << QByteArray("localhost:PORT") << true;
        QTest::newRow("LocalHost:PORT") << QByteArray("LocalHost:PORT") << true;
        QTest::newRow("[::1]:PORT") << QByteArray("[::1]:PORT") << true;
        QTest::newRow("evil.example") << QByteArray("evil.example") << false;
        QTest::newRow("evil.example:PORT") << QByteArray("evil.example:PORT") << false;
        QTest::newRow("127.0.0.1 (no port)") << QByteArray("127.0.0.1") << false;
        QTest::newRow("127.0.0.1:other port") << QByteArray("127.0.0.1:1") << false;
        QTest::newRow("no Host") << QByteArray() << false;
    }

    // A page in a browser whose name was rebound to 127.0.0.1 sends its own name as Host.
    void onlyOurOwnHostIsAnswered()
    {
        QFETCH(QByteArray, host);
        QFETCH(bool, answered);
        Simulator sim(Simulator::testOptions());
        QVERIFY(sim.start());
        const quint16 port = quint16(sim.baseUrl().port());
        host.replace("PORT", QByteArray::number(port));
        QByteArray request = "GET /api/fansly/accounts HTTP/1.1\r\n";
        if (!host.isEmpty())
            request += "Host: " + host + "\r\n";
        request += "Authorization: Bearer " + Simulator::testKey().toUtf8()
            + "\r\nConnection: close\r\n\r\n";
        const QByteArray reply = rawExchange(port, request);
        if (answered) {
            QVERIFY2(reply.startsWith("HTTP/1.1 200 "), reply.constData());
        } else {
            QVERIFY2(reply.startsWith("HTTP/1.1 421 "), reply.constData());
            QVERIFY(!reply.contains("fansly"));
            QVERIFY(sim.requests().isEmpty()); // refused before it was handled
        }
    }

    void bodiesOverTheCapAreRefusedUnread_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<int>("status");
        QTest::newRow("3 GB Content-Length") << QByteArray("Content-Length: 3000000000\r\n") << 413;
        QTest::newRow("one byte over")
            << "Content-Length: " + QByteArray::number(Simulator::maxBodyBytes + 1) + "\r\n"
            << 413;
        QTest::newRow("chunked") << QByteArray("Transfer-Encoding: chunked\r\n") << 413;
        QTest::newRow("two lengths")
            << QByteArray("Content-Length: 2\r\nContent-Length: 3\r\n") << 400;
        QTest::newRow("negative length") << QByteArray("Content-Length: -1\r\n") << 400;
        QTest::newRow("binary in the header block") << QByteArray("X-Bin: \x16\x03\x01\r\n") << 400;
        QTest::newRow("20 KiB of headers") << "X-Padding: " + QByteArray(20 * 1024, 'a') + "\r\n"
                                           << 431;
    }

    void bodiesOverTheCapAreRefusedUnread()
    {
        QFETCH(QByteArray, headers);
        QFETCH(int, status);
        Simulator sim(Simulator::testOptions());
        QVERIFY(sim.start());
        const quint16 port = quint16(sim.baseUrl().port());
        const QByteArray reply = rawExchange(
            port,
            "POST /api/fansly/authenticate HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                + "\r\nAuthorization: Bearer " + Simulator::testKey().toUtf8()
                + "\r\nContent-Type: application/json\r\n" + headers + "\r\n");
        QVERIFY2(reply.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
                 reply.left(200).constData());
        QVERIFY(sim.requests().isEmpty());
    }

    // A body as large as the cap is still read and answered.
    void aBodyAtTheCapIsServed()
    {
        Simulator sim(Simulator::testOptions());
        QVERIFY(sim.start());
        const quint16 port = quint16(sim.baseUrl().port());
        const QByteArray head = "{\"username\":\"plaincreator\",\"password\":\"pw\",\"name\":\"";
        const QByteArray tail = "\"}";
        const QByteArray body
            = head + QByteArray(Simulator::maxBodyBytes - head.size() - tail.size(), 'n') + tail;
        const QByteArray reply = rawExchange(
            port,
            "POST /api/fansly/authenticate HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                + "\r\nAuthorization: Bearer " + Simulator::testKey().toUtf8()
                + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY2(!reply.startsWith("HTTP/1.1 413"), reply.left(200).constData());
        QVERIFY2(reply.startsWith("HTTP/1.1 "), reply.left(200).constData());
        QCOMPARE(sim.requests().size(), 1);
        QCOMPARE(sim.requests().first().body.size(), Simulator::maxBodyBytes);
    }

    // A client that announces 3 GB and keeps sending is cut off after the header block:
    // the simulator reads next to nothing of it, whatever the client manages to write.
    void aClientThatKeepsSendingIsCutOff()
    {
        Simulator sim(Simulator::testOptions());
        QVERIFY(sim.start());
        const quint16 port = quint16(sim.baseUrl().port());
        const qint64 before = residentKiB();
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        QTRY_VERIFY(socket.state() == QAbstractSocket::ConnectedState);
        socket.write("POST /api/fansly/authenticate HTTP/1.1\r\nHost: 127.0.0.1:"
                     + QByteArray::number(port) + "\r\nAuthorization: Bearer "
                     + Simulator::testKey().toUtf8()
                     + "\r\nContent-Type: application/json\r\nContent-Length: 3000000000\r\n\r\n");
        const QByteArray chunk(kMiB, 'x');
        const qint64 limit = 256 * kMiB; // far more than the kernel's buffers can hide
        qint64 written = 0;
        QByteArray received;
        const bool cutOff = QTest::qWaitFor(
            [&] {
                if (socket.isOpen())
                    received += socket.readAll();
                while (socket.state() == QAbstractSocket::ConnectedState
                       && socket.bytesToWrite() < 4 * kMiB && written < limit) {
                    socket.write(chunk);
                    written += chunk.size();
                }
                return socket.state() != QAbstractSocket::ConnectedState;
            },
            30000);
        if (socket.isOpen())
            received += socket.readAll();
        qInfo("client wrote %lld MiB before the connection ended; the simulator read %lld bytes "
              "of it; resident memory %lld -> %lld KiB",
              written / kMiB, sim.mostBytesReadFromOneConnection(), before, residentKiB());
        QVERIFY2(cutOff, "the simulator kept the connection open");
        QVERIFY(written < limit);
        QVERIFY(sim.mostBytesReadFromOneConnection() < kMiB);
        // The refusal may be lost to the reset when unread bytes were pending.
        QVERIFY2(received.isEmpty() || received.startsWith("HTTP/1.1 413 "),
                 received.left(200).constData());
        QVERIFY(sim.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimulatorSecurity)
#include "tst_simulatorsecurity.moc"

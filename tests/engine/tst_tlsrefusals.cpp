// Certificate refusals over real TLS on loopback say which refusal it is: self-signed, an
// issuer this computer does not trust, another host name, expired, not yet valid. Each gets
// its own sentence (date advice only for the date cases), the certificate's subject, issuer
// and validity in the details and the log, and nothing reaches the server. The certificates
// are fixtures from tls/make-certs.py; the test trusts only its own test CA.
#include "network/ApiClient.h"
#include "network/ReplyErrors.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslError>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(FC_TLS_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing TLS fixture %s", qPrintable(name));
    return f.readAll();
}

QStringList g_log;
QtMessageHandler g_previous = nullptr;
void keepLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "fc.api")
        g_log << message;
    g_previous(type, context, message);
}

// An HTTPS server that answers whoami to anyone who completes the handshake.
class TlsServer : public QObject
{
public:
    explicit TlsServer(const QString &certificate)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(fixture(certificate)));
        config.setPrivateKey(QSslKey(fixture(QStringLiteral("leaf.key")), QSsl::Ec));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_received.contains("\r\n\r\n"))
                        return;
                    ++m_requests;
                    const QByteArray body = "{\"team\":{\"name\":\"T\"}}";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Connection: close\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
        connect(&m_server, &QSslServer::errorOccurred, this,
                [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_failedHandshakes; });
    }
    quint16 listen()
    {
        return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
    }
    int requests() const { return m_requests; }
    QByteArray received() const { return m_received; }

private:
    QSslServer m_server;
    QByteArray m_received;
    int m_requests = 0;
    int m_failedHandshakes = 0;
};
} // namespace

class TestTlsRefusals : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;

    ApiResult<WhoamiInfo> whoamiOver(const QString &certificate, TlsServer *server)
    {
        const quint16 port = server->listen();
        if (!port)
            qFatal("cannot listen");
        ApiClient client(&m_nam, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
        client.setApiKey(QStringLiteral("tls-test-key"));
        std::optional<ApiResult<WhoamiInfo>> result;
        client.whoami(this, [&result](const ApiResult<WhoamiInfo> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qFatal("no answer over %s", qPrintable(certificate));
        return *result;
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        // Trust the test CA, as a system would trust a public one.
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificates(QSslCertificate::fromData(fixture(QStringLiteral("ca.pem"))));
        QSslConfiguration::setDefaultConfiguration(config);
        g_previous = qInstallMessageHandler(keepLog);
    }
    void init()
    {
        m_nam.clearConnectionCache();
        g_log.clear();
    }

    // The fixtures are sound: a certificate from the trusted CA for 127.0.0.1 works.
    void goodCertificateWorks()
    {
        TlsServer server(QStringLiteral("good.pem"));
        const auto r = whoamiOver(QStringLiteral("good.pem"), &server);
        QVERIFY2(r.ok(), qPrintable(r.error.details));
        QCOMPARE(r.value->teamName, QStringLiteral("T"));
        QCOMPARE(server.requests(), 1);
    }

    void eachRefusalSaysWhy_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("validity");
        using R = ApiError::TlsReason;
        const QString loopback = QStringLiteral("CN=127.0.0.1, O=Fansly Connect tests");
        const QString testCa = QStringLiteral("CN=Fansly Connect test CA, O=Fansly Connect tests");
        const QString always
            = QStringLiteral("valid from 2020-01-01T00:00:00Z to 2120-01-01T00:00:00Z");
        QTest::newRow("self-signed") << QStringLiteral("self-signed.pem") << int(R::SelfSigned)
                                     << loopback << loopback << always;
        QTest::newRow("unknown issuer")
            << QStringLiteral("unknown-ca.pem") << int(R::UntrustedIssuer) << loopback
            << QStringLiteral("CN=Unknown test CA, O=Fansly Connect tests") << always;
        QTest::newRow("another host name")
            << QStringLiteral("wrong-host.pem") << int(R::WrongHost)
            << QStringLiteral("CN=other.example.net, O=Fansly Connect tests") << testCa << always;
        QTest::newRow("expired") << QStringLiteral("expired.pem") << int(R::Expired) << loopback
                                 << testCa
                                 << QStringLiteral(
                                        "valid from 2000-01-01T00:00:00Z to 2001-01-01T00:00:00Z");
        QTest::newRow("not yet valid")
            << QStringLiteral("not-yet-valid.pem") << int(R::NotYetValid) << loopback << testCa
            << QStringLiteral("valid from 2110-01-01T00:00:00Z to 2120-01-01T00:00:00Z");
    }
    void eachRefusalSaysWhy()
    {
        QFETCH(QString, certificate);
        QFETCH(int, reason);
        QFETCH(QString, subject);
        QFETCH(QString, issuer);
        QFETCH(QString, validity);
        TlsServer server(certificate);
        const ApiError e = whoamiOver(certificate, &server).error;
        QCOMPARE(e.kind, ApiError::Kind::Tls);
        QCOMPARE(int(e.tlsReason), reason);
        QVERIFY(e.neverSent);
        QCOMPARE(server.requests(), 0);
        QVERIFY(server.received().isEmpty());

        const bool aboutDates = e.tlsReason == ApiError::TlsReason::Expired
            || e.tlsReason == ApiError::TlsReason::NotYetValid;
        QCOMPARE(e.userMessage().contains(QLatin1String("date")), aboutDates);
        for (const QString &part : {QStringLiteral("subject \"%1\"").arg(subject),
                                    QStringLiteral("issuer \"%1\"").arg(issuer), validity}) {
            QVERIFY2(e.details.contains(part), qPrintable(e.details));
            // --verbose shows the same, not just the enum.
            QVERIFY2(!g_log.filter(part).isEmpty(), qPrintable(g_log.join(QLatin1Char('\n'))));
        }
    }

    // Five reasons, five sentences; none is the generic one.
    void sentencesDiffer()
    {
        using R = ApiError::TlsReason;
        QSet<QString> sentences;
        for (R r : {R::Unknown, R::SelfSigned, R::UntrustedIssuer, R::WrongHost, R::Expired,
                    R::NotYetValid, R::OtherCertificate}) {
            ApiError e = ApiError::make(ApiError::Kind::Tls);
            e.tlsReason = r;
            sentences.insert(e.userMessage());
        }
        QCOMPARE(sentences.size(), 7);
    }

    // When a certificate has several faults, the one that needs the person's attention first
    // wins: trust before host name before dates (a wrong clock can explain dates).
    void worstReasonWins()
    {
        using R = ApiError::TlsReason;
        const auto reason = [](std::initializer_list<QSslError::SslError> errors) {
            QList<QSslError> list;
            for (auto e : errors)
                list << QSslError(e);
            return ReplyErrors::tlsReasonOf(list);
        };
        QCOMPARE(reason({QSslError::CertificateExpired, QSslError::SelfSignedCertificate}),
                 R::SelfSigned);
        QCOMPARE(
            reason({QSslError::HostNameMismatch, QSslError::UnableToGetLocalIssuerCertificate}),
            R::UntrustedIssuer);
        QCOMPARE(reason({QSslError::CertificateNotYetValid, QSslError::HostNameMismatch}),
                 R::WrongHost);
        QCOMPARE(reason({QSslError::CertificateRevoked}), R::OtherCertificate);
        QCOMPARE(reason({}), R::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestTlsRefusals)
#include "tst_tlsrefusals.moc"

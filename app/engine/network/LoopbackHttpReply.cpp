#include "network/LoopbackHttpReply.h"

#include "core/Wipe.h"
#include "network/Origin.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpSocket>

#include <cstring>

namespace {

// What Qt's socket may hold between two of our reads; the kernel holds the rest back.
constexpr qint64 kSocketBufferBytes = 64 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// The error QNetworkAccessManager reports for an HTTP error status.
QNetworkReply::NetworkError errorForStatus(int status)
{
    using E = QNetworkReply::NetworkError;
    switch (status) {
    case 400: return E::ProtocolInvalidOperationError;
    case 401: return E::AuthenticationRequiredError;
    case 403: return E::ContentAccessDenied;
    case 404: return E::ContentNotFoundError;
    case 405: return E::ContentOperationNotPermittedError;
    case 407: return E::ProxyAuthenticationRequiredError;
    case 409: return E::ContentConflictError;
    case 410: return E::ContentGoneError;
    case 418: return E::ProtocolInvalidOperationError;
    case 500: return E::InternalServerError;
    case 501: return E::OperationNotImplementedError;
    case 503: return E::ServiceUnavailableError;
    default: return status >= 500 ? E::UnknownServerError : E::UnknownContentError;
    }
}

QNetworkAccessManager::Operation operationOf(const QByteArray &verb)
{
    if (verb == "GET")
        return QNetworkAccessManager::GetOperation;
    if (verb == "POST")
        return QNetworkAccessManager::PostOperation;
    if (verb == "PUT")
        return QNetworkAccessManager::PutOperation;
    if (verb == "DELETE")
        return QNetworkAccessManager::DeleteOperation;
    return QNetworkAccessManager::CustomOperation;
}

// The request target as Qt 6.4 writes it (QHttpNetworkRequest::uri).
QByteArray requestTarget(QUrl url)
{
    QUrl::FormattingOptions format(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment
                                   | QUrl::FullyEncoded);
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    else
        format |= QUrl::NormalizePathSegments;
    return url.toEncoded(format);
}

// The Host header as Qt 6.4 writes it: an IPv6 address in brackets, an explicit port kept.
QByteArray hostHeader(const QUrl &url)
{
    const QString host = url.host();
    const QHostAddress address(host);
    QByteArray value = address.protocol() == QAbstractSocket::IPv6Protocol
        ? "[" + host.toLatin1() + "]"
        : QUrl::toAce(host);
    if (url.port() != -1)
        value += ':' + QByteArray::number(url.port());
    return value;
}

bool isHeaderSafe(const QByteArray &bytes)
{
    return !bytes.contains('\r') && !bytes.contains('\n') && !bytes.contains('\0');
}

} // namespace

LoopbackHttpReply::LoopbackHttpReply(const QByteArray &verb, const QNetworkRequest &request,
                                     QIODevice *body, qint64 maxBodyBytes, QObject *parent)
    : QNetworkReply(parent)
    , m_verb(verb)
    , m_body(body)
    , m_maxBody(maxBodyBytes)
    , m_redirectsLeft(request.maximumRedirectsAllowed())
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operationOf(verb));
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // Not here: a refused connection could then finish before anyone is connected.
    QMetaObject::invokeMethod(this, &LoopbackHttpReply::connectSocket, Qt::QueuedConnection);
}

LoopbackHttpReply::~LoopbackHttpReply()
{
    // The socket is our child and outlives this body: it must not call back into us.
    if (m_socket)
        m_socket->disconnect(this);
}

void LoopbackHttpReply::abort()
{
    if (isFinished())
        return;
    QNetworkReply::close();
    fail(OperationCanceledError, QStringLiteral("Operation canceled"));
}

void LoopbackHttpReply::close()
{
    abort(); // as QNetworkAccessManager's replies: closing stops the transfer
}

qint64 LoopbackHttpReply::bytesAvailable() const
{
    return m_unread.size() + QNetworkReply::bytesAvailable();
}

qint64 LoopbackHttpReply::readData(char *data, qint64 maxSize)
{
    if (m_unread.isEmpty())
        return isFinished() ? -1 : 0;
    const qint64 n = qMin<qint64>(maxSize, m_unread.size());
    std::memcpy(data, m_unread.constData(), size_t(n));
    m_unread.remove(0, n);
    return n;
}

void LoopbackHttpReply::connectSocket()
{
    if (isFinished())
        return;
    m_parser = HttpResponseParser();
    m_fromServer = 0;

    m_socket = new QTcpSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy); // loopback only: nothing sits in between
    m_socket->setReadBufferSize(kSocketBufferBytes);
    connect(m_socket, &QTcpSocket::connected, this, &LoopbackHttpReply::sendRequest);
    connect(m_socket, &QTcpSocket::readyRead, this, &LoopbackHttpReply::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &LoopbackHttpReply::onClosed);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!m_sentSignalled && m_socket && m_socket->bytesToWrite() == 0) {
            m_sentSignalled = true;
            emit requestSent();
        }
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        const QString said = m_socket ? m_socket->errorString() : QString();
        switch (e) {
        case QAbstractSocket::RemoteHostClosedError: onClosed(); return;
        case QAbstractSocket::ConnectionRefusedError:
            // Refused after a first request went out (a resend, a redirect) is no "never sent".
            return fail(m_sentSignalled ? UnknownNetworkError : ConnectionRefusedError,
                        QStringLiteral("Connection refused"));
        case QAbstractSocket::HostNotFoundError:
            return fail(HostNotFoundError, QStringLiteral("Host %1 not found").arg(url().host()));
        case QAbstractSocket::SocketTimeoutError: return fail(TimeoutError, said);
        default: return fail(UnknownNetworkError, said);
        }
    });
    m_socket->connectToHost(url().host(), quint16(url().port(80)));
}

void LoopbackHttpReply::sendRequest()
{
    QByteArray head
        = m_verb + ' ' + requestTarget(url()) + " HTTP/1.1\r\nHost: " + hostHeader(url()) + "\r\n";
    const QNetworkRequest req = request();
    for (const QByteArray &name : req.rawHeaderList()) {
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "connection" || lower == "content-length"
            || lower == "transfer-encoding" || lower == "expect")
            continue; // ours to write
        const QByteArray value = req.rawHeader(name);
        if (!isHeaderSafe(name) || !isHeaderSafe(value)) // would start a header of its own
            return fail(ProtocolFailure,
                        QStringLiteral("request header %1 holds a line break; not sent")
                            .arg(QString::fromLatin1(name.toPercentEncoding())));
        head += name + ": " + value + "\r\n";
    }
    if (m_body)
        head += "Content-Length: " + QByteArray::number(m_body->bytesAvailable()) + "\r\n";
    else if (m_verb == "POST" || m_verb == "PUT" || m_verb == "PATCH")
        head += "Content-Length: 0\r\n";
    head += "Connection: close\r\n\r\n";
    m_socket->write(head);
    if (m_body) {
        QByteArray chunk(4096, Qt::Uninitialized);
        qint64 n = 0;
        while ((n = m_body->read(chunk.data(), chunk.size())) > 0)
            m_socket->write(chunk.constData(), n); // copied: only `chunk` still holds it
        Wipe::zero(chunk); // it held the body, maybe a password
        m_body = nullptr; // read once: a resend or a redirect never carries it
    }
}

void LoopbackHttpReply::onReadyRead()
{
    if (!m_socket || isFinished())
        return;
    const QByteArray bytes = m_socket->readAll(); // at most kSocketBufferBytes
    m_fromServer += bytes.size();
    m_parser.append(bytes);
    process();
}

void LoopbackHttpReply::onClosed()
{
    if (!m_socket || isFinished())
        return;
    if (m_socket->bytesAvailable() > 0) { // what came before the end
        onReadyRead();
        if (!m_socket || isFinished())
            return;
    }
    if (m_parser.endsWithTheConnection())
        return complete();
    if (m_fromServer == 0 && !m_resent && (m_verb == "GET" || m_verb == "DELETE")) {
        // Dropped before a single byte of answer (a kept-alive connection the server timed
        // out, a restart): QNetworkAccessManager sends such a request once more; so do we.
        m_resent = true;
        dropSocket();
        QMetaObject::invokeMethod(this, &LoopbackHttpReply::connectSocket, Qt::QueuedConnection);
        return;
    }
    fail(RemoteHostClosedError, QStringLiteral("Connection closed"));
}

void LoopbackHttpReply::process()
{
    const qint64 before = m_bodyBytes;
    HttpResponseParser::Step step = HttpResponseParser::Step::NeedMore;
    do {
        QByteArray body;
        step = m_parser.parse(&body, m_maxBody + 1 - m_bodyBytes);
        m_unread += body;
        m_bodyBytes += body.size();
        if (step == HttpResponseParser::Step::Failed)
            return fail(ProtocolFailure, m_parser.error());
        if (step == HttpResponseParser::Step::Head && !headDone())
            return; // failed, aborted, or gone on to a redirect
    } while (step == HttpResponseParser::Step::Head);
    QPointer<LoopbackHttpReply> self(this);
    if (m_bodyBytes > before)
        emit readyRead();
    if (!self || isFinished())
        return;
    if (m_bodyBytes > m_maxBody) // nobody stopped us in readyRead: stop here, hang up
        return fail(ProtocolFailure,
                    QStringLiteral("reply larger than the size limit of %1 bytes; download stopped")
                        .arg(m_maxBody));
    if (step == HttpResponseParser::Step::Done)
        complete();
}

bool LoopbackHttpReply::headDone()
{
    const int status = m_parser.status();
    const QByteArray location = m_parser.header("location");
    if (isRedirect(status) && !location.isEmpty()
        && request().attribute(QNetworkRequest::RedirectPolicyAttribute).toInt()
            == QNetworkRequest::SameOriginRedirectPolicy) {
        const QUrl target
            = url().resolved(QUrl::fromEncoded(location)).adjusted(QUrl::RemoveFragment);
        if (!target.isValid() || !Origin::same(target, url())) {
            fail(InsecureRedirectError, QStringLiteral("Insecure redirect"));
            return false;
        }
        if (m_redirectsLeft-- <= 0) {
            fail(TooManyRedirectsError, QStringLiteral("Too many redirects"));
            return false;
        }
        dropSocket(); // its body is never read
        setUrl(target);
        QPointer<LoopbackHttpReply> self(this);
        emit redirected(target);
        if (self && !isFinished())
            QMetaObject::invokeMethod(this, &LoopbackHttpReply::connectSocket,
                                      Qt::QueuedConnection);
        return false;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                 QString::fromLatin1(m_parser.reason()));
    for (const auto &h : m_parser.headers())
        setRawHeader(h.first, h.second);
    QPointer<LoopbackHttpReply> self(this);
    emit metaDataChanged();
    if (!self || isFinished())
        return false;
    const qint64 length = m_parser.contentLength();
    if (length > m_maxBody) {
        fail(ProtocolFailure,
             QStringLiteral("reply larger than the size limit of %1 bytes (Content-Length %2); "
                            "download stopped")
                 .arg(m_maxBody)
                 .arg(length));
        return false;
    }
    return true;
}

void LoopbackHttpReply::complete()
{
    dropSocket();
    const int status = m_parser.status();
    if (status >= 400)
        setError(errorForStatus(status),
                 QStringLiteral("server replied: %1").arg(QString::fromLatin1(m_parser.reason())));
    setFinished(true);
    QPointer<LoopbackHttpReply> self(this);
    if (error() != NoError)
        emit errorOccurred(error());
    if (self)
        emit finished();
}

void LoopbackHttpReply::fail(NetworkError code, const QString &why)
{
    if (isFinished())
        return;
    dropSocket();
    m_unread.clear();
    setError(code, why);
    setFinished(true);
    QPointer<LoopbackHttpReply> self(this);
    emit errorOccurred(code);
    if (self)
        emit finished();
}

void LoopbackHttpReply::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort(); // at once: unread bytes are dropped, the server sees the close
    m_socket->deleteLater();
    m_socket = nullptr;
}

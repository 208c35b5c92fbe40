#include "FaultServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace {

constexpr qint64 kPiece = 64 * 1024;
constexpr qint64 kQueued = 256 * 1024; // keep at most this much in Qt's write buffer

} // namespace

// What a connection is doing between requests: reading one, or streaming a large body.
struct FaultServer::Conn
{
    QByteArray in;
    qint64 left = 0; // large body bytes still to write
    QByteArray pattern;
    FaultReply::Framing framing = FaultReply::Framing::ContentLength;
    bool streaming = false;
    bool broken = false; // reset, hung or dripping: ignore further input
};

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace

FaultReply FaultReply::json(int status, const QByteArray &body)
{
    FaultReply r;
    r.status = status;
    r.headers.emplaceBack("Content-Type", "application/json");
    r.body = body;
    return r;
}

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_conns.insert(socket, std::make_shared<Conn>());
            connect(socket, &QObject::destroyed, this, [this, socket] { m_conns.remove(socket); });
            // Owned by this object, not by m_server, so goAway() can close the listener
            // while the sockets are aborted one by one.
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 n) {
                if (m_conns.value(socket)->streaming)
                    m_largeSent += n;
                pump(socket);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

FaultServer::~FaultServer()
{
    // Deleted here, while m_conns still exists, not later by ~QObject.
    m_server->close();
    const auto sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        delete socket;
    }
}

bool FaultServer::listen()
{
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
    return true;
}

void FaultServer::goAway()
{
    m_server->close();
    const auto sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        m_conns.value(socket)->broken = true;
        socket->abort();
        socket->deleteLater();
    }
}

void FaultServer::onReadyRead(QTcpSocket *socket)
{
    Conn &st = *m_conns.value(socket);
    st.in += socket->readAll();
    while (!st.broken && !st.streaming) {
        const qsizetype end = st.in.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = st.in.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        SeenRequest req;
        req.method = first.value(0);
        req.path = first.value(1);
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "authorization")
                req.authorization = value;
        }
        if (st.in.size() < end + 4 + length)
            return; // the body is still on its way
        req.body = st.in.mid(end + 4, length);
        st.in.remove(0, end + 4 + length);
        m_requests.append(req);
        respond(socket, m_handler ? m_handler(req) : FaultReply::json(404, "{}"));
    }
}

void FaultServer::respond(QTcpSocket *socket, const FaultReply &reply)
{
    Conn &st = *m_conns.value(socket);
    using A = FaultReply::Action;
    using F = FaultReply::Framing;
    const bool large = reply.bodySize > 0;
    const qint64 size = large ? reply.bodySize : reply.body.size();

    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + reasonPhrase(reply.status) + "\r\n";
    for (const auto &h : reply.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (reply.action != A::Answer) // promises more than it will ever send
        head += "Content-Length: " + QByteArray::number(qMax<qint64>(size, 1000)) + "\r\n";
    else if (reply.framing == F::ContentLength)
        head += "Content-Length: " + QByteArray::number(size) + "\r\n";
    else if (reply.framing == F::Chunked)
        head += "Transfer-Encoding: chunked\r\n";
    if (reply.framing == F::CloseDelimited && reply.action == A::Answer)
        head += "Connection: close\r\n";
    head += "\r\n";

    if (reply.action == A::Silent) {
        st.broken = true;
        return;
    }
    if (reply.action != A::Answer) {
        st.broken = true;
        socket->write(head);
        if (reply.action == A::Drip) {
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            timer->start(reply.dripMs);
            return;
        }
        socket->write(reply.body.left(qMax<qsizetype>(1, reply.body.size() / 2)));
        socket->flush();
        if (reply.action == A::Reset) {
            // Linger 0: close() sends RST instead of FIN, as a crashed proxy does.
            const linger hard {1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                         sizeof hard);
            socket->abort();
            socket->deleteLater();
        }
        return; // Hang: nothing more, ever
    }

    if (!large) {
        QByteArray body = reply.body;
        if (reply.framing == F::Chunked && !body.isEmpty())
            body = QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n";
        if (reply.framing == F::Chunked)
            body += "0\r\n\r\n";
        socket->write(head + body);
        if (reply.framing == F::CloseDelimited)
            socket->disconnectFromHost();
        return;
    }
    socket->write(head);
    st.streaming = true;
    st.left = reply.bodySize;
    st.pattern = reply.body.isEmpty() ? QByteArray("x") : reply.body;
    st.framing = reply.framing;
    pump(socket);
}

void FaultServer::pump(QTcpSocket *socket)
{
    Conn &st = *m_conns.value(socket);
    while (st.streaming && st.left > 0 && socket->bytesToWrite() < kQueued) {
        const qint64 n = qMin(st.left, kPiece);
        QByteArray piece = st.pattern.repeated(int(n / st.pattern.size()) + 1).left(n);
        if (st.framing == FaultReply::Framing::Chunked)
            piece = QByteArray::number(n, 16) + "\r\n" + piece + "\r\n";
        socket->write(piece);
        st.left -= n;
    }
    if (st.streaming && st.left == 0) {
        st.streaming = false;
        if (st.framing == FaultReply::Framing::Chunked)
            socket->write("0\r\n\r\n");
        if (st.framing == FaultReply::Framing::CloseDelimited)
            socket->disconnectFromHost();
    }
}

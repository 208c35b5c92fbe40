#include "SimHttp.h"

#include "SimRequestReader.h"
#include "core/Log.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTcpSocket>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 402: return QByteArrayLiteral("Payment Required");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 421: return QByteArrayLiteral("Misdirected Request");
    case 422: return QByteArrayLiteral("Unprocessable Content");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: return QByteArrayLiteral("Status");
    }
}

} // namespace

// One connection's framing state, owned by its socket.
class SimConnection : public QObject
{
public:
    SimConnection(quint16 port, QObject *socket)
        : QObject(socket)
        , reader(port)
    { }
    SimRequestReader reader;
    qint64 bytesRead = 0;
    bool done = false; // refused, or a request asked to close: nothing more is read
};

QString simIsoNow()
{
    return QDateTime::currentDateTimeUtc().toString(
        QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"));
}

SimReply SimReply::json(int status, const QJsonDocument &doc)
{
    SimReply r;
    r.status = status;
    r.body = doc.toJson(QJsonDocument::Compact);
    return r;
}

SimReply SimReply::message(int status, const QString &text)
{
    return json(status, QJsonObject {{QStringLiteral("message"), text}});
}

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_tcp, &QTcpServer::newConnection, this, &SimHttpServer::onNewConnection);
}

quint16 SimHttpServer::listen(quint16 port)
{
    if (!m_tcp.listen(QHostAddress(QHostAddress::LocalHost), port))
        return 0;
    return m_tcp.serverPort();
}

void SimHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        // Qt reads no further ahead than this, so a client that keeps sending waits in
        // its own kernel buffers, not in our memory.
        socket->setReadBufferSize(Simulator::maxHeaderBytes + 1);
        auto *connection = new SimConnection(m_tcp.serverPort(), socket);
        connect(socket, &QTcpSocket::readyRead, connection,
                [this, socket, connection] { onReadyRead(socket, connection); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void SimHttpServer::onReadyRead(QTcpSocket *socket, SimConnection *c)
{
    while (!c->done && socket->isOpen()) { // a Drop fault aborts it in m_handler
        const qsizetype room = c->reader.room();
        const QByteArray bytes = room > 0 ? socket->read(room) : QByteArray();
        c->bytesRead += bytes.size();
        m_mostBytesRead = qMax(m_mostBytesRead, c->bytesRead);
        c->reader.feed(bytes);
        const SimRequestReader::Outcome outcome = c->reader.next();
        if (outcome == SimRequestReader::Outcome::Refuse) {
            c->done = true;
            const SimRequestReader::Refusal &r = c->reader.refusal();
            qCInfo(lcSimulator).noquote() << "request refused ->" << r.status;
            write(socket, SimReply::message(r.status, r.message), true);
            return;
        }
        if (outcome == SimRequestReader::Outcome::NeedMore) {
            if (bytes.isEmpty())
                return; // wait for the next readyRead
            continue;
        }
        const bool close = c->reader.closeAfter();
        c->done = close;
        m_handler(c->reader.request(), QPointer<QTcpSocket>(socket), close);
    }
}

void SimHttpServer::write(QTcpSocket *socket, const SimReply &reply, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out;
    out.reserve(reply.body.size() + 512);
    out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status)
        + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Cache-Control: no-cache, private\r\n";
    for (const auto &h : reply.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += reply.body;
    socket->write(out);
    if (closeAfter)
        socket->disconnectFromHost(); // after the buffered reply is written
}

void SimHttpServer::drop(QTcpSocket *socket)
{
    if (socket)
        socket->abort();
}

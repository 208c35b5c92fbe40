#include "SimHttp.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QMetaEnum>
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
    case 422: return QByteArrayLiteral("Unprocessable Content");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: return QByteArrayLiteral("Status");
    }
}

QByteArray header(const QHttpServerRequest &request, const char *name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString methodName(QHttpServerRequest::Method m)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(m));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

} // namespace

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
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Simulator::Request r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.authorization = header(request, "authorization");
    r.userAgent = header(request, "user-agent");
    r.contentType = header(request, "content-type");
    r.body = request.body();
    const bool close = header(request, "connection").toLower().contains("close");
    m_handler(r, QPointer<QTcpSocket>(socket), close);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, SimReply::message(404, QStringLiteral("Not Found")), true);
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

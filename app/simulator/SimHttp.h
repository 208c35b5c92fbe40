#pragma once

#include "Simulator.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpServer>

#include <functional>

class QTcpSocket;
class SimConnection;

// One HTTP reply of the simulator, written by hand so that faults can bend it.
struct SimReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SimReply json(int status, const QJsonDocument &doc);
    static SimReply json(int status, const QJsonObject &o)
    {
        return json(status, QJsonDocument(o));
    }
    // Laravel-style error body: {"message": "..."}.
    static SimReply message(int status, const QString &text);
    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};

// One request being answered (possibly later, after a Delay fault).
struct Simulator::Context
{
    Request request;
    QPointer<QTcpSocket> socket;
    bool close = false;
    bool foreignPollingUrl = false; // ForeignPollingUrl fault: polling_url to another origin
};

// "2026-01-01T00:00:00.000000Z", the timestamp format of the vendor's replies.
QString simIsoNow();

// The plumbing: a loopback TCP server that frames requests itself (SimRequestReader)
// and hands every complete one, with its socket, to one handler. Owning the framing is
// what lets the simulator answer later or not at all (the Drop fault), and refuse an
// oversized request or a foreign Host before any of it is buffered: QHttpServer (Qt 6.4)
// reads a whole body before a handler sees the request.
class SimHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const Simulator::Request &, const QPointer<QTcpSocket> &,
                                       bool closeAfter)>;
    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

    // Listens on 127.0.0.1; the port bound, or 0 on failure.
    quint16 listen(quint16 port);
    qint64 mostBytesReadFromOneConnection() const { return m_mostBytesRead; }

    // Writes `reply` as an HTTP/1.1 response; does nothing if the client is gone.
    static void write(QTcpSocket *socket, const SimReply &reply, bool closeAfter);
    // Closes the connection without any reply.
    static void drop(QTcpSocket *socket);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket, SimConnection *connection);

    Handler m_handler;
    QTcpServer m_tcp;
    qint64 m_mostBytesRead = 0;
};

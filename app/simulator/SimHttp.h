#pragma once

#include "Simulator.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QPointer>

#include <functional>

class QTcpSocket;

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

// The plumbing: a QAbstractHttpServer that hands every complete request, with
// its socket, to one handler. Going below QHttpServer's router is what lets the
// simulator answer later, or not at all (the Drop fault).
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const Simulator::Request &, const QPointer<QTcpSocket> &,
                                       bool closeAfter)>;
    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

    // Writes `reply` as an HTTP/1.1 response; does nothing if the client is gone.
    static void write(QTcpSocket *socket, const SimReply &reply, bool closeAfter);
    // Closes the connection without any reply.
    static void drop(QTcpSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

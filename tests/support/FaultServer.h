// A loopback HTTP/1.1 server on a raw QTcpServer that can misbehave in ways QHttpServer
// cannot: reset a connection mid-reply, never finish, drip a byte at a time, stream a
// huge body with any framing (Content-Length, chunked, close-delimited), or stop
// listening so the next connection is refused. Tests hand it a handler that picks the
// reply for each request.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

struct FaultReply
{
    enum class Action {
        Answer, // the whole reply
        Silent, // reads the request, answers nothing, keeps the connection open
        Reset, // the headers and part of the body, then a TCP reset
        Hang, // the headers and part of the body, then nothing, ever
        Drip, // the headers, then one body byte every dripMs, never done
    };
    // How the body's end is told (RFC 9112 section 6).
    enum class Framing {
        ContentLength,
        Chunked,
        CloseDelimited, // no length: the body ends when the connection closes
    };

    Action action = Action::Answer;
    Framing framing = Framing::ContentLength;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type and others
    QByteArray body;
    // When > 0 the body is `body` repeated up to this many bytes, generated as the client
    // reads, so a 50 MB reply costs no 50 MB here.
    qint64 bodySize = 0;
    int dripMs = 20;

    static FaultReply json(int status, const QByteArray &body);
};

struct SeenRequest
{
    QByteArray method;
    QByteArray path; // with its query
    QByteArray authorization;
    QByteArray body;
};

class FaultServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FaultReply(const SeenRequest &)>;

    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    bool listen(); // on 127.0.0.1, any free port
    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Stops listening and drops every connection: the next request is refused.
    void goAway();

    const QList<SeenRequest> &requests() const { return m_requests; }
    // Body bytes the operating system took from us for large (bodySize) replies: how
    // far a client read before it hung up.
    qint64 largeBodyBytesSent() const { return m_largeSent; }

private:
    struct Conn;
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FaultReply &reply);
    void pump(QTcpSocket *socket); // writes more of a large body when the socket drained

    QTcpServer *m_server;
    QUrl m_baseUrl;
    Handler m_handler;
    QHash<QTcpSocket *, std::shared_ptr<Conn>> m_conns;
    QList<SeenRequest> m_requests;
    qint64 m_largeSent = 0;
};

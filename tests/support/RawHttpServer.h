#pragma once

// A bare HTTP/1.1 server on loopback for tests that need what QHttpServer hides: the request
// target exactly as it came over the wire, and replies no well-behaved server sends (an
// endless chunked body, a body delimited only by closing the connection). It counts what
// the kernel took from it, so a test can tell when the client stopped reading. It may run on a
// thread of its own (moveToThread, then listen() there), so it can write as fast as the
// kernel takes data, whatever the client's thread is doing.

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <atomic>
#include <functional>

class RawHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // as sent: path and query, nothing decoded or normalised
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
    };
    // How the body of a streamed reply ends: never (chunked, until `streamLimit`), or when
    // the server closes the connection.
    enum class Framing {
        Chunked, // many 64 KiB chunks
        OneHugeChunk, // one chunk announced as 64 GiB, streamed
        CloseDelimited,
        HugeContentLength // Content-Length: 64 GiB, streamed
    };
    // Answers one request; use reply() or stream() on the socket.
    using Handler = std::function<void(QTcpSocket *, const Request &)>;

    explicit RawHttpServer(QObject *parent = nullptr)
        : QObject(parent)
        , m_server(new QTcpServer(this))
    {
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                accept(socket);
        });
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    quint16 listen()
    {
        m_port = m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
        return m_port;
    }
    QByteArray origin() const { return "http://127.0.0.1:" + QByteArray::number(m_port); }
    const QList<Request> &requests() const { return m_requests; } // not across threads

    // Bytes of streamed body the kernel accepted, and whether the client hung up.
    qint64 streamed() const { return m_streamed; }
    bool clientClosed() const { return m_clientClosed; }
    // A streamed reply stops writing (but keeps the connection open) after this many bytes,
    // so a client that never stops cannot make the test run forever.
    void setStreamLimit(qint64 bytes) { m_streamLimit = bytes; }

    static void reply(QTcpSocket *socket, int status, const QByteArray &body,
                      const QByteArray &extraHeaders = {})
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                      + " X\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
    }

    // An endless body of JSON-ish bytes, written only as fast as the client reads it.
    void stream(QTcpSocket *socket, Framing framing)
    {
        m_framing = framing;
        socket->write(framing == Framing::CloseDelimited
                          ? "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Connection: close\r\n\r\n"
                          : framing == Framing::HugeContentLength
                          ? "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Content-Length: 68719476736\r\n\r\n"
                          : "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Transfer-Encoding: chunked\r\n\r\n");
        if (framing == Framing::OneHugeChunk)
            socket->write("1000000000\r\n");
        socket->flush();
        m_streamSocket = socket;
        connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 n) {
            m_streamed += n;
            feed();
        });
        feed();
    }

private:
    static constexpr qint64 kPiece = 64 * 1024;

    void feed()
    {
        if (!m_streamSocket || m_streamSocket->state() != QAbstractSocket::ConnectedState)
            return;
        // Keep little in our own buffer: what counts is what the client's side took.
        while (m_streamSocket->bytesToWrite() < kPiece && m_queued < m_streamLimit) {
            const QByteArray data(kPiece, 'a');
            if (m_framing == Framing::Chunked)
                m_streamSocket->write(QByteArray::number(kPiece, 16) + "\r\n" + data + "\r\n");
            else
                m_streamSocket->write(data);
            m_queued += kPiece;
        }
    }

    void accept(QTcpSocket *socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (socket == m_streamSocket)
                m_clientClosed = true;
            m_pending.remove(socket);
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
    }

    void readFrom(QTcpSocket *socket)
    {
        QByteArray &buffer = m_pending[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qint64 length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(request);
        if (m_handler)
            m_handler(socket, request);
    }

    Handler m_handler;
    QTcpServer *m_server;
    std::atomic<quint16> m_port = 0;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QPointer<QTcpSocket> m_streamSocket;
    Framing m_framing = Framing::Chunked;
    qint64 m_streamLimit = qint64(256) * 1024 * 1024;
    qint64 m_queued = 0;
    std::atomic<qint64> m_streamed = 0;
    std::atomic<bool> m_clientClosed = false;
};

#pragma once

#include "Simulator.h"

#include <QByteArray>

// Frames HTTP/1.1 requests out of one connection's bytes for the simulator, and refuses
// what it must not serve before anything large is buffered: a header block over
// Simulator::maxHeaderBytes, a body over Simulator::maxBodyBytes (by its Content-Length,
// before a byte of it is kept), a chunked body, and a Host other than this server's own
// address (a page in a browser whose name was rebound to 127.0.0.1 sends its own name).
// Holds at most one header block plus one body; the caller reads only room() bytes.
class SimRequestReader
{
public:
    explicit SimRequestReader(quint16 port)
        : m_port(port)
    { }

    enum class Outcome {
        NeedMore, // feed more bytes (at most room())
        Request, // request() is complete; call next() again for a pipelined one
        Refuse // answer refusal() and close the connection
    };
    struct Refusal
    {
        int status = 400;
        QString message;
    };

    // How many more bytes may be fed now.
    qsizetype room() const;
    void feed(const QByteArray &bytes) { m_buffer += bytes; }
    Outcome next();

    const Simulator::Request &request() const { return m_request; }
    bool closeAfter() const { return m_closeAfter; } // Connection: close, or HTTP/1.0
    const Refusal &refusal() const { return m_refusal; }

private:
    Outcome refuse(int status, const QString &message);
    Outcome parseHead(qsizetype headEnd);
    bool hostIsOurs(const QByteArray &host) const;

    quint16 m_port;
    QByteArray m_buffer;
    qint64 m_bodyLength = -1; // -1: reading a header block
    Simulator::Request m_request;
    bool m_closeAfter = false;
    Refusal m_refusal;
};

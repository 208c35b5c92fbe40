#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Reads one HTTP/1.1 answer from bytes as they arrive: interim 1xx answers skipped, the
// status line and headers (together at most kMaxHeadBytes), then a body framed by
// Content-Length, chunked (extensions and trailers dropped), or the end of the connection.
// No I/O and no signals: the caller appends what the socket gave and asks for the next step.
class HttpResponseParser
{
public:
    static constexpr qint64 kMaxHeadBytes = 64 * 1024;
    static constexpr qint64 kMaxChunkLineBytes = 1024;

    enum class Step {
        NeedMore, // the bytes (or the room for body bytes) ran out
        Head, // the final head was read: status(), headers(), the framing are known
        Done, // the body ended as its framing said
        Failed // not an answer any HTTP client could read: error() says why
    };

    void append(const QByteArray &bytes) { m_in += bytes; }
    // Moves at most `room` body bytes to `body`. Head comes once, before any body byte.
    Step parse(QByteArray *body, qint64 room);

    int status() const { return m_status; }
    const QByteArray &reason() const { return m_reason; }
    // In arrival order, each name once (a repeated header's values joined by ", ").
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray header(const char *name) const; // by name, any case; empty when absent
    // After Head: the announced body length, or -1 (chunked, or until the connection ends).
    qint64 contentLength() const { return m_stage == Stage::Body ? m_left : -1; }
    // After Head: whether the end of the connection is what ends the body.
    bool endsWithTheConnection() const { return m_stage == Stage::Body && m_left < 0; }
    const QString &error() const { return m_error; }

private:
    enum class Stage {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Done,
        Failed
    };

    bool takeLine(QByteArray *line, qint64 maxBytes); // false: incomplete, or Failed
    bool statusLine(const QByteArray &line);
    bool headerLine(const QByteArray &line);
    bool framing(); // after the final head
    Step fail(const QString &why);

    Stage m_stage = Stage::Head;
    QByteArray m_in; // bytes not parsed yet
    qint64 m_headBytes = 0; // head and trailers so far
    int m_status = 0;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_left = 0; // of the body or chunk; -1: until the connection ends
    QString m_error;
};

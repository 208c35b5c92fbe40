#pragma once

#include "network/HttpResponseParser.h"

#include <QNetworkReply>
#include <QPointer>

class QTcpSocket;

// A QNetworkReply of our own for plain http, which the client allows only to this computer
// (the practice simulator, test servers). Qt 6.4 reads plain http on an unbuffered socket in
// loops that go on while bytes keep coming: against a server that floods, its HTTP thread
// never gets back to its event loop, so neither abort() nor a read buffer limit reaches it
// and it buffers the whole flood (docs/RELIABILITY.md). Here every read happens on the
// caller's thread, a socket readyRead at a time and at most 64 KiB each; the body stops at
// `maxBodyBytes` + 1 whether or not anyone reads it, and the socket is closed at that moment,
// on abort() and on any failure.
//
// HTTP/1.1, one request per connection, no proxy, no compression; the answer is read by
// HttpResponseParser. As QNetworkAccessManager does: a
// request under SameOriginRedirectPolicy follows redirects within its origin, up to
// maximumRedirectsAllowed(); a GET or DELETE the server drops before a single byte of its
// answer is sent once more; every signal comes after the constructor returned.
class LoopbackHttpReply : public QNetworkReply
{
    Q_OBJECT
public:
    // Starts at once. `body` (may be null) is read once, when the request goes out; not owned.
    LoopbackHttpReply(const QByteArray &verb, const QNetworkRequest &request, QIODevice *body,
                      qint64 maxBodyBytes, QObject *parent = nullptr);
    ~LoopbackHttpReply() override;

    void abort() override;
    void close() override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void connectSocket();
    void sendRequest();
    void onReadyRead();
    void onClosed();
    void process(); // what the parser can make of the bytes so far
    bool headDone(); // false: stop (failed, aborted, or gone on to a redirect)
    void complete();
    void fail(NetworkError code, const QString &why);
    void dropSocket();

    QByteArray m_verb;
    QPointer<QIODevice> m_body;
    qint64 m_maxBody;
    int m_redirectsLeft;
    bool m_resent = false;
    bool m_sentSignalled = false;
    QTcpSocket *m_socket = nullptr;
    HttpResponseParser m_parser; // of the answer on the current connection
    qint64 m_fromServer = 0; // bytes of answer on the current connection
    QByteArray m_unread; // body bytes the caller has not read yet
    qint64 m_bodyBytes = 0; // all body bytes kept, at most m_maxBody + 1
};

#pragma once

#include <QIODevice>

// A request body that can be read only once. QNetworkAccessManager (Qt 6.4) silently
// resends a request when the server drops the connection before answering, even a
// POST; a body it cannot rewind makes that an error instead, so a login start or a
// code reaches the server at most once.
// The body may hold a password: its bytes are zeroed as soon as the last one has been
// read (handed to the network), and at the latest when the device is destroyed.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);
    ~OneShotBody() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }

    // The buffer as it is now: the body, or zeros once it was read to the end.
    const QByteArray &buffer() const { return m_data; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void wipe();

    QByteArray m_data;
    qint64 m_pos = 0;
};

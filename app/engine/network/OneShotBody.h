#pragma once

#include <QIODevice>

// A request body that can be read only once. QNetworkAccessManager (Qt 6.4) silently
// resends a request when the server drops the connection before answering, even a
// POST; a body it cannot rewind makes that an error instead, so a login start or a
// code reaches the server at most once.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

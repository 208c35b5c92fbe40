#include "network/OneShotBody.h"

#include "core/Wipe.h"

#include <cstring>

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    // Unbuffered: QIODevice would otherwise keep a read-ahead copy we could not wipe.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

OneShotBody::~OneShotBody()
{
    wipe();
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_pos + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
    if (n <= 0)
        return m_pos >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    if (m_pos >= m_data.size())
        wipe(); // it can never be read again, so nothing needs these bytes any more
    return n;
}

void OneShotBody::wipe()
{
    // By now the caller's copy is gone, so this is the only holder and the zeros land on
    // the bytes themselves (Wipe leaves a buffer someone else still holds alone).
    Wipe::zero(m_data);
}

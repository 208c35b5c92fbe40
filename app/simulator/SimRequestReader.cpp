#include "SimRequestReader.h"

#include <QList>
#include <QUrl>

#include <cstring>

namespace {

bool isDigits(const QByteArray &s)
{
    if (s.isEmpty() || s.size() > 18)
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || (c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

qsizetype SimRequestReader::room() const
{
    if (m_bodyLength < 0) // one byte past the cap, so an oversized block is noticed
        return qMax<qsizetype>(0, Simulator::maxHeaderBytes + 1 - m_buffer.size());
    return qMax<qsizetype>(0, m_bodyLength - m_buffer.size());
}

SimRequestReader::Outcome SimRequestReader::refuse(int status, const QString &message)
{
    m_refusal = {status, message};
    m_buffer.clear();
    m_bodyLength = -1;
    return Outcome::Refuse;
}

SimRequestReader::Outcome SimRequestReader::next()
{
    if (m_bodyLength < 0) {
        // Header blocks are plain text: anything else (a TLS handshake sent to this plain
        // HTTP port, binary noise) is refused at once instead of waiting for a blank line.
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        for (const char c : QByteArrayView(m_buffer).first(end < 0 ? m_buffer.size() : end)) {
            const auto u = static_cast<unsigned char>(c);
            if ((u < 0x20 && c != '\r' && c != '\n' && c != '\t') || u >= 0x7f)
                return refuse(400, QStringLiteral("Bad Request"));
        }
        if (end < 0 || end + 4 > Simulator::maxHeaderBytes) {
            if (m_buffer.size() > Simulator::maxHeaderBytes || end >= 0)
                return refuse(431, QStringLiteral("Request Header Fields Too Large"));
            return Outcome::NeedMore;
        }
        const Outcome head = parseHead(end);
        if (head == Outcome::Refuse)
            return head;
        m_buffer.remove(0, end + 4);
    }
    if (m_buffer.size() < m_bodyLength)
        return Outcome::NeedMore;
    m_request.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_bodyLength = -1;
    return Outcome::Request;
}

SimRequestReader::Outcome SimRequestReader::parseHead(qsizetype headEnd)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> start = lines.first().trimmed().split(' ');
    if (start.size() != 3 || !isToken(start.at(0)) || start.at(1).isEmpty()
        || (start.at(2) != "HTTP/1.1" && start.at(2) != "HTTP/1.0"))
        return refuse(400, QStringLiteral("Bad Request"));

    m_request = {};
    m_request.method = QString::fromLatin1(start.at(0));
    m_closeAfter = start.at(2) == "HTTP/1.0";
    QByteArray host;
    int hosts = 0;
    QByteArray length;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // A folded line (leading space) or no name: not something our clients send.
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')
            || !isToken(line.left(colon)))
            return refuse(400, QStringLiteral("Bad Request"));
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "host") {
            host = value;
            ++hosts;
        } else if (name == "content-length") {
            if (!isDigits(value) || (!length.isEmpty() && length != value))
                return refuse(400, QStringLiteral("Bad Request"));
            length = value;
        } else if (name == "transfer-encoding") {
            // Only a counted body can be capped before it is read.
            return refuse(413, QStringLiteral("Request Entity Too Large"));
        } else if (name == "authorization") {
            m_request.authorization = value;
        } else if (name == "user-agent") {
            m_request.userAgent = value;
        } else if (name == "content-type") {
            m_request.contentType = value;
        } else if (name == "connection") {
            if (value.toLower().contains("close"))
                m_closeAfter = true;
        }
    }
    if (hosts != 1 || !hostIsOurs(host))
        return refuse(421, QStringLiteral("Misdirected Request"));
    m_bodyLength = length.isEmpty() ? 0 : length.toLongLong();
    if (m_bodyLength > Simulator::maxBodyBytes)
        return refuse(413, QStringLiteral("Request Entity Too Large"));
    const QUrl url = QUrl::fromEncoded(start.at(1));
    if (!url.isValid())
        return refuse(400, QStringLiteral("Bad Request"));
    m_request.path = url.path();
    return Outcome::Request;
}

bool SimRequestReader::hostIsOurs(const QByteArray &host) const
{
    const QByteArray port = ':' + QByteArray::number(m_port);
    const QByteArray h = host.toLower();
    return h == "127.0.0.1" + port || h == "localhost" + port || h == "[::1]" + port;
}

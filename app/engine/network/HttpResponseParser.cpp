#include "network/HttpResponseParser.h"

#include <algorithm>

namespace {

bool isDigits(const QByteArray &s, int base)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [base](char c) {
        return (c >= '0' && c <= '9')
            || (base == 16 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
    });
}

// Content-Length, repeated ("5, 5") only with one value; -1 when malformed.
qint64 contentLengthOf(const QByteArray &value)
{
    qint64 length = -1;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray digits = part.trimmed();
        if (!isDigits(digits, 10) || digits.size() > 18)
            return -1;
        const qint64 n = digits.toLongLong();
        if (length >= 0 && n != length)
            return -1;
        length = n;
    }
    return length;
}

} // namespace

QByteArray HttpResponseParser::header(const char *name) const
{
    for (const auto &h : m_headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

HttpResponseParser::Step HttpResponseParser::parse(QByteArray *body, qint64 room)
{
    QByteArray line;
    for (;;) {
        switch (m_stage) {
        case Stage::Head:
            if (!takeLine(&line, kMaxHeadBytes - m_headBytes))
                return m_stage == Stage::Failed ? Step::Failed : Step::NeedMore;
            if (m_status == 0) {
                if (!statusLine(line))
                    return fail(QStringLiteral("malformed status line"));
            } else if (!line.isEmpty()) {
                if (!headerLine(line))
                    return fail(QStringLiteral("malformed header line"));
            } else if (m_status < 200) { // 100 Continue, 103 Early Hints: the answer follows
                m_status = 0;
                m_reason.clear();
                m_headers.clear();
            } else {
                return framing() ? Step::Head : Step::Failed;
            }
            continue;
        case Stage::ChunkSize: {
            if (!takeLine(&line, kMaxChunkLineBytes))
                return m_stage == Stage::Failed ? Step::Failed : Step::NeedMore;
            const qsizetype semicolon = line.indexOf(';'); // chunk extensions are dropped
            const QByteArray hex = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            if (!isDigits(hex, 16) || hex.size() > 15)
                return fail(QStringLiteral("malformed chunk size"));
            m_left = hex.toLongLong(nullptr, 16);
            m_stage = m_left == 0 ? Stage::Trailers : Stage::ChunkData;
            continue;
        }
        case Stage::ChunkData:
        case Stage::Body: {
            const qint64 n
                = qMin<qint64>(m_left < 0 ? m_in.size() : qMin<qint64>(m_left, m_in.size()), room);
            if (n <= 0)
                return Step::NeedMore;
            body->append(m_in.constData(), n);
            m_in.remove(0, n);
            room -= n;
            if (m_left > 0)
                m_left -= n;
            if (m_left == 0)
                m_stage = m_stage == Stage::ChunkData ? Stage::ChunkEnd : Stage::Done;
            continue;
        }
        case Stage::ChunkEnd:
            if (!takeLine(&line, 2))
                return m_stage == Stage::Failed ? Step::Failed : Step::NeedMore;
            if (!line.isEmpty())
                return fail(QStringLiteral("malformed chunk framing"));
            m_stage = Stage::ChunkSize;
            continue;
        case Stage::Trailers: // read and dropped
            if (!takeLine(&line, kMaxHeadBytes - m_headBytes))
                return m_stage == Stage::Failed ? Step::Failed : Step::NeedMore;
            if (line.isEmpty())
                m_stage = Stage::Done;
            continue;
        case Stage::Done: return Step::Done;
        case Stage::Failed: return Step::Failed;
        }
    }
}

bool HttpResponseParser::takeLine(QByteArray *line, qint64 maxBytes)
{
    const qsizetype end = m_in.indexOf('\n');
    if (end < 0 ? m_in.size() > maxBytes : end + 1 > maxBytes) {
        fail(m_stage == Stage::ChunkSize || m_stage == Stage::ChunkEnd
                 ? QStringLiteral("malformed chunk framing")
                 : QStringLiteral("reply head larger than %1 bytes").arg(kMaxHeadBytes));
        return false;
    }
    if (end < 0)
        return false;
    *line = m_in.left(end);
    if (line->endsWith('\r'))
        line->chop(1);
    m_in.remove(0, end + 1);
    if (m_stage == Stage::Head || m_stage == Stage::Trailers)
        m_headBytes += end + 1;
    return true;
}

// "HTTP/1.1 200 OK": a version, three digits, an optional reason.
bool HttpResponseParser::statusLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    const QByteArray version = parts.value(0);
    const QByteArray code = parts.value(1);
    if (version.size() != 8 || !version.startsWith("HTTP/1.") || code.size() != 3
        || !isDigits(code, 10))
        return false;
    m_status = code.toInt();
    m_reason = line.mid(version.size() + 5);
    return m_status >= 100 && m_status <= 599;
}

bool HttpResponseParser::headerLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = line.left(colon);
    if (colon <= 0 || name.contains(' ') || name.contains('\t')) // obsolete folding too
        return false;
    const QByteArray value = line.mid(colon + 1).trimmed();
    auto same = std::find_if(m_headers.begin(), m_headers.end(), [&name](const auto &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (same == m_headers.end())
        m_headers.append({name, value});
    else
        same->second += ", " + value;
    return true;
}

bool HttpResponseParser::framing()
{
    const QByteArray coding = header("transfer-encoding").trimmed().toLower();
    const QByteArray length = header("content-length");
    if (m_status == 204 || m_status == 304) {
        m_stage = Stage::Done;
    } else if (!coding.isEmpty()) {
        if (coding != "chunked") { // the client never asks for compression
            fail(QStringLiteral("unsupported Transfer-Encoding"));
            return false;
        }
        m_stage = Stage::ChunkSize;
    } else if (!length.isEmpty()) {
        m_left = contentLengthOf(length);
        if (m_left < 0) {
            fail(QStringLiteral("malformed Content-Length"));
            return false;
        }
        m_stage = m_left == 0 ? Stage::Done : Stage::Body;
    } else {
        m_left = -1;
        m_stage = Stage::Body;
    }
    return true;
}

HttpResponseParser::Step HttpResponseParser::fail(const QString &why)
{
    m_stage = Stage::Failed;
    m_error = why;
    return Step::Failed;
}

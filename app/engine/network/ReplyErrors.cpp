#include "network/ReplyErrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QTimeZone>

namespace ReplyErrors {

int headerInt(const QNetworkReply *reply, const char *name)
{
    const QByteArray v = reply->rawHeader(name).trimmed();
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok && n >= 0 ? n : -1;
}

// Retry-After is either seconds or an HTTP date.
int retryAfterSeconds(const QNetworkReply *reply, const QDateTime &now)
{
    const QByteArray v = reply->rawHeader("Retry-After").trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int n = v.toInt(&ok);
    if (ok)
        return qBound(0, n, 24 * 3600);
    // HTTP dates ("Wed, 21 Oct 2037 07:28:00 GMT"), which Qt::RFC2822Date rejects.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return int(qBound(qint64(0), now.secsTo(when), qint64(24 * 3600)));
}

ApiError errorFromHttp(int status, const QByteArray &body)
{
    ApiError e;
    e.httpStatus = status;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        e.message = o.value(QLatin1String("message")).toString().left(500);
        const QJsonObject errors = o.value(QLatin1String("errors")).toObject();
        for (auto it = errors.begin(); it != errors.end(); ++it) {
            QStringList messages;
            const QJsonValue v = it.value();
            if (v.isArray()) {
                for (const QJsonValue &m : v.toArray())
                    if (m.isString())
                        messages << m.toString().left(500);
            } else if (v.isString()) {
                messages << v.toString().left(500);
            }
            if (!messages.isEmpty())
                e.fieldErrors.insert(it.key(), messages);
        }
    }
    switch (status) {
    case 401: e.kind = ApiError::Kind::Unauthorized; break;
    case 402: e.kind = ApiError::Kind::NoCredits; break;
    case 403: e.kind = ApiError::Kind::Forbidden; break;
    case 404: e.kind = ApiError::Kind::NotFound; break;
    case 408: e.kind = ApiError::Kind::Timeout; break;
    case 422: e.kind = ApiError::Kind::Validation; break;
    case 429: e.kind = ApiError::Kind::RateLimited; break;
    default: e.kind = status >= 500 ? ApiError::Kind::Server : ApiError::Kind::HttpOther;
    }
    e.details = QStringLiteral("HTTP %1").arg(status);
    return e;
}

ApiError errorFromNetwork(const QNetworkReply *reply, bool timedOut, bool tooLarge)
{
    using K = ApiError::Kind;
    if (timedOut)
        return ApiError::make(K::Timeout, QStringLiteral("no reply in time"));
    if (tooLarge)
        return ApiError::make(K::Protocol, QStringLiteral("reply larger than the size limit"));
    const QString details = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: return ApiError::make(K::Cancelled, details);
    case QNetworkReply::TimeoutError: return ApiError::make(K::Timeout, details);
    case QNetworkReply::SslHandshakeFailedError: {
        ApiError e = ApiError::make(K::Tls, details);
        e.neverSent = true; // the request goes only after the handshake
        return e;
    }
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError: {
        ApiError e = ApiError::make(K::Network, details);
        e.neverSent = true;
        return e;
    }
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError: return ApiError::make(K::Refused, details);
    default: return ApiError::make(K::Network, details);
    }
}

} // namespace ReplyErrors

#include "network/ReplyErrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QTimeZone>

namespace {

const char kTlsReason[] = "fcTlsReason";
const char kTlsDetails[] = "fcTlsDetails";

QString distinguishedName(const QSslCertificate &cert, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes
        = issuer ? cert.issuerInfoAttributes() : cert.subjectInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        const QStringList values
            = issuer ? cert.issuerInfo(attribute) : cert.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + QLatin1Char('=') + value;
    }
    return parts.join(QLatin1String(", "));
}

// What a person (or a support desk) needs to recognise the certificate: who it names, who
// vouches for it, when it is valid, which host names it covers.
QString describe(const QSslCertificate &cert)
{
    if (cert.isNull())
        return QStringLiteral("no certificate");
    QStringList names;
    const auto alternates = cert.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it)
        names << it.value();
    return QStringLiteral("subject \"%1\", issuer \"%2\", valid from %3 to %4, host names: %5")
        .arg(distinguishedName(cert, false), distinguishedName(cert, true),
             cert.effectiveDate().toUTC().toString(Qt::ISODate),
             cert.expiryDate().toUTC().toString(Qt::ISODate),
             names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", ")));
}

QString reasonName(ApiError::TlsReason reason)
{
    using R = ApiError::TlsReason;
    switch (reason) {
    case R::SelfSigned: return QStringLiteral("self-signed certificate");
    case R::UntrustedIssuer: return QStringLiteral("issuer not trusted");
    case R::WrongHost: return QStringLiteral("certificate is for another host name");
    case R::Expired: return QStringLiteral("certificate expired");
    case R::NotYetValid: return QStringLiteral("certificate not yet valid");
    case R::OtherCertificate: return QStringLiteral("certificate refused");
    case R::Unknown: break;
    }
    return QStringLiteral("handshake failed");
}

ApiError::TlsReason reasonOf(QSslError::SslError error)
{
    using R = ApiError::TlsReason;
    switch (error) {
    case QSslError::SelfSignedCertificate: return R::SelfSigned;
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted: return R::UntrustedIssuer;
    case QSslError::HostNameMismatch: return R::WrongHost;
    case QSslError::CertificateExpired: return R::Expired;
    case QSslError::CertificateNotYetValid: return R::NotYetValid;
    case QSslError::NoError: return R::Unknown;
    default: return R::OtherCertificate;
    }
}

// Lower is worse: an untrusted certificate matters more than its dates, which a wrong clock
// can explain.
int rank(ApiError::TlsReason reason)
{
    using R = ApiError::TlsReason;
    switch (reason) {
    case R::SelfSigned: return 0;
    case R::UntrustedIssuer: return 1;
    case R::OtherCertificate: return 2;
    case R::WrongHost: return 3;
    case R::Expired: return 4;
    case R::NotYetValid: return 5;
    case R::Unknown: break;
    }
    return 6;
}

} // namespace

namespace ReplyErrors {

ApiError::TlsReason tlsReasonOf(const QList<QSslError> &errors)
{
    ApiError::TlsReason worst = ApiError::TlsReason::Unknown;
    for (const QSslError &e : errors)
        if (rank(reasonOf(e.error())) < rank(worst))
            worst = reasonOf(e.error());
    return worst;
}

ApiError tlsRefusal(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const ApiError::TlsReason reason = tlsReasonOf(errors);
    QSslCertificate cert;
    QStringList said;
    for (const QSslError &e : errors) {
        said << e.errorString();
        if (cert.isNull() && reasonOf(e.error()) == reason)
            cert = e.certificate();
    }
    if (cert.isNull())
        cert = reply->sslConfiguration().peerCertificate();
    const QString details
        = QStringLiteral("TLS refused (%1): %2; certificate: %3")
              .arg(reasonName(reason), said.join(QLatin1String("; ")), describe(cert));
    reply->setProperty(kTlsReason, int(reason));
    reply->setProperty(kTlsDetails, details);
    ApiError e = ApiError::make(ApiError::Kind::Tls, details);
    e.tlsReason = reason;
    e.neverSent = true;
    return e;
}

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
    // HTTP dates ("Wed, 21 Oct 2037 07:28:00 GMT"), which Qt::RFC2822Date rejects. Date and
    // time are read apart and joined in UTC: read together they were local time, and an hour
    // the local clock skips for daylight saving did not exist.
    const QString text = QString::fromLatin1(v);
    const qsizetype timeAt = text.size() - qsizetype(sizeof("HH:mm:ss GMT") - 1);
    if (timeAt < 1 || text.at(timeAt - 1) != QLatin1Char(' ')
        || !text.endsWith(QLatin1String(" GMT")))
        return -1;
    const QDate date
        = QLocale::c().toDate(text.left(timeAt - 1), QStringLiteral("ddd, dd MMM yyyy"));
    const QTime time = QLocale::c().toTime(text.mid(timeAt, 8), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid()) // QDateTime would take a bad time as midnight
        return -1;
    const QDateTime when(date, time, QTimeZone::utc());
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

ApiError errorFromNetwork(const QNetworkReply *reply, bool timedOut, const QString &tooLarge)
{
    using K = ApiError::Kind;
    if (timedOut)
        return ApiError::make(K::Timeout, QStringLiteral("no reply in time"));
    if (!tooLarge.isEmpty())
        return ApiError::make(K::Protocol, tooLarge);
    const QString details = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: return ApiError::make(K::Cancelled, details);
    case QNetworkReply::TimeoutError: return ApiError::make(K::Timeout, details);
    case QNetworkReply::SslHandshakeFailedError: {
        // The request goes only after the handshake; the reason was kept by tlsRefusal().
        ApiError e = ApiError::make(K::Tls, details);
        const QVariant reason = reply->property(kTlsReason);
        if (reason.isValid()) {
            e.tlsReason = ApiError::TlsReason(reason.toInt());
            e.details = reply->property(kTlsDetails).toString();
        }
        e.neverSent = true;
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
    // The server answered, in a form no HTTP client can read (a broken status line or chunk).
    case QNetworkReply::ProtocolFailure: return ApiError::make(K::Protocol, details);
    default: return ApiError::make(K::Network, details);
    }
}

} // namespace ReplyErrors

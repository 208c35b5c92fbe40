#include "network/ApiError.h"

ApiError ApiError::make(Kind kind, const QString &details)
{
    ApiError e;
    e.kind = kind;
    e.details = details;
    return e;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server: return true;
    default: return false;
    }
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Unauthorized: return QStringLiteral("api_key_rejected");
    case Kind::NoCredits: return QStringLiteral("no_credits");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not_found");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::RateLimited: return QStringLiteral("rate_limited");
    case Kind::Server: return QStringLiteral("server_error");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::Refused: return QStringLiteral("refused");
    case Kind::HttpOther: return QStringLiteral("http_error");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ApiError::fieldSummary() const
{
    QStringList parts;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
        parts << it.value().join(QLatin1Char(' '));
    return parts.join(QLatin1Char(' '));
}

QString ApiError::briefCause() const
{
    switch (kind) {
    case Kind::Network: return tr("No connection to the OnlyFansAPI server");
    case Kind::Timeout: return tr("The OnlyFansAPI server did not answer in time");
    case Kind::RateLimited: return tr("Too many requests for this API key");
    case Kind::Server: return tr("The OnlyFansAPI server had a problem (error %1)").arg(httpStatus);
    case Kind::Protocol: return tr("The server sent a reply this app does not understand");
    default: break;
    }
    return tr("The status could not be read");
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::Network:
        return tr("Could not reach the OnlyFansAPI server. Check the internet connection and try "
                  "again.");
    case Kind::Timeout:
        return tr("The OnlyFansAPI server did not answer in time. Try again in a moment.");
    case Kind::Tls: return tlsMessage();
    case Kind::Unauthorized:
        return tr("The API key was rejected. Check that it is copied in full and has not been "
                  "revoked in the OnlyFansAPI console.");
    case Kind::NoCredits:
        return tr("The OnlyFansAPI account is out of credits. Add credits in the console, then try "
                  "again.");
    case Kind::Forbidden:
        return tr("This API key is not allowed to do that. Check the key's team and plan.");
    case Kind::NotFound:
        return tr("The server does not know this account. It may have been disconnected.");
    case Kind::Validation: {
        const QString fields = fieldSummary();
        if (!fields.isEmpty())
            return tr("The server did not accept the details: %1").arg(fields);
        if (!message.isEmpty())
            return tr("The server did not accept the details: %1").arg(message);
        return tr("The server did not accept the details.");
    }
    case Kind::RateLimited:
        if (retryAfterSeconds > 0)
            return tr("Too many requests for this API key. Wait %Ln second(s) and try again.",
                      nullptr, retryAfterSeconds);
        return tr("Too many requests for this API key. Wait a minute and try again.");
    case Kind::Server:
        return tr("The OnlyFansAPI server had a problem (error %1). Try again in a few minutes.")
            .arg(httpStatus);
    case Kind::Protocol:
        return tr("The server sent a reply this app does not understand. Try again; if it keeps "
                  "happening, the API may have changed.");
    case Kind::Refused:
        return tr("The request was not sent because the server address is not safe to send the "
                  "API key to.");
    case Kind::HttpOther:
        if (!message.isEmpty())
            return tr("The server refused the request (error %1): %2").arg(httpStatus).arg(message);
        return tr("The server refused the request (error %1).").arg(httpStatus);
    case Kind::Cancelled: return tr("Cancelled.");
    }
    return {};
}

// Only the two date reasons advise checking the clock: for the others it would send people
// looking in the wrong place.
QString ApiError::tlsMessage() const
{
    switch (tlsReason) {
    case TlsReason::SelfSigned:
        return tr("The server's certificate is self-signed, so the connection is not trusted and "
                  "nothing was sent. A network filter or antivirus that inspects secure "
                  "connections can cause this.");
    case TlsReason::UntrustedIssuer:
        return tr("The server's certificate was issued by an authority this computer does not "
                  "trust, so nothing was sent. A network filter, proxy or antivirus that inspects "
                  "secure connections can cause this.");
    case TlsReason::WrongHost:
        return tr("The server's certificate is for another host name, so nothing was sent. Check "
                  "the server address and any network filter, then try again.");
    case TlsReason::Expired:
        return tr("The server's certificate has expired, or this computer's date is wrong, so "
                  "nothing was sent. Check the system date and time, then try again.");
    case TlsReason::NotYetValid:
        return tr("The server's certificate is not valid yet, or this computer's date is wrong, "
                  "so nothing was sent. Check the system date and time, then try again.");
    case TlsReason::OtherCertificate:
        return tr("The server's certificate was not accepted, so nothing was sent. The "
                  "diagnostic log says why.");
    case TlsReason::Unknown: break;
    }
    return tr("The secure connection to the server could not be set up, so nothing was sent. "
              "Check any network filter or proxy, then try again.");
}

#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

// One error type for every API call: a category the UI maps to a sentence,
// plus the raw details for the log (never shown as the main message).
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network, // host unreachable, connection refused or dropped, DNS
        Timeout, // no answer in time
        Tls, // certificate or handshake failure (never ignored)
        Unauthorized, // 401: API key rejected
        NoCredits, // 402
        Forbidden, // 403
        NotFound, // 404
        Validation, // 422, with per-field messages
        RateLimited, // 429, with the wait
        Server, // 5xx
        Protocol, // malformed or unexpected reply, too large, wrong type
        Refused, // we refused to send: insecure URL, foreign origin
        HttpOther, // any other 4xx
        Cancelled,
    };

    // Why a certificate was refused (Kind::Tls): each asks the person for something else.
    enum class TlsReason {
        Unknown, // the handshake failed without a verdict on the certificate
        SelfSigned,
        UntrustedIssuer, // issued by an authority this computer does not trust
        WrongHost, // valid, but for another host name
        Expired,
        NotYetValid,
        OtherCertificate, // revoked, wrong purpose, bad signature...
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // server's message when it sent one
    QMap<QString, QStringList> fieldErrors; // 422: field -> messages
    int retryAfterSeconds = -1; // 429 / 503: how long to wait, -1 unknown
    QString details; // technical detail for the log
    // The request certainly never reached the server (connection refused, unknown host, TLS
    // handshake failed): sending it again cannot do anything twice.
    bool neverSent = false;
    TlsReason tlsReason = TlsReason::Unknown;

    bool isError() const { return kind != Kind::None; }
    // Errors that a later poll may get past (network blips, 5xx, 429).
    bool isTransient() const;
    // Stable machine name, e.g. "rate_limited" (used in --json output).
    QString kindName() const;
    // One clear sentence for a person, translated.
    QString userMessage() const;
    // What happened, without advice, for a line that goes on to say what the app does about
    // it ("The OnlyFansAPI server is busy (error 503)"). No full stop.
    QString briefCause() const;
    // The per-field messages joined for display ("password: too short").
    QString fieldSummary() const;

    static ApiError make(Kind kind, const QString &details = {});
    bool operator==(const ApiError &) const = default;

private:
    QString tlsMessage() const;
};

#pragma once

#include "login/ConnectionSession.h"
#include "network/ApiError.h"

#include <QCoreApplication>
#include <QString>

// Why a login did not connect, in words for the person at the screen: a headline,
// what to try next, and the server's own words when they add something.
// Widget-free so the CLI can give the same advice.
struct FailureAdvice
{
    Q_DECLARE_TR_FUNCTIONS(FailureAdvice)

public:
    enum class Reason {
        WrongPassword,
        ProxyProblem,
        CodeExpired,
        TooManyCodes,
        TimedOut,
        RateLimited,
        NoCredits,
        ServerError,
        KeyRejected,
        AlreadyConnected, // 422 at start: suggest "Connect even if this account is already
                          // connected"
        Network,
        StartUncertain, // the start may have reached the server: check before trying again
        Cancelled,
        Unknown,
    };

    // Where "Try again" takes the person: the thing that needs fixing.
    enum class Fix {
        Password, // the login page, at the password (retyped after every failure)
        Proxy, // the proxy page, the login kept
        ApiKey, // the API key page
        ForceConnect, // the login page, at "Connect even if … already connected"
    };

    Reason reason = Reason::Unknown;
    Fix fix = Fix::Password;
    QString headline; // one short line
    QString advice; // what to try, one or two sentences
    QString detail; // the server's text or the error's sentence; may be empty

    // From how a session ended: its state, the API error that ended it (if any) and the
    // server's last_error text (if any).
    static FailureAdvice of(ConnectionSession::State state, const ApiError &error,
                            const QString &lastError);
    static FailureAdvice of(const ConnectionSession &session);
    // The kind of failure a server's last_error text describes.
    static Reason reasonForText(const QString &text);
    // The headline alone (for a sentence about `reason` inside other text).
    static QString headlineOf(Reason reason) { return make(reason, {}).headline; }

private:
    static FailureAdvice make(Reason reason, const QString &detail, int retryAfterSeconds = -1);
};

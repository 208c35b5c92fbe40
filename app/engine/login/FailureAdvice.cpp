#include "login/FailureAdvice.h"

namespace {
bool has(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}
} // namespace

FailureAdvice::Reason FailureAdvice::reasonForText(const QString &text)
{
    // Order matters: "too many incorrect codes" is about codes, not about rate limits.
    if (has(text, "already connected") || has(text, "already exists"))
        return Reason::AlreadyConnected;
    if (has(text, "expired"))
        return Reason::CodeExpired;
    if ((has(text, "code") || has(text, "2fa") || has(text, "otp"))
        && (has(text, "too many") || has(text, "incorrect") || has(text, "invalid")))
        return Reason::TooManyCodes;
    if (has(text, "proxy"))
        return Reason::ProxyProblem;
    if (has(text, "password") || has(text, "credentials") || has(text, "username"))
        return Reason::WrongPassword;
    if (has(text, "too many") || has(text, "rate limit"))
        return Reason::RateLimited;
    if (has(text, "credit"))
        return Reason::NoCredits;
    if (has(text, "timed out") || has(text, "timeout") || has(text, "took too long"))
        return Reason::TimedOut;
    return Reason::Unknown;
}

FailureAdvice FailureAdvice::of(const ConnectionSession &session)
{
    if (session.state() == ConnectionSession::State::Failed && session.startMayHaveReachedServer())
        return make(Reason::StartUncertain, session.error().userMessage());
    return of(session.state(), session.error(), session.lastStatus().lastError);
}

FailureAdvice FailureAdvice::of(ConnectionSession::State state, const ApiError &error,
                                const QString &lastError)
{
    using K = ApiError::Kind;
    if (state == ConnectionSession::State::TimedOut)
        return make(Reason::TimedOut, {});
    if (state == ConnectionSession::State::Cancelled)
        return make(Reason::Cancelled, {});
    if (!error.isError())
        return make(reasonForText(lastError), lastError.trimmed());

    const QString said = error.message.trimmed();
    switch (error.kind) {
    case K::Unauthorized: return make(Reason::KeyRejected, {});
    case K::NoCredits: return make(Reason::NoCredits, {});
    case K::RateLimited: return make(Reason::RateLimited, {}, error.retryAfterSeconds);
    case K::Server: return make(Reason::ServerError, error.userMessage());
    case K::Network:
    case K::Timeout:
    case K::Tls: return make(Reason::Network, error.userMessage());
    case K::Validation: {
        const QString text = said + QLatin1Char(' ') + error.fieldSummary();
        return make(reasonForText(text), error.userMessage());
    }
    case K::Cancelled: return make(Reason::Cancelled, {});
    default: break;
    }
    const Reason r = reasonForText(said);
    return make(r, error.userMessage());
}

FailureAdvice FailureAdvice::make(Reason reason, const QString &detail, int retryAfterSeconds)
{
    FailureAdvice a;
    a.reason = reason;
    a.detail = detail;
    switch (reason) {
    case Reason::WrongPassword:
        a.headline = tr("Fansly did not accept the username or password");
        a.advice = tr("Ask the creator to check the password and the username or email, then "
                      "try again. Several wrong attempts can lock the Fansly account for a "
                      "while.");
        break;
    case Reason::ProxyProblem:
        a.fix = Fix::Proxy;
        a.headline = tr("The login could not go through the proxy");
        a.advice = tr("Check the proxy host, port, user name and password, or choose a managed "
                      "proxy instead, then try again.");
        break;
    case Reason::CodeExpired:
        a.headline = tr("The verification code expired");
        a.advice = tr("Try again, and have the creator read out the new code as soon as it "
                      "arrives.");
        break;
    case Reason::TooManyCodes:
        a.headline = tr("Too many wrong verification codes");
        a.advice = tr("Try again, and check each digit with the creator before you press "
                      "Verify.");
        break;
    case Reason::TimedOut:
        a.headline = tr("The login took too long");
        a.advice = tr("Fansly or the proxy may be slow right now. Wait a few minutes, then try "
                      "again.");
        break;
    case Reason::RateLimited:
        a.headline = tr("Too many requests with this API key");
        a.advice = retryAfterSeconds > 0
            ? tr("Wait %Ln second(s), then press “Retry now”.", nullptr, retryAfterSeconds)
            : tr("Wait a minute, then press “Retry now”.");
        break;
    case Reason::NoCredits:
        a.headline = tr("The OnlyFansAPI account is out of credits");
        a.advice = tr("Add credits in the OnlyFansAPI console, then press “Retry now”.");
        break;
    case Reason::ServerError:
        a.headline = tr("The OnlyFansAPI server had a problem");
        a.advice = tr("Try again in a few minutes. If it keeps happening, contact OnlyFansAPI "
                      "support.");
        break;
    case Reason::KeyRejected:
        a.fix = Fix::ApiKey;
        a.headline = tr("The API key was rejected");
        a.advice = tr("Check the key in the OnlyFansAPI console, then try again and enter it.");
        break;
    case Reason::AlreadyConnected:
        a.fix = Fix::ForceConnect;
        a.headline = tr("This Fansly account is already connected");
        a.advice = tr("To connect it again anyway, for example after a password change, press "
                      "“Connect anyway”.");
        break;
    case Reason::Network:
        a.headline = tr("Could not reach OnlyFansAPI");
        a.advice = tr("Check the internet connection, then try again.");
        break;
    case Reason::StartUncertain:
        a.headline = tr("The login may have started anyway");
        a.advice = tr("The connection broke after the login was sent. Check the connected "
                      "accounts in the OnlyFansAPI console before you try again, so the creator "
                      "is not logged in twice.");
        break;
    case Reason::Cancelled:
        a.headline = tr("The login was cancelled");
        a.advice = tr("Nothing else happens for this login. Try again when the creator is "
                      "ready.");
        break;
    case Reason::Unknown:
        a.headline = tr("The login did not succeed");
        a.advice = tr("Read the reason below, fix what it mentions, then try again.");
        if (a.detail.isEmpty())
            a.detail = tr("No reason was given.");
        break;
    }
    return a;
}

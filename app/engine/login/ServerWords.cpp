#include "login/ServerWords.h"

#include "login/FailureAdvice.h"

namespace {

bool g_isolating = false;

bool mentions(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

bool oneOf(const QString &token, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        if (token == QLatin1String(name))
            return true;
    return false;
}

} // namespace

QString ServerWords::status(const QString &token)
{
    QString t = token.trimmed().toLower();
    t.replace(QLatin1Char('_'), QLatin1Char('-'));
    t.replace(QLatin1Char(' '), QLatin1Char('-'));
    if (oneOf(t,
              {"logging-in", "login", "logging", "pending", "queued", "started", "starting",
               "in-progress", "processing"}))
        return tr("logging in");
    if (oneOf(t, {"challenge-email", "email-challenge", "challenge-new-ip", "new-ip"}))
        return tr("waiting for the code emailed to the creator");
    if (oneOf(t,
              {"challenge-totp", "challenge-2fa", "challenge-app", "challenge-otp", "2fa", "totp",
               "otp"}))
        return tr("waiting for the code from the authenticator app");
    if (oneOf(t, {"challenge", "needs-code", "code-required"}))
        return tr("waiting for a code");
    if (oneOf(t, {"verifying", "verifying-code", "checking"}))
        return tr("checking the code");
    if (oneOf(t, {"authenticated", "connected", "success", "succeeded", "active"}))
        return tr("connected");
    if (oneOf(t, {"failed", "failure", "error", "login-failed"}))
        return tr("failed");
    if (oneOf(t, {"session-expired", "expired"}))
        return tr("session expired");
    if (oneOf(t, {"disconnected", "logged-out", "unauthenticated", "not-authenticated"}))
        return tr("not connected");
    return {};
}

QString ServerWords::codeRefused(const QString &serverText)
{
    QString sentence;
    if (mentions(serverText, "expired"))
        sentence = tr("The code has expired. Start the login again to get a new one.");
    else if (mentions(serverText, "too many"))
        sentence = tr("Too many wrong codes were entered for this login.");
    else if (mentions(serverText, "pending"))
        sentence = tr("No code is expected for this login any more.");
    else
        sentence = tr("The code was not accepted. Check it and try again.");
    return withReason(sentence, serverText);
}

QString ServerWords::loginFailed(const QString &serverText)
{
    if (serverText.trimmed().isEmpty())
        return {};
    const auto reason = FailureAdvice::reasonForText(serverText);
    if (reason == FailureAdvice::Reason::Unknown)
        return serverText.trimmed();
    return withReason(FailureAdvice::headlineOf(reason), serverText);
}

void ServerWords::setIsolating(bool on)
{
    g_isolating = on;
}

QString ServerWords::withReason(const QString &sentence, const QString &serverText)
{
    QString said = serverText.trimmed();
    if (said.isEmpty() || said == sentence)
        return sentence;
    if (g_isolating)
        said = QChar(0x2068) + said + QChar(0x2069);
    return tr("%1 (reason given: %2)").arg(sentence, said);
}

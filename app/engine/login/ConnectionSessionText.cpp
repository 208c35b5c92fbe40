// The session's state in words: for people (describe, failureReason) and for
// scripts (stateName). Kept apart from the state machine in ConnectionSession.cpp.
#include "login/ConnectionSession.h"

#include "login/ServerWords.h"

QString ConnectionSession::failureReason() const
{
    if (m_state == State::TimedOut)
        return tr("The login did not finish in time.");
    if (m_error.isError() && m_startUncertain)
        return m_error.userMessage() + QLatin1Char(' ')
            + tr("The login may still have reached the server: check the connected accounts "
                 "before starting it again.");
    if (m_error.isError())
        return m_error.userMessage();
    return ServerWords::loginFailed(m_last.lastError);
}

QString ConnectionSession::stateName(State state)
{
    switch (state) {
    case State::Idle: return QStringLiteral("idle");
    case State::Starting: return QStringLiteral("starting");
    case State::Waiting: return QStringLiteral("waiting");
    case State::NeedsCode: return QStringLiteral("needs_code");
    case State::SubmittingCode: return QStringLiteral("submitting_code");
    case State::Verifying: return QStringLiteral("verifying");
    case State::Connected: return QStringLiteral("connected");
    case State::Failed: return QStringLiteral("failed");
    case State::TimedOut: return QStringLiteral("timed_out");
    case State::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ConnectionSession::describe() const
{
    switch (m_state) {
    case State::Idle: return {};
    case State::Starting: return tr("Sending the login to OnlyFansAPI…");
    case State::Waiting: return tr("Logging in to Fansly…");
    case State::NeedsCode:
        if (challenge() == Challenge::Email) {
            return m_last.maskedEmail.isEmpty()
                ? tr("Fansly emailed a verification code to the creator.")
                : tr("Fansly emailed a verification code to %1.").arg(m_last.maskedEmail);
        }
        return tr("Enter the code from the creator's authenticator app.");
    case State::SubmittingCode: return tr("Sending the code…");
    case State::Verifying: return tr("Checking the code…");
    case State::Connected: return tr("Connected.");
    case State::Failed: return tr("The login failed: %1").arg(failureReason());
    case State::TimedOut: return tr("The login took too long and was stopped.");
    case State::Cancelled: return tr("The login was cancelled.");
    }
    return {};
}

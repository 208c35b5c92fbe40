#include "SimScenario.h"

#include <QJsonValue>

/*
 * Practice scenarios — picked from the Fansly username typed at start
 * (case-insensitive, only the part before any '@' counts, matched as a prefix).
 * The right verification code is always 123456. Keep SCENARIOS.md in sync.
 *
 *  username starts with   what happens
 *  ---------------------  --------------------------------------------------------------
 *  (anything else)        "pending", "logging-in", then connected after the login time
 *  email                  email challenge (twofa_type 2, status "challenge-email");
 *                         masked_email from the username if it is an email
 *                         (e***@e*****.com), else c***@g****.com
 *  totp, app              authenticator challenge (twofa_type 0, "challenge-totp")
 *  both                   email challenge, then an authenticator challenge, then connected
 *  wrongpass              failed: "Invalid username or password."
 *                         (also: password "wrong" with any other username)
 *  proxyfail              failed: "Could not connect through the proxy. Check the proxy
 *                         host, port and login."
 *  existing               start answers 422 "This Fansly account is already connected."
 *                         unless force_connect is true (then connects)
 *  slow                   stays "logging-in" forever (for timeout tests)
 *  expire                 email challenge that expires 2 x login time after it appears:
 *                         failed "The verification code expired. Start the login again."
 *  flaky                  every second poll answers 503 with Retry-After 1, then connects
 *  nocredits              start answers 402 "You have run out of credits."
 *  ratelimit              start answers 429 with Retry-After 3
 *
 * A wrong code: status "verifying" for the verify time, then the challenge again with
 * last_error "The verification code is incorrect."; the third wrong code in a row fails
 * the login ("Too many incorrect codes. Start the login again.").
 */

namespace SimScenario {

Kind fromLogin(const QString &username, const QString &password)
{
    const QString name = fanslyUsernameFor(username).toLower();
    const auto starts
        = [&name](const char *prefix) { return name.startsWith(QLatin1String(prefix)); };
    // Checks that happen at start come first: they do not depend on the login.
    if (starts("nocredits"))
        return Kind::NoCredits;
    if (starts("ratelimit"))
        return Kind::RateLimit;
    if (starts("existing"))
        return Kind::Existing;
    if (password == QLatin1String("wrong") || starts("wrongpass"))
        return Kind::WrongPass;
    if (starts("proxyfail"))
        return Kind::ProxyFail;
    if (starts("email"))
        return Kind::Email;
    if (starts("totp") || starts("app"))
        return Kind::Totp;
    if (starts("both"))
        return Kind::Both;
    if (starts("slow"))
        return Kind::Slow;
    if (starts("expire"))
        return Kind::Expire;
    if (starts("flaky"))
        return Kind::Flaky;
    return Kind::Plain;
}

QString maskedEmailFor(const QString &username)
{
    const QString u = username.trimmed();
    const qsizetype at = u.indexOf(QLatin1Char('@'));
    const QString domain = at > 0 ? u.mid(at + 1) : QString();
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    if (at <= 0 || dot <= 0 || dot == domain.size() - 1)
        return QStringLiteral("c***@g****.com");
    return u.at(0).toLower() + QLatin1String("***@") + domain.at(0).toLower()
        + QLatin1String("*****") + domain.mid(dot).toLower();
}

QString fanslyUsernameFor(const QString &username)
{
    const QString u = username.trimmed();
    const qsizetype at = u.indexOf(QLatin1Char('@'));
    return at >= 0 ? u.left(at) : u;
}

} // namespace SimScenario

namespace {
const QLatin1String kWrongCode("The verification code is incorrect.");
const QLatin1String kTooManyCodes("Too many incorrect codes. Start the login again.");
const QLatin1String kExpired("The verification code expired. Start the login again.");
const QLatin1String kBadPassword("Invalid username or password.");
const QLatin1String
    kProxyFailed("Could not connect through the proxy. Check the proxy host, port and login.");

// How long a fresh login shows "pending" before the undocumented "logging-in".
int pendingMs(SimAccount::Timing t)
{
    return qMin(t.loginMs / 5, 400);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

SimAccount::SimAccount(const QString &id, int serial, const QString &ownerKey,
                       const QString &username, const QString &displayName, SimScenario::Kind kind,
                       qint64 now)
    : m_id(id)
    // An 18-digit snowflake-like id, stable per account.
    , m_fanslyId(QString::number(700000000000000000LL + qint64(serial) * 104729LL))
    , m_ownerKey(ownerKey)
    , m_username(SimScenario::fanslyUsernameFor(username))
    , m_displayName(displayName)
    , m_maskedEmail(SimScenario::maskedEmailFor(username))
    , m_kind(kind)
{
    restart(now);
}

void SimAccount::restart(qint64 now)
{
    m_phase = Phase::LoggingIn;
    m_phaseSince = now;
    m_challengeSince = now;
    m_codeIsRight = false;
    m_emailDone = false;
    m_wrongCodes = 0;
    m_polls = 0;
    m_lastError.clear();
}

void SimAccount::setConnected(qint64 now)
{
    restart(now);
    m_phase = Phase::Connected;
}

void SimAccount::setExpired(qint64 now)
{
    restart(now);
    m_phase = Phase::Expired;
    m_lastError = QStringLiteral("The session expired. Re-authenticate the account.");
}

void SimAccount::fail(const QString &reason, qint64 at)
{
    m_phase = Phase::Failed;
    m_phaseSince = at;
    m_lastError = reason;
}

void SimAccount::enterChallenge(Challenge c, qint64 at)
{
    m_phase = Phase::Challenge;
    m_challenge = c;
    m_phaseSince = at;
    m_challengeSince = at;
    m_lastError.clear();
}

// Replays every transition that is due by `now`, each at the moment it was due.
void SimAccount::advance(qint64 now, Timing t)
{
    using SimScenario::Kind;
    for (;;) {
        switch (m_phase) {
        case Phase::LoggingIn: {
            const qint64 due = m_phaseSince + t.loginMs;
            if (m_kind == Kind::Slow || now < due)
                return;
            switch (m_kind) {
            case Kind::Email:
            case Kind::Expire:
            case Kind::Both: enterChallenge(Challenge::Email, due); break;
            case Kind::Totp: enterChallenge(Challenge::Totp, due); break;
            case Kind::WrongPass: fail(kBadPassword, due); break;
            case Kind::ProxyFail: fail(kProxyFailed, due); break;
            default:
                m_phase = Phase::Connected;
                m_phaseSince = due;
                break;
            }
            break;
        }
        case Phase::Challenge: {
            const qint64 expires = m_challengeSince + 2LL * t.loginMs;
            if (m_kind != Kind::Expire || now < expires)
                return;
            fail(kExpired, expires);
            break;
        }
        case Phase::Verifying: {
            const qint64 due = m_phaseSince + t.verifyMs;
            if (now < due)
                return;
            if (m_codeIsRight) {
                m_wrongCodes = 0;
                if (m_kind == Kind::Both && !m_emailDone) {
                    m_emailDone = true;
                    enterChallenge(Challenge::Totp, due);
                } else {
                    m_phase = Phase::Connected;
                    m_phaseSince = due;
                }
            } else if (++m_wrongCodes >= 3) {
                fail(kTooManyCodes, due);
            } else {
                // Back to the same challenge; its expiry clock keeps running.
                m_phase = Phase::Challenge;
                m_phaseSince = due;
                m_lastError = kWrongCode;
            }
            break;
        }
        case Phase::Connected:
        case Phase::Failed:
        case Phase::Expired: return;
        }
    }
}

QString SimAccount::statusText(qint64 now, Timing t) const
{
    switch (m_phase) {
    case Phase::LoggingIn:
        // "logging-in" is deliberately undocumented: clients must tolerate unknown values.
        return now - m_phaseSince < pendingMs(t) ? QStringLiteral("pending")
                                                 : QStringLiteral("logging-in");
    case Phase::Challenge:
        return m_challenge == Challenge::Email ? QStringLiteral("challenge-email")
                                               : QStringLiteral("challenge-totp");
    case Phase::Verifying: return QStringLiteral("verifying");
    case Phase::Connected: return QStringLiteral("authenticated");
    case Phase::Failed: return QStringLiteral("failed");
    case Phase::Expired: return QStringLiteral("session-expired");
    }
    return {};
}

QJsonObject SimAccount::userData() const
{
    return QJsonObject {{QStringLiteral("id"), m_fanslyId},
                        {QStringLiteral("username"), m_username},
                        {QStringLiteral("displayName"), m_displayName}};
}

QJsonObject SimAccount::statusJson(qint64 now, Timing t)
{
    advance(now, t);
    const bool connected = m_phase == Phase::Connected;
    const bool codeStep = m_phase == Phase::Challenge || m_phase == Phase::Verifying;
    const bool email = codeStep && m_challenge == Challenge::Email;
    return QJsonObject {
        {QStringLiteral("account_id"), m_id},
        {QStringLiteral("display_name"), m_displayName},
        {QStringLiteral("status"), statusText(now, t)},
        {QStringLiteral("is_authenticated"), connected},
        {QStringLiteral("needs_code"), codeStep},
        {QStringLiteral("twofa_type"), codeStep ? QJsonValue(email ? 2 : 0) : QJsonValue()},
        {QStringLiteral("masked_email"), email ? QJsonValue(m_maskedEmail) : QJsonValue()},
        {QStringLiteral("last_error"), orNull(m_lastError)},
        {QStringLiteral("fansly_user_data"), connected ? QJsonValue(userData()) : QJsonValue()},
    };
}

QJsonObject SimAccount::listJson(qint64 now, Timing t)
{
    advance(now, t);
    const bool connected = m_phase == Phase::Connected;
    return QJsonObject {
        {QStringLiteral("id"), m_id},
        {QStringLiteral("display_name"), m_displayName},
        {QStringLiteral("fansly_id"), connected ? QJsonValue(m_fanslyId) : QJsonValue()},
        {QStringLiteral("fansly_username"), m_username},
        {QStringLiteral("is_authenticated"), connected},
        {QStringLiteral("authentication_progress"), statusText(now, t)},
        {QStringLiteral("fansly_user_data"), connected ? QJsonValue(userData()) : QJsonValue()},
    };
}

SimAccount::SubmitResult SimAccount::submitCode(const QString &code, qint64 now, Timing t)
{
    advance(now, t);
    if (m_phase == Phase::Verifying)
        return SubmitResult::AlreadyChecking;
    if (m_phase != Phase::Challenge)
        return SubmitResult::NoChallenge;
    m_codeIsRight = code == rightCode();
    m_phase = Phase::Verifying;
    m_phaseSince = now;
    m_lastError.clear();
    return SubmitResult::Accepted;
}

bool SimAccount::pollShouldFail()
{
    return m_kind == SimScenario::Kind::Flaky && ++m_polls % 2 == 0;
}

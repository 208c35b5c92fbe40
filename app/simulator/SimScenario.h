#pragma once

#include <memory>

#include <QJsonObject>
#include <QString>

// Practice-mode scenarios, chosen by the Fansly username typed at start.
// The full table (kept in sync with SCENARIOS.md) is at the top of SimScenario.cpp.
namespace SimScenario {

enum class Kind {
    Plain, // connected after the login time, no challenge
    Email, // emailed new-IP code (twofa_type 2)
    Totp, // authenticator-app code (twofa_type 0)
    Both, // email code, then authenticator code
    WrongPass, // failed: invalid username or password
    ProxyFail, // failed: proxy unreachable
    Existing, // start refused unless force_connect
    Slow, // stays "logging-in" forever
    Expire, // email challenge that expires after 2 x login time
    Flaky, // every second poll answers 503
    NoCredits, // start answers 402
    RateLimit, // start answers 429 with Retry-After 3
};

// The password is only looked at (password "wrong" fails the login), never kept.
Kind fromLogin(const QString &username, const QString &password);
// "e***@e*****.com" from an email address, else a fixed "c***@g****.com".
QString maskedEmailFor(const QString &username);
// Fansly's own username: the part before any '@'.
QString fanslyUsernameFor(const QString &username);

} // namespace SimScenario

// One connected (or connecting) practice account. Its login advances with the
// simulator's monotonic clock, evaluated lazily whenever it is read: no timers,
// no sleeping. Every timestamp is milliseconds on that clock.
class SimAccount
{
public:
    struct Timing
    {
        int loginMs = 2500;
        int verifyMs = 1500;
    };
    enum class SubmitResult {
        Accepted,
        NoChallenge,
        AlreadyChecking
    };

    SimAccount(const QString &id, int serial, const QString &ownerKey, const QString &username,
               const QString &displayName, SimScenario::Kind kind, qint64 now);

    QString id() const { return m_id; }
    QString ownerKey() const { return m_ownerKey; }
    SimScenario::Kind kind() const { return m_kind; }

    // Starts the login again from the beginning (re-authenticate).
    void restart(qint64 now);
    // Demo accounts: connected already, or connected once and since expired (not
    // authenticated, progress "session-expired"; re-authenticating replays the scenario).
    void setConnected(qint64 now);
    void setExpired(qint64 now);
    // The status object of the Poll / Submit 2FA replies.
    QJsonObject statusJson(qint64 now, Timing t);
    // The item of List Accounts.
    QJsonObject listJson(qint64 now, Timing t);
    SubmitResult submitCode(const QString &code, qint64 now, Timing t);
    // Flaky scenario: true for every second poll, which then answers 503.
    bool pollShouldFail();

    static QString rightCode() { return QStringLiteral("123456"); }

    // What practice mode keeps between runs: no secret (the outcome a password led to,
    // never the password). Timestamps are on the simulator's clock, which counts wall-clock
    // milliseconds, so a login goes on where it was. fromState: null when unreadable.
    QJsonObject toState() const;
    static std::unique_ptr<SimAccount> fromState(const QJsonObject &o);

private:
    enum class Phase {
        LoggingIn,
        Challenge,
        Verifying,
        Connected,
        Failed,
        Expired, // was connected; the session ended at Fansly (a demo account)
    };
    enum class Challenge {
        Email,
        Totp
    };

    void advance(qint64 now, Timing t);
    void fail(const QString &reason, qint64 at);
    void enterChallenge(Challenge c, qint64 at);
    QString statusText(qint64 now, Timing t) const;
    QJsonObject userData() const;

    QString m_id;
    QString m_fanslyId;
    QString m_ownerKey;
    QString m_username;
    QString m_displayName;
    QString m_maskedEmail;
    SimScenario::Kind m_kind;

    Phase m_phase = Phase::LoggingIn;
    Challenge m_challenge = Challenge::Email;
    qint64 m_phaseSince = 0; // when the current phase began
    qint64 m_challengeSince = 0; // when the first code of this login was asked for
    bool m_codeIsRight = false; // outcome of the code being verified (the code itself is not kept)
    bool m_emailDone = false; // Both: the email step is behind us
    int m_wrongCodes = 0; // in a row
    int m_polls = 0;
    QString m_lastError;
};

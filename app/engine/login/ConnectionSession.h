#pragma once

#include "login/PollPolicy.h"
#include "login/PollSchedule.h"
#include "network/ApiClient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class Clock;
class PendingStore;
class RandomSource;

// Drives one login from start to an end state: start (or re-authenticate, or
// resume), poll, answer a challenge, poll again. Decides on is_authenticated,
// needs_code, twofa_type and last_error; `status` is only shown as text.
// Never retries a start or a code on its own.
class ConnectionSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Starting, // start or re-authenticate request in flight
        Waiting, // login running at Fansly; polling
        NeedsCode, // a challenge waits for the user's code
        SubmittingCode, // the code is on its way
        Verifying, // the server checks the code; polling
        Connected,
        Failed,
        TimedOut,
        Cancelled,
    };
    Q_ENUM(State)
    enum class Challenge {
        None,
        Email,
        App
    };
    Q_ENUM(Challenge)

    explicit ConnectionSession(ApiClient *client, PendingStore *pending = nullptr,
                               QObject *parent = nullptr);
    ~ConnectionSession() override;

    void setPolicy(const PollPolicy &policy) { m_policy = policy; }
    PollPolicy policy() const { return m_policy; }
    // Time and chance come from here (the system's by default); tests hand in their own.
    void setClock(Clock *clock) { m_clock = clock; }
    void setRandom(RandomSource *random) { m_random = random; }
    // Whose pending logins these are (PendingSession::origin). Default: the API's origin.
    // Practice mode names a fixed one, since its simulator's port changes with every run.
    void setStorageOrigin(const QString &origin) { m_storageOrigin = origin; }
    QString storageOrigin() const;

    // Each of these begins a session; a session is used once (or again after it ended).
    void start(StartRequest request); // the password is not kept once sent
    void reauthenticate(const QString &accountId, const QString &displayName = {});
    void resume(const QString &accountId, const QString &displayName = {});
    // False (and codeRejected) when the code is empty or the session is not waiting for one.
    bool submitCode(const QString &code);
    void cancel();
    // Polls at once instead of waiting out a back-off, when the person asks. False when no
    // poll is due (a request is on its way, or the session is not following a login).
    bool pollNow();

    State state() const { return m_state; }
    bool isActive() const;
    bool isFinished() const;
    QString accountId() const { return m_accountId; }
    QString displayName() const { return m_displayName; }
    AuthStatus lastStatus() const { return m_last; }
    Challenge challenge() const;
    QString maskedEmail() const { return m_last.maskedEmail; }
    ApiError error() const { return m_error; } // when an API call ended it
    QString failureReason() const; // server's last_error or the error's sentence
    QString codeError() const { return m_codeError; } // why the last code was not accepted
    // Codes the server turned down for the current challenge (not ones that never got there).
    int wrongCodeCount() const { return m_wrongCodes; }
    // The start failed in a way that may still have reached the server (dropped, timed
    // out, 5xx, unreadable 2xx): starting again could log the creator in twice.
    bool startMayHaveReachedServer() const { return m_startUncertain; }
    qint64 elapsedMs() const;
    QString describe() const; // the state in words, for people

    static QString stateName(State state); // "needs_code": stable, for --json

signals:
    void stateChanged(ConnectionSession::State state);
    void statusReceived(const AuthStatus &status);
    void codeRejected(const QString &message);
    // A poll failed but the session keeps trying after `delayMs`.
    void retrying(const ApiError &error, int delayMs);
    void finished(ConnectionSession::State state);

private:
    void begin(const QString &accountId, const QString &displayName);
    void onStarted(const ApiResult<StartReply> &result, const QString &displayName);
    // `viaBudget`: a timer's poll asks the shared budget first and waits again when another
    // session took the slot; a poll the person asked for (pollNow) goes at once.
    void poll(bool viaBudget = true);
    // Registers with the client's budget while the session polls (its priority follows the
    // state), unregisters when it does not.
    void updateBudget();
    bool isQuick() const; // in the quick window after a start or a code, and healthy
    PollMoment moment() const; // where the login stands, for PollSchedule
    void onPolled(const ApiResult<AuthStatus> &result);
    void onCodeAnswered(const ApiResult<AuthStatus> &result);
    void apply(const AuthStatus &status);
    // Asks PollSchedule how long to wait at `step` and waits that long, though never past
    // the deadline. Returns what PollSchedule said.
    int scheduleNext(PollMoment::Step step, int retryAfterSeconds = -1);
    void setState(State state);
    void fail(const ApiError &error);
    void end(State state);
    qint64 now() const;

    ApiClient *m_client;
    PendingStore *m_pending;
    PollPolicy m_policy;
    Clock *m_clock;
    QString m_storageOrigin;
    RandomSource *m_random;
    QTimer m_timer;
    QPointer<QNetworkReply> m_inFlight; // busy guard: one request at a time
    State m_state = State::Idle;
    QString m_accountId;
    QString m_displayName;
    QUrl m_pollingUrl;
    AuthStatus m_last;
    ApiError m_error;
    QString m_codeError;
    RateInfo m_rate;
    bool m_startUncertain = false; // the start failed in a way that may have reached the server
    std::optional<int> m_codeChallenge; // twofa_type the last code answered
    bool m_codeSent = false; // a code was accepted for checking; its verdict is pending
    int m_wrongCodes = 0;
    int m_transientFailures = 0;
    int m_protocolFailures = 0;
    qint64 m_startedAt = 0;
    qint64 m_endedAt = -1;
    qint64 m_kickedAt = -1; // the start accepted or the code sent: a quick window follows
};

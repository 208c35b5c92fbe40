#include "login/ConnectionSession.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "core/Wipe.h"
#include "login/ServerWords.h"
#include "login/VerificationCode.h"
#include "network/Origin.h"
#include "network/RateBudget.h"
#include "storage/PendingStore.h"

#include <QNetworkReply>

ConnectionSession::ConnectionSession(ApiClient *client, PendingStore *pending, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pending(pending)
    , m_clock(Clock::system())
    , m_random(RandomSource::system())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
}

ConnectionSession::~ConnectionSession()
{
    if (RateBudget *budget = m_client->budget())
        budget->removePoller(this);
    if (m_inFlight) {
        QNetworkReply *reply = m_inFlight;
        m_inFlight = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort(); // its callback sees Cancelled and does nothing
    }
}

QString ConnectionSession::storageOrigin() const
{
    return m_storageOrigin.isEmpty() ? Origin::of(m_client->baseUrl()) : m_storageOrigin;
}

qint64 ConnectionSession::now() const
{
    return m_clock->monotonicMs();
}

bool ConnectionSession::isActive() const
{
    return m_state != State::Idle && !isFinished();
}

bool ConnectionSession::isFinished() const
{
    return m_state == State::Connected || m_state == State::Failed || m_state == State::TimedOut
        || m_state == State::Cancelled;
}

qint64 ConnectionSession::elapsedMs() const
{
    if (m_state == State::Idle)
        return 0;
    return (m_endedAt >= 0 ? m_endedAt : now()) - m_startedAt;
}

ConnectionSession::Challenge ConnectionSession::challenge() const
{
    if (!m_last.needsCode || !m_last.twofaType)
        return m_last.needsCode ? Challenge::App : Challenge::None;
    return m_last.isEmailChallenge() ? Challenge::Email : Challenge::App;
}

void ConnectionSession::begin(const QString &accountId, const QString &displayName)
{
    m_timer.stop();
    if (m_inFlight)
        m_inFlight->abort();
    m_accountId = accountId;
    m_displayName = displayName;
    m_pollingUrl.clear();
    m_last = AuthStatus();
    m_error = ApiError();
    m_codeError.clear();
    m_codeSent = false;
    m_codeChallenge.reset();
    m_wrongCodes = 0;
    m_startUncertain = false;
    m_transientFailures = 0;
    m_protocolFailures = 0;
    m_rate = RateInfo(); // the last login's headers say nothing about this one's first poll
    m_startedAt = now();
    m_endedAt = -1;
    m_kickedAt = -1;
}

void ConnectionSession::start(StartRequest request)
{
    begin({},
          request.name.trimmed().isEmpty() ? request.username.trimmed() : request.name.trimmed());
    setState(State::Starting);
    qCInfo(lcSession) << "starting a login";
    const QString displayName = m_displayName;
    m_inFlight = m_client->startAuthentication(
        request, this,
        [this, displayName](const ApiResult<StartReply> &r) { onStarted(r, displayName); });
    // Not kept: the request body was built and handed to the network (zeroed here when this
    // was the last copy; the controller's copy for "Retry now" is wiped when it forgets it).
    Wipe::wipe(request.password);
    Wipe::wipe(request.proxy.password);
}

void ConnectionSession::reauthenticate(const QString &accountId, const QString &displayName)
{
    begin(accountId, displayName);
    setState(State::Starting);
    qCInfo(lcSession) << "re-authenticating" << accountId;
    m_inFlight = m_client->reauthenticate(
        accountId, this,
        [this, displayName](const ApiResult<StartReply> &r) { onStarted(r, displayName); });
}

void ConnectionSession::resume(const QString &accountId, const QString &displayName)
{
    begin(accountId, displayName);
    qCInfo(lcSession) << "resuming" << accountId;
    setState(State::Waiting);
    scheduleNext(PollMoment::Step::Resume);
}

void ConnectionSession::onStarted(const ApiResult<StartReply> &result, const QString &displayName)
{
    m_inFlight = nullptr;
    if (result.error.kind == ApiError::Kind::Cancelled || m_state != State::Starting)
        return; // we aborted it: cancel(), a new begin() or the destructor decides what follows
    if (!result.ok()) {
        // A dropped, timed-out or unreadable start may still have reached the server.
        const ApiError::Kind k = result.error.kind;
        m_startUncertain = !result.error.neverSent
            && (k == ApiError::Kind::Network || k == ApiError::Kind::Timeout
                || k == ApiError::Kind::Server
                || (k == ApiError::Kind::Protocol && result.error.httpStatus / 100 == 2));
        fail(result.error);
        return;
    }
    m_accountId = result.value->accountId;
    if (!ApiClient::isValidAccountId(m_accountId)) {
        fail(ApiError::make(ApiError::Kind::Protocol,
                            QStringLiteral("account_id is not a plain id")));
        return;
    }
    m_pollingUrl = result.value->pollingUrl;
    m_displayName = displayName;
    m_rate = result.rate;
    if (m_pending) {
        m_pending->save({m_accountId, m_displayName, storageOrigin(), m_clock->utcNow()});
    }
    qCInfo(lcSession) << "login started for" << m_accountId;
    m_kickedAt = now();
    setState(State::Waiting);
    scheduleNext(PollMoment::Step::FirstPoll);
}

void ConnectionSession::poll(bool viaBudget)
{
    if (isFinished() || m_state == State::Idle)
        return;
    if (now() - m_startedAt >= m_policy.deadlineMs) {
        qCInfo(lcSession) << "deadline reached for" << m_accountId;
        end(State::TimedOut);
        return;
    }
    if (m_inFlight || m_state == State::SubmittingCode || m_state == State::Starting)
        return; // busy guard: the running request reschedules when it answers
    RateBudget *budget = m_client->budget();
    if (budget && viaBudget) {
        // Another session may have taken the slot since this wait was decided: wait again.
        const qint64 wait = budget->pollDelayMs(this);
        if (wait > 0) {
            const qint64 left = m_policy.deadlineMs - (now() - m_startedAt);
            m_timer.start(int(qBound<qint64>(0, qMin(wait, left), qint64(INT_MAX))));
            return;
        }
    }
    m_inFlight = m_client->pollStatus(m_accountId, m_pollingUrl, this,
                                      [this](const ApiResult<AuthStatus> &r) { onPolled(r); });
    if (budget)
        budget->notePolled(this);
}

void ConnectionSession::onPolled(const ApiResult<AuthStatus> &result)
{
    m_inFlight = nullptr;
    if (isFinished())
        return;
    m_rate = result.rate;
    if (!result.ok()) {
        const ApiError &e = result.error;
        if (e.kind == ApiError::Kind::Cancelled)
            return;
        const bool protocol = e.kind == ApiError::Kind::Protocol;
        if (protocol && ++m_protocolFailures >= m_policy.maxProtocolErrors) {
            fail(e);
            return;
        }
        if (!e.isTransient() && !protocol) {
            fail(e);
            return;
        }
        ++m_transientFailures;
        if (m_state == State::SubmittingCode)
            return; // the code's answer schedules what follows
        const int delay = scheduleNext(PollMoment::Step::Working, e.retryAfterSeconds);
        qCInfo(lcSession) << "poll failed:" << e.kindName() << e.details << "- retrying in" << delay
                          << "ms";
        emit retrying(e, delay);
        return;
    }
    m_transientFailures = 0;
    m_protocolFailures = 0;
    if (m_state == State::SubmittingCode) {
        m_last = *result.value; // stale with respect to the code; the PUT's answer decides
        return;
    }
    apply(*result.value);
}

void ConnectionSession::apply(const AuthStatus &status)
{
    const State before = m_state;
    // Only a definite other challenge (email -> app) is new; a null type is not a change.
    const bool challengeChanged
        = status.twofaType && m_codeChallenge && *status.twofaType != *m_codeChallenge;
    m_last = status;
    if (!status.displayName.isEmpty())
        m_displayName = status.displayName;
    emit statusReceived(status);

    PollMoment::Step next = PollMoment::Step::Working;
    const AuthStatus::Phase phase = status.phase();
    const bool codeSent = m_codeSent;
    if (phase != AuthStatus::Phase::Verifying && phase != AuthStatus::Phase::Working)
        m_codeSent = false; // the code's check is over, one way or another
    switch (phase) {
    case AuthStatus::Phase::Connected: end(State::Connected); return;
    case AuthStatus::Phase::Failed:
        m_error = ApiError();
        end(State::Failed);
        return;
    case AuthStatus::Phase::NeedsCode:
        if (challengeChanged)
            m_wrongCodes = 0; // a new challenge counts from zero
        if (codeSent && !challengeChanged) {
            ++m_wrongCodes;
            m_codeError = ServerWords::codeRefused(status.lastError);
            qCInfo(lcSession) << "code rejected for" << m_accountId;
            emit codeRejected(m_codeError);
        } else if (before != State::NeedsCode) {
            m_codeError.clear();
        }
        setState(State::NeedsCode);
        next = PollMoment::Step::AwaitingCode;
        break;
    case AuthStatus::Phase::Verifying: setState(State::Verifying); break;
    case AuthStatus::Phase::Working: setState(State::Waiting); break;
    }
    scheduleNext(next);
}

bool ConnectionSession::submitCode(const QString &code)
{
    if (m_state != State::NeedsCode) {
        qCWarning(lcSession) << "a code was given while not waiting for one";
        return false;
    }
    const QString digits = VerificationCode::normalize(code);
    if (!VerificationCode::isPlausible(digits)) {
        m_codeError = tr("Enter the code as it was given: digits only, usually 6.");
        emit codeRejected(m_codeError);
        return false;
    }
    m_timer.stop();
    m_codeError.clear();
    m_codeChallenge = m_last.twofaType;
    m_transientFailures = 0; // polls that failed before do not slow down the code's verdict
    m_kickedAt = now(); // its verdict usually comes within seconds
    setState(State::SubmittingCode);
    qCInfo(lcSession) << "sending a code for" << m_accountId;
    if (m_inFlight) // a poll answer now would be stale
        m_inFlight->abort();
    m_inFlight = m_client->submitCode(
        m_accountId, digits, this, [this](const ApiResult<AuthStatus> &r) { onCodeAnswered(r); });
    return true;
}

void ConnectionSession::onCodeAnswered(const ApiResult<AuthStatus> &result)
{
    m_inFlight = nullptr;
    if (isFinished())
        return;
    m_rate = result.rate;
    if (!result.ok()) {
        const ApiError &e = result.error;
        if (e.kind == ApiError::Kind::Cancelled)
            return;
        if (e.kind == ApiError::Kind::Unauthorized || e.kind == ApiError::Kind::NotFound
            || e.kind == ApiError::Kind::NoCredits || e.kind == ApiError::Kind::Forbidden) {
            fail(e);
            return;
        }
        if (e.kind == ApiError::Kind::Protocol && e.httpStatus / 100 == 2) {
            // The server took the code but its answer is unreadable: poll for the verdict.
            qCInfo(lcSession) << "code answer unreadable; polling for the result";
            m_codeSent = true;
            setState(State::Verifying);
            scheduleNext(PollMoment::Step::Working);
            return;
        }
        // Never resent on our own: the person decides (a resend may reach Fansly twice).
        if (e.kind == ApiError::Kind::Validation) {
            m_codeError = ServerWords::codeRefused(!e.fieldSummary().isEmpty() ? e.fieldSummary()
                                                                               : e.message);
        } else {
            m_codeError = tr("The code may not have reached the server: %1 If this page still "
                             "asks for it, you can send it again.")
                              .arg(e.userMessage());
        }
        qCInfo(lcSession) << "code not taken:" << e.kindName();
        setState(State::NeedsCode);
        emit codeRejected(m_codeError);
        scheduleNext(PollMoment::Step::AwaitingCode, e.retryAfterSeconds);
        return;
    }
    const AuthStatus s = *result.value;
    m_codeSent = true; // so a challenge seen after this reads as a rejection
    if (s.phase() == AuthStatus::Phase::NeedsCode) {
        // The PUT answered with the challenge still open: treat as "checking".
        m_last = s;
        setState(State::Verifying);
        scheduleNext(PollMoment::Step::Working);
        return;
    }
    apply(s);
}

bool ConnectionSession::pollNow()
{
    if (m_inFlight
        || (m_state != State::Waiting && m_state != State::Verifying
            && m_state != State::NeedsCode))
        return false;
    m_timer.stop();
    poll(false); // the person asked: their clicks have the budget's headroom
    return m_inFlight != nullptr;
}

void ConnectionSession::cancel()
{
    if (!isActive())
        return;
    qCInfo(lcSession) << "cancelled" << m_accountId;
    end(State::Cancelled);
}

void ConnectionSession::fail(const ApiError &error)
{
    m_error = error;
    qCInfo(lcSession) << "failed:" << error.kindName() << error.details;
    end(State::Failed);
}

void ConnectionSession::end(State state)
{
    m_timer.stop();
    if (m_inFlight) {
        QNetworkReply *reply = m_inFlight;
        m_inFlight = nullptr;
        reply->abort();
    }
    m_endedAt = now();
    // A timed-out login may still finish at the server: keep it resumable.
    if (m_pending && !m_accountId.isEmpty() && state != State::TimedOut)
        m_pending->remove(storageOrigin(), m_accountId);
    setState(state);
    emit finished(state);
}

void ConnectionSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    updateBudget();
    qCInfo(lcSession).noquote() << m_accountId << "->" << stateName(state);
    emit stateChanged(state);
}

// When the session polls next, and the share of the shared request budget it asks for:
// the pacing, kept apart from the state machine in ConnectionSession.cpp.
#include "login/ConnectionSession.h"

#include "login/PollSchedule.h"
#include "network/ApiClient.h"
#include "network/RateBudget.h"

#include <climits>

PollMoment ConnectionSession::moment() const
{
    PollMoment m;
    m.sinceKickMs = m_kickedAt < 0 ? -1 : now() - m_kickedAt;
    m.failures = m_transientFailures;
    m.rate = m_rate;
    return m;
}

int ConnectionSession::scheduleNext(PollMoment::Step step, int retryAfterSeconds)
{
    PollMoment moment = this->moment();
    moment.step = step;
    moment.retryAfterSeconds = retryAfterSeconds;
    updateBudget(); // the quick window may have ended: ask for a smaller share
    if (RateBudget *budget = m_client->budget())
        moment.budgetDelayMs = budget->pollDelayMs(this);
    const int delay = PollSchedule::nextDelayMs(m_policy, moment, *m_random);
    const qint64 left = m_policy.deadlineMs - (now() - m_startedAt);
    // Wake at the deadline at the latest, so a long back-off cannot overrun it.
    m_timer.start(int(qBound<qint64>(0, qMin<qint64>(delay, left), qint64(INT_MAX))));
    return delay;
}

bool ConnectionSession::isQuick() const
{
    return PollSchedule::isQuick(m_policy, moment());
}

void ConnectionSession::updateBudget()
{
    RateBudget *budget = m_client->budget();
    if (!budget)
        return;
    switch (m_state) {
    case State::Waiting:
    case State::SubmittingCode: // its verdict is polled for next
    case State::Verifying:
        budget->addPoller(this, RateBudget::Priority::Challenge,
                          isQuick() ? m_policy.quickIntervalMs : m_policy.intervalMs);
        break;
    case State::NeedsCode:
        budget->addPoller(this, RateBudget::Priority::Code, m_policy.codeWaitIntervalMs);
        break;
    default: budget->removePoller(this); break;
    }
}

#include "login/PollSchedule.h"

#include "core/Clock.h"

#include <QtGlobal>

namespace {

constexpr qint64 kMaxRetryAfterMs = 3600 * 1000;

qint64 backoffMs(const PollPolicy &policy, int failures, RandomSource &random)
{
    const int exponent = qBound(0, failures - 1, 10);
    const qint64 base = qMin<qint64>(qint64(policy.backoffBaseMs) << exponent, policy.backoffMaxMs);
    // +-jitter, so many clients that failed together do not retry in step.
    const double spread = 1.0 + policy.jitter * (random.unit() * 2 - 1);
    return qint64(base * spread);
}

qint64 healthyMs(const PollPolicy &policy, const PollMoment &moment)
{
    switch (moment.step) {
    case PollMoment::Step::Resume: return 0;
    case PollMoment::Step::FirstPoll: return policy.firstPollMs;
    case PollMoment::Step::Working:
        return PollSchedule::isQuick(policy, moment) ? policy.quickIntervalMs : policy.intervalMs;
    case PollMoment::Step::AwaitingCode: return policy.codeWaitIntervalMs;
    }
    return policy.intervalMs;
}

} // namespace

namespace PollSchedule {

bool isQuick(const PollPolicy &policy, const PollMoment &moment)
{
    const int remaining = moment.rate.remainingPerMinute;
    return moment.failures == 0 && moment.sinceKickMs >= 0
        && moment.sinceKickMs < policy.quickWindowMs && policy.quickIntervalMs < policy.intervalMs
        && (remaining < 0 || remaining >= policy.quickMinRemaining);
}

int nextDelayMs(const PollPolicy &policy, const PollMoment &moment, RandomSource &random)
{
    const qint64 budget = qMax(0, moment.budgetDelayMs);
    if (moment.step == PollMoment::Step::Resume)
        return int(budget);
    qint64 delay = moment.failures > 0 ? backoffMs(policy, moment.failures, random)
                                       : healthyMs(policy, moment);
    if (moment.retryAfterSeconds > 0)
        delay = qMax(delay, qMin(qint64(moment.retryAfterSeconds) * 1000, kMaxRetryAfterMs));
    const int remaining = moment.rate.remainingPerMinute;
    if (moment.failures == 0 && remaining >= 0 && remaining <= policy.lowRemaining) {
        // Few requests left this minute: spread them out instead of running into a 429.
        const qint64 share = 60000 / (remaining + 1);
        delay = qMax(delay, qMin<qint64>(share, policy.backoffMaxMs));
    }
    delay = qMax(delay, budget);
    return int(qBound(qint64(0), delay, qint64(INT_MAX)));
}

} // namespace PollSchedule

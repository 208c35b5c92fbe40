#pragma once

#include "login/PollPolicy.h"
#include "network/ApiTypes.h"

class RandomSource;

// Where a login stands when the session decides how long to wait before the next poll.
struct PollMoment
{
    enum class Step {
        Resume, // picking up a login started earlier: look at once
        FirstPoll, // the start was accepted: a challenge usually shows within seconds
        Working, // the login runs or a code is being checked
        AwaitingCode, // a person is reading out a code: slower
    };
    Step step = Step::Working;
    // Since the start was accepted or the code sent; -1 when unknown (a resumed login).
    qint64 sinceKickMs = -1;
    int failures = 0; // network, 5xx or unreadable answers in a row; 0 after a good one
    int retryAfterSeconds = -1; // the last answer's Retry-After; -1 when absent
    RateInfo rate; // the last answer's rate-limit headers
    // The shared request budget's least wait (RateBudget::pollDelayMs): its fair share
    // among every session polling on the same key. 0 when there is no budget.
    int budgetDelayMs = 0;
};

// The one place that decides when to poll next (Nextcloud's Flow2Auth habit): the
// session asks here every time and never computes a delay itself.
namespace PollSchedule {
// Whether a healthy login is in its quick window (and the rate-limit headers allow it); a
// Working step then polls every quickIntervalMs.
bool isQuick(const PollPolicy &policy, const PollMoment &moment);
// Milliseconds until the next poll. After failures: exponential back-off with jitter
// (the only use of `random`). Retry-After is honoured (up to an hour). A healthy poll
// waits at least as long as the rate-limit headers allow when few requests are left.
// Nothing, not even a resume, goes before the shared budget's least wait.
int nextDelayMs(const PollPolicy &policy, const PollMoment &moment, RandomSource &random);
} // namespace PollSchedule

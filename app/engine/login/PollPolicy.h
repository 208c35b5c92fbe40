#pragma once

#include <QtGlobal>

// How often the session polls, and for how long. Tests shrink every number.
struct PollPolicy
{
    // A challenge usually shows within seconds of the start, and a code's verdict within
    // seconds of sending it: poll quickly then, slowly afterwards. The budget's fair share
    // and the rate-limit headers still slow every poll down when requests are scarce.
    int firstPollMs = 500;
    int quickIntervalMs = 700; // in the quick window after a start or a code
    int quickWindowMs = 6000; // 0: no quick window
    int quickMinRemaining = 20; // fewer requests left this minute: no quick polls
    int intervalMs = 2000; // later, while the login works or a code is checked
    int codeWaitIntervalMs = 6000; // while a person reads out a code: slower
    int backoffBaseMs = 2000; // after a network or 5xx error, doubled each time
    int backoffMaxMs = 30000;
    double jitter = 0.2; // +-20 % so many clients do not poll in step
    int lowRemaining = 5; // rate-limit headers: slow down below this
    int maxProtocolErrors = 3; // malformed poll replies in a row before giving up
    qint64 deadlineMs = 20 * 60 * 1000; // overall, from start to an end state

    static PollPolicy fast()
    {
        PollPolicy p;
        p.firstPollMs = 20;
        p.quickIntervalMs = 20;
        p.quickWindowMs = 100;
        p.intervalMs = 30;
        p.codeWaitIntervalMs = 60;
        p.backoffBaseMs = 30;
        p.backoffMaxMs = 200;
        p.deadlineMs = 20000;
        return p;
    }
};

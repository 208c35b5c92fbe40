#pragma once

#include <QtGlobal>

// How often the session polls, and for how long. Tests shrink every number.
struct PollPolicy
{
    int firstPollMs = 1000; // a challenge usually shows within seconds
    int intervalMs = 2000; // while the login works or a code is checked
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
        p.intervalMs = 30;
        p.codeWaitIntervalMs = 60;
        p.backoffBaseMs = 30;
        p.backoffMaxMs = 200;
        p.deadlineMs = 20000;
        return p;
    }
};

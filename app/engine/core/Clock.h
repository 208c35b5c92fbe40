#pragma once

#include <QDateTime>

// The one source of time for the engine: the session's deadline, pending-login
// timestamps and Retry-After dates all ask a Clock. Tests hand in a ManualClock
// (tests/support) and move time themselves; everything else uses Clock::system().
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds that only go forward (not wall time): for intervals and deadlines.
    virtual qint64 monotonicMs() const = 0;
    // Wall time, for timestamps people read and dates servers send.
    virtual QDateTime utcNow() const = 0;

    static Clock *system();
};

// The one source of chance: poll jitter. Tests hand in a fixed one.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    // A number in [0, 1).
    virtual double unit() = 0;

    static RandomSource *system();
};

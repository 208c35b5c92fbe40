#pragma once

#include "network/ApiTypes.h"

#include <QHash>
#include <QObject>

#include <deque>

class Clock;

// One request budget per API origin and key, shared by every session, the list refresh
// and whoami, so that many logins at once never run into a 429. It learns the limit from
// the replies' rate-limit headers (and a 429's Retry-After), keeps its own sliding 60 s log
// of what was sent, and hands out poll slots: a weighted fair share per polling session,
// evenly spread, always leaving a little headroom for the person's own clicks (a code, a
// start, a disconnect), which never wait for the budget.
class RateBudget : public QObject
{
    Q_OBJECT
public:
    enum class Priority {
        Challenge, // waiting for the login to move / a challenge to show: polls first
        Code, // waiting while a person reads out a code: may poll slower
        Background, // list refresh, whoami: only when the budget is ample
    };
    Q_ENUM(Priority)

    // Until a reply says otherwise: the smallest limit OnlyFansAPI plans are known to use,
    // so a first burst of logins cannot overrun a small key before its headers arrive.
    static constexpr int kAssumedLimitPerMinute = 60;
    static constexpr qint64 kWindowMs = 60 * 1000;
    // Weights of the fair share: a session waiting for a challenge gets three times the
    // polls of one waiting for a person to read out a code.
    static constexpr int kChallengeWeight = 3;
    static constexpr int kCodeWeight = 1;
    // A 429 without Retry-After blocks this long.
    static constexpr int kDefaultBlockMs = 10 * 1000;

    explicit RateBudget(Clock *clock = nullptr, QObject *parent = nullptr);

    void noteSent(); // ApiClient calls this for every request it sends
    void noteReply(const RateInfo &rate, int httpStatus); // and this for every reply

    // A session that polls registers (again, to change its priority). `wantedIntervalMs` is
    // how often it would poll on its own (default: PollPolicy's 2 s, or 6 s for Code); the
    // budget never gives it more than that, so what it leaves goes to the others.
    void addPoller(const void *who, Priority p, int wantedIntervalMs = -1);
    void removePoller(const void *who);
    // The session sent a poll (after noteSent); its fair share counts from here.
    void notePolled(const void *who);
    // The least wait before `who`'s next poll: its fair share since its last poll, the
    // spacing between any two polls, the sliding-window guard and a 429's block. 0: now.
    int pollDelayMs(const void *who) const;
    // 0 when a request of this priority may go now. Challenge and Code: the window
    // guard without headroom; Background: only while the budget is ample.
    int sendDelayMs(Priority p) const;
    // Few requests left (or blocked by a 429): skip background refreshes.
    bool isLow() const;

    int limitPerMinute() const { return m_limit; } // learned; -1 when unknown
    int remainingPerMinute() const; // learned (less what was sent since); -1 when unknown

    // What the decisions use: the learned limit, else kAssumedLimitPerMinute.
    int effectiveLimit() const;
    // Kept free for the person's clicks: max(2, 10 % of the limit).
    int headroom() const;
    // Requests sent in the last 60 s (own log).
    int sentInWindow() const;
    // Polls a minute the fair shares add up to: the limit less the headroom, and less half
    // as much again as slack for starts and codes, so the sliding-window guard (which stops
    // polls at the limit less the headroom) is a safety net, not the usual pace.
    int pollsPerMinute() const;
    int pollerCount() const { return int(m_pollers.size()); }
    // `who`'s current fair share: milliseconds between its polls; -1 when not registered.
    int shareIntervalMs(const void *who) const;

signals:
    void changed(); // limit/remaining learned or changed, or a 429 blocked everything
    // remainingPerMinute() may read differently: a request went out or a reply said.
    void remainingChanged();

private:
    struct Poller
    {
        Priority priority = Priority::Challenge;
        int wantedIntervalMs = 2000;
        qint64 lastPollAt = -1;
        // Asked while its own share had run out but another poller held the slot: waits
        // in line. `nextAskAt`: when it said it would ask again (later: gone from the line).
        qint64 waitingSince = -1;
        qint64 nextAskAt = -1;
    };
    qint64 now() const;
    void expire() const;
    // Milliseconds until fewer than `allowed` requests are in the window.
    qint64 windowWaitMs(int allowed) const;
    // Milliseconds the server's own count (remaining, less what was sent since) asks for
    // when at most `threshold` are left: one request per equal part of the minute.
    qint64 serverWaitMs(int threshold) const;
    int pollCapacity() const; // polls stop when this many were sent in the window
    qint64 pollGapMs() const; // the spacing between any two polls
    qint64 blockedMs() const;
    void recomputeShares();

    Clock *m_clock;
    mutable std::deque<qint64> m_sent; // send times within the last window, oldest first
    mutable QHash<const void *, Poller> m_pollers; // pollDelayMs() keeps the line
    QHash<const void *, int> m_shareMs;
    int m_limit = -1;
    int m_remaining = -1;
    qint64 m_remainingAt = -1; // when m_remaining was learned
    qint64 m_remainingUntil = -1; // when it stops being true (a window later, or a 429's end)
    int m_sentSinceRemaining = 0;
    qint64 m_lastSentAt = -1;
    qint64 m_lastPollAt = -1;
    const void *m_lastPoller = nullptr;
    qint64 m_blockedUntil = -1;
};

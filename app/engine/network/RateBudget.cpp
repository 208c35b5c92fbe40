#include "network/RateBudget.h"

#include "core/Clock.h"

#include <QtMath>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

// A poller that said it would ask again and did not within this long has left the line
// (it is sending a code, backing off, or its timer is late): it no longer holds others up.
constexpr qint64 kLineToleranceMs = 250;

int weightOf(RateBudget::Priority p)
{
    return p == RateBudget::Priority::Code ? RateBudget::kCodeWeight : RateBudget::kChallengeWeight;
}

} // namespace

RateBudget::RateBudget(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{ }

qint64 RateBudget::now() const
{
    return m_clock->monotonicMs();
}

void RateBudget::expire() const
{
    const qint64 t = now();
    while (!m_sent.empty() && m_sent.front() + kWindowMs <= t)
        m_sent.pop_front();
}

int RateBudget::sentInWindow() const
{
    expire();
    return int(m_sent.size());
}

int RateBudget::effectiveLimit() const
{
    return m_limit > 0 ? m_limit : kAssumedLimitPerMinute;
}

int RateBudget::headroom() const
{
    return qMax(2, (effectiveLimit() + 9) / 10);
}

int RateBudget::pollCapacity() const
{
    return qMax(1, effectiveLimit() - headroom());
}

int RateBudget::pollsPerMinute() const
{
    return qMax(1, pollCapacity() - headroom() / 2);
}

qint64 RateBudget::pollGapMs() const
{
    return kWindowMs / pollsPerMinute();
}

int RateBudget::remainingPerMinute() const
{
    if (m_remaining >= 0 && now() < m_remainingUntil)
        return qMax(0, m_remaining - m_sentSinceRemaining);
    if (m_limit > 0)
        return qMax(0, m_limit - sentInWindow());
    return -1;
}

void RateBudget::noteSent()
{
    expire();
    const qint64 t = now();
    m_sent.push_back(t);
    m_lastSentAt = t;
    ++m_sentSinceRemaining;
    emit remainingChanged();
}

void RateBudget::noteReply(const RateInfo &rate, int httpStatus)
{
    bool change = false;
    if (rate.limitPerMinute > 0 && rate.limitPerMinute != m_limit) {
        m_limit = rate.limitPerMinute;
        recomputeShares();
        change = true;
    }
    if (rate.remainingPerMinute >= 0) {
        change = change || rate.remainingPerMinute != remainingPerMinute();
        m_remaining = rate.remainingPerMinute;
        m_remainingAt = now();
        m_remainingUntil = m_remainingAt + kWindowMs; // older than any window it describes
        m_sentSinceRemaining = 0;
    }
    if (httpStatus == 429) {
        // Everything waits, not just the one that was refused: the next request of anyone
        // would be refused as well.
        const qint64 wait
            = rate.retryAfterSeconds > 0 ? qint64(rate.retryAfterSeconds) * 1000 : kDefaultBlockMs;
        m_blockedUntil = qMax(m_blockedUntil, now() + qMin<qint64>(wait, 3600 * 1000));
        // What the server says is left (0, surely) holds only until it lets us in again.
        m_remainingUntil = qMin(m_remainingUntil, m_blockedUntil);
        change = true;
    }
    if (change)
        emit changed();
    if (rate.remainingPerMinute >= 0)
        emit remainingChanged();
}

void RateBudget::addPoller(const void *who, Priority p, int wantedIntervalMs)
{
    if (p == Priority::Background)
        p = Priority::Code; // a poller that can wait: the smallest share
    Poller &poller = m_pollers[who];
    const int wanted = wantedIntervalMs > 0 ? wantedIntervalMs : p == Priority::Code ? 6000 : 2000;
    if (poller.priority == p && poller.wantedIntervalMs == wanted && m_shareMs.contains(who))
        return;
    poller.priority = p;
    poller.wantedIntervalMs = wanted;
    recomputeShares();
}

void RateBudget::removePoller(const void *who)
{
    if (m_pollers.remove(who) == 0)
        return;
    if (m_lastPoller == who)
        m_lastPoller = nullptr;
    recomputeShares();
}

void RateBudget::notePolled(const void *who)
{
    const qint64 t = now();
    m_lastPollAt = t;
    m_lastPoller = who;
    auto it = m_pollers.find(who);
    if (it != m_pollers.end()) {
        it->lastPollAt = t;
        it->waitingSince = -1;
        it->nextAskAt = -1;
    }
}

void RateBudget::recomputeShares()
{
    // Weighted max-min fairness ("water filling"): a poller never gets more than it wants,
    // and what one leaves is shared by the others in proportion to their weights.
    struct Entry
    {
        const void *who;
        double demand; // polls a minute it wants
        double weight;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(m_pollers.size()));
    double weights = 0;
    for (auto it = m_pollers.cbegin(); it != m_pollers.cend(); ++it) {
        const double w = weightOf(it->priority);
        entries.push_back({it.key(), double(kWindowMs) / it->wantedIntervalMs, w});
        weights += w;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.demand / a.weight < b.demand / b.weight;
    });
    double capacity = pollsPerMinute();
    m_shareMs.clear();
    for (const Entry &e : entries) {
        const double share = qMin(e.demand, capacity * e.weight / weights);
        capacity -= share;
        weights -= e.weight;
        m_shareMs.insert(e.who, int(qCeil(double(kWindowMs) / share)));
    }
}

int RateBudget::shareIntervalMs(const void *who) const
{
    return m_shareMs.value(who, -1);
}

qint64 RateBudget::windowWaitMs(int allowed) const
{
    expire();
    const int n = int(m_sent.size());
    if (n < allowed)
        return 0;
    // Wait until the oldest n - allowed + 1 have left the window.
    const qint64 leaves = m_sent[size_t(n - qMax(allowed, 1))] + kWindowMs;
    return qMax<qint64>(1, leaves - now());
}

qint64 RateBudget::serverWaitMs(int threshold) const
{
    const qint64 t = now();
    if (m_remaining < 0 || t >= m_remainingUntil)
        return 0; // unknown, or no longer true
    const int left = m_remaining - m_sentSinceRemaining;
    if (left > threshold)
        return 0;
    const qint64 spaced = m_lastSentAt + kWindowMs / (qMax(0, left) + 1);
    return qMax<qint64>(0, qMin(spaced, m_remainingUntil) - t);
}

qint64 RateBudget::blockedMs() const
{
    return qMax<qint64>(0, m_blockedUntil - now());
}

int RateBudget::sendDelayMs(Priority p) const
{
    qint64 wait = blockedMs();
    if (p == Priority::Background) {
        wait = qMax(wait, windowWaitMs(qMax(1, effectiveLimit() - 2 * headroom())));
        wait = qMax(wait, serverWaitMs(2 * headroom()));
    } else {
        wait = qMax(wait, windowWaitMs(pollCapacity()));
        wait = qMax(wait, serverWaitMs(headroom()));
    }
    return int(qMin<qint64>(wait, INT_MAX));
}

bool RateBudget::isLow() const
{
    if (blockedMs() > 0 || sentInWindow() >= effectiveLimit() - 2 * headroom())
        return true;
    const int left = remainingPerMinute();
    return left >= 0 && left <= 2 * headroom();
}

int RateBudget::pollDelayMs(const void *who) const
{
    const qint64 t = now();
    auto self = m_pollers.find(who);
    if (self == m_pollers.end())
        return sendDelayMs(Priority::Challenge); // not registered: the guards alone
    const qint64 guards = sendDelayMs(self->priority);
    const qint64 own = self->lastPollAt < 0 ? 0 : self->lastPollAt + m_shareMs.value(who, 0) - t;
    if (own > 0)
        return int(qMin<qint64>(qMax(own, guards), INT_MAX));

    // Its share has run out: it waits for the next free slot, in line behind those that
    // have waited longer (challenges first), so the polls are spread evenly and none starves.
    const qint64 gap = pollGapMs();
    const qint64 slotFree = m_lastPoller && m_lastPoller != who && m_pollers.size() > 1
        ? qMax<qint64>(0, m_lastPollAt + gap - t)
        : 0;
    const qint64 base = qMax(guards, slotFree);
    const qint64 since = self->waitingSince >= 0 ? self->waitingSince : t;
    int rank = 0;
    for (auto it = m_pollers.cbegin(); it != m_pollers.cend(); ++it) {
        if (it.key() == who || it->waitingSince < 0 || it->nextAskAt + kLineToleranceMs < t)
            continue;
        bool first = std::less<const void *>()(it.key(), who); // a fixed order for ties
        if (it->priority != self->priority)
            first = it->priority == Priority::Challenge;
        else if (it->waitingSince != since)
            first = it->waitingSince < since;
        else if (it->lastPollAt != self->lastPollAt)
            first = it->lastPollAt < self->lastPollAt;
        rank += first ? 1 : 0;
    }
    if (base == 0 && rank == 0)
        return 0;
    const qint64 delay = base + rank * gap;
    self->waitingSince = since;
    self->nextAskAt = t + delay;
    return int(qMin<qint64>(delay, INT_MAX));
}

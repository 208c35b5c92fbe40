// The shared request budget on simulated minutes: virtual sessions that behave like
// ConnectionSession (ask PollSchedule with the budget's least wait, re-check the budget when
// their timer fires) against a virtual server that counts requests in every 60 s window.
#include "ManualClock.h"
#include "login/PollSchedule.h"
#include "network/RateBudget.h"

#include <QSignalSpy>
#include <QTest>

#include <deque>
#include <memory>
#include <vector>

namespace {

// A server with a per-minute limit, sliding (every 60 s window) or fixed (minutes counted
// from the first request, like the simulator). Answers 429 with Retry-After when over.
class VirtualServer
{
public:
    VirtualServer(ManualClock &clock, int limit, bool sliding = true)
        : m_clock(clock)
        , m_limit(limit)
        , m_sliding(sliding)
    { }
    // One request arrives now; returns the reply's headers and status.
    std::pair<RateInfo, int> request()
    {
        const qint64 t = m_clock.monotonicMs();
        while (!m_log.empty() && m_log.front() + 60000 <= t)
            m_log.pop_front();
        if (!m_sliding && (m_windowStart < 0 || t - m_windowStart >= 60000)) {
            m_windowStart = t;
            m_used = 0;
        }
        RateInfo rate;
        rate.limitPerMinute = m_limit;
        const int used = m_sliding ? int(m_log.size()) : m_used;
        if (used >= m_limit) {
            ++rejected;
            rate.remainingPerMinute = 0;
            rate.retryAfterSeconds = m_sliding ? int((m_log.front() + 60000 - t + 999) / 1000)
                                               : int((m_windowStart + 60000 - t + 999) / 1000);
            return {rate, 429};
        }
        m_log.push_back(t);
        ++m_used;
        peak = qMax(peak, int(m_log.size()));
        rate.remainingPerMinute = m_limit - (m_sliding ? int(m_log.size()) : m_used);
        return {rate, 200};
    }
    int rejected = 0;
    int peak = 0; // most requests accepted in any 60 s window

private:
    ManualClock &m_clock;
    int m_limit;
    bool m_sliding;
    std::deque<qint64> m_log;
    qint64 m_windowStart = -1;
    int m_used = 0;
};

// One login being followed, as ConnectionSession does it with a budget.
struct VirtualSession
{
    RateBudget::Priority priority = RateBudget::Priority::Challenge;
    PollMoment::Step step = PollMoment::Step::FirstPoll;
    qint64 fireAt = -1;
    QList<qint64> polls; // when each poll was sent
    int retryAfter = -1;
    qint64 kickedAt = -1; // its start was accepted; -1: the quick window is not modelled
    int lastRemaining = -1; // the last reply's x-rate-limit-remaining-minute
};

class Harness
{
public:
    Harness(int sessions, int limit, bool sliding = true)
        : server(clock, limit, sliding)
        , budget(&clock)
    {
        for (int i = 0; i < sessions; ++i)
            this->sessions.push_back(std::make_unique<VirtualSession>());
    }
    // Every session starts (one request each, a person's click) and schedules its first poll.
    void startAll()
    {
        for (auto &s : sessions) {
            send();
            if (modelQuickWindow)
                s->kickedAt = clock.monotonicMs();
            budget.addPoller(s.get(), s->priority, wanted(*s));
            schedule(*s);
        }
    }
    void setPriority(VirtualSession &s, RateBudget::Priority p, PollMoment::Step step)
    {
        s.priority = p;
        s.step = step;
        budget.addPoller(&s, p, wanted(s));
    }
    // Moves time on in 10 ms steps, firing timers like the event loop would.
    void run(qint64 ms)
    {
        const qint64 end = clock.monotonicMs() + ms;
        while (clock.monotonicMs() < end) {
            for (auto &s : sessions) {
                if (s->fireAt >= 0 && s->fireAt <= clock.monotonicMs())
                    fire(*s);
            }
            if (clickEveryMs > 0 && clock.monotonicMs() >= nextClickAt) {
                send();
                ++clicks;
                nextClickAt = clock.monotonicMs() + clickEveryMs;
            }
            clock.advance(10);
        }
    }
    // A request nobody gates (a person's click), its reply noted like ApiClient does.
    std::pair<RateInfo, int> send()
    {
        budget.noteSent();
        const auto reply = server.request();
        budget.noteReply(reply.first, reply.second);
        return reply;
    }

    ManualClock clock;
    FixedRandom random;
    VirtualServer server;
    RateBudget budget;
    PollPolicy policy;
    std::vector<std::unique_ptr<VirtualSession>> sessions;
    qint64 clickEveryMs = 0;
    qint64 nextClickAt = 0;
    int clicks = 0;
    bool modelQuickWindow = false; // as ConnectionSession does: quick polls after the start

private:
    PollMoment momentOf(const VirtualSession &s) const
    {
        PollMoment moment;
        moment.step = s.step;
        moment.retryAfterSeconds = s.retryAfter;
        moment.sinceKickMs = s.kickedAt < 0 ? -1 : clock.monotonicMs() - s.kickedAt;
        moment.rate.remainingPerMinute = s.lastRemaining;
        return moment;
    }
    int wanted(const VirtualSession &s) const
    {
        if (s.priority == RateBudget::Priority::Code)
            return policy.codeWaitIntervalMs;
        return PollSchedule::isQuick(policy, momentOf(s)) ? policy.quickIntervalMs
                                                          : policy.intervalMs;
    }
    void schedule(VirtualSession &s)
    {
        budget.addPoller(&s, s.priority, wanted(s));
        PollMoment moment = momentOf(s);
        moment.budgetDelayMs = budget.pollDelayMs(&s);
        s.fireAt = clock.monotonicMs() + PollSchedule::nextDelayMs(policy, moment, random);
    }
    void fire(VirtualSession &s)
    {
        const int wait = budget.pollDelayMs(&s);
        if (wait > 0) { // another session took the slot meanwhile: wait again
            s.fireAt = clock.monotonicMs() + wait;
            return;
        }
        s.polls.append(clock.monotonicMs());
        budget.noteSent();
        budget.notePolled(&s);
        const auto reply = server.request();
        budget.noteReply(reply.first, reply.second);
        s.retryAfter = reply.second == 429 ? reply.first.retryAfterSeconds : -1;
        s.lastRemaining = reply.first.remainingPerMinute;
        if (s.step == PollMoment::Step::FirstPoll)
            s.step = PollMoment::Step::Working;
        schedule(s);
    }
};

struct Spacing
{
    double mean = 0;
    qint64 min = 0;
    qint64 max = 0;
    double stddev = 0;
};

Spacing spacingOf(const QList<qint64> &polls, qint64 from = 0)
{
    QList<qint64> gaps;
    for (int i = 1; i < polls.size(); ++i) {
        if (polls[i - 1] >= from)
            gaps.append(polls[i] - polls[i - 1]);
    }
    Spacing s;
    if (gaps.isEmpty())
        return s;
    s.min = *std::min_element(gaps.begin(), gaps.end());
    s.max = *std::max_element(gaps.begin(), gaps.end());
    for (qint64 g : gaps)
        s.mean += double(g) / gaps.size();
    for (qint64 g : gaps)
        s.stddev += (g - s.mean) * (g - s.mean) / gaps.size();
    s.stddev = std::sqrt(s.stddev);
    return s;
}

// Most requests in any 60 s window of these times.
int peakPerMinute(QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    int peak = 0;
    for (int i = 0, j = 0; i < times.size(); ++i) {
        while (times[i] - times[j] >= 60000)
            ++j;
        peak = qMax(peak, i - j + 1);
    }
    return peak;
}

} // namespace

class TestRateBudget : public QObject
{
    Q_OBJECT
private slots:
    void aLoneSessionKeepsTodaysCadence()
    {
        Harness h(1, 60);
        h.startAll();
        h.run(9000);
        VirtualSession &s = *h.sessions[0];
        QCOMPARE(s.polls.value(0), 500); // first poll after 0.5 s
        QCOMPARE(s.polls.value(1), 2500); // then every 2 s (no quick window here)
        QCOMPARE(s.polls.value(2), 4500);
        QCOMPARE(s.polls.value(3), 6500);
        h.setPriority(s, RateBudget::Priority::Code, PollMoment::Step::AwaitingCode);
        const int before = s.polls.size();
        h.run(30000);
        const Spacing code = spacingOf(s.polls.mid(before - 1));
        QCOMPARE(code.min, 6000); // every 6 s while a person reads out a code
        QCOMPARE(code.max, 6000);
        QCOMPARE(h.server.rejected, 0);
    }

    // After the start, a challenge usually shows within seconds: a lone session on an ample
    // key polls every 0.7 s for 6 s, then every 2 s. On a 60/min key its fair share (51 polls a
    // minute: 1.18 s) is the floor instead.
    void aLoneSessionPollsQuicklyAfterItsStart_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("ample key") << 1000 << QList<qint64> {500,  1200, 1900, 2600, 3300, 4000,
                                                             4700, 5400, 6100, 8100, 10100};
        QTest::newRow("60 a minute")
            << 60 << QList<qint64> {500, 1680, 2860, 4040, 5220, 6400, 8400, 10400};
    }
    void aLoneSessionPollsQuicklyAfterItsStart()
    {
        QFETCH(int, limit);
        QFETCH(QList<qint64>, expected);
        Harness h(1, limit);
        h.modelQuickWindow = true;
        h.startAll();
        h.run(expected.last() + 5);
        QCOMPARE(h.sessions[0]->polls, expected);
        QCOMPARE(h.server.rejected, 0);
    }

    void fiveSessionsShareSixtyAMinuteEvenly() { shareEvenly(5, 5 * 60000); }
    void twentySessionsShareSixtyAMinuteEvenly() { shareEvenly(20, 10 * 60000); }

    void aFixedWindowServerNeverRejectsEither()
    {
        // The simulator counts minutes from the first request: a sliding guard covers it.
        Harness h(20, 60, false);
        h.startAll();
        h.run(5 * 60000);
        QCOMPARE(h.server.rejected, 0);
    }

    void challengesPollMoreOftenThanCodes()
    {
        Harness h(20, 60);
        for (int i = 0; i < 10; ++i) {
            h.sessions[size_t(i)]->priority = RateBudget::Priority::Code;
            h.sessions[size_t(i)]->step = PollMoment::Step::AwaitingCode;
        }
        h.startAll();
        h.run(5 * 60000);
        QCOMPARE(h.server.rejected, 0);
        double code = 0, challenge = 0;
        for (int i = 0; i < 20; ++i) {
            const Spacing s = spacingOf(h.sessions[size_t(i)]->polls, 60000);
            (i < 10 ? code : challenge) += s.mean / 10;
            QVERIFY2(!h.sessions[size_t(i)]->polls.isEmpty(), "no session starves");
        }
        qInfo("10 code + 10 challenge sessions on 60/min: code every %.1f s, challenge every "
              "%.1f s",
              code / 1000, challenge / 1000);
        QVERIFY2(challenge * 2 < code,
                 qPrintable(QStringLiteral("%1 vs %2").arg(challenge).arg(code)));
    }

    void clicksFindTheirHeadroom()
    {
        // 20 sessions poll as much as they may; a person clicks as much as the headroom
        // holds (6 a minute on 60): nothing is refused, and background work stays away.
        Harness h(20, 60);
        h.clickEveryMs = 60000 / h.budget.headroom() + 10;
        h.startAll();
        h.run(60000);
        QVERIFY(h.budget.isLow());
        QVERIFY(h.budget.sendDelayMs(RateBudget::Priority::Background) > 0);
        h.run(4 * 60000);
        QCOMPARE(h.budget.headroom(), 6);
        QVERIFY(h.clicks >= 24);
        QCOMPARE(h.server.rejected, 0);
        QVERIFY2(h.server.peak <= 60, qPrintable(QString::number(h.server.peak)));
    }

    void backgroundWaitsUntilTheBudgetIsAmple()
    {
        ManualClock clock;
        RateBudget budget(&clock);
        QCOMPARE(budget.sendDelayMs(RateBudget::Priority::Background), 0);
        QVERIFY(!budget.isLow());
        for (int i = 0; i < 48; ++i) { // 60 - 2 x headroom
            budget.noteSent();
            clock.advance(100);
        }
        QVERIFY(budget.isLow());
        QVERIFY(budget.sendDelayMs(RateBudget::Priority::Background) > 0);
        QCOMPARE(budget.sendDelayMs(RateBudget::Priority::Challenge), 0);
        for (int i = 0; i < 6; ++i)
            budget.noteSent();
        // 54 sent: polls wait too, until the oldest leaves the window; clicks still may go.
        QCOMPARE(budget.sendDelayMs(RateBudget::Priority::Challenge), 60000 - 4800);
        clock.advance(60000 - 4800);
        QCOMPARE(budget.sendDelayMs(RateBudget::Priority::Challenge), 0);
    }

    void retryAfterBlocksEveryone()
    {
        ManualClock clock;
        RateBudget budget(&clock);
        int a = 0, b = 0;
        budget.addPoller(&a, RateBudget::Priority::Challenge);
        budget.addPoller(&b, RateBudget::Priority::Code);
        QSignalSpy changed(&budget, &RateBudget::changed);
        RateInfo rate;
        rate.retryAfterSeconds = 7;
        budget.noteSent();
        budget.noteReply(rate, 429);
        QCOMPARE(changed.size(), 1);
        QVERIFY(budget.isLow());
        QCOMPARE(budget.pollDelayMs(&a), 7000);
        // b waits in line behind a (a challenge goes first): one slot later.
        QCOMPARE(budget.pollDelayMs(&b), 7000 + 60000 / budget.pollsPerMinute());
        QCOMPARE(budget.sendDelayMs(RateBudget::Priority::Challenge), 7000);
        clock.advance(6999);
        QCOMPARE(budget.pollDelayMs(&a), 1);
        clock.advance(1);
        QCOMPARE(budget.pollDelayMs(&a), 0);

        // A 429 without Retry-After still blocks, for kDefaultBlockMs.
        budget.noteReply(RateInfo(), 429);
        QCOMPARE(budget.sendDelayMs(RateBudget::Priority::Code), RateBudget::kDefaultBlockMs);
    }

    void aServerThatSaysRetryAfterIsObeyedInTheLoop()
    {
        // Someone else on the same key used the minute up: the server refuses once, and
        // nobody asks again before its Retry-After.
        Harness h(5, 60);
        for (int i = 0; i < 60; ++i)
            h.server.request(); // another program on the same key
        h.startAll(); // the 5 starts are refused (429, Retry-After 60)
        h.run(90000);
        for (auto &s : h.sessions) {
            QVERIFY(!s->polls.isEmpty());
            QVERIFY2(s->polls.first() >= 60000, qPrintable(QString::number(s->polls.first())));
        }
        QCOMPARE(h.server.rejected, 5);
    }

    void learnsTheLimitFromTheHeaders()
    {
        ManualClock clock;
        RateBudget budget(&clock);
        QCOMPARE(budget.limitPerMinute(), -1);
        QCOMPARE(budget.remainingPerMinute(), -1);
        QCOMPARE(budget.effectiveLimit(), RateBudget::kAssumedLimitPerMinute);
        int a = 0, b = 0;
        budget.addPoller(&a, RateBudget::Priority::Challenge);
        budget.addPoller(&b, RateBudget::Priority::Challenge);
        QCOMPARE(budget.shareIntervalMs(&a), 2353); // 2 x 30 a minute do not fit into 51
        QSignalSpy changed(&budget, &RateBudget::changed);
        RateInfo rate;
        rate.limitPerMinute = 20;
        rate.remainingPerMinute = 15;
        budget.noteSent();
        budget.noteReply(rate, 200);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(budget.limitPerMinute(), 20);
        QCOMPARE(budget.remainingPerMinute(), 15);
        QCOMPARE(budget.headroom(), 2);
        QCOMPARE(budget.shareIntervalMs(&a), 7059); // 17 a minute (20 less 2 less 1), by two
        budget.noteSent();
        QCOMPARE(budget.remainingPerMinute(), 14); // less what was sent since
        budget.removePoller(&b);
        QCOMPARE(budget.shareIntervalMs(&a), 3530); // the limit, not the wish, holds it back
        QCOMPARE(budget.shareIntervalMs(&b), -1);
    }

    void fewLeftAtTheServerSpacesPolls()
    {
        // The server knows better (another program uses the key): with only the headroom
        // left, polls spread what is left over the minute.
        ManualClock clock;
        RateBudget budget(&clock);
        int a = 0;
        budget.addPoller(&a, RateBudget::Priority::Challenge);
        RateInfo rate;
        rate.limitPerMinute = 60;
        rate.remainingPerMinute = 5;
        budget.noteSent();
        budget.noteReply(rate, 200);
        QCOMPARE(budget.pollDelayMs(&a), 10000); // a sixth of a minute per request left
        QVERIFY(budget.isLow());
    }

private:
    void shareEvenly(int n, qint64 duration)
    {
        Harness h(n, 60);
        h.startAll();
        h.run(duration);
        if (qEnvironmentVariableIsSet("FC_TRACE")) {
            for (auto &s : h.sessions) {
                QStringList t;
                for (qint64 p : s->polls.mid(0, 30))
                    t << QString::number(p);
                qInfo("%s", qPrintable(t.join(QLatin1Char(' '))));
            }
        }
        QCOMPARE(h.server.rejected, 0);
        QList<qint64> all;
        double worstMax = 0, meanOfMeans = 0, worstStd = 0;
        int fewest = INT_MAX, most = 0;
        for (auto &s : h.sessions) {
            all += s->polls;
            const Spacing sp = spacingOf(s->polls, 60000); // after the first minute
            worstMax = qMax(worstMax, double(sp.max));
            worstStd = qMax(worstStd, sp.stddev);
            meanOfMeans += sp.mean / n;
            fewest = qMin(fewest, int(s->polls.size()));
            most = qMax(most, int(s->polls.size()));
        }
        const int peak = peakPerMinute(all);
        const double expected = 60000.0 * n / h.budget.pollsPerMinute();
        qInfo("%d sessions on 60/min for %lld min: peak %d polls (+%d starts) in any 60 s, "
              "429s %d, interval mean %.2f s (fair share %.2f s), worst max %.2f s, worst "
              "stddev %.0f ms, polls per session %d..%d",
              n, duration / 60000, peak, n, h.server.rejected, meanOfMeans / 1000, expected / 1000,
              worstMax / 1000, worstStd, fewest, most);
        QVERIFY2(peak <= 60 - h.budget.headroom(), qPrintable(QString::number(peak)));
        QVERIFY2(h.server.peak <= 60, qPrintable(QString::number(h.server.peak)));
        // Fair: nobody starves, nobody gets much more than the others.
        QVERIFY2(most - fewest <= 2, qPrintable(QStringLiteral("%1..%2").arg(fewest).arg(most)));
        QVERIFY2(meanOfMeans < expected * 1.1 && meanOfMeans >= expected * 0.95,
                 qPrintable(QString::number(meanOfMeans)));
        QVERIFY2(worstMax < expected * 1.5, qPrintable(QString::number(worstMax)));
    }
};

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"

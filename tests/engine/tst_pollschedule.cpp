// The one function that decides when the session polls next, row by row with the default
// policy: the README's promises (first poll after 0.5 s, every 0.7 s in the 6 s after a start
// or a code, else every 2 s, every 6 s while a person
// reads out a code, back-off 2 s doubling up to 30 s with +-20 % jitter, Retry-After
// honoured, slower when few requests are left this minute).
#include "ManualClock.h"
#include "login/PollSchedule.h"

#include <QTest>

using Step = PollMoment::Step;
Q_DECLARE_METATYPE(PollMoment::Step)

// A moment with rate-limit headers when `remaining` >= 0 (a 120/min key).
PollMoment momentAt(Step step, int failures, int remaining)
{
    PollMoment moment;
    moment.step = step;
    moment.failures = failures;
    moment.rate.remainingPerMinute = remaining;
    moment.rate.limitPerMinute = remaining >= 0 ? 120 : -1;
    return moment;
}

class TestPollSchedule : public QObject
{
    Q_OBJECT
private slots:
    void nextDelay_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("remaining"); // x-rate-limit-remaining-minute, -1 absent
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("expected");

        QTest::newRow("resume: at once") << Step::Resume << 0 << -1 << -1 << 0.5 << 0;
        QTest::newRow("resume ignores a back-off") << Step::Resume << 3 << 10 << 0 << 0.5 << 0;
        QTest::newRow("first poll after 0.5 s") << Step::FirstPoll << 0 << -1 << -1 << 0.5 << 500;
        QTest::newRow("working: every 2 s") << Step::Working << 0 << -1 << -1 << 0.5 << 2000;
        QTest::newRow("person reads out a code: every 6 s")
            << Step::AwaitingCode << 0 << -1 << -1 << 0.5 << 6000;
        QTest::newRow("healthy polls have no jitter")
            << Step::Working << 0 << -1 << -1 << 0.0 << 2000;

        QTest::newRow("1st failure: 2 s") << Step::Working << 1 << -1 << -1 << 0.5 << 2000;
        QTest::newRow("2nd failure: 4 s") << Step::Working << 2 << -1 << -1 << 0.5 << 4000;
        QTest::newRow("3rd failure: 8 s") << Step::Working << 3 << -1 << -1 << 0.5 << 8000;
        QTest::newRow("5th failure: capped at 30 s")
            << Step::Working << 5 << -1 << -1 << 0.5 << 30000;
        QTest::newRow("50th failure: still 30 s")
            << Step::Working << 50 << -1 << -1 << 0.5 << 30000;
        QTest::newRow("jitter low: -20 %") << Step::Working << 2 << -1 << -1 << 0.0 << 3200;
        QTest::newRow("jitter high: almost +20 %")
            << Step::Working << 2 << -1 << -1 << 0.999 << 4798;
        QTest::newRow("failure while a code is awaited backs off too")
            << Step::AwaitingCode << 1 << -1 << -1 << 0.5 << 2000;

        QTest::newRow("Retry-After beats a shorter back-off")
            << Step::Working << 1 << 7 << -1 << 0.5 << 7000;
        QTest::newRow("a longer back-off beats Retry-After")
            << Step::Working << 4 << 1 << -1 << 0.5 << 16000;
        QTest::newRow("Retry-After on a code answer")
            << Step::AwaitingCode << 0 << 10 << -1 << 0.5 << 10000;
        QTest::newRow("Retry-After shorter than the code wait")
            << Step::AwaitingCode << 0 << 2 << -1 << 0.5 << 6000;
        QTest::newRow("Retry-After capped at an hour")
            << Step::Working << 1 << 86400 << -1 << 0.5 << 3600000;

        QTest::newRow("plenty left: no slow-down")
            << Step::Working << 0 << -1 << 100 << 0.5 << 2000;
        QTest::newRow("6 left: no slow-down yet") << Step::Working << 0 << -1 << 6 << 0.5 << 2000;
        QTest::newRow("5 left: a tenth of a minute")
            << Step::Working << 0 << -1 << 5 << 0.5 << 10000;
        QTest::newRow("1 left: half a minute, capped at 30 s")
            << Step::Working << 0 << -1 << 1 << 0.5 << 30000;
        QTest::newRow("0 left: capped at 30 s") << Step::Working << 0 << -1 << 0 << 0.5 << 30000;
        QTest::newRow("4 left while a code is awaited: 12 s")
            << Step::AwaitingCode << 0 << -1 << 4 << 0.5 << 12000;
        QTest::newRow("first poll slows down too")
            << Step::FirstPoll << 0 << -1 << 3 << 0.5 << 15000;
        QTest::newRow("after a failure the back-off decides, not the headers")
            << Step::Working << 1 << -1 << 0 << 0.5 << 2000;
    }
    void nextDelay()
    {
        QFETCH(Step, step);
        QFETCH(int, failures);
        QFETCH(int, retryAfter);
        QFETCH(int, remaining);
        QFETCH(double, random);
        QFETCH(int, expected);
        PollMoment moment = momentAt(step, failures, remaining);
        moment.retryAfterSeconds = retryAfter;
        FixedRandom source(random);
        QCOMPARE(PollSchedule::nextDelayMs(PollPolicy(), moment, source), expected);
    }

    // In the 6 s after the start was accepted or a code sent, when a challenge or a verdict
    // usually shows, a working login polls every 0.7 s, unless requests are getting scarce.
    void quickWindow_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<qint64>("sinceKick"); // -1: unknown (a resumed login)
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("remaining");
        QTest::addColumn<int>("budget");
        QTest::addColumn<int>("expected");

        QTest::newRow("1 s after the start: 0.7 s")
            << Step::Working << 1000LL << 0 << -1 << 0 << 700;
        QTest::newRow("5.9 s after: still 0.7 s") << Step::Working << 5999LL << 0 << -1 << 0 << 700;
        QTest::newRow("6 s after: 2 s") << Step::Working << 6000LL << 0 << -1 << 0 << 2000;
        QTest::newRow("resumed login: 2 s") << Step::Working << -1LL << 0 << -1 << 0 << 2000;
        QTest::newRow("plenty left: 0.7 s") << Step::Working << 1000LL << 0 << 20 << 0 << 700;
        QTest::newRow("19 left: 2 s") << Step::Working << 1000LL << 0 << 19 << 0 << 2000;
        QTest::newRow("the budget's share is a floor")
            << Step::Working << 1000LL << 0 << -1 << 1177 << 1177;
        QTest::newRow("a failure backs off as usual")
            << Step::Working << 1000LL << 1 << -1 << 0 << 2000;
        QTest::newRow("a code awaited: 6 s")
            << Step::AwaitingCode << 1000LL << 0 << -1 << 0 << 6000;
        QTest::newRow("first poll: 0.5 s") << Step::FirstPoll << 0LL << 0 << -1 << 0 << 500;
    }
    void quickWindow()
    {
        QFETCH(Step, step);
        QFETCH(qint64, sinceKick);
        QFETCH(int, failures);
        QFETCH(int, remaining);
        QFETCH(int, budget);
        QFETCH(int, expected);
        PollMoment moment = momentAt(step, failures, remaining);
        moment.sinceKickMs = sinceKick;
        moment.budgetDelayMs = budget;
        FixedRandom source(0.5);
        QCOMPARE(PollSchedule::nextDelayMs(PollPolicy(), moment, source), expected);
    }

    // The shared budget's least wait (RateBudget::pollDelayMs) is a floor under every step;
    // 0 (no budget, or budget ample) changes nothing.
    void budgetWait_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("budget");
        QTest::addColumn<int>("expected");

        QTest::newRow("no budget wait: 2 s as always") << Step::Working << 0 << 0 << 2000;
        QTest::newRow("shorter than the interval: 2 s") << Step::Working << 0 << 1500 << 2000;
        QTest::newRow("fair share of 5 sessions: 5.6 s") << Step::Working << 0 << 5556 << 5556;
        QTest::newRow("first poll waits for its slot") << Step::FirstPoll << 0 << 3000 << 3000;
        QTest::newRow("code wait longer than the share: 6 s")
            << Step::AwaitingCode << 0 << 4000 << 6000;
        QTest::newRow("resume waits for its slot too") << Step::Resume << 0 << 2500 << 2500;
        QTest::newRow("a back-off longer than the share wins")
            << Step::Working << 3 << 5000 << 8000;
    }
    void budgetWait()
    {
        QFETCH(Step, step);
        QFETCH(int, failures);
        QFETCH(int, budget);
        QFETCH(int, expected);
        PollMoment moment;
        moment.step = step;
        moment.failures = failures;
        moment.budgetDelayMs = budget;
        FixedRandom source(0.5);
        QCOMPARE(PollSchedule::nextDelayMs(PollPolicy(), moment, source), expected);
    }

    // Jitter spreads retries: over many draws the delays cover the whole +-20 % band.
    void jitterCoversItsBand()
    {
        PollMoment moment;
        moment.failures = 1;
        int low = INT_MAX, high = 0;
        for (double r = 0; r < 1.0; r += 0.01) {
            FixedRandom source(r);
            const int d = PollSchedule::nextDelayMs(PollPolicy(), moment, source);
            low = qMin(low, d);
            high = qMax(high, d);
        }
        QCOMPARE(low, 1600);
        QVERIFY2(high >= 2390 && high < 2400, qPrintable(QString::number(high)));
    }
};

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"

// While a login waits out a back-off after a failed status check: one true sentence with
// a live countdown, and "Retry now" unless the server asked to wait.
#include "WizardHarness.h"

using W = ConnectWizard;

class TestWizardRetry : public WizardTest
{
    Q_OBJECT

    void failNextPoll(int status)
    {
        Simulator::Fault f;
        f.method = QStringLiteral("GET");
        f.pathContains = QStringLiteral("/api/fansly/authenticate/");
        f.status = status;
        f.retryAfter = 30;
        h->sim.addFault(f);
    }
    int polls() const
    {
        int n = 0;
        for (const Simulator::Request &r : h->sim.requests())
            n += r.method == QLatin1String("GET")
                && r.path.startsWith(QLatin1String("/api/fansly/authenticate/"));
        return n;
    }
    QString notice() const { return h->statusOf("connectingNoticeText"); }

private slots:
    void backOffCountsDownAndRetryNowPollsAtOnce()
    {
        failNextPoll(503);
        h->build();
        QVERIFY(h->connect(QStringLiteral("plaincreator")));
        QTRY_VERIFY(!notice().isEmpty());
        const QString first = notice();
        QVERIFY2(first.startsWith(QLatin1String("The OnlyFansAPI server had a problem (error "
                                                "503). Trying again in ")),
                 qPrintable(first));
        QVERIFY2(!first.contains(QLatin1String("few minutes")), qPrintable(first)); // one story
        QVERIFY(first.endsWith(QLatin1String(" 30 s.")) || first.endsWith(QLatin1String(" 29 s.")));
        // It counts down while nothing else happens.
        QTRY_VERIFY_WITH_TIMEOUT(notice() != first && notice().endsWith(QLatin1String(" s.")),
                                 2500);
        QCOMPARE(polls(), 1);
        auto *retry = h->find<QAbstractButton>("connectingNoticeRetryButton");
        QVERIFY(retry->isVisible());
        h->click(retry);
        QTRY_COMPARE(polls(), 2); // at once, not after 30 s
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY(h->find<QAbstractButton>("connectAnotherButton")->isVisible());
    }

    void aRateLimitCountsDownWithoutRetryNow()
    {
        failNextPoll(429);
        h->build();
        QVERIFY(h->connect(QStringLiteral("slowcreator")));
        QTRY_VERIFY(!notice().isEmpty());
        QVERIFY2(notice().startsWith(QLatin1String("Too many requests for this API key. Trying "
                                                   "again in ")),
                 qPrintable(notice()));
        QVERIFY(!h->find<QAbstractButton>("connectingNoticeRetryButton")->isVisible());
        h->controller->session()->cancel();
        QVERIFY(h->waitForPage(W::DonePageId));
    }

    // On the code page too: the countdown shows there, and a good answer clears it.
    void theCodePageShowsItToo()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("totpcreator")));
        QVERIFY(h->waitForPage(W::CodePageId));
        failNextPoll(503);
        QTRY_VERIFY_WITH_TIMEOUT(!h->statusOf("codeRetryNoticeText").isEmpty(), 3000);
        QVERIFY(h->statusOf("codeRetryNoticeText").contains(QLatin1String("Trying again in")));
        h->click("codeRetryNoticeRetryButton");
        QTRY_VERIFY(h->statusOf("codeRetryNoticeText").isEmpty());
        QCOMPARE(h->wizard->currentId(), int(W::CodePageId));
    }
};

FC_WIZARD_TEST_MAIN(TestWizardRetry)
#include "tst_wizardretry.moc"

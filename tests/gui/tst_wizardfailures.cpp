// The connect wizard when things go wrong: a rejected API key, a wrong password, an
// account that is already connected, rate limits, a timeout, cancelling, bad proxy input.
#include "WizardHarness.h"

#include <QPushButton>
#include <QToolButton>

using W = ConnectWizard;

class TestWizardFailures : public WizardTest
{
    Q_OBJECT

    QString headline() const { return h->textOf("doneHeadline"); }

private slots:
    void badApiKey()
    {
        h->options.apiKey.clear();
        h->build();
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        QVERIFY(!h->wizard->button(QWizard::NextButton)->isEnabled()); // empty key: no Next
        // Without a keychain the page says the key is kept for this session only.
        QVERIFY(h->statusOf("keychainNote").contains(QLatin1String("this session only")));
        QVERIFY(!h->find<QCheckBox>("rememberKeyCheck")->isEnabled());
        QCOMPARE(h->statusOf("apiKeyStatus"), QString());
        h->type("apiKeyEdit", QStringLiteral("wrong-key"));
        h->click(QWizard::NextButton);
        QTRY_VERIFY(!h->statusOf("apiKeyStatus").isEmpty()
                    && h->find<QLineEdit>("apiKeyEdit")->isEnabled());
        QVERIFY2(h->statusOf("apiKeyStatus").contains(QLatin1String("API key was rejected")),
                 qPrintable(h->statusOf("apiKeyStatus")));
        QCOMPARE(h->wizard->currentId(), int(W::ApiKeyPageId));
        QCOMPARE(h->find<QLineEdit>("apiKeyEdit")->text(), QStringLiteral("wrong-key")); // kept
        h->type("apiKeyEdit", Simulator::testKey());
        QVERIFY(h->statusOf("apiKeyStatus").isEmpty());
        h->click(QWizard::NextButton);
        QVERIFY(h->waitForPage(W::CreatorPageId));
        QVERIFY(h->statusOf("keyNote").contains(QLatin1String("this session only")));
        // Back to the key page works, and the key is still there.
        h->click(QWizard::BackButton);
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        QCOMPARE(h->find<QLineEdit>("apiKeyEdit")->text(), Simulator::testKey());
    }

    void givenKeyRejected()
    {
        h->options.apiKey = QStringLiteral("revoked-key");
        h->build();
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        QTRY_VERIFY(h->statusOf("apiKeyStatus").contains(QLatin1String("rejected")));
        QCOMPARE(h->find<QLineEdit>("apiKeyEdit")->text(), QString());
    }

    void wrongPasswordThenTryAgain()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("wrongpass.kim"), QStringLiteral("nope"),
                           QStringLiteral("Kim")));
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY2(headline().contains(QLatin1String("username or password")),
                 qPrintable(headline()));
        QVERIFY(h->textOf("doneDetail").contains(QLatin1String("Invalid username or password")));
        QVERIFY(h->find<QAbstractButton>("tryAgainButton")->isVisible());
        QVERIFY(!h->find<QAbstractButton>("connectAnotherButton")->isVisible());
        h->click("tryAgainButton");
        QVERIFY(h->waitForPage(W::CreatorPageId));
        // What was typed stays, except the password.
        QCOMPARE(h->find<QLineEdit>("usernameEdit")->text(), QStringLiteral("wrongpass.kim"));
        QCOMPARE(h->find<QLineEdit>("displayNameEdit")->text(), QStringLiteral("Kim"));
        QCOMPARE(h->find<QLineEdit>("passwordEdit")->text(), QString());
        QVERIFY(!h->wizard->button(QWizard::NextButton)->isEnabled());
    }

    // Enter on a failure page tries again; it never quits the app. Enter still in flight
    // from the page before (a code typed as the login ended) does nothing at all.
    void enterOnAFailureTriesAgainAndNeverQuits()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("wrongpass.kim"), QStringLiteral("nope")));
        QVERIFY(h->waitForPage(W::DonePageId));
        auto *tryAgain = h->find<QPushButton>("tryAgainButton");
        auto *finish = qobject_cast<QPushButton *>(h->wizard->button(QWizard::FinishButton));
        QVERIFY(tryAgain->isDefault());
        QVERIFY(!finish->isDefault());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // at once: ignored
        QVERIFY(h->wizard->isVisible());
        QCOMPARE(h->wizard->currentId(), int(W::DonePageId));
        QTest::qWait(ConnectWizard::kSettleMs + 50);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(h->wizard->isVisible());
        QVERIFY(h->waitForPage(W::CreatorPageId));
    }

    void proxyFailure()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("proxyfail.lee")));
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY2(headline().contains(QLatin1String("proxy")), qPrintable(headline()));
    }

    // "Connect anyway" sends the same login with force_connect: nothing is retyped, and no
    // API parameter name shows in the advice.
    void alreadyConnectedOffersConnectAnyway()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("existing.ann"), QStringLiteral("pw-ann")));
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY2(headline().contains(QLatin1String("already connected")), qPrintable(headline()));
        QVERIFY2(h->textOf("doneAdvice").contains(QLatin1String("Connect anyway")),
                 qPrintable(h->textOf("doneAdvice")));
        QVERIFY(!h->textOf("doneAdvice").contains(QLatin1String("force_connect")));
        QVERIFY(!h->find<QAbstractButton>("retryNowButton")->isVisible());
        h->click("connectAnywayButton");
        QVERIFY(h->waitForPage(W::DonePageId, 8000) && h->starts() == 2);
        QTRY_VERIFY(h->find<QAbstractButton>("connectAnotherButton")->isVisible());
        const QJsonObject body = h->lastStartBody();
        QCOMPARE(body.value(QLatin1String("force_connect")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("username")).toString(), QStringLiteral("existing.ann"));
        QCOMPARE(body.value(QLatin1String("password")).toString(), QStringLiteral("pw-ann"));
    }

    // Try again still leads to the box, for those who want to change something first.
    void alreadyConnectedTryAgainFocusesTheBox()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("existing.ann")));
        QVERIFY(h->waitForPage(W::DonePageId));
        h->click("tryAgainButton");
        QVERIFY(h->waitForPage(W::CreatorPageId));
        auto *force = h->find<QCheckBox>("forceConnectCheck");
        QCOMPARE(QApplication::focusWidget(), force);
        QVERIFY(!force->isChecked());
        h->click(force);
        h->type("passwordEdit", QStringLiteral("pw"));
        h->click(QWizard::NextButton);
        QVERIFY(h->waitForPage(W::ProxyPageId));
        h->click(QWizard::CommitButton);
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY(h->find<QAbstractButton>("connectAnotherButton")->isVisible());
        QCOMPARE(h->lastStartBody().value(QLatin1String("force_connect")).toBool(), true);
    }

    // A wrong password: Try again lands in the password field, the rest as typed.
    void wrongPasswordTryAgainFocusesThePassword()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("wrongpass.kim"), QStringLiteral("nope"),
                           QStringLiteral("Kim")));
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY(!h->find<QAbstractButton>("retryNowButton")->isVisible());
        QVERIFY(!h->find<QAbstractButton>("connectAnywayButton")->isVisible());
        h->click("tryAgainButton");
        QVERIFY(h->waitForPage(W::CreatorPageId));
        QCOMPARE(QApplication::focusWidget(), h->find<QWidget>("passwordEdit"));
    }

    // A proxy failure: Try again goes to the proxy page with the proxy as it was; a new
    // proxy is tried with the same login, nothing retyped. Back still reaches the login.
    void proxyFailureTryAgainGoesToTheProxy()
    {
        h->build();
        QVERIFY(h->toProxyPage(QStringLiteral("proxyfail.lee"), QStringLiteral("pw-lee")));
        h->click("customProxyRadio");
        h->type("proxyHostEdit", QStringLiteral("10.1.2.3"));
        h->type("proxyPortEdit", QStringLiteral("3128"));
        h->click(QWizard::CommitButton);
        QVERIFY(h->waitForPage(W::DonePageId));
        h->click("tryAgainButton");
        QVERIFY(h->waitForPage(W::ProxyPageId));
        QCOMPARE(h->find<QLineEdit>("proxyHostEdit")->text(), QStringLiteral("10.1.2.3"));
        QCOMPARE(h->find<QLineEdit>("proxyPortEdit")->text(), QStringLiteral("3128"));
        QVERIFY(h->wizard->button(QWizard::BackButton)->isVisible());
        h->click("managedProxyRadio");
        h->click(QWizard::CommitButton);
        QVERIFY(h->waitForPage(W::ConnectingPageId));
        QTRY_COMPARE(h->starts(), 2);
        const QJsonObject body = h->lastStartBody();
        QCOMPARE(body.value(QLatin1String("password")).toString(), QStringLiteral("pw-lee"));
        QCOMPARE(body.value(QLatin1String("proxyCountry")).toString(), QStringLiteral("us"));
        QVERIFY(!body.contains(QLatin1String("customProxy")));
    }

    // Back from there: the login page asks for the password again, as after every Back.
    void proxyFailureBackToTheLoginAsksForThePassword()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("proxyfail.lee"), QStringLiteral("pw-lee")));
        QVERIFY(h->waitForPage(W::DonePageId));
        h->click("tryAgainButton");
        QVERIFY(h->waitForPage(W::ProxyPageId));
        h->click(QWizard::BackButton);
        QVERIFY(h->waitForPage(W::CreatorPageId));
        QCOMPARE(h->find<QLineEdit>("usernameEdit")->text(), QStringLiteral("proxyfail.lee"));
        QVERIFY(!h->wizard->button(QWizard::NextButton)->isEnabled());
        h->type("passwordEdit", QStringLiteral("pw-new"));
        h->click(QWizard::NextButton);
        QVERIFY(h->waitForPage(W::ProxyPageId));
        h->click(QWizard::CommitButton);
        QVERIFY(h->waitForPage(W::ConnectingPageId));
        QTRY_COMPARE(h->starts(), 2);
        QCOMPARE(h->lastStartBody().value(QLatin1String("password")).toString(),
                 QStringLiteral("pw-new"));
    }

    // Refused before anything ran at Fansly: "Retry now" sends the same login again, only
    // when asked.
    void rateLimitedOffersRetryNow()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("ratelimit.bo"), QStringLiteral("pw-bo")));
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY(h->find<QAbstractButton>("retryNowButton")->isVisible());
        QVERIFY(!h->find<QAbstractButton>("connectAnywayButton")->isVisible());
        QTest::qWait(300);
        QCOMPARE(h->starts(), 1); // never on its own
        h->click("retryNowButton");
        QTRY_COMPARE(h->starts(), 2);
        QVERIFY(h->waitForPage(W::DonePageId));
        QCOMPARE(h->lastStartBody().value(QLatin1String("password")).toString(),
                 QStringLiteral("pw-bo"));
        QCOMPARE(h->lastStartBody().value(QLatin1String("username")).toString(),
                 QStringLiteral("ratelimit.bo"));
    }

    // A login that ran at Fansly and failed is never offered again as it was.
    void noRetryNowAfterALoginThatRan()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("proxyfail.lee")));
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY(!h->find<QAbstractButton>("retryNowButton")->isVisible());
        QVERIFY(!h->controller->canResendStart());
    }

    void rateLimited()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("ratelimit.bo")));
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY2(headline().contains(QLatin1String("Too many requests")), qPrintable(headline()));
        QVERIFY2(h->textOf("doneAdvice").contains(QLatin1String("Wait 3 second")),
                 qPrintable(h->textOf("doneAdvice")));
        QCOMPARE(h->starts(), 1); // never retried on our own
    }

    void noCredits()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("nocredits.cy")));
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY2(headline().contains(QLatin1String("out of credits")), qPrintable(headline()));
    }

    void timeout()
    {
        h->options.policy.deadlineMs = 400;
        h->build();
        QVERIFY(h->connect(QStringLiteral("slow.dee")));
        QVERIFY(h->waitForPage(W::DonePageId, 5000));
        QVERIFY2(headline().contains(QLatin1String("took too long")), qPrintable(headline()));
    }

    void cancelWhileConnecting()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("slow.eve")));
        QVERIFY(!h->wizard->button(QWizard::CancelButton)->isVisible());
        // "Cancel login" stands in the button row below the line, not on the page above it.
        auto *cancelLogin = h->find<QPushButton>("cancelLoginButton");
        QVERIFY(cancelLogin->isVisible());
        QVERIFY(!h->wizard->currentPage()->isAncestorOf(cancelLogin));
        QVERIFY(!cancelLogin->isDefault());
        // The server's "logging-in" in words, never the token.
        QTRY_COMPARE(h->find<QLabel>("serverStatus")->text(),
                     QStringLiteral("Server status: logging in"));
        QVERIFY(h->find<QLabel>("elapsedLabel")->text().contains(QLatin1String("0:0")));
        // A stray Enter (say, a second press after Connect) does not stop the login.
        QApplication::setActiveWindow(h->wizard.get());
        QVERIFY(QTest::qWaitForWindowActive(h->wizard.get()));
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus && focus != h->find<QWidget>("cancelLoginButton"));
        QTest::keyClick(focus, Qt::Key_Return);
        QTest::keyClick(focus, Qt::Key_Space);
        QTest::qWait(50);
        QVERIFY(h->controller->session()->isActive());
        h->click("cancelLoginButton");
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY2(headline().contains(QLatin1String("cancelled")), qPrintable(headline()));
        QVERIFY(h->controller->pendingLogins().isEmpty());
        QVERIFY(!cancelLogin->isVisible()); // only while a login runs
    }

    void cancelWhileStarting()
    {
        Simulator::Fault slowStart;
        slowStart.type = Simulator::Fault::Type::Delay;
        slowStart.method = QStringLiteral("POST");
        slowStart.pathContains = QStringLiteral("/api/fansly/authenticate");
        slowStart.delayMs = 400;
        h->sim.addFault(slowStart);
        h->build();
        QVERIFY(h->connect(QStringLiteral("plain.hal")));
        QCOMPARE(h->controller->session()->state(), ConnectionSession::State::Starting);
        h->click("cancelLoginButton");
        QVERIFY(h->waitForPage(W::DonePageId));
        QTest::qWait(50);
        QVERIFY2(headline().contains(QLatin1String("cancelled")), qPrintable(headline()));
        QCOMPARE(h->controller->session()->state(), ConnectionSession::State::Cancelled);
    }

    void cancelOnCodePage()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("email.fay@example.com")));
        QVERIFY(h->waitForPage(W::CodePageId));
        QVERIFY(!h->wizard->button(QWizard::BackButton)->isVisible());
        h->click("cancelLoginButton"); // in the button row, next to Verify
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY(headline().contains(QLatin1String("cancelled")));
    }

    void invalidCustomProxyIsMarked()
    {
        h->build();
        QVERIFY(h->toProxyPage(QStringLiteral("gus")));
        auto *host = h->find<QLineEdit>("proxyHostEdit");
        QVERIFY(!host->isEnabled()); // managed proxy chosen: custom fields are off
        h->click("customProxyRadio");
        QVERIFY(host->isEnabled());
        QVERIFY(!h->find<QComboBox>("countryCombo")->isEnabled());
        h->type("proxyHostEdit", QStringLiteral("proxy.example.com"));
        h->type("proxyPortEdit", QStringLiteral("70000"));
        const QRect hostBefore = host->geometry();
        const QRect userBefore = h->find<QWidget>("proxyUserEdit")->geometry();
        h->click(QWizard::CommitButton);
        QCOMPARE(h->wizard->currentId(), int(W::ProxyPageId));
        QApplication::processEvents(); // let the layout settle
        QCOMPARE(host->geometry(), hostBefore); // the rows do not jump for the message
        QCOMPARE(h->find<QWidget>("proxyUserEdit")->geometry(), userBefore);
        QVERIFY(h->statusOf("proxyError").contains(QLatin1String("1 to 65535")));
        auto *port = h->find<QLineEdit>("proxyPortEdit");
        QCOMPARE(port->accessibleDescription(), h->statusOf("proxyError"));
        QCOMPARE(h->starts(), 0);
        // The marked port still shows all five digits next to its warning icon, with room to
        // spare (a digit touching the icon reads as clipped).
        auto *icon = port->findChild<QToolButton *>();
        QVERIFY(icon && icon->isVisible());
        port->setCursorPosition(0);
        const int textStart = port->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
        QVERIFY2(textStart + port->fontMetrics().horizontalAdvance(port->text())
                         + port->fontMetrics().averageCharWidth()
                     <= icon->geometry().left(),
                 qPrintable(QStringLiteral("text from %1, %2 px wide; icon at %3")
                                .arg(textStart)
                                .arg(port->fontMetrics().horizontalAdvance(port->text()))
                                .arg(icon->geometry().left())));

        h->type("proxyPortEdit", QStringLiteral("8080"));
        QVERIFY(h->statusOf("proxyError").isEmpty());
        h->type("proxyHostEdit", QStringLiteral("bad host"));
        h->click(QWizard::CommitButton);
        QVERIFY(!h->find<QLineEdit>("proxyHostEdit")->accessibleDescription().isEmpty());
        h->type("proxyHostEdit", QStringLiteral("proxy.example.com"));
        h->type("proxyPasswordEdit", QStringLiteral("secret"));
        h->click(QWizard::CommitButton);
        QVERIFY(!h->find<QLineEdit>("proxyUserEdit")->accessibleDescription().isEmpty());
        h->type("proxyUserEdit", QStringLiteral("agency"));
        h->click(QWizard::CommitButton);
        QVERIFY(h->waitForPage(W::ConnectingPageId));
        QTRY_COMPARE(h->starts(), 1); // the request is on its way
        const QJsonObject proxy = h->lastStartBody().value(QLatin1String("customProxy")).toObject();
        QCOMPARE(proxy.value(QLatin1String("host")).toString(),
                 QStringLiteral("proxy.example.com"));
        QCOMPARE(proxy.value(QLatin1String("port")).toInt(), 8080);
        QCOMPARE(proxy.value(QLatin1String("username")).toString(), QStringLiteral("agency"));
        QCOMPARE(proxy.value(QLatin1String("password")).toString(), QStringLiteral("secret"));
        QVERIFY(!h->lastStartBody().contains(QLatin1String("proxyCountry")));
    }
};

FC_WIZARD_TEST_MAIN(TestWizardFailures)
#include "tst_wizardfailures.moc"

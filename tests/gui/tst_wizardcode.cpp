// The code step as a careful user meets it: whose code it is, six digits before Verify,
// a letter typed says why it vanished, wrong codes counted, and the second code of a
// "both" login announced.
#include "WizardHarness.h"

using W = ConnectWizard;

class TestWizardCode : public WizardTest
{
    Q_OBJECT

    bool toCodePage(const QString &username, const QString &name = {})
    {
        h->build();
        return h->connect(username, QStringLiteral("pw"), name) && h->waitForPage(W::CodePageId);
    }
    bool verifyEnabled() const { return h->wizard->button(QWizard::NextButton)->isEnabled(); }

private slots:
    void namesTheCreatorAndTheUsername()
    {
        QVERIFY(toCodePage(QStringLiteral("email.tess@example.com"), QStringLiteral("Tess")));
        QCOMPARE(h->textOf("codeCreator"),
                 QStringLiteral("Code for “Tess” (email.tess@example.com)"));
    }

    void namesTheUsernameAloneWhenThereIsNoName()
    {
        QVERIFY(toCodePage(QStringLiteral("emailcreator")));
        QCOMPARE(h->textOf("codeCreator"), QStringLiteral("Code for “emailcreator”"));
    }

    void verifyWaitsForSixDigits()
    {
        QVERIFY(toCodePage(QStringLiteral("totpcreator")));
        h->type("codeEdit", QStringLiteral("12345"));
        QVERIFY(!verifyEnabled());
        h->type("codeEdit", QStringLiteral("123456"));
        QVERIFY(verifyEnabled());
        h->type("codeEdit", QStringLiteral("1234567"));
        QCOMPARE(h->find<QLineEdit>("codeEdit")->text(), QStringLiteral("1234567"));
        QVERIFY(!verifyEnabled());
        // Enter with too few digits sends nothing.
        h->type("codeEdit", QStringLiteral("1234"));
        QTest::keyClick(h->find<QLineEdit>("codeEdit"), Qt::Key_Return);
        QTest::qWait(200);
        QCOMPARE(h->count(QStringLiteral("PUT"),
                          QStringLiteral("/api/fansly/authenticate/fansly_acct_1")),
                 0);
    }

    void aLetterSaysDigitsOnly()
    {
        QVERIFY(toCodePage(QStringLiteral("totpcreator")));
        h->type("codeEdit", QStringLiteral("12"));
        QVERIFY(h->statusOf("codeError").isEmpty());
        QTest::keyClicks(h->find<QLineEdit>("codeEdit"), QStringLiteral("o"));
        QCOMPARE(h->find<QLineEdit>("codeEdit")->text(), QStringLiteral("12"));
        QVERIFY2(h->statusOf("codeError").contains(QLatin1String("Digits only")),
                 qPrintable(h->statusOf("codeError")));
        QTest::keyClicks(h->find<QLineEdit>("codeEdit"), QStringLiteral("3"));
        QVERIFY(h->statusOf("codeError").isEmpty()); // a digit: the hint has done its job
        // A space or a dash, as codes are read out, is no mistake.
        QTest::keyClicks(h->find<QLineEdit>("codeEdit"), QStringLiteral(" "));
        QVERIFY(h->statusOf("codeError").isEmpty());
    }

    void wrongCodesAreCounted()
    {
        QVERIFY(toCodePage(QStringLiteral("totpcreator")));
        h->type("codeEdit", QStringLiteral("111111"));
        h->click(QWizard::NextButton);
        QTRY_VERIFY(!h->statusOf("codeError").isEmpty());
        QVERIFY2(h->statusOf("codeError").endsWith(QLatin1String("Wrong codes so far: 1.")),
                 qPrintable(h->statusOf("codeError")));
        h->type("codeEdit", QStringLiteral("222222"));
        h->click(QWizard::NextButton);
        QTRY_VERIFY(h->statusOf("codeError").endsWith(QLatin1String("Wrong codes so far: 2.")));
        QCOMPARE(h->wizard->currentId(), int(W::CodePageId));
    }

    void emailAcceptedThenTheAppCode()
    {
        QVERIFY(toCodePage(QStringLiteral("bothcreator")));
        QVERIFY(h->textOf("codeSource").contains(QLatin1String("sent a code")));
        QVERIFY(h->statusOf("codeNote").isEmpty());
        h->type("codeEdit", QStringLiteral("123456"));
        h->click(QWizard::NextButton);
        QTRY_VERIFY(h->textOf("codeSource").contains(QLatin1String("authenticator app")));
        QVERIFY2(h->statusOf("codeNote").contains(QLatin1String("Email code accepted")),
                 qPrintable(h->statusOf("codeNote")));
        QCOMPARE(h->find<QLineEdit>("codeEdit")->text(), QString());
        QVERIFY(h->statusOf("codeError").isEmpty()); // not a wrong code
        h->type("codeEdit", QStringLiteral("123456"));
        h->click(QWizard::NextButton);
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY(h->find<QAbstractButton>("connectAnotherButton")->isVisible());
    }
};

FC_WIZARD_TEST_MAIN(TestWizardCode)
#include "tst_wizardcode.moc"

// Edge cases a careful user runs into: a cleared password brought back with Undo, a key
// changed after Back, a username of spaces, a pasted sentence in the code field, a code
// asked for while the window is in the background, and a start whose answer never came.
#include "CodeField.h"
#include "ElidedLabel.h"
#include "WizardHarness.h"

#include <QFormLayout>
#include <QScreen>

#include <QSignalSpy>

using W = ConnectWizard;

class TestWizardEdges : public WizardTest
{
    Q_OBJECT

private slots:
    // "Change API key" is no trap: Back and Cancel both return to the login page with the
    // key in use unchanged and what was typed still there; a new key can still be entered.
    void changeKeyCanBeLeft()
    {
        h->build();
        QVERIFY(h->waitForPage(W::CreatorPageId));
        h->type("usernameEdit", QStringLiteral("rita"));
        h->click("changeKeyButton");
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        auto *back = h->wizard->button(QWizard::CustomButton1);
        QVERIFY(back->isVisible());
        QCOMPARE(back->text(), h->wizard->buttonText(QWizard::BackButton));
        const int whoamis = h->count(QStringLiteral("GET"), QStringLiteral("/api/whoami"));
        h->click(back);
        QVERIFY(h->waitForPage(W::CreatorPageId));
        QCOMPARE(h->find<QLineEdit>("usernameEdit")->text(), QStringLiteral("rita"));
        QVERIFY(h->wizard->isVisible());

        h->click("changeKeyButton");
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        h->type("apiKeyEdit", QStringLiteral("half-typed"));
        h->click(QWizard::CancelButton); // cancels the change, not the app
        QVERIFY(h->waitForPage(W::CreatorPageId));
        QVERIFY(h->wizard->isVisible());
        QCOMPARE(h->count(QStringLiteral("GET"), QStringLiteral("/api/whoami")), whoamis);

        // The key still works: a login goes through with it.
        h->type("passwordEdit", QStringLiteral("pw"));
        h->click(QWizard::NextButton);
        QVERIFY(h->waitForPage(W::ProxyPageId));
        h->click(QWizard::CommitButton);
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY(h->find<QAbstractButton>("connectAnotherButton")->isVisible());

        // And a new key can be entered; then no Back to the key page is left over.
        h->click("connectAnotherButton");
        QVERIFY(h->waitForPage(W::CreatorPageId));
        h->click("changeKeyButton");
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        h->type("apiKeyEdit", Simulator::testKey());
        h->click(QWizard::NextButton);
        QVERIFY(h->waitForPage(W::CreatorPageId));
        QVERIFY(!h->wizard->button(QWizard::CustomButton1)->isVisible());
        QCOMPARE(h->count(QStringLiteral("GET"), QStringLiteral("/api/whoami")), whoamis + 1);
    }

    void clearedPasswordCannotBeUndone()
    {
        h->build();
        QVERIFY(h->toProxyPage(QStringLiteral("plaincreator"), QStringLiteral("hunter2-secret")));
        h->click(QWizard::BackButton); // Back clears the password
        QVERIFY(h->waitForPage(W::CreatorPageId));
        auto *password = h->find<QLineEdit>("passwordEdit");
        QCOMPARE(password->text(), QString());
        h->click("passwordShowButton"); // unmasked, Undo would work if history were kept
        password->setFocus();
        QTest::keyClick(password, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(password->text(), QString());
    }

    void changedKeyIsCheckedAgain()
    {
        h->options.apiKey.clear();
        h->build();
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        h->type("apiKeyEdit", Simulator::testKey());
        h->click(QWizard::NextButton);
        QVERIFY(h->waitForPage(W::CreatorPageId));
        h->click(QWizard::BackButton);
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        h->type("apiKeyEdit", QStringLiteral("a-different-wrong-key"));
        const int checks = h->count(QStringLiteral("GET"), QStringLiteral("/api/whoami"));
        h->click(QWizard::NextButton);
        QTRY_VERIFY(h->statusOf("apiKeyStatus").contains(QLatin1String("rejected")));
        QCOMPARE(h->wizard->currentId(), int(W::ApiKeyPageId));
        QCOMPARE(h->count(QStringLiteral("GET"), QStringLiteral("/api/whoami")), checks + 1);
    }

    // A very long name or username never clips the captions of the result: values end in
    // "…" and the whole text is in the tooltip; the window stays on the screen.
    void longValuesDoNotClipTheLabels()
    {
        const QString name = QStringLiteral("Name").repeated(60); // 240 characters, no spaces
        const QString username = QStringLiteral("u").repeated(2000);
        h->build();
        QVERIFY(h->connect(username, QStringLiteral("pw"), name));
        QVERIFY(h->waitForPage(W::DonePageId, 8000));
        QVERIFY(h->find<QAbstractButton>("connectAnotherButton")->isVisible());
        QVERIFY(h->wizard->width() <= h->wizard->screen()->availableGeometry().width());
        auto *value = h->find<ElidedLabel>("doneName");
        QVERIFY(value->isElided());
        QCOMPARE(value->text(), name); // whole for screen readers
        QCOMPARE(value->toolTip(), name);
        QVERIFY(value->geometry().right() <= value->parentWidget()->contentsRect().right());
        auto *form = qobject_cast<QFormLayout *>(value->parentWidget()->layout());
        QVERIFY(form);
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            auto *caption = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (!caption || !caption->isVisible())
                continue;
            QVERIFY2(caption->width() >= caption->sizeHint().width(), qPrintable(caption->text()));
        }
        QVERIFY(h->textOf("doneHeadline").size() < 80); // the sentence shortens the name
    }

    void spacesAreNotAUsername()
    {
        h->build();
        QVERIFY(h->waitForPage(W::CreatorPageId));
        QVERIFY(h->statusOf("usernameHint").isEmpty());
        h->type("usernameEdit", QStringLiteral("   "));
        h->type("passwordEdit", QStringLiteral("pw"));
        QVERIFY(!h->wizard->button(QWizard::NextButton)->isEnabled());
        // Next is off for a reason the field says, also to a screen reader.
        QVERIFY2(h->statusOf("usernameHint").contains(QLatin1String("only spaces")),
                 qPrintable(h->statusOf("usernameHint")));
        QCOMPARE(h->find<QWidget>("usernameEdit")->accessibleDescription(),
                 h->statusOf("usernameHint"));
        h->type("usernameEdit", QStringLiteral("someone"));
        QVERIFY(h->wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(h->statusOf("usernameHint").isEmpty());
        QVERIFY(h->find<QWidget>("usernameEdit")->accessibleDescription().isEmpty());
    }

    void pastedSentenceGivesTheCode_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("code");
        QTest::newRow("sentence") << QStringLiteral("Your code is 123456. It expires in 10 minutes")
                                  << QStringLiteral("123456");
        QTest::newRow("spaced") << QStringLiteral("123 456") << QStringLiteral("123456");
        QTest::newRow("dashed") << QStringLiteral("123-456") << QStringLiteral("123456");
        QTest::newRow("short number first")
            << QStringLiteral("In 5 min: 654 321") << QStringLiteral("654321");
    }
    void pastedSentenceGivesTheCode()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, code);
        CodeField field;
        field.insert(pasted);
        QCOMPARE(field.code(), code);
    }

    void challengeInTheBackgroundDrawsAttention()
    {
        h->build();
        QSignalSpy attention(h->wizard.get(), &ConnectWizard::attentionRequested);
        QVERIFY(h->connect(QStringLiteral("emailcreator")));
        QWidget otherApp; // the staff member switched to another window meanwhile
        otherApp.show();
        otherApp.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&otherApp));
        QVERIFY(!h->wizard->isActiveWindow());
        QVERIFY(h->waitForPage(W::CodePageId));
        QCOMPARE(attention.count(), 1);
        QVERIFY2(attention.at(0).at(0).toString().contains(QLatin1String("c***@g****.com")),
                 qPrintable(attention.at(0).at(0).toString()));
    }

    void challengeInFrontNeedsNoAttention()
    {
        h->build();
        h->wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(h->wizard.get()));
        QSignalSpy attention(h->wizard.get(), &ConnectWizard::attentionRequested);
        QVERIFY(h->connect(QStringLiteral("emailcreator")));
        QVERIFY(h->waitForPage(W::CodePageId));
        QCOMPARE(attention.count(), 0);
    }

    void droppedStartSaysItMayHaveStarted()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Drop;
        f.method = QStringLiteral("POST");
        h->sim.addFault(f);
        h->build();
        QVERIFY(h->connect(QStringLiteral("plaincreator")));
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY2(h->textOf("doneHeadline").contains(QLatin1String("may have started")),
                 qPrintable(h->textOf("doneHeadline")));
        QCOMPARE(h->starts(), 1);
    }
};

FC_WIZARD_TEST_MAIN(TestWizardEdges)
#include "tst_wizardedges.moc"

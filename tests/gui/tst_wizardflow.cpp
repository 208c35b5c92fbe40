// The connect wizard's happy paths against the in-process simulator: no code, an emailed
// code, an authenticator code, a wrong code first, another creator, keyboard only, and
// accessible names.
#include "WizardHarness.h"

#include <QAccessible>
#include <QIcon>
#include <QImage>

using W = ConnectWizard;

class TestWizardFlow : public WizardTest
{
    Q_OBJECT

private slots:
    void iconIsBuiltIn()
    {
        for (int size : {16, 24, 32, 48, 64, 128, 256}) {
            const QString path = QStringLiteral(":/icons/%1x%1/fansly-connect.png").arg(size);
            QCOMPARE(QImage(path).size(), QSize(size, size));
        }
    }

    void straightSuccess()
    {
        h->build();
        QVERIFY(h->waitForPage(W::CreatorPageId));
        QVERIFY(h->find<QLabel>("keyInfoLabel")->text().contains(QLatin1String("Practice")));
        QVERIFY(h->connect(QStringLiteral("plaincreator"), QStringLiteral("s3cret"),
                           QStringLiteral("Plain Creator")));
        // The password leaves the widgets as soon as the login is sent.
        QCOMPARE(h->find<QLineEdit>("passwordEdit")->text(), QString());
        QVERIFY(!h->wizard->button(QWizard::BackButton)->isVisible());
        QVERIFY(h->waitForPage(W::DonePageId));
        QCOMPARE(h->textOf("doneName"), QStringLiteral("Plain Creator"));
        QVERIFY(h->textOf("doneAccountId").startsWith(QLatin1String("fansly_acct_")));
        QVERIFY(h->find<QAbstractButton>("connectAnotherButton")->isVisible());
        QVERIFY(!h->find<QAbstractButton>("tryAgainButton")->isVisible());

        const QJsonObject body = h->lastStartBody();
        QCOMPARE(body.value(QLatin1String("username")).toString(), QStringLiteral("plaincreator"));
        QCOMPARE(body.value(QLatin1String("password")).toString(), QStringLiteral("s3cret"));
        QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("Plain Creator"));
        QCOMPARE(body.value(QLatin1String("proxyCountry")).toString(), QStringLiteral("us"));
        QVERIFY(!body.contains(QLatin1String("force_connect")));
        QCOMPARE(h->starts(), 1);
        h->click(QWizard::FinishButton);
        QVERIFY(!h->wizard->isVisible());
    }

    // Labels never show a text cursor (they would look editable), yet the outcome still
    // takes the focus so a screen reader reads it first.
    void noLabelShowsACaret()
    {
        const auto caretLabels = [this] {
            QStringList found;
            for (const QLabel *l : h->wizard->findChildren<QLabel *>())
                if (l->textInteractionFlags() & Qt::TextSelectableByKeyboard)
                    found << l->objectName() + QLatin1Char(':') + l->text();
            return found;
        };
        h->build();
        QVERIFY(h->connect(QStringLiteral("slowcreator")));
        QCOMPARE(caretLabels(), QStringList());
        QTRY_COMPARE(QApplication::focusWidget(),
                     h->find<StatusLabel>("connectingStatus")->textLabel());
        h->controller->session()->cancel();
        QVERIFY(h->waitForPage(W::DonePageId));
        QCOMPARE(caretLabels(), QStringList());
        QTRY_COMPARE(QApplication::focusWidget(), h->find<QWidget>("doneHeadline"));
    }

    void emailCode()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("email.tess@example.com")));
        QVERIFY(h->waitForPage(W::CodePageId));
        QVERIFY2(h->textOf("codeSource")
                     .contains(QLatin1String("Fansly sent a code to e***@e*****.com")),
                 qPrintable(h->textOf("codeSource")));
        // Pasted or read out with a space: only the digits count.
        QVERIFY(!h->wizard->button(QWizard::NextButton)->isEnabled());
        h->type("codeEdit", QStringLiteral("123 456"));
        QCOMPARE(h->find<QLineEdit>("codeEdit")->text(), QStringLiteral("123456"));
        QCOMPARE(h->wizard->button(QWizard::NextButton)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Verify"));
        h->click(QWizard::NextButton);
        // The code is on its way at once: the page says so before any answer can come.
        QVERIFY(h->find<QWidget>("codeProgress")->isVisible());
        QCOMPARE(h->wizard->currentId(), int(W::CodePageId));
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY(h->find<QAbstractButton>("connectAnotherButton")->isVisible());
        QCOMPARE(h->count(QStringLiteral("PUT"),
                          QStringLiteral("/api/fansly/authenticate/") + h->textOf("doneAccountId")),
                 1);
    }

    void authenticatorCode()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("totpcreator")));
        QVERIFY(h->waitForPage(W::CodePageId));
        QVERIFY2(
            h->textOf("codeSource").contains(QLatin1String("from the creator's authenticator app")),
            qPrintable(h->textOf("codeSource")));
        h->type("codeEdit", QStringLiteral("123-456"));
        QCOMPARE(h->find<QLineEdit>("codeEdit")->text(), QStringLiteral("123456"));
        h->click(QWizard::NextButton);
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY(h->find<QAbstractButton>("connectAnotherButton")->isVisible());
    }

    void wrongCodeThenRightCode()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("emailwrong")));
        QVERIFY(h->waitForPage(W::CodePageId));
        h->type("codeEdit", QStringLiteral("111111"));
        h->click(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(!h->statusOf("codeError").isEmpty(), 5000);
        QVERIFY2(h->statusOf("codeError").contains(QLatin1String("incorrect")),
                 qPrintable(h->statusOf("codeError")));
        QCOMPARE(h->wizard->currentId(), int(W::CodePageId));
        auto *code = h->find<QLineEdit>("codeEdit");
        QCOMPARE(code->selectedText(), QStringLiteral("111111"));
        QVERIFY(!code->isReadOnly());
        // No automatic retry: one PUT so far, and still one after a while.
        QTest::qWait(300);
        QCOMPARE(h->count(QStringLiteral("PUT"),
                          QStringLiteral("/api/fansly/authenticate/fansly_acct_1")),
                 1);
        QTest::keyClicks(code, QStringLiteral("123456")); // types over the selection
        QCOMPARE(code->text(), QStringLiteral("123456"));
        QVERIFY(h->statusOf("codeError").isEmpty());
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY(h->find<QAbstractButton>("connectAnotherButton")->isVisible());
        QCOMPARE(h->count(QStringLiteral("PUT"),
                          QStringLiteral("/api/fansly/authenticate/fansly_acct_1")),
                 2);
    }

    void bothChallenges()
    {
        h->build();
        QVERIFY(h->connect(QStringLiteral("bothsteps")));
        QVERIFY(h->waitForPage(W::CodePageId));
        QVERIFY(h->textOf("codeSource").contains(QLatin1String("Fansly sent a code")));
        h->type("codeEdit", QStringLiteral("123456"));
        h->click(QWizard::NextButton);
        // The second challenge comes on the same page, with an empty field.
        QTRY_VERIFY_WITH_TIMEOUT(h->textOf("codeSource").contains(QLatin1String("authenticator")),
                                 5000);
        QTRY_VERIFY(h->find<QLineEdit>("codeEdit")->text().isEmpty());
        h->type("codeEdit", QStringLiteral("123456"));
        h->click(QWizard::NextButton);
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY(h->find<QAbstractButton>("connectAnotherButton")->isVisible());
    }

    void connectAnotherCreator()
    {
        h->build();
        QVERIFY(h->toProxyPage(QStringLiteral("firstcreator"), QStringLiteral("pw1"),
                               QStringLiteral("First")));
        auto *country = h->find<QComboBox>("countryCombo");
        country->setCurrentIndex(country->findData(QStringLiteral("uk")));
        h->click(QWizard::CommitButton);
        QVERIFY(h->waitForPage(W::DonePageId));
        QCOMPARE(h->lastStartBody().value(QLatin1String("proxyCountry")).toString(),
                 QStringLiteral("uk"));

        h->click("connectAnotherButton");
        QVERIFY(h->waitForPage(W::CreatorPageId));
        QCOMPARE(h->find<QLineEdit>("displayNameEdit")->text(), QString());
        QCOMPARE(h->find<QLineEdit>("usernameEdit")->text(), QString());
        QCOMPARE(h->find<QLineEdit>("passwordEdit")->text(), QString());
        QVERIFY(!h->wizard->button(QWizard::NextButton)->isEnabled()); // required fields gate Next
        QVERIFY(h->connect(QStringLiteral("secondcreator"), QStringLiteral("pw2")));
        QVERIFY(h->waitForPage(W::DonePageId));
        QCOMPARE(h->textOf("doneName"), QStringLiteral("secondcreator"));
        const QJsonObject body = h->lastStartBody();
        QCOMPARE(body.value(QLatin1String("username")).toString(), QStringLiteral("secondcreator"));
        QCOMPARE(body.value(QLatin1String("proxyCountry")).toString(), QStringLiteral("uk"));
        QCOMPARE(h->starts(), 2);
        // The same key, no second whoami needed.
        QCOMPARE(h->count(QStringLiteral("GET"), QStringLiteral("/api/whoami")), 1);
    }

    void backClearsThePassword()
    {
        h->build();
        QVERIFY(h->waitForPage(W::CreatorPageId));
        h->type("usernameEdit", QStringLiteral("someone"));
        h->type("passwordEdit", QStringLiteral("pw"));
        h->click("changeKeyButton");
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        QCOMPARE(h->find<QLineEdit>("passwordEdit")->text(), QString());
        QCOMPARE(h->find<QLineEdit>("usernameEdit")->text(), QStringLiteral("someone"));
    }

    // With a saved key the wizard opens at the creator page: typing starts in the username.
    void creatorPageStartsAtTheUsername()
    {
        h->build();
        QApplication::setActiveWindow(h->wizard.get());
        QVERIFY(QTest::qWaitForWindowActive(h->wizard.get()));
        QVERIFY(h->waitForPage(W::CreatorPageId));
        QTRY_COMPARE(QApplication::focusWidget(), h->find<QWidget>("usernameEdit"));
    }

    void keyboardOnly()
    {
        h->options.apiKey.clear(); // start on the key page
        h->build();
        QApplication::setActiveWindow(h->wizard.get());
        QVERIFY(QTest::qWaitForWindowActive(h->wizard.get()));
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        QTRY_COMPARE(QApplication::focusWidget(), h->find<QWidget>("apiKeyEdit"));
        QTest::keyClicks(QApplication::focusWidget(), Simulator::testKey());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(h->waitForPage(W::CreatorPageId));
        // The username, not the optional display name above it, is where typing starts.
        QTRY_COMPARE(QApplication::focusWidget(), h->find<QWidget>("usernameEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("email.key@example.com"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), h->find<QWidget>("passwordEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("pw"));
        // Mnemonics: Alt+U ("Fansly &username or email") goes back to the username.
        QTest::keyClick(h->wizard.get(), Qt::Key_U, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), h->find<QWidget>("usernameEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(h->waitForPage(W::ProxyPageId));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // "Connect" is the default
        QVERIFY(h->waitForPage(W::CodePageId));
        QTRY_COMPARE(QApplication::focusWidget(), h->find<QWidget>("codeEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("123456"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(h->waitForPage(W::DonePageId));
        QVERIFY(h->find<QAbstractButton>("connectAnotherButton")->isVisible());
    }

    void accessibleNamesMatchLabels()
    {
        h->build();
        QVERIFY(h->waitForPage(W::CreatorPageId));
        const auto nameOf = [](QWidget *w) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            return iface ? iface->text(QAccessible::Name) : QString();
        };
        // Every label that names a field gives the field its name.
        const QList<QLabel *> labels = h->wizard->findChildren<QLabel *>();
        int buddies = 0;
        for (QLabel *label : labels) {
            if (!label->buddy() || qobject_cast<QLabel *>(label->buddy()))
                continue;
            ++buddies;
            // On Linux a combo box's accessible name is its current text and the label is a
            // relation; what we set is the property.
            const QString name = qobject_cast<QComboBox *>(label->buddy())
                ? label->buddy()->accessibleName()
                : nameOf(label->buddy());
            QCOMPARE(name, A11y::plain(label->text()));
        }
        QVERIFY(buddies >= 10);
        // Every button, check box and radio button is named after its text.
        const QList<QAbstractButton *> buttons = h->wizard->findChildren<QAbstractButton *>();
        for (QAbstractButton *b : buttons) {
            if (b->text().isEmpty())
                continue;
            QCOMPARE(nameOf(b), A11y::plain(b->text()));
        }
        // Every input has an objectName (tests and automation find them by it) and a name.
        const QList<QWidget *> all = h->wizard->findChildren<QWidget *>();
        for (QWidget *w : all) {
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || (qobject_cast<QAbstractButton *>(w)
                    && !w->objectName().startsWith(QLatin1String("__qt__")));
            if (!input || qobject_cast<QLineEdit *>(w->parentWidget()))
                continue;
            if (qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // a combo box's own line edit or button
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!nameOf(w).isEmpty(), qPrintable(w->objectName()));
        }
        const QList<QPair<const char *, const char *>> expected {
            {"apiKeyEdit", "API key"},
            {"rememberKeyCheck", "Remember in the system keychain"},
            {"displayNameEdit", "Display name (optional)"},
            {"usernameEdit", "Fansly username or email"},
            {"passwordEdit", "Password"},
            {"forceConnectCheck", "Connect even if this account is already connected"},
            {"countryCombo", "Country"},
            {"proxyHostEdit", "Proxy host"},
            {"proxyPortEdit", "Proxy port"},
            {"proxyUserEdit", "Proxy user (optional)"},
            {"proxyPasswordEdit", "Proxy password (optional)"},
            {"codeEdit", "Verification code"},
            {"cancelLoginButton", "Cancel login"},
            {"connectAnotherButton", "Connect another creator"},
            {"tryAgainButton", "Try again"},
        };
        for (const auto &[object, name] : expected) {
            QWidget *w = h->find<QWidget>(object);
            QCOMPARE(qobject_cast<QComboBox *>(w) ? w->accessibleName() : nameOf(w),
                     QString::fromUtf8(name));
        }
    }
};

FC_WIZARD_TEST_MAIN(TestWizardFlow)
#include "tst_wizardflow.moc"

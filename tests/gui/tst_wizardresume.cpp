// The connect wizard across a restart (a login left running is resumed, not sent again)
// and when the window is closed during a login.
#include "WizardHarness.h"

#include "storage/PendingStore.h"

#include <QMessageBox>
#include <QProxyStyle>
#include <QPushButton>
#include <QScopeGuard>

using W = ConnectWizard;

class TestWizardResume : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void resumeAfterRestart()
    {
        WizardHarness h(m_dir.filePath(QStringLiteral("resume.ini")), {300, 150});
        h.build();
        QVERIFY(h.connect(QStringLiteral("email.rita@example.com"), QStringLiteral("pw"),
                          QStringLiteral("Rita")));
        QTRY_COMPARE(h.controller->session()->state(), ConnectionSession::State::Waiting);
        QCOMPARE(h.controller->pendingLogins().size(), 1);
        const int askedBefore = MessageBox::askedCount();
        h.destroy(); // the app closes mid-login

        MessageBox::setNextAnswer(QMessageBox::Yes);
        h.build();
        QTRY_COMPARE(MessageBox::askedCount(), askedBefore + 1);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Rita")));
        QVERIFY(h.waitForPage(W::CodePageId));
        QCOMPARE(h.starts(), 1); // no second login
        QVERIFY(h.textOf("codeSource")
                    .contains(QLatin1String("Fansly sent a code to e***@e*****.com")));
        h.type("codeEdit", QStringLiteral("123456"));
        h.click(QWizard::NextButton);
        QVERIFY(h.waitForPage(W::DonePageId));
        QCOMPARE(h.textOf("doneName"), QStringLiteral("Rita"));
        QCOMPARE(h.starts(), 1);
        QVERIFY(h.controller->pendingLogins().isEmpty());

        // Nothing left to resume: a third start asks nothing.
        const int asked = MessageBox::askedCount();
        h.destroy();
        h.build();
        QVERIFY(h.waitForPage(W::CreatorPageId));
        QTest::qWait(100);
        QCOMPARE(MessageBox::askedCount(), asked);
    }

    void forgetPendingLogin()
    {
        WizardHarness h(m_dir.filePath(QStringLiteral("forget.ini")));
        h.build();
        QVERIFY(h.connect(QStringLiteral("slow.sam")));
        QTRY_COMPARE(h.controller->session()->state(), ConnectionSession::State::Waiting);
        h.destroy();
        MessageBox::setNextAnswer(QMessageBox::Discard);
        h.build();
        QVERIFY(h.waitForPage(W::CreatorPageId));
        QTRY_VERIFY(h.controller->pendingLogins().isEmpty());
        QCOMPARE(h.wizard->currentId(), int(W::CreatorPageId));
    }

    // Several unfinished logins (the app's or the CLI's): each is offered in turn, in words
    // that make no claim about who left it; "Not now" moves on to the next.
    void everyPendingLoginIsOffered()
    {
        WizardHarness h(m_dir.filePath(QStringLiteral("several.ini")));
        h.build();
        QVERIFY(h.connect(QStringLiteral("slow.one"), QStringLiteral("pw"), QStringLiteral("One")));
        QTRY_COMPARE(h.controller->session()->state(), ConnectionSession::State::Waiting);
        h.destroy();
        MessageBox::setNextAnswer(QMessageBox::Cancel); // Not now
        h.build();
        QVERIFY(h.connect(QStringLiteral("slow.two"), QStringLiteral("pw"), QStringLiteral("Two")));
        QTRY_COMPARE(h.controller->session()->state(), ConnectionSession::State::Waiting);
        h.destroy();
        QCOMPARE(h.starts(), 2);

        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(QMessageBox::Cancel); // Not now for the first one offered
        h.build();
        // Then the other one is asked (shown for real: the hook answered once).
        QTRY_COMPARE(MessageBox::askedCount(), asked + 2);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = h.wizard->findChild<QMessageBox *>()) && box->isVisible());
        const QString text = box->text();
        const QString shown = text.contains(QStringLiteral("“One”")) ? QStringLiteral("One")
                                                                     : QStringLiteral("Two");
        const QString prefix = QStringLiteral("A login for “%1” (started ").arg(shown);
        QVERIFY2(text.startsWith(prefix), qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1String(") was not finished.")), qPrintable(text));
        QVERIFY(box->informativeText().contains(QLatin1String("No new login")));
        h.click(box->button(QMessageBox::Yes)); // Resume
        QTRY_COMPARE(h.controller->session()->state(), ConnectionSession::State::Waiting);
        QCOMPARE(h.controller->session()->displayName(), shown);
        QCOMPARE(h.starts(), 2); // resumed, not sent again
    }

    void closeDuringLoginAsks()
    {
        WizardHarness h(m_dir.filePath(QStringLiteral("close.ini")));
        h.build();
        QVERIFY(h.connect(QStringLiteral("slow.tom")));
        const int asked = MessageBox::askedCount();

        MessageBox::setNextAnswer(QMessageBox::Cancel); // "Keep working"
        QVERIFY(!h.wizard->close());
        QTRY_COMPARE(MessageBox::askedCount(), asked + 1);
        QTest::qWait(50);
        QVERIFY(h.wizard->isVisible());
        QVERIFY(h.controller->session()->isActive());

        MessageBox::setNextAnswer(QMessageBox::Close); // "Close anyway"
        QTest::keyClick(h.wizard.get(), Qt::Key_Escape); // Escape asks the same question
        QTRY_VERIFY(!h.wizard->isVisible());
        QCOMPARE(MessageBox::askedCount(), asked + 2);
        // The login goes on at the server and can be resumed next time.
        QCOMPARE(h.controller->pendingLogins().size(), 1);
    }

    // The real question, shown: no icon on its buttons (a cross on "Keep working" reads
    // as "close"), and "Keep working" is the default.
    void closeQuestionHasPlainButtons()
    {
        // Desktops whose style puts icons on dialog buttons (as under X11 here).
        struct IconButtons : QProxyStyle
        {
            int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                          QStyleHintReturn *ret) const override
            {
                if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
                    return 1;
                return QProxyStyle::styleHint(hint, option, widget, ret);
            }
        };
        const QString styleBefore = QApplication::style()->name();
        QApplication::setStyle(new IconButtons);
        auto restore = qScopeGuard([styleBefore] { QApplication::setStyle(styleBefore); });
        WizardHarness h(m_dir.filePath(QStringLiteral("plain.ini")));
        h.build();
        QVERIFY(h.connect(QStringLiteral("slowcreator")));
        QTest::keyClick(h.wizard.get(), Qt::Key_Escape);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = h.wizard->findChild<QMessageBox *>()) && box->isVisible());
        QCOMPARE(box->buttons().size(), 2);
        for (QAbstractButton *b : box->buttons())
            QVERIFY2(b->icon().isNull(), qPrintable(b->text()));
        auto *keep = qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel));
        QVERIFY(keep && keep->isDefault());
        keep->click();
        QTRY_VERIFY(!box->isVisible());
        QVERIFY(h.wizard->isVisible());
        QCOMPARE(h.wizard->currentId(), int(W::ConnectingPageId));
    }

    // Nothing typed, no login running: Cancel closes at once.
    void closeWhenNothingTypedDoesNotAsk()
    {
        WizardHarness h(m_dir.filePath(QStringLiteral("idle.ini")));
        h.build();
        QVERIFY(h.waitForPage(W::CreatorPageId));
        const int asked = MessageBox::askedCount();
        h.click(QWizard::CancelButton);
        QVERIFY(!h.wizard->isVisible());
        QCOMPARE(MessageBox::askedCount(), asked);
    }

    // Typed details are not thrown away by a stray Esc or Cancel: it asks first, and
    // "Keep editing" keeps everything; "Quit" closes and clears the password.
    void closeWithTypedInputAsksFirst()
    {
        WizardHarness h(m_dir.filePath(QStringLiteral("typed.ini")));
        h.build();
        QVERIFY(h.waitForPage(W::CreatorPageId));
        h.type("usernameEdit", QStringLiteral("rita"));
        h.type("passwordEdit", QStringLiteral("pw"));
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(QMessageBox::Cancel); // Keep editing
        QTest::keyClick(h.wizard.get(), Qt::Key_Escape);
        QTRY_COMPARE(MessageBox::askedCount(), asked + 1);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("not kept")));
        QTest::qWait(50);
        QVERIFY(h.wizard->isVisible());
        QCOMPARE(h.find<QLineEdit>("usernameEdit")->text(), QStringLiteral("rita"));
        QCOMPARE(h.find<QLineEdit>("passwordEdit")->text(), QStringLiteral("pw"));

        MessageBox::setNextAnswer(QMessageBox::Discard); // Quit
        h.click(QWizard::CancelButton);
        QTRY_VERIFY(!h.wizard->isVisible());
        QCOMPARE(MessageBox::askedCount(), asked + 2);
        QCOMPARE(h.find<QLineEdit>("passwordEdit")->text(), QString()); // Cancel clears it
    }
};

FC_WIZARD_TEST_MAIN(TestWizardResume)
#include "tst_wizardresume.moc"

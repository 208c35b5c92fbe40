// Practice mode as the app builds it (Backend + GuiApp): a login left at its code page is
// offered again at the next start and finishes there, as for real, and nothing of it
// lands in production's pending logins.
#include "Backend.h"
#include "GuiApp.h"
#include "WizardHarness.h"

using W = ConnectWizard;

class TestPractice : public QObject
{
    Q_OBJECT

    ConnectWizard *m_wizard = nullptr;

    bool waitForPage(int id, int ms = 10000) const
    {
        return QTest::qWaitFor([&] { return m_wizard->currentId() == id; }, ms);
    }
    template<class T = QWidget> T *find(const char *name) const
    {
        return m_wizard->findChild<T *>(QLatin1String(name));
    }
    void type(const char *name, const QString &text) const
    {
        auto *edit = find<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    void next() const { WizardHarness::click(m_wizard->button(QWizard::NextButton)); }

private slots:
    void aPracticeLoginResumesAfterARestart()
    {
        QString accountId;
        {
            Backend backend(true, {});
            QString error;
            QVERIFY2(backend.start(&error), qPrintable(error));
            GuiApp gui(backend);
            m_wizard = gui.wizard();
            gui.start();
            QVERIFY(waitForPage(W::ApiKeyPageId));
            QTRY_COMPARE(find<QLineEdit>("apiKeyEdit")->text(), Simulator::practiceKey());
            next();
            QVERIFY(waitForPage(W::CreatorPageId));
            type("displayNameEdit", QStringLiteral("Practice Pat"));
            type("usernameEdit", QStringLiteral("emailpat"));
            type("passwordEdit", QStringLiteral("pw"));
            next();
            QVERIFY(waitForPage(W::ProxyPageId));
            WizardHarness::click(m_wizard->button(QWizard::CommitButton));
            QVERIFY(waitForPage(W::CodePageId));
            QVERIFY(!MessageBox::lastText().contains(QLatin1String("Practice Pat")));
        } // closed without a word, as after a crash

        Backend backend(true, {});
        QString error;
        QVERIFY2(backend.start(&error), qPrintable(error));
        GuiApp gui(backend);
        m_wizard = gui.wizard();
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(QMessageBox::Yes); // Resume
        gui.start();
        QVERIFY(waitForPage(W::ApiKeyPageId));
        QTRY_COMPARE(find<QLineEdit>("apiKeyEdit")->text(), Simulator::practiceKey());
        next();
        QTRY_COMPARE(MessageBox::askedCount(), asked + 1);
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("Practice Pat")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(waitForPage(W::CodePageId));
        type("codeEdit", QStringLiteral("123456"));
        next();
        QVERIFY(waitForPage(W::DonePageId));
        QVERIFY(find<QAbstractButton>("connectAnotherButton")->isVisible());
        QCOMPARE(find<QLabel>("doneName")->text(), QStringLiteral("Practice Pat"));

        // Production's list of pending logins never saw it.
        PendingStore production;
        QVERIFY(production.list(QStringLiteral("https://app.onlyfansapi.com")).isEmpty());
    }
};

FC_WIZARD_TEST_MAIN(TestPractice)
#include "tst_practice.moc"

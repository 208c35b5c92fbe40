// Practice mode as the app builds it (Backend + GuiApp): a login left at its code page is
// offered again at the next start and finishes there, as for real, and nothing of it
// lands in production's pending logins.
#include "Backend.h"
#include "GuiApp.h"
#include "WizardHarness.h"
#include "proxy/ProxyProfiles.h"
#include "storage/SecretStore.h"

#include <QComboBox>

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
            gui.start();
            m_wizard = gui.wizard();
            QVERIFY(waitForPage(W::ApiKeyPageId));
            QTRY_COMPARE(find<QLineEdit>("apiKeyEdit")->text(), backend.practiceKey());
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
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(QMessageBox::Yes); // Resume
        gui.start();
        m_wizard = gui.wizard();
        QVERIFY(waitForPage(W::ApiKeyPageId));
        QTRY_COMPARE(find<QLineEdit>("apiKeyEdit")->text(), backend.practiceKey());
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

    // The app and `fansly-connect-cli --practice proxies` share practice mode's saved
    // proxies (kept in its own settings file, keychain service and names), and neither
    // sees production's.
    void practiceShowsThePracticeProxies()
    {
        const auto save = [&](const Backend::Storage &storage, const QString &name) {
            SecretStore secrets(storage.keychainService);
            ProxyProfiles profiles(&secrets, storage.origin, storage.settingsFile);
            ProxyProfile p;
            p.name = name;
            p.host = QStringLiteral("10.0.0.9");
            p.port = 3128;
            bool done = false;
            profiles.save(p, {}, this, [&](bool ok, const QString &) { done = ok; });
            return QTest::qWaitFor([&] { return done; }, 10000);
        };
        QVERIFY(save(Backend::practiceStorage(), QStringLiteral("drill"))); // as the CLI saves
        QVERIFY(
            save(Backend::productionStorage(QUrl(QStringLiteral("https://app.onlyfansapi.com"))),
                 QStringLiteral("office")));

        Backend backend(true, {});
        QString error;
        QVERIFY2(backend.start(&error), qPrintable(error));
        GuiApp gui(backend);
        gui.start();
        m_wizard = gui.wizard();
        QVERIFY(waitForPage(W::ApiKeyPageId));
        QTRY_COMPARE(find<QLineEdit>("apiKeyEdit")->text(), backend.practiceKey());
        next();
        QVERIFY(waitForPage(W::CreatorPageId));
        type("usernameEdit", QStringLiteral("plainpat"));
        type("passwordEdit", QStringLiteral("pw"));
        next();
        QVERIFY(waitForPage(W::ProxyPageId));
        auto *combo = find<QComboBox>("savedProxyCombo");
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->itemText(0), QStringLiteral("drill"));
        QVERIFY(find<QAbstractButton>("savedProxyRadio")->isEnabled());
    }
};

FC_WIZARD_TEST_MAIN(TestPractice)
#include "tst_practice.moc"

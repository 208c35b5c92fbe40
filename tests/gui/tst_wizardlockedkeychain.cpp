// The connect wizard (offscreen) with a locked keychain whose unlock prompt nobody answers
// (keyring-session.sh with FC_KEYRING=locked-prompt). Saving the key would wait for ever;
// with the keychain's deadline the key page says what happened, keeps what was typed, and
// offers to try the keychain again or to go on with the key in memory only.
#include "WizardHarness.h"

#include "storage/SecretStore.h"

#include <QElapsedTimer>
#include <QPushButton>

using W = ConnectWizard;

class TestWizardLockedKeychain : public WizardTest
{
    Q_OBJECT
    std::unique_ptr<SecretStore> m_store;

    // Waits for the key page to say the keychain did not answer; the time it took is printed.
    bool waitForNoAnswer(const char *what) const
    {
        QElapsedTimer clock;
        clock.start();
        const bool said = QTest::qWaitFor(
            [this] {
                return h->statusOf("keychainNote").contains(QLatin1String("did not answer"))
                    && h->find<QLineEdit>("apiKeyEdit")->isEnabled();
            },
            30000);
        qInfo("%s: the key page said so after %lld ms", what, clock.elapsed());
        return said;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("FC_KEYRING") != QLatin1String("locked-prompt"))
            QSKIP("run through keyring-session.sh with FC_KEYRING=locked-prompt");
    }
    void init()
    {
        WizardTest::init();
        m_store = std::make_unique<SecretStore>();
        m_store->setFirstReadRetryDelay(0);
        m_store->setDeadline(1500);
        h->options.apiKey.clear();
        h->options.secrets = m_store.get();
    }
    void cleanup()
    {
        WizardTest::cleanup();
        m_store.reset();
    }

    void savingTheKeyEndsWithARetryAndTheTypedKeyKept()
    {
        h->build();
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        QTRY_VERIFY(h->find<QLineEdit>("apiKeyEdit")->isEnabled());
        QVERIFY(h->find<QCheckBox>("rememberKeyCheck")->isChecked());
        const QString typed = QStringLiteral("sk-locked-keychain-test");
        h->sim.addApiKey(typed);
        h->type("apiKeyEdit", typed);
        h->click(QWizard::NextButton);

        QVERIFY(waitForNoAnswer("saving the key"));
        QCOMPARE(h->wizard->currentId(), int(W::ApiKeyPageId));
        const QString note = h->statusOf("keychainNote");
        QVERIFY2(note.contains(QLatin1String("locked")), qPrintable(note));
        QCOMPARE(h->find<QLineEdit>("apiKeyEdit")->text(), typed);
        QVERIFY(h->find<QPushButton>("keychainRetryButton")->isVisible());
        QVERIFY(!h->find<QCheckBox>("rememberKeyCheck")->isEnabled());

        // Retry asks the keychain again (still locked: the same answer, the key still there).
        h->click("keychainRetryButton");
        QVERIFY(!h->find<QPushButton>("keychainRetryButton")->isVisible());
        QCOMPARE(h->statusOf("apiKeyStatus"), QStringLiteral("Asking the system keychain again…"));
        QVERIFY(waitForNoAnswer("retrying"));
        QCOMPARE(h->wizard->currentId(), int(W::ApiKeyPageId));
        QCOMPARE(h->find<QLineEdit>("apiKeyEdit")->text(), typed);
        QVERIFY(h->find<QPushButton>("keychainRetryButton")->isVisible());

        // Or go on without the keychain: the key works for this session.
        h->click(QWizard::NextButton);
        QVERIFY(h->waitForPage(W::CreatorPageId));
        QCOMPARE(h->statusOf("keyNote"),
                 QStringLiteral("The API key is kept in memory for this session only."));
    }
};

FC_WIZARD_TEST_MAIN(TestWizardLockedKeychain)
#include "tst_wizardlockedkeychain.moc"

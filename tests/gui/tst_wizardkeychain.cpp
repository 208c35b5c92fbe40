// The connect wizard with a real system keychain (run by keyring-session.sh on a private
// gnome-keyring) and without one (no-secret-service.sh sets FC_EXPECT_NO_KEYCHAIN=1):
// remembering the API key, saved proxies, and what the pages say when there is no keychain.
#include "WizardHarness.h"

#include "KeychainTestSupport.h"
#include "proxy/ProxyProfiles.h"
#include "storage/SecretStore.h"

using W = ConnectWizard;

class TestWizardKeychain : public WizardTest
{
    Q_OBJECT
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<ProxyProfiles> m_profiles;

    void prepare()
    {
        h->options.apiKey.clear();
        h->options.secrets = m_store.get();
        h->options.profiles = m_profiles.get();
    }

    // On the proxy page: the custom proxy 10.0.0.7:3128, user "office", password
    // "proxy-secret", and "Save this proxy as" ticked.
    void enterProxyToSave() const
    {
        h->click("customProxyRadio");
        h->type("proxyHostEdit", QStringLiteral("10.0.0.7"));
        h->type("proxyPortEdit", QStringLiteral("3128"));
        h->type("proxyUserEdit", QStringLiteral("office"));
        h->type("proxyPasswordEdit", QStringLiteral("proxy-secret"));
        h->click("saveProxyCheck");
    }

private slots:
    void init()
    {
        WizardTest::init();
        m_store = std::make_unique<SecretStore>();
        m_store->setFirstReadRetryDelay(0);
        m_profiles = std::make_unique<ProxyProfiles>(m_store.get(), h->sim.baseUrl());
        prepare();
    }
    void cleanup()
    {
        WizardTest::cleanup();
        m_profiles.reset();
        m_store.reset();
    }

    void rememberedKeySkipsTheKeyPage()
    {
        NEED_KEYCHAIN();
        h->build();
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        QTRY_VERIFY(h->find<QLineEdit>("apiKeyEdit")->isEnabled());
        auto *remember = h->find<QCheckBox>("rememberKeyCheck");
        QVERIFY(remember->isEnabled() && remember->isChecked());
        QVERIFY(h->statusOf("keychainNote").isEmpty());
        h->type("apiKeyEdit", Simulator::testKey());
        h->click(QWizard::NextButton);
        QVERIFY(h->waitForPage(W::CreatorPageId));
        QVERIFY(h->statusOf("keyNote").isEmpty());

        h->destroy();
        h->build(); // a restart: the key comes from the keychain
        QVERIFY(h->waitForPage(W::CreatorPageId));
        QCOMPARE(h->count(QStringLiteral("GET"), QStringLiteral("/api/whoami")), 2);

        // Change API key, untick Remember: the saved key is forgotten.
        h->click("changeKeyButton");
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        QCOMPARE(h->find<QLineEdit>("apiKeyEdit")->text(), QString());
        h->click(remember = h->find<QCheckBox>("rememberKeyCheck"));
        QVERIFY(!remember->isChecked());
        h->type("apiKeyEdit", Simulator::testKey());
        h->click(QWizard::NextButton);
        QVERIFY(h->waitForPage(W::CreatorPageId));
        h->destroy();
        h->build();
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        QTRY_VERIFY(h->find<QLineEdit>("apiKeyEdit")->isEnabled());
    }

    void managedProxyIgnoresALeftoverSaveTick()
    {
        NEED_KEYCHAIN();
        h->options.apiKey = Simulator::testKey();
        h->build();
        QVERIFY(h->toProxyPage(QStringLiteral("proxied")));
        enterProxyToSave(); // ticks "Save this proxy as", leaves the name empty
        h->click("managedProxyRadio");
        h->click(QWizard::CommitButton);
        QVERIFY(h->waitForPage(W::ConnectingPageId));
        QVERIFY(m_profiles->list().isEmpty());
    }

    void savedProxy()
    {
        NEED_KEYCHAIN();
        h->options.apiKey = Simulator::testKey();
        h->build();
        QVERIFY(h->toProxyPage(QStringLiteral("proxied")));
        QVERIFY(!h->find<QRadioButton>("savedProxyRadio")->isEnabled()); // none saved yet
        enterProxyToSave();
        QVERIFY(h->find<QCheckBox>("saveProxyCheck")->isChecked());
        QVERIFY(h->find<QLineEdit>("proxyNameEdit")->isEnabled());
        h->click(QWizard::CommitButton);
        QCOMPARE(h->wizard->currentId(), int(W::ProxyPageId)); // a name is needed
        QVERIFY(!h->find<QLineEdit>("proxyNameEdit")->accessibleDescription().isEmpty());
        h->type("proxyNameEdit", QStringLiteral("Office"));
        h->click(QWizard::CommitButton);
        QVERIFY(h->waitForPage(W::DonePageId));
        QCOMPARE(m_profiles->list().size(), 1);

        // The next creator, in a new window: the saved proxy brings its password along.
        h->destroy();
        h->build();
        QVERIFY(h->toProxyPage(QStringLiteral("proxied2")));
        h->click("savedProxyRadio");
        QCOMPARE(h->find<QComboBox>("savedProxyCombo")->currentText(), QStringLiteral("Office"));
        h->click(QWizard::CommitButton);
        QVERIFY(h->waitForPage(W::DonePageId));
        const QJsonObject proxy = h->lastStartBody().value(QLatin1String("customProxy")).toObject();
        QCOMPARE(proxy.value(QLatin1String("host")).toString(), QStringLiteral("10.0.0.7"));
        QCOMPARE(proxy.value(QLatin1String("port")).toInt(), 3128);
        QCOMPARE(proxy.value(QLatin1String("username")).toString(), QStringLiteral("office"));
        QCOMPARE(proxy.value(QLatin1String("password")).toString(), QStringLiteral("proxy-secret"));
    }

    void noKeychainKeepsTheKeyForThisSession()
    {
        NEED_NO_KEYCHAIN();
        h->build();
        QVERIFY(h->waitForPage(W::ApiKeyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!h->statusOf("keychainNote").isEmpty(), 5000);
        const QString note = h->statusOf("keychainNote");
        QVERIFY2(note.contains(QLatin1String("not available"))
                     && note.contains(QLatin1String("this session only")),
                 qPrintable(note));
        QVERIFY(!h->find<QCheckBox>("rememberKeyCheck")->isEnabled());
        QCOMPARE(h->statusOf("apiKeyStatus"), QString()); // said once, not twice
        // Plain words on the page; the system's own words only behind "Details".
        QVERIFY2(!note.contains(QLatin1String("org.freedesktop")), qPrintable(note));
        auto *details = h->find<QLabel>("keychainDetails");
        QVERIFY(!details->isVisible());
        h->click("keychainDetailsButton");
        QVERIFY(details->isVisible());
        QVERIFY2(details->text().contains(QLatin1String("org.freedesktop.secrets")),
                 qPrintable(details->text()));
        h->type("apiKeyEdit", Simulator::testKey());
        h->click(QWizard::NextButton);
        QVERIFY(h->waitForPage(W::CreatorPageId));
        // The next page only reminds, in a few words.
        QCOMPARE(h->statusOf("keyNote"),
                 QStringLiteral("The API key is kept in memory for this session only."));
    }

    void noKeychainRefusesToSaveAProxyPassword()
    {
        NEED_NO_KEYCHAIN();
        h->options.apiKey = Simulator::testKey();
        h->build();
        QVERIFY(h->toProxyPage(QStringLiteral("proxied")));
        enterProxyToSave();
        h->type("proxyNameEdit", QStringLiteral("Office"));
        h->click(QWizard::CommitButton);
        QTRY_VERIFY_WITH_TIMEOUT(!h->statusOf("proxyStatus").isEmpty()
                                     && h->wizard->button(QWizard::CommitButton)->isEnabled(),
                                 5000);
        QVERIFY2(h->statusOf("proxyStatus").contains(QLatin1String("was not saved")),
                 qPrintable(h->statusOf("proxyStatus")));
        QCOMPARE(h->wizard->currentId(), int(W::ProxyPageId));
        QCOMPARE(h->starts(), 0);
        // Unticking "Save this proxy as" connects without saving.
        h->click("saveProxyCheck");
        h->click(QWizard::CommitButton);
        QVERIFY(h->waitForPage(W::DonePageId));
        QCOMPARE(h->starts(), 1);
    }
};

FC_WIZARD_TEST_MAIN(TestWizardKeychain)
#include "tst_wizardkeychain.moc"

// ProxyProfiles with real QSettings and a real keychain. Run through
// tests/support/keyring-session.sh (unlocked gnome-keyring) or tests/support/no-secret-service.sh
// (FC_EXPECT_NO_KEYCHAIN=1); both give a throwaway HOME in FC_TEST_HOME.
#include "KeychainTestSupport.h"
#include "SecretScan.h"
#include "proxy/ProxyProfiles.h"
#include "storage/SecretStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

const QString kService = QStringLiteral("Fansly Connect tests");
const QUrl kProduction(QStringLiteral("https://app.onlyfansapi.com/api"));
const QUrl kPractice(QStringLiteral("http://127.0.0.1:8931"));

struct Outcome
{
    bool ok = false;
    QString message;
};

ProxyProfile profile(const char *name, const char *host, int port, const char *user = "")
{
    return {QString::fromUtf8(name), QString::fromUtf8(host), port, QString::fromUtf8(user)};
}

} // namespace

class TestProxyProfiles : public QObject
{
    Q_OBJECT

private:
    Outcome save(ProxyProfiles &pp, const ProxyProfile &p, const QString &password)
    {
        std::optional<Outcome> out;
        pp.save(p, password, this, [&](bool ok, const QString &m) { out = Outcome {ok, m}; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000); }();
        return out.value_or(Outcome {false, QStringLiteral("timeout")});
    }
    Outcome remove(ProxyProfiles &pp, const QString &name)
    {
        std::optional<Outcome> out;
        pp.remove(name, this, [&](bool ok, const QString &m) { out = Outcome {ok, m}; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000); }();
        return out.value_or(Outcome {false, QStringLiteral("timeout")});
    }
    std::pair<std::optional<ProxyChoice>, QString> load(ProxyProfiles &pp, const QString &name)
    {
        std::optional<std::pair<std::optional<ProxyChoice>, QString>> out;
        pp.load(name, this,
                [&](std::optional<ProxyChoice> c, const QString &m) { out.emplace(c, m); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000); }();
        return out.value_or(std::pair<std::optional<ProxyChoice>, QString> {});
    }
    SecretStore::Result readSecret(const QString &key)
    {
        std::optional<SecretStore::Result> out;
        m_secrets->read(key, this, [&](const SecretStore::Result &r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000); }();
        return out.value_or(SecretStore::Result {SecretStore::Status::Error, {}, {}});
    }
    QStringList names(const ProxyProfiles &pp) const
    {
        QStringList out;
        for (const ProxyProfile &p : pp.list())
            out << p.name;
        return out;
    }

    SecretStore *m_secrets = nullptr;
    QStringList m_passwordsUsed;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("FC_TEST_HOME"),
                 "run through keyring-session.sh or no-secret-service.sh");
        QCOMPARE(QDir::homePath(), qEnvironmentVariable("FC_TEST_HOME"));
        QCoreApplication::setOrganizationName(QStringLiteral("fansly-connect-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_proxyprofiles"));
        QVERIFY(QSettings().fileName().startsWith(QDir::homePath()));
        m_secrets = new SecretStore(kService, this);
        m_secrets->setFirstReadRetryDelay(0);
    }

    void init() { QSettings().clear(); }

    void validationMessages_data()
    {
        QTest::addColumn<ProxyProfile>("p");
        QTest::addColumn<QString>("mustContain"); // empty: valid
        QTest::newRow("ok") << profile("Home", "proxy.example.net", 8080, "me") << QString();
        QTest::newRow("ok ipv4 no user") << profile("Lab", "10.0.0.2", 3128) << QString();
        QTest::newRow("no name") << profile("  ", "proxy.example.net", 8080)
                                 << QStringLiteral("name");
        QTest::newRow("no host") << profile("Home", " ", 8080) << QStringLiteral("host");
        QTest::newRow("url host") << profile("Home", "http://proxy.example.net", 8080)
                                  << QStringLiteral("host name or IP address only");
        QTest::newRow("user in host")
            << profile("Home", "me@proxy", 8080) << QStringLiteral("host name or IP address only");
        QTest::newRow("port 0") << profile("Home", "proxy", 0) << QStringLiteral("1 to 65535");
        QTest::newRow("port 65536")
            << profile("Home", "proxy", 65536) << QStringLiteral("1 to 65535");
    }
    void validationMessages()
    {
        QFETCH(ProxyProfile, p);
        QFETCH(QString, mustContain);
        ProxyProfiles pp(m_secrets, kProduction);
        const QString problem = pp.validate(p);
        if (mustContain.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            return;
        }
        QVERIFY2(problem.contains(mustContain), qPrintable(problem));

        // save() refuses the same, without touching settings or keychain.
        const Outcome o = save(pp, p, QStringLiteral("unused"));
        QVERIFY(!o.ok);
        QVERIFY(!o.message.isEmpty());
        QVERIFY(pp.list().isEmpty());
    }

    void passwordNeedsAUser()
    {
        ProxyProfiles pp(m_secrets, kProduction);
        const Outcome o = save(pp, profile("Home", "proxy", 8080), QStringLiteral("secret"));
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(QLatin1String("user name")), qPrintable(o.message));
        QVERIFY(pp.list().isEmpty());
    }

    void callbacksAreLaterAndContextBound()
    {
        ProxyProfiles pp(m_secrets, kProduction);
        bool called = false;
        pp.load(QStringLiteral("missing"), this, [&](auto, const QString &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);

        called = false;
        auto *context = new QObject;
        pp.load(QStringLiteral("missing"), context, [&](auto, const QString &) { called = true; });
        pp.save(profile("", "x", 1), {}, context, [&](bool, const QString &) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }

    // --- a real gnome-keyring ---

    void addListLoadOverwriteRemove()
    {
        NEED_KEYCHAIN();
        ProxyProfiles pp(m_secrets, kProduction);
        QSignalSpy changed(&pp, &ProxyProfiles::changed);
        const QString password = uniqueSecret("proxy");
        const QString newPassword = uniqueSecret("proxy2");
        m_passwordsUsed << password << newPassword;

        Outcome o = save(pp, profile(" Home office ", " proxy.example.net ", 8080, "me"), password);
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(o.message.isEmpty());
        o = save(pp, profile("alpha", "10.0.0.2", 3128), {});
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(changed.size(), 2);

        QCOMPARE(names(pp), (QStringList {QStringLiteral("alpha"), QStringLiteral("Home office")}));
        QCOMPARE(pp.find(QStringLiteral("Home office")),
                 std::optional(profile("Home office", "proxy.example.net", 8080, "me")));
        QVERIFY(!pp.find(QStringLiteral("home office"))); // names are exact

        // Nothing secret in QSettings; the password is in the keychain under its own name.
        QSettings settings;
        for (const QString &k : settings.allKeys())
            QVERIFY(!settings.value(k).toString().contains(password));
        const QString key
            = SecretStore::proxyPasswordName(kProduction, QStringLiteral("Home office"));
        QCOMPARE(readSecret(key).secret, password);

        auto [choice, message] = load(pp, QStringLiteral("Home office"));
        QVERIFY2(choice, qPrintable(message));
        QCOMPARE(*choice,
                 ProxyChoice::custom(QStringLiteral("proxy.example.net"), 8080,
                                     QStringLiteral("me"), password));
        QVERIFY(choice->validate().message.isEmpty());

        std::tie(choice, message) = load(pp, QStringLiteral("alpha"));
        QVERIFY(choice);
        QCOMPARE(*choice, ProxyChoice::custom(QStringLiteral("10.0.0.2"), 3128));

        // Overwrite host and password.
        o = save(pp, profile("Home office", "proxy2.example.net", 8081, "me"), newPassword);
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(pp.list().size(), 2);
        std::tie(choice, message) = load(pp, QStringLiteral("Home office"));
        QVERIFY(choice);
        QCOMPARE(choice->host, QStringLiteral("proxy2.example.net"));
        QCOMPARE(choice->port, 8081);
        QCOMPARE(choice->password, newPassword);

        // An empty password keeps the stored one.
        o = save(pp, profile("Home office", "proxy3.example.net", 8082, "me"), {});
        QVERIFY2(o.ok, qPrintable(o.message));
        std::tie(choice, message) = load(pp, QStringLiteral("Home office"));
        QVERIFY(choice);
        QCOMPARE(choice->host, QStringLiteral("proxy3.example.net"));
        QCOMPARE(choice->password, newPassword);

        // Remove: settings and keychain entry both gone.
        o = remove(pp, QStringLiteral("Home office"));
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(names(pp), QStringList {QStringLiteral("alpha")});
        QCOMPARE(readSecret(key).status, SecretStore::Status::NotFound);
        std::tie(choice, message) = load(pp, QStringLiteral("Home office"));
        QVERIFY(!choice);
        QVERIFY2(message.contains(QLatin1String("Home office")), qPrintable(message));

        QVERIFY(remove(pp, QStringLiteral("alpha")).ok);
        QVERIFY(pp.list().isEmpty());
    }

    void droppingTheUserDropsThePassword()
    {
        NEED_KEYCHAIN();
        ProxyProfiles pp(m_secrets, kProduction);
        const QString password = uniqueSecret("dropped");
        m_passwordsUsed << password;
        const QString key = SecretStore::proxyPasswordName(kProduction, QStringLiteral("Work"));
        QVERIFY(save(pp, profile("Work", "proxy", 1080, "me"), password).ok);
        QCOMPARE(readSecret(key).secret, password);
        QVERIFY(save(pp, profile("Work", "proxy", 1080), {}).ok);
        QCOMPARE(readSecret(key).status, SecretStore::Status::NotFound);
        QVERIFY(remove(pp, QStringLiteral("Work")).ok);
    }

    void originsAreSeparate()
    {
        NEED_KEYCHAIN();
        ProxyProfiles production(m_secrets, kProduction);
        ProxyProfiles practice(m_secrets, kPractice);
        const QString a = uniqueSecret("prod");
        const QString b = uniqueSecret("practice");
        m_passwordsUsed << a << b;
        QVERIFY(save(production, profile("Same", "prod.example.net", 1, "u"), a).ok);
        QVERIFY(save(practice, profile("Same", "practice.example.net", 2, "u"), b).ok);
        QCOMPARE(load(production, QStringLiteral("Same")).first->password, a);
        QCOMPARE(load(practice, QStringLiteral("Same")).first->host,
                 QStringLiteral("practice.example.net"));
        QCOMPARE(load(practice, QStringLiteral("Same")).first->password, b);
        QVERIFY(remove(practice, QStringLiteral("Same")).ok);
        QCOMPARE(names(production), QStringList {QStringLiteral("Same")});
        QCOMPARE(load(production, QStringLiteral("Same")).first->password, a);
        QVERIFY(remove(production, QStringLiteral("Same")).ok);
    }

    void oddNamesRoundTrip()
    {
        NEED_KEYCHAIN();
        ProxyProfiles pp(m_secrets, kProduction);
        const QString password = uniqueSecret("odd");
        m_passwordsUsed << password;
        const QString name = QStringLiteral("a/b\\c=d [x] %20 ümlaut");
        QVERIFY(save(pp, {name, QStringLiteral("h"), 1, QStringLiteral("u")}, password).ok);
        QCOMPARE(names(pp), QStringList {name});
        QCOMPARE(load(pp, name).first->password, password);
        QVERIFY(remove(pp, name).ok);
        QVERIFY(pp.list().isEmpty());
    }

    // --- no Secret Service on the bus ---

    void withoutKeychainNothingIsSaved()
    {
        NEED_NO_KEYCHAIN();
        ProxyProfiles pp(m_secrets, kProduction);
        const QString password = uniqueSecret("nokeychain");
        m_passwordsUsed << password;

        const Outcome o = save(pp, profile("Home", "proxy.example.net", 8080, "me"), password);
        qInfo("user sees: %s", qPrintable(o.message));
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(QLatin1String("was not saved")), qPrintable(o.message));
        QVERIFY2(o.message.contains(QLatin1String("GNOME Keyring or KWallet")),
                 qPrintable(o.message));
        QVERIFY(pp.list().isEmpty());

        // A proxy without a password needs no keychain.
        QVERIFY(save(pp, profile("Open", "10.0.0.2", 3128), {}).ok);
        QVERIFY(load(pp, QStringLiteral("Open")).first);
        // One with a user but no stored password also saves; loading it needs the keychain.
        QVERIFY(save(pp, profile("User", "10.0.0.3", 3128, "me"), {}).ok);
        auto [choice, message] = load(pp, QStringLiteral("User"));
        QVERIFY(!choice);
        QVERIFY2(message.contains(QLatin1String("could not be read")), qPrintable(message));
        // Removing works without the keychain; for a profile with a user it says that the
        // keychain entry could not be deleted.
        const Outcome removed = remove(pp, QStringLiteral("User"));
        QVERIFY(removed.ok);
        QVERIFY2(removed.message.contains(QLatin1String("could not be deleted")),
                 qPrintable(removed.message));
        const Outcome open = remove(pp, QStringLiteral("Open"));
        QVERIFY(open.ok);
        QVERIFY(open.message.isEmpty());
        QVERIFY(names(pp).isEmpty());
    }

    // --- both modes, last ---

    void noPasswordReachedTheDisk()
    {
        QVERIFY(!m_passwordsUsed.isEmpty());
        // Positive control: the settings file is found by the same scan.
        ProxyProfiles pp(m_secrets, kProduction);
        QVERIFY(save(pp, profile("Control", "control-host.example.net", 9, ""), {}).ok);
        QVERIFY(QFile::exists(QSettings().fileName()));
        QCOMPARE(filesContaining(QDir::homePath(), {QByteArrayLiteral("control-host.example.net")}),
                 QStringList {QSettings().fileName()});

        const QStringList hits = filesContaining(QDir::homePath(), needlesFor(m_passwordsUsed));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TestProxyProfiles)
#include "tst_proxyprofiles.moc"

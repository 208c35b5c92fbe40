// fansly-connect-cli with the system keychain. Run through tests/support/keyring-session.sh (a
// private bus with an unlocked gnome-keyring) or tests/support/no-secret-service.sh (no Secret
// Service at all; sets FC_EXPECT_NO_KEYCHAIN=1). Both give a throwaway HOME in
// FC_TEST_HOME that is scanned for the secrets handed to the CLI. The CLI runs as a child
// process (inheriting the bus and HOME) against a Simulator in this process; every wait
// spins this event loop so the simulator can answer.
#include "Backend.h"
#include "KeychainTestSupport.h"
#include "SecretScan.h"
#include "Simulator.h"
#include "storage/SecretStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <memory>
#include <optional>

#ifndef CLI_PATH
#error "CLI_PATH must name the fansly-connect-cli binary"
#endif

namespace {

const QByteArray kPassword = "pw-Kc5!marigold";

// An ASCII secret (API key, proxy password) no file can contain by chance.
QByteArray uniqueAsciiSecret(const char *prefix)
{
    return QByteArray(prefix) + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

struct Run
{
    int exitCode = -1;
    qint64 ms = 0;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliKeychain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> sim;
    QList<QByteArray> secrets; // everything secret given to the CLI in this test
    QList<QByteArray> printed; // everything the CLI printed

    QProcessEnvironment environment(const QByteArray &envKey = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"FANSLY_CONNECT_API_BASE_URL", "FANSLY_CONNECT_API_KEY",
                                 "FANSLY_CONNECT_PROXY_PASSWORD", "QT_LOGGING_RULES"})
            env.remove(QLatin1String(name));
        if (!envKey.isEmpty())
            env.insert(QStringLiteral("FANSLY_CONNECT_API_KEY"), QString::fromLatin1(envKey));
        // The CLI speaks the user's language; these checks read its English texts.
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    Run run(const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &env = QProcessEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env.isEmpty() ? environment() : env);
        QElapsedTimer timer;
        timer.start();
        // Practice mode has its own server: no base URL with it (nor when one is given).
        const bool practice = args.value(0) == QLatin1String("--practice");
        p.start(QStringLiteral(CLI_PATH),
                practice || args.value(0) == QLatin1String("--api-base-url")
                    ? args
                    : QStringList {QStringLiteral("--api-base-url"), sim->baseUrl().toString()}
                        + args);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 25000)) {
            p.kill();
            (void)QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 5000);
        }
        r.ms = timer.elapsed();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        printed << r.out << r.err;
        if (qEnvironmentVariableIsSet("FC_TEST_SHOW"))
            qInfo().noquote() << args << "->" << r.exitCode << "\nstdout:" << r.out
                              << "\nstderr:" << r.err;
        return r;
    }

    Run connect(const QStringList &extra = {},
                const QProcessEnvironment &env = QProcessEnvironment())
    {
        return run(QStringList {QStringLiteral("connect"), QStringLiteral("--username"),
                                QStringLiteral("plaincreator"), QStringLiteral("--password-stdin")}
                       + extra,
                   kPassword + '\n', env);
    }

    QByteArray newKey()
    {
        const QByteArray key = uniqueAsciiSecret("sk-test-7f3c9a");
        sim->addApiKey(QString::fromLatin1(key));
        secrets << key;
        return key;
    }

    bool lastStartUsed(const QByteArray &key) const
    {
        const QList<Simulator::Request> all = sim->requests();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->method == QLatin1String("POST"))
                return it->authorization == "Bearer " + key;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("FC_TEST_HOME"),
                 "run through keyring-session.sh or no-secret-service.sh");
        QLoggingCategory::setFilterRules(QStringLiteral("fc.simulator.info=false"));
        qInfo() << "mode:" << (expectNoKeychain() ? "no Secret Service" : "gnome-keyring");
    }

    void init()
    {
        sim = std::make_unique<Simulator>(Simulator::testOptions());
        QVERIFY(sim->start());
        sim->setTiming({200, 200});
        sim->setRateLimitPerMinute(100000);
        secrets = {kPassword};
        printed.clear();
    }

    // No secret in anything printed, nor in any file under the throwaway HOME (the keyring's
    // own file is encrypted, so the plain text must not be found there either).
    void cleanup()
    {
        for (const QByteArray &text : std::as_const(printed)) {
            for (const QByteArray &s : std::as_const(secrets))
                QVERIFY2(!text.contains(s), "a secret was printed");
        }
        const QStringList hits = filesContaining(qEnvironmentVariable("FC_TEST_HOME"), secrets);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(hits.join(QLatin1String(", ")) + QStringLiteral(" holds a secret")));
        sim.reset();
    }

    // --- with gnome-keyring ---

    void keySetCheckUseForget()
    {
        NEED_KEYCHAIN();
        const QByteArray key = newKey();
        Run r = run({QStringLiteral("key"), QStringLiteral("set")}, key + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("system keychain"));
        QVERIFY(r.err.contains("The key works"));

        r = run({QStringLiteral("key"), QStringLiteral("check")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("of team"));
        QVERIFY(r.out.contains("system keychain"));

        r = connect(); // no file, no environment: the keychain's key
        QCOMPARE(r.exitCode, 0);
        QVERIFY(lastStartUsed(key));

        r = run({QStringLiteral("key"), QStringLiteral("forget")});
        QCOMPARE(r.exitCode, 0);
        r = connect();
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("No API key"));
        QVERIFY(r.err.contains("key set"));
    }

    void keySetRefusesARejectedKey()
    {
        NEED_KEYCHAIN();
        const QByteArray bad = uniqueAsciiSecret("sk-test-unknown");
        secrets << bad;
        Run r = run({QStringLiteral("key"), QStringLiteral("set")}, bad + '\n');
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("not saved"));
        r = run({QStringLiteral("key"), QStringLiteral("check")});
        QCOMPARE(r.exitCode, 2); // nothing was stored

        // --no-check stores it anyway; `key check` then says why it does not work.
        r = run({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--no-check")},
                bad + '\n');
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("check")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("rejected"));
        QCOMPARE(run({QStringLiteral("key"), QStringLiteral("forget")}).exitCode, 0);
    }

    void proxiesAndProfileConnect()
    {
        NEED_KEYCHAIN();
        const QByteArray key = newKey();
        const QByteArray proxyPassword = uniqueAsciiSecret("pp-");
        secrets << proxyPassword;
        QProcessEnvironment env = environment(key);
        env.insert(QStringLiteral("FANSLY_CONNECT_PROXY_PASSWORD"),
                   QString::fromLatin1(proxyPassword));
        Run r = run({QStringLiteral("proxies"), QStringLiteral("add"), QStringLiteral("office"),
                     QStringLiteral("--proxy"), QStringLiteral("proxy.example.com:3128"),
                     QStringLiteral("--proxy-user"), QStringLiteral("puser")},
                    {}, env);
        QCOMPARE(r.exitCode, 0);

        r = run({QStringLiteral("proxies"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("office"));
        QVERIFY(r.out.contains("proxy.example.com:3128"));
        QVERIFY(r.out.contains("puser"));
        r = run({QStringLiteral("--json"), QStringLiteral("proxies"), QStringLiteral("list")});
        const QJsonObject o = QJsonDocument::fromJson(r.out.split('\n').first()).object();
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("office"));
        QCOMPARE(o.value(QLatin1String("port")).toInt(), 3128);

        // The profile's password comes back from the keychain into the start request only.
        r = connect({QStringLiteral("--proxy-profile"), QStringLiteral("office")},
                    environment(key));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject body = QJsonDocument::fromJson(sim->requests().first().body).object();
        const QJsonObject proxy = body.value(QLatin1String("customProxy")).toObject();
        QCOMPARE(proxy.value(QLatin1String("host")).toString(),
                 QStringLiteral("proxy.example.com"));
        QCOMPARE(proxy.value(QLatin1String("port")).toInt(), 3128);
        QCOMPARE(proxy.value(QLatin1String("username")).toString(), QStringLiteral("puser"));
        QCOMPARE(proxy.value(QLatin1String("password")).toString(),
                 QString::fromLatin1(proxyPassword));

        r = run({QStringLiteral("proxies"), QStringLiteral("remove"), QStringLiteral("office")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("proxies"), QStringLiteral("list")});
        QVERIFY(!r.out.contains("office"));
        r = connect({QStringLiteral("--proxy-profile"), QStringLiteral("office")},
                    environment(key));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no saved proxy"));
        r = run({QStringLiteral("proxies"), QStringLiteral("remove"), QStringLiteral("office")});
        QCOMPARE(r.exitCode, 2);
    }

    // --- without any Secret Service ---

    // Practice and production never share saved proxies (nor their keychain entries).
    void practiceProxiesStayInPractice()
    {
        NEED_KEYCHAIN();
        QProcessEnvironment env = environment(newKey());
        env.insert(QStringLiteral("FANSLY_CONNECT_PROXY_PASSWORD"), QStringLiteral("pp-practice"));
        Run r = run({QStringLiteral("--practice"), QStringLiteral("proxies"), QStringLiteral("add"),
                     QStringLiteral("drill"), QStringLiteral("--proxy"),
                     QStringLiteral("practice.example.com:3128"), QStringLiteral("--proxy-user"),
                     QStringLiteral("trainee")},
                    {}, env);
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("--practice"), QStringLiteral("proxies"), QStringLiteral("list")},
                {}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("drill"), r.out.constData());
        QVERIFY2(!r.out.contains(QByteArray("127.0.0.1")), r.out.constData());
        r = run({QStringLiteral("proxies"), QStringLiteral("list")}, {}, env); // production
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains("drill"), r.out.constData());
        // And a practice login with it sends the practice password to the simulator only.
        r = run({QStringLiteral("--practice"), QStringLiteral("--json"), QStringLiteral("connect"),
                 QStringLiteral("--username"), QStringLiteral("plaincreator"),
                 QStringLiteral("--proxy-profile"), QStringLiteral("drill"),
                 QStringLiteral("--password-stdin")},
                "pw\n", env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sim->requests().size(), 0); // the test's own simulator saw nothing
        r = run({QStringLiteral("--practice"), QStringLiteral("proxies"), QStringLiteral("remove"),
                 QStringLiteral("drill")},
                {}, env);
        QCOMPARE(r.exitCode, 0);
    }

    // Saved for the real API's default address, as a person would: a practice run that used
    // production's settings or keychain would find it and send its password.
    void productionProxyIsUnknownInPractice()
    {
        NEED_KEYCHAIN();
        const QByteArray proxyPassword = uniqueAsciiSecret("pp-production-");
        secrets << proxyPassword;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("FANSLY_CONNECT_PROXY_PASSWORD"),
                   QString::fromLatin1(proxyPassword));
        const QStringList production {QStringLiteral("--api-base-url"),
                                      QStringLiteral("https://app.onlyfansapi.com")};
        Run r = run(production
                        + QStringList {QStringLiteral("proxies"), QStringLiteral("add"),
                                       QStringLiteral("office"), QStringLiteral("--proxy"),
                                       QStringLiteral("proxy.example.com:3128"),
                                       QStringLiteral("--proxy-user"), QStringLiteral("puser")},
                    {}, env);
        QCOMPARE(r.exitCode, 0);

        // --verbose: the practice simulator logs every request it gets.
        const QStringList practiceConnect {
            QStringLiteral("--practice"),   QStringLiteral("--verbose"),
            QStringLiteral("connect"),      QStringLiteral("--username"),
            QStringLiteral("plaincreator"), QStringLiteral("--password-stdin")};
        r = run(practiceConnect
                    + QStringList {QStringLiteral("--proxy-profile"), QStringLiteral("office")},
                "pw\n");
        QCOMPARE(r.exitCode, 2); // EXIT_CODES.md: an invalid proxy
        QVERIFY2(r.err.contains("no saved proxy named “office” in practice mode"),
                 r.err.constData());
        QVERIFY2(r.err.contains("fansly-connect-cli --practice proxies list"), r.err.constData());
        QVERIFY2(!r.err.contains("/api/fansly/authenticate"), r.err.constData()); // nothing sent
        r = run({QStringLiteral("--practice"), QStringLiteral("proxies"), QStringLiteral("list")});
        QVERIFY2(!r.out.contains("office"), r.out.constData());
        // The log would have shown a request: the same login without the profile.
        r = run(practiceConnect, "pw\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("POST /api/fansly/authenticate -> 200"), r.err.constData());

        r = run(production
                + QStringList {QStringLiteral("proxies"), QStringLiteral("remove"),
                               QStringLiteral("office")});
        QCOMPARE(r.exitCode, 0);
    }

    // The other way: a practice proxy is not listed, usable or stored for production, and its
    // password sits under practice mode's own keychain service only.
    void practiceProxyIsInvisibleInProduction()
    {
        NEED_KEYCHAIN();
        const QByteArray proxyPassword = uniqueAsciiSecret("pp-practice-");
        secrets << proxyPassword;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("FANSLY_CONNECT_PROXY_PASSWORD"),
                   QString::fromLatin1(proxyPassword));
        Run r = run({QStringLiteral("--practice"), QStringLiteral("proxies"), QStringLiteral("add"),
                     QStringLiteral("drill"), QStringLiteral("--proxy"),
                     QStringLiteral("practice.example.com:3128"), QStringLiteral("--proxy-user"),
                     QStringLiteral("trainee")},
                    {}, env);
        QCOMPARE(r.exitCode, 0);

        for (const QStringList &list :
             {QStringList {QStringLiteral("proxies"), QStringLiteral("list")},
              QStringList {QStringLiteral("--api-base-url"),
                           QStringLiteral("https://app.onlyfansapi.com"), QStringLiteral("proxies"),
                           QStringLiteral("list")}}) {
            r = run(list);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(!r.out.contains("drill"), r.out.constData());
        }
        r = connect({QStringLiteral("--proxy-profile"), QStringLiteral("drill")},
                    environment(newKey()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no saved proxy named “drill”"), r.err.constData());
        QVERIFY(sim->requests().isEmpty());

        // In the keychain: under practice mode's service, and nowhere under production's.
        const QString entry
            = SecretStore::proxyPasswordName(Backend::practiceOrigin(), QStringLiteral("drill"));
        const auto read = [&](const QString &service) {
            SecretStore store(service);
            store.setFirstReadRetryDelay(0);
            std::optional<SecretStore::Result> out;
            store.read(entry, this, [&](const SecretStore::Result &result) { out = result; });
            (void)QTest::qWaitFor([&] { return out.has_value(); }, 10000);
            return out;
        };
        const std::optional<SecretStore::Result> practice
            = read(Backend::practiceStorage().keychainService);
        QVERIFY(practice);
        QCOMPARE(practice->status, SecretStore::Status::Ok);
        QCOMPARE(practice->secret, QString::fromLatin1(proxyPassword));
        const std::optional<SecretStore::Result> production
            = read(Backend::productionStorage({}).keychainService);
        QVERIFY(production);
        QCOMPARE(production->status, SecretStore::Status::NotFound);

        r = run({QStringLiteral("--practice"), QStringLiteral("proxies"), QStringLiteral("remove"),
                 QStringLiteral("drill")});
        QCOMPARE(r.exitCode, 0);
    }

    void keySetWithoutKeychain()
    {
        NEED_NO_KEYCHAIN();
        const QByteArray key = newKey();
        const Run r = run({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("set")},
                          key + '\n');
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains("keychain is not available"));
        QVERIFY(r.err.contains("not saved anywhere"));
        QVERIFY2(r.ms < 5000, qPrintable(QStringLiteral("took %1 ms").arg(r.ms)));
        const QJsonObject error = QJsonDocument::fromJson(r.out.trimmed().split('\n').last())
                                      .object()
                                      .value(QLatin1String("error"))
                                      .toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(),
                 QStringLiteral("keychain_unavailable"));
        // cleanup() checks that no file under HOME holds the key.
    }

    void connectWithoutKeychain()
    {
        NEED_NO_KEYCHAIN();
        const QByteArray key = newKey();
        Run r = connect({}, environment(key)); // the keychain is not needed at all
        QCOMPARE(r.exitCode, 0);
        QVERIFY(lastStartUsed(key));
        QVERIFY(!r.err.contains("keychain"));

        r = connect();
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("keychain is not available"));
        QVERIFY(r.err.contains("No API key"));
    }

    void proxyAddWithoutKeychain()
    {
        NEED_NO_KEYCHAIN();
        const QByteArray proxyPassword = uniqueAsciiSecret("pp-");
        secrets << proxyPassword;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("FANSLY_CONNECT_PROXY_PASSWORD"),
                   QString::fromLatin1(proxyPassword));
        Run r = run({QStringLiteral("proxies"), QStringLiteral("add"), QStringLiteral("home"),
                     QStringLiteral("--proxy"), QStringLiteral("10.0.0.1:8080"),
                     QStringLiteral("--proxy-user"), QStringLiteral("u")},
                    {}, env);
        QCOMPARE(r.exitCode, 5);
        r = run({QStringLiteral("proxies"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("home"));
    }

    // A profile with a user whose password cannot be read: using it says what to do instead,
    // and removing it works (the keychain entry is reported as not deleted).
    void profileWithUnreadablePassword()
    {
        NEED_NO_KEYCHAIN();
        const QByteArray key = newKey();
        // No password given: the profile is saved without touching the keychain.
        Run r = run({QStringLiteral("proxies"), QStringLiteral("add"), QStringLiteral("office"),
                     QStringLiteral("--proxy"), QStringLiteral("10.0.0.1:8080"),
                     QStringLiteral("--proxy-user"), QStringLiteral("puser")});
        QCOMPARE(r.exitCode, 0);

        r = connect({QStringLiteral("--proxy-profile"), QStringLiteral("office")},
                    environment(key));
        QCOMPARE(r.exitCode, 5); // README: a --proxy-profile whose password cannot be read
        QVERIFY2(r.err.contains("could not be read from the system keychain"), r.err.constData());
        QVERIFY2(r.err.contains("--proxy 10.0.0.1:8080 --proxy-user puser"), r.err.constData());
        QVERIFY(r.err.contains("FANSLY_CONNECT_PROXY_PASSWORD"));
        QVERIFY(sim->requests().isEmpty()); // nothing was sent

        r = run({QStringLiteral("--json"), QStringLiteral("proxies"), QStringLiteral("remove"),
                 QStringLiteral("office")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("could not be deleted from the system keychain"),
                 r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed()).object();
        QCOMPARE(o.value(QLatin1String("removed")).toString(), QStringLiteral("office"));
        QVERIFY(o.contains(QLatin1String("warning")));
        r = run({QStringLiteral("proxies"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains("office"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"

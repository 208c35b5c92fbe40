// SecretStore against a real keychain. Run through tests/support/keyring-session.sh (a private
// bus with an unlocked gnome-keyring) or tests/support/no-secret-service.sh (a bus where no
// Secret Service can start; sets FC_EXPECT_NO_KEYCHAIN=1). Both give a throwaway HOME
// in FC_TEST_HOME, which the tests scan for leaked secrets.
#include "KeychainTestSupport.h"
#include "SecretScan.h"
#include "storage/SecretStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <functional>
#include <optional>

using Status = SecretStore::Status;

namespace {

const QString kService = QStringLiteral("Fansly Connect tests");
const QUrl kProduction(QStringLiteral("https://app.onlyfansapi.com/api"));
const QUrl kPractice(QStringLiteral("http://127.0.0.1:8931/api"));

struct Call
{
    std::optional<SecretStore::Result> result;
    qint64 ms = -1;
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    // Starts one call and waits for its answer; *ms is the time to the callback.
    SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &start,
                             qint64 *ms = nullptr)
    {
        Call c;
        QElapsedTimer t;
        t.start();
        start([&](const SecretStore::Result &r) {
            c.result = r;
            c.ms = t.elapsed();
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(c.result.has_value(), 15000); }();
        if (ms)
            *ms = c.ms;
        return c.result.value_or(
            SecretStore::Result {Status::Error, {}, QStringLiteral("timeout")});
    }
    SecretStore::Result read(SecretStore &s, const QString &key, qint64 *ms = nullptr)
    {
        return wait([&](auto done) { s.read(key, this, done); }, ms);
    }
    SecretStore::Result write(SecretStore &s, const QString &key, const QString &secret,
                              qint64 *ms = nullptr)
    {
        return wait([&](auto done) { s.write(key, secret, this, done); }, ms);
    }
    SecretStore::Result remove(SecretStore &s, const QString &key, qint64 *ms = nullptr)
    {
        return wait([&](auto done) { s.remove(key, this, done); }, ms);
    }

    QStringList m_secretsUsed; // every secret handed to the store, for the disk scan

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("FC_TEST_HOME"),
                 "run through keyring-session.sh or no-secret-service.sh");
        QCOMPARE(QDir::homePath(), qEnvironmentVariable("FC_TEST_HOME"));
        qInfo() << "mode:" << (expectNoKeychain() ? "no Secret Service" : "gnome-keyring");
    }

    // --- both modes ---

    void keyNamesAreNamespacedByOrigin()
    {
        QCOMPARE(SecretStore::apiKeyName(kProduction),
                 QStringLiteral("api-key@https://app.onlyfansapi.com"));
        QCOMPARE(SecretStore::apiKeyName(kPractice),
                 QStringLiteral("api-key@http://127.0.0.1:8931"));
        QCOMPARE(SecretStore::apiKeyName(QUrl(QStringLiteral("https://APP.onlyfansapi.com/x?y#z"))),
                 SecretStore::apiKeyName(kProduction));
        QVERIFY(SecretStore::apiKeyName(QUrl(QStringLiteral("http://127.0.0.1:8932")))
                != SecretStore::apiKeyName(kPractice));
        QCOMPARE(SecretStore::proxyPasswordName(kProduction, QStringLiteral("Home")),
                 QStringLiteral("proxy-password@https://app.onlyfansapi.com/Home"));
        QVERIFY(SecretStore::proxyPasswordName(kPractice, QStringLiteral("Home"))
                != SecretStore::proxyPasswordName(kProduction, QStringLiteral("Home")));
    }

    void userMessagesSayWhatToDo_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("mustContain");
        const auto row = [](const char *name, Status s, const char *backend, const char *part) {
            QTest::newRow(name) << int(s) << QString::fromUtf8(backend) << QString::fromUtf8(part);
        };
        row("no bus", Status::Unavailable, "Cannot autolaunch D-Bus without X11 $DISPLAY",
            "D-Bus session bus");
        row("no provider", Status::Unavailable,
            "The name org.freedesktop.secrets was not provided by any .service files",
            "no Secret Service");
        row("no collection", Status::Unavailable,
            "Object does not exist at path “/org/freedesktop/secrets/collection/login”",
            "default keyring");
        // The system's own words stay out of the sentence (technicalDetail() has them).
        row("other", Status::Unavailable, "Something odd", "not available.");
        row("no dbus-launch", Status::Unavailable,
            "Failed to execute child process “dbus-launch” (No such file or directory)",
            "D-Bus session bus");
        row("denied", Status::AccessDenied, "Access to keychain denied", "Unlock your keychain");
        row("error", Status::Error, "Could not delete", "Try again");
        row("not found", Status::NotFound, "", "Enter it again");
    }
    void userMessagesSayWhatToDo()
    {
        QFETCH(int, status);
        QFETCH(QString, backend);
        QFETCH(QString, mustContain);
        const SecretStore::Result r {Status(status), {}, backend};
        const QString text = SecretStore::userMessage(r);
        QVERIFY2(text.contains(mustContain), qPrintable(text));
        if (!backend.isEmpty()) {
            QVERIFY2(!text.contains(backend), qPrintable(text));
            QCOMPARE(SecretStore::technicalDetail(r), backend);
        }
        QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text));
        if (Status(status) == Status::Unavailable) {
            QVERIFY2(text.contains(QLatin1String("GNOME Keyring or KWallet")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("try again")), qPrintable(text));
        }
        QVERIFY(SecretStore::userMessage({Status::Ok, {}, {}}).isEmpty());
    }

    // --- a real gnome-keyring ---

    void writeReadOverwriteRemove()
    {
        NEED_KEYCHAIN();
        SecretStore store(kService);
        const QString key = SecretStore::apiKeyName(kProduction);
        const QString first = uniqueSecret("first");
        const QString second = uniqueSecret("second");
        m_secretsUsed << first << second;

        qint64 writeMs = 0, readMs = 0, overwriteMs = 0, removeMs = 0, missingMs = 0;
        SecretStore::Result r = write(store, key, first, &writeMs);
        QCOMPARE(r.status, Status::Ok);
        QVERIFY(r.message.isEmpty());

        r = read(store, key, &readMs);
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.secret, first); // survives UTF-8 and the 4-byte emoji

        QCOMPARE(write(store, key, second, &overwriteMs).status, Status::Ok);
        r = read(store, key);
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.secret, second);

        QCOMPARE(remove(store, key, &removeMs).status, Status::Ok);
        r = read(store, key, &missingMs);
        QCOMPARE(r.status, Status::NotFound);
        QVERIFY(r.secret.isEmpty());
        QCOMPARE(remove(store, key).status, Status::Ok); // already gone is fine

        qInfo("timings: write %lld ms, read %lld ms, overwrite %lld ms, remove %lld ms, "
              "read missing %lld ms",
              writeMs, readMs, overwriteMs, removeMs, missingMs);
    }

    void originsAndServicesDoNotCollide()
    {
        NEED_KEYCHAIN();
        SecretStore store(kService);
        SecretStore other(kService + QStringLiteral(" (other)"));
        const QString prodKey = SecretStore::apiKeyName(kProduction);
        const QString practiceKey = SecretStore::apiKeyName(kPractice);
        const QString prod = uniqueSecret("prod");
        const QString practice = uniqueSecret("practice");
        m_secretsUsed << prod << practice;

        QCOMPARE(write(store, prodKey, prod).status, Status::Ok);
        QCOMPARE(write(store, practiceKey, practice).status, Status::Ok);
        QCOMPARE(read(store, prodKey).secret, prod);
        QCOMPARE(read(store, practiceKey).secret, practice);
        QCOMPARE(read(other, prodKey).status, Status::NotFound);

        QCOMPARE(remove(store, practiceKey).status, Status::Ok);
        QCOMPARE(read(store, practiceKey).status, Status::NotFound);
        QCOMPARE(read(store, prodKey).secret, prod); // untouched
        QCOMPARE(remove(store, prodKey).status, Status::Ok);
    }

    void callbacksAreNeverSynchronous()
    {
        NEED_KEYCHAIN();
        SecretStore store(kService);
        const QString key = SecretStore::apiKeyName(kPractice);
        const QString secret = uniqueSecret("sync");
        m_secretsUsed << secret;
        int calls = 0;
        const auto count = [&](const SecretStore::Result &) { ++calls; };

        store.write(key, secret, this, count);
        QCOMPARE(calls, 0);
        store.read(key, this, count);
        QCOMPARE(calls, 0);
        store.remove(key, this, count);
        QCOMPARE(calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 3, 15000);
        QTest::qWait(100);
        QCOMPARE(calls, 3); // exactly once each
    }

    void destroyedContextGetsNoCallback()
    {
        NEED_KEYCHAIN();
        SecretStore store(kService);
        const QString key = SecretStore::apiKeyName(kPractice);
        const QString secret = uniqueSecret("ctx");
        m_secretsUsed << secret;
        bool called = false;

        auto *context = new QObject;
        store.write(key, secret, context, [&](const SecretStore::Result &) { called = true; });
        store.read(key, context, [&](const SecretStore::Result &) { called = true; });
        delete context;
        // Jobs run one after another: once this one answers, the two above have too.
        QCOMPARE(read(store, key).secret, secret);

        QCOMPARE(remove(store, key).status, Status::Ok);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void storeDestroyedWhileJobRuns()
    {
        NEED_KEYCHAIN();
        const QString key = SecretStore::apiKeyName(kPractice);
        const QString secret = uniqueSecret("orphan");
        m_secretsUsed << secret;
        std::optional<SecretStore::Result> result;
        auto *store = new SecretStore(kService);
        store->write(key, secret, this, [&](const SecretStore::Result &r) { result = r; });
        delete store; // the job is not the store's child: it finishes and still answers
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QCOMPARE(result->status, Status::Ok);
        SecretStore again(kService);
        QCOMPARE(read(again, key).secret, secret);
        QCOMPARE(remove(again, key).status, Status::Ok);
    }

    void firstReadIsNotRetriedWhenKeychainWorks()
    {
        NEED_KEYCHAIN();
        SecretStore store(kService);
        store.setFirstReadRetryDelay(3000);
        qint64 ms = 0;
        QCOMPARE(read(store, SecretStore::apiKeyName(kPractice), &ms).status, Status::NotFound);
        QVERIFY2(ms < 3000, "a NotFound must not be retried");
    }

    // --- no Secret Service on the bus ---

    void everyCallIsUnavailable()
    {
        NEED_NO_KEYCHAIN();
        SecretStore store(kService);
        store.setFirstReadRetryDelay(0);
        const QString key = SecretStore::apiKeyName(kProduction);
        const QString secret = uniqueSecret("nokeychain");
        m_secretsUsed << secret;

        qint64 writeMs = 0, readMs = 0, removeMs = 0;
        const SecretStore::Result w = write(store, key, secret, &writeMs);
        const SecretStore::Result r = read(store, key, &readMs);
        const SecretStore::Result d = remove(store, key, &removeMs);
        qInfo("time to Unavailable: write %lld ms, read %lld ms, remove %lld ms", writeMs, readMs,
              removeMs);
        qInfo("backend says: %s", qPrintable(w.message));
        qInfo("user sees: %s", qPrintable(SecretStore::userMessage(w)));

        for (const SecretStore::Result &x : {w, r, d}) {
            QCOMPARE(x.status, Status::Unavailable);
            QVERIFY(x.secret.isEmpty());
            QVERIFY(!x.message.isEmpty());
            const QString text = SecretStore::userMessage(x);
            QVERIFY2(text.contains(QLatin1String("no Secret Service")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("GNOME Keyring or KWallet")), qPrintable(text));
        }
        // Loose bound on purpose (shared, sometimes sanitized builds); typical is < 150 ms.
        QVERIFY(writeMs < 5000 && readMs < 5000 && removeMs < 5000);
    }

    void firstFailedReadIsRetriedOnce()
    {
        NEED_NO_KEYCHAIN();
        SecretStore store(kService);
        store.setFirstReadRetryDelay(400);
        const QString key = SecretStore::apiKeyName(kPractice);
        qint64 firstMs = 0, secondMs = 0;
        QCOMPARE(read(store, key, &firstMs).status, Status::Unavailable);
        QCOMPARE(read(store, key, &secondMs).status, Status::Unavailable);
        qInfo("first read (retried after 400 ms): %lld ms, second read: %lld ms", firstMs,
              secondMs);
        QVERIFY2(firstMs >= 400, "the first failed read waits for the retry");
    }

    // Runs last among the no-keychain tests: starts a Secret Service during the retry delay,
    // as happens when the app starts before gnome-keyring at login.
    void firstReadSucceedsWhenServiceStartsLate()
    {
        NEED_NO_KEYCHAIN();
        if (qEnvironmentVariableIntValue("FC_TEST_LATE_KEYRING") != 1)
            QSKIP("set FC_TEST_LATE_KEYRING=1 (starts gnome-keyring on the test bus)");

        SecretStore store(kService);
        store.setFirstReadRetryDelay(1500);
        std::optional<SecretStore::Result> result;
        store.read(SecretStore::apiKeyName(kProduction), this,
                   [&](const SecretStore::Result &r) { result = r; });
        // Let the first attempt fail (fast, see everyCallIsUnavailable), then start the daemon.
        QTest::qWait(500);
        QVERIFY(!result);
        QProcess daemon;
        daemon.start(QStringLiteral("gnome-keyring-daemon"),
                     {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        QVERIFY(daemon.waitForStarted());
        daemon.write("pass");
        daemon.closeWriteChannel();
        QVERIFY(daemon.waitForFinished()); // it forks; the child serves the bus
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        qInfo("late start: %s, %s", result->status == Status::NotFound ? "NotFound" : "other",
              qPrintable(result->message));
        QCOMPARE(result->status, Status::NotFound); // reached the keyring; nothing stored yet
        // The daemon exits with the test's private bus.
    }

    // --- both modes, last ---

    void diskScanFindsPlantedMarker()
    {
        // The scan below is only worth something if it finds what is there.
        const QString marker = uniqueSecret("marker");
        QDir(QDir::homePath()).mkpath(QStringLiteral("scan-control"));
        QFile f(QDir::homePath() + QStringLiteral("/scan-control/file"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(marker.toUtf8());
        f.close();
        QCOMPARE(filesContaining(QDir::homePath(), needlesFor(marker)).size(), 1);
        QVERIFY(f.remove());
    }

    void noSecretReachedTheDisk()
    {
        QVERIFY(!m_secretsUsed.isEmpty());
        int scanned = 0;
        const QStringList hits
            = filesContaining(QDir::homePath(), needlesFor(m_secretsUsed), &scanned);
        qInfo("scanned %d files under the test HOME for %lld secrets", scanned,
              qint64(m_secretsUsed.size()));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"

// The CLI with a locked keychain whose unlock prompt nobody answers (keyring-session.sh with
// FC_KEYRING=locked-prompt; FC_KEYRING_SETUP saved an API key for http://127.0.0.1:9 while
// the keyring was unlocked). FANSLY_CONNECT_KEYCHAIN_TIMEOUT=2 shortens the 25 s deadline.
// Without a deadline each of these runs would wait for ever. Times are printed, not asserted.
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliLockedKeychain : public QObject
{
    Q_OBJECT

    struct Run
    {
        bool finished = false;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &args, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"FANSLY_CONNECT_API_KEY", "FANSLY_CONNECT_API_BASE_URL"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("FANSLY_CONNECT_KEYCHAIN_TIMEOUT"), QStringLiteral("2"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(QStringLiteral(CLI_PATH),
                QStringList {QStringLiteral("--api-base-url"), QStringLiteral("http://127.0.0.1:9")}
                    + args);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        r.finished = p.waitForFinished(60000);
        if (!r.finished)
            p.kill(), p.waitForFinished(5000);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        qInfo("%s: exit %d after %lld ms", qPrintable(args.join(QLatin1Char(' '))), r.exitCode,
              clock.elapsed());
        if (QTest::currentTestFailed() || !r.finished)
            qInfo().noquote() << "stderr:" << r.err;
        return r;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("FC_KEYRING") != QLatin1String("locked-prompt"))
            QSKIP("run through keyring-session.sh with FC_KEYRING=locked-prompt");
    }

    void keySetSaysTheKeychainDidNotAnswer()
    {
        const Run r
            = run({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--no-check")},
                  "sk-new-key\n");
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("did not answer") && r.err.contains("locked"), r.err.constData());
        QVERIFY2(r.err.contains("was not saved"), r.err.constData());
    }

    // The saved key cannot be read: said as a keychain problem (exit 5), not as "no API key".
    void keyFromTheKeychainSaysItDidNotAnswer()
    {
        const Run r = run({QStringLiteral("key"), QStringLiteral("check")});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("did not answer") && r.err.contains("locked"), r.err.constData());
        QVERIFY2(!r.err.contains("No API key"), r.err.constData());
        const Run json = run({QStringLiteral("--json"), QStringLiteral("accounts")});
        QCOMPARE(json.exitCode, 5);
        QVERIFY2(json.out.contains("\"keychain_no_answer\""), json.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLockedKeychain)
#include "tst_cli_lockedkeychain.moc"

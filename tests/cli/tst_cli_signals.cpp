// Signals at the CLI's hidden password prompt, on a real pseudo-terminal: whatever ends the
// program puts the terminal's echo back first, and the program then ends as that signal
// ends programs (SIGHUP, SIGQUIT: killed by the signal; SIGINT, SIGTERM: caught, exit 7 as
// EXIT_CODES.md says). Ctrl+Z (SIGTSTP) shows typing while stopped and hides it again on
// SIGCONT, so the password is still not shown.
#include "Pty.h"
#include "Simulator.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

class TestCliSignals : public QObject
{
    Q_OBJECT
    const QString kKey = QStringLiteral("sk-signals-test");
    std::unique_ptr<Simulator> m_sim;
    QTemporaryDir m_home;

    // `connect` on `pty` (stdin and stderr), once its password prompt hides the typing;
    // null if it never got there.
    QProcess *atPasswordPrompt(Pty &pty)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"FANSLY_CONNECT_API_BASE_URL", "DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        const QString h = m_home.path();
        env.insert(QStringLiteral("HOME"), h);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), h + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), h + QStringLiteral("/data"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        env.insert(QStringLiteral("FANSLY_CONNECT_API_KEY"), kKey);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        auto *p = new QProcess(this);
        p->setProcessEnvironment(env);
        const int fd = pty.slave();
        p->setChildProcessModifier([fd] {
            ::dup2(fd, STDIN_FILENO);
            ::dup2(fd, STDERR_FILENO);
        });
        p->start(QStringLiteral(CLI_PATH),
                 {QStringLiteral("--api-base-url"), m_sim->baseUrl().toString(),
                  QStringLiteral("connect"), QStringLiteral("--username"),
                  QStringLiteral("emailcreator")});
        if (pty.waitFor("Fansly password for emailcreator: ") && pty.waitForEcho(false))
            return p;
        p->kill();
        p->waitForFinished(5000);
        return nullptr;
    }

    static bool ended(QProcess *p)
    {
        return QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 15000);
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<Simulator>();
        m_sim->addApiKey(kKey);
        QVERIFY(m_sim->start());
    }
    void cleanup() { m_sim.reset(); }

    void echoIsBackAfterEverySignalThatEnds_data()
    {
        QTest::addColumn<int>("sig");
        QTest::addColumn<bool>("killedBySignal"); // else: exit code 7 (cancelled)
        QTest::newRow("SIGHUP") << int(SIGHUP) << true;
        QTest::newRow("SIGQUIT") << int(SIGQUIT) << true;
        QTest::newRow("SIGINT") << int(SIGINT) << false;
        QTest::newRow("SIGTERM") << int(SIGTERM) << false;
    }
    void echoIsBackAfterEverySignalThatEnds()
    {
        QFETCH(int, sig);
        QFETCH(bool, killedBySignal);
        Pty pty;
        QVERIFY(pty.isOpen());
        QVERIFY(pty.echoes()); // a terminal as a shell leaves it
        QProcess *p = atPasswordPrompt(pty);
        QVERIFY(p);
        QVERIFY(!pty.echoes());
        QCOMPARE(::kill(pid_t(p->processId()), sig), 0);
        QVERIFY(ended(p));
        QVERIFY2(pty.echoes(), "echo stays off after the program ended");
        if (killedBySignal) {
            QCOMPARE(p->exitStatus(), QProcess::CrashExit);
            QCOMPARE(p->exitCode(), sig); // Qt reports the signal that ended it here
        } else {
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 7);
        }
    }

    void stoppedPromptShowsTypingAndHidesItAgainOnContinue()
    {
        Pty pty;
        QVERIFY(pty.isOpen());
        QProcess *p = atPasswordPrompt(pty);
        QVERIFY(p);
        const pid_t pid = pid_t(p->processId());
        QCOMPARE(::kill(pid, SIGTSTP), 0);
        QVERIFY2(pty.waitForEcho(true), "a stopped prompt leaves the shell without echo");
        QCOMPARE(::kill(pid, SIGCONT), 0);
        QVERIFY2(pty.waitForEcho(false), "the continued prompt would show the password");
        QVERIFY(pty.type("any-password\n", true));
        QVERIFY(pty.waitFor("Code from the email: "));
        QVERIFY(!pty.screen().contains("any-password"));
        QCOMPARE(::kill(pid, SIGTERM), 0);
        QVERIFY(ended(p));
        QVERIFY(pty.echoes());
    }
};

QTEST_GUILESS_MAIN(TestCliSignals)
#include "tst_cli_signals.moc"

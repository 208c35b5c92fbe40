// fansly-connect-cli end to end: the real binary, run with QProcess against a Simulator in
// this process. Never block on the process (the simulator answers from this event loop):
// every wait spins the event loop. Each test gets a throwaway HOME, which is scanned
// afterwards, together with everything the CLI printed, for the secrets it was given.
#include "Pty.h"
#include "ShardedMain.h"
#include "Simulator.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

#include <unistd.h>

#ifndef CLI_PATH
#error "CLI_PATH must name the fansly-connect-cli binary"
#endif

namespace {

const QByteArray kPassword = "pw-Zq8#rosebud";
const QByteArray kWrongCode = "918273";
const QByteArray kRightCode = "123456";

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    QList<QJsonObject> json() const
    {
        QList<QJsonObject> objects;
        const QList<QByteArray> lines = out.split('\n');
        for (const QByteArray &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError e {};
            const QJsonDocument doc = QJsonDocument::fromJson(line, &e);
            objects.append(e.error == QJsonParseError::NoError && doc.isObject() ? doc.object()
                                                                                 : QJsonObject());
        }
        return objects;
    }
    QString last(const char *field) const
    {
        const QList<QJsonObject> all = json();
        return all.isEmpty() ? QString() : all.last().value(QLatin1String(field)).toString();
    }
    QByteArray both() const { return out + err; }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> sim;
    std::unique_ptr<QTemporaryDir> home;
    QByteArray key;
    QList<QByteArray> printed; // everything every run printed, for the secret scan

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"FANSLY_CONNECT_API_BASE_URL", "FANSLY_CONNECT_PROXY_PASSWORD", "QT_LOGGING_RULES",
              "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        const QString h = home->path();
        env.insert(QStringLiteral("HOME"), h);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), h + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), h + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), h + QStringLiteral("/cache"));
        // No keychain here: the key comes from the environment, and a keychain read must fail fast.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        env.insert(QStringLiteral("FANSLY_CONNECT_API_KEY"), QString::fromLatin1(key));
        // The CLI speaks the user's language; these checks read its English texts.
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    QStringList withBase(QStringList args) const
    {
        return QStringList {QStringLiteral("--api-base-url"), sim->baseUrl().toString()} + args;
    }

    QProcess *launch(const QStringList &args, const QProcessEnvironment &env)
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(CLI_PATH), args);
        return p;
    }

    // The CLI with `pty` as its stdin and stderr (stdout stays a pipe).
    QProcess *launchOnTerminal(Pty &pty, const QStringList &args)
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(environment());
        const int fd = pty.slave();
        p->setChildProcessModifier([fd] {
            ::dup2(fd, STDIN_FILENO);
            ::dup2(fd, STDERR_FILENO);
        });
        p->start(QStringLiteral(CLI_PATH), args);
        return p;
    }

    // `connect` for a login that never ends (slowcreator), once it is waiting; null if it
    // never got there.
    QProcess *launchWaitingLogin()
    {
        QProcess *p = launch(withBase({QStringLiteral("--json"), QStringLiteral("connect"),
                                       QStringLiteral("--username"), QStringLiteral("slowcreator"),
                                       QStringLiteral("--password-stdin")}),
                             environment());
        p->write(kPassword + '\n');
        if (QTest::qWaitFor([p] { return p->peek(1 << 16).contains("\"waiting\""); }, 15000))
            return p;
        p->kill();
        p->waitForFinished(5000);
        return nullptr;
    }

    // Runs the CLI to its end while this event loop keeps serving the simulator.
    Run run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 25000,
            std::optional<QProcessEnvironment> env = std::nullopt)
    {
        QProcess *p = launch(args, env.value_or(environment()));
        p->write(input);
        p->closeWriteChannel();
        return wait(p, timeoutMs);
    }

    Run wait(QProcess *p, int timeoutMs)
    {
        Run r;
        r.finished = QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, timeoutMs);
        if (!r.finished) {
            p->kill();
            (void)QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 5000);
        }
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.out = p->readAllStandardOutput();
        r.err = p->readAllStandardError();
        printed << r.out << r.err;
        p->deleteLater();
        if (!r.finished || QTest::currentTestFailed() || qEnvironmentVariableIsSet("FC_TEST_SHOW"))
            qInfo().noquote() << "stdout:" << r.out << "\nstderr:" << r.err;
        return r;
    }

    Run connect(const QString &username, const QByteArray &input, QStringList extra = {})
    {
        return run(withBase(QStringList {QStringLiteral("--json"), QStringLiteral("connect"),
                                         QStringLiteral("--username"), username,
                                         QStringLiteral("--password-stdin")}
                            + extra),
                   input);
    }

    // Starts an email login and leaves it waiting for its code; returns the account id.
    QString startPendingEmailLogin()
    {
        QProcess *p = launch(withBase({QStringLiteral("--json"), QStringLiteral("connect"),
                                       QStringLiteral("--username"), QStringLiteral("emailcreator"),
                                       QStringLiteral("--password-stdin")}),
                             environment());
        p->write(kPassword + '\n'); // and no code: stdin stays open
        QByteArray out;
        QString id;
        (void)QTest::qWaitFor(
            [&] {
                out += p->readAllStandardOutput();
                for (const QByteArray &line : out.split('\n')) {
                    const QJsonObject o = QJsonDocument::fromJson(line).object();
                    if (o.value(QLatin1String("state")).toString() == QLatin1String("needs_code"))
                        id = o.value(QLatin1String("account_id")).toString();
                }
                return !id.isEmpty() || p->state() == QProcess::NotRunning;
            },
            15000);
        p->kill(); // as if it crashed: the login stays open at the server
        (void)QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 5000);
        printed << out << p->readAllStandardError();
        p->deleteLater();
        return id;
    }

    QString connectedAccount(const QString &username = QStringLiteral("plaincreator"))
    {
        const Run r = connect(username, kPassword + '\n');
        if (r.exitCode != 0)
            return {};
        return r.last("account_id");
    }

    static void checkStates(const Run &r)
    {
        const QList<QJsonObject> lines = r.json();
        QVERIFY(!lines.isEmpty());
        for (const QJsonObject &o : lines) {
            QVERIFY2(!o.isEmpty(), "every stdout line is a JSON object");
            QVERIFY(o.contains(QLatin1String("state")));
            QVERIFY(o.contains(QLatin1String("account_id")));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("fc.simulator.info=false"));
    }

    void init()
    {
        home = std::make_unique<QTemporaryDir>();
        QVERIFY(home->isValid());
        sim = std::make_unique<Simulator>(Simulator::testOptions());
        QVERIFY(sim->start());
        sim->setTiming({200, 200});
        sim->setRateLimitPerMinute(100000);
        key = "sk-test-7f3c9a" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        sim->addApiKey(QString::fromLatin1(key));
        printed.clear();
    }

    // After every flow: no password, code or key in anything printed or written under HOME.
    void cleanup()
    {
        const QList<QByteArray> secrets {kPassword, kWrongCode, kRightCode, key};
        const char *const names[]
            = {"the password", "the wrong code", "the right code", "the API key"};
        for (const QByteArray &text : std::as_const(printed)) {
            for (qsizetype i = 0; i < secrets.size(); ++i)
                QVERIFY2(secrets.at(i).isEmpty() || !text.contains(secrets.at(i)),
                         QByteArray(QByteArray("printed: ") + names[i]).constData());
        }
        QDirIterator it(home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QByteArray &secret : secrets)
                QVERIFY2(secret.isEmpty() || !bytes.contains(secret),
                         qPrintable(f.fileName() + QStringLiteral(" holds a secret")));
        }
        sim.reset();
        home.reset();
    }

    void versionAndHelpWithoutDisplay()
    {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        Run r = run({QStringLiteral("--version")}, {}, 10000, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("fansly-connect-cli "));
        r = run({QStringLiteral("--help")}, {}, 10000, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Exit codes"));
        QVERIFY(r.out.contains("connect --username"));
    }

    // `connect --help` and `help connect`: that command only, plus the common options.
    void helpForOneCommand()
    {
        for (const QStringList &args :
             {QStringList {QStringLiteral("connect"), QStringLiteral("--help")},
              QStringList {QStringLiteral("help"), QStringLiteral("connect")}}) {
            const Run r = run(args, {}, 10000);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith("Usage: fansly-connect-cli [OPTIONS] connect [ARGS]\n"),
                     r.out.constData());
            QVERIFY2(r.out.contains("connect --username USER"), r.out.constData());
            QVERIFY(r.out.contains("--proxy-country us|uk"));
            QVERIFY(r.out.contains("--api-base-url URL")); // the common options
            QVERIFY2(!r.out.contains("disconnect"), r.out.constData());
            QVERIFY(!r.out.contains("key set"));
            QVERIFY(!r.out.contains("Exit codes"));
        }
        const Run proxies = run({QStringLiteral("help"), QStringLiteral("proxies")}, {}, 10000);
        QVERIFY(proxies.out.startsWith("Usage: fansly-connect-cli [OPTIONS] proxies [ARGS]\n"));
        QVERIFY(proxies.out.contains("proxies add NAME") && proxies.out.contains("proxies remove"));
        QVERIFY(!proxies.out.contains("connect --username"));
        // `help` alone, or for something that is no command: everything.
        QVERIFY(run({QStringLiteral("help")}, {}, 10000).out.contains("Exit codes"));
        QVERIFY(run({QStringLiteral("help"), QStringLiteral("frob")}, {}, 10000)
                    .out.contains("Exit codes"));
    }

    void connectWithoutChallenge()
    {
        const Run r = connect(QStringLiteral("plaincreator"), kPassword + '\n');
        QCOMPARE(r.exitCode, 0);
        checkStates(r);
        QCOMPARE(r.last("state"), QStringLiteral("connected"));
        QVERIFY(r.last("account_id").startsWith(QLatin1String("fansly_acct_")));
        QVERIFY2(!r.err.contains("[fc."), "the engine log is quiet without --verbose");
        // The password went to the server once, in the start request only.
        int starts = 0;
        for (const Simulator::Request &q : sim->requests())
            starts += q.method == QLatin1String("POST") && q.body.contains(kPassword);
        QCOMPARE(starts, 1);
    }

    void connectPlainOutput()
    {
        const Run r
            = run(withBase({QStringLiteral("connect"), QStringLiteral("--username"),
                            QStringLiteral("plaincreator"), QStringLiteral("--name"),
                            QStringLiteral("Studio A"), QStringLiteral("--password-stdin")}),
                  kPassword + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Connected: fansly_acct_"));
        QVERIFY(r.out.contains("Studio A"));
        QVERIFY(r.err.contains("Logging in to Fansly"));
    }

    // A server's text (here a display name that went through it) can hold terminal escape
    // sequences and bidi overrides: the CLI shows them escaped, never raw; --json stays JSON.
    void serverTextCannotDriveTheTerminal()
    {
        const QString evil = QStringLiteral("Eve\x1b]52;c;aGk=\x07\x1b[2J\u202Eemag\u0085x");
        const Run r = run(withBase({QStringLiteral("connect"), QStringLiteral("--username"),
                                    QStringLiteral("plainevil"), QStringLiteral("--name"), evil,
                                    QStringLiteral("--password-stdin"), QStringLiteral("-v")}),
                          kPassword + '\n');
        QCOMPARE(r.exitCode, 0);
        for (const QByteArray &stream : {r.out, r.err}) {
            QVERIFY2(!stream.contains('\x1b') && !stream.contains('\x07'), stream.constData());
            QVERIFY(!stream.contains("\xe2\x80\xae")); // U+202E
            QVERIFY(!stream.contains("\xc2\x85")); // U+0085 (C1)
        }
        QVERIFY2(r.out.contains("Eve\\x1B]52;c;aGk=\\x07\\x1B[2J\\u202Eemag\\x85x"),
                 r.out.constData());

        const Run listed = run(withBase({QStringLiteral("accounts"), QStringLiteral("--json")}));
        QVERIFY(listed.out.contains("\\u001b]52")); // JSON's own escaping, unchanged
        QVERIFY(!listed.out.contains('\x1b'));

        // A line break in a server's value cannot start a line that looks like ours.
        const QString forged = QStringLiteral("Eve\nConnected: fansly_acct_forged\tx");
        const Run named = run(withBase({QStringLiteral("connect"), QStringLiteral("--username"),
                                        QStringLiteral("plainforged"), QStringLiteral("--name"),
                                        forged, QStringLiteral("--password-stdin")}),
                              kPassword + '\n');
        QCOMPARE(named.exitCode, 0);
        const Run table = run(withBase({QStringLiteral("accounts")}));
        for (const QByteArray &stream : {named.out, named.err, table.out, table.err}) {
            QVERIFY2(!stream.contains("\nConnected: fansly_acct_forged"), stream.constData());
            QVERIFY(!stream.contains("forged\tx"));
        }
        QVERIFY2(named.out.contains("Eve\\x0AConnected: fansly_acct_forged\\x09x"),
                 named.out.constData());
        QVERIFY(table.out.contains("Eve\\x0AConnected: fansly_acct_forged\\x09x"));
    }

    void emailCode()
    {
        const Run r = connect(QStringLiteral("emailcreator@example.com"),
                              kPassword + '\n' + kRightCode + '\n');
        QCOMPARE(r.exitCode, 0);
        checkStates(r);
        bool asked = false;
        for (const QJsonObject &o : r.json()) {
            if (o.value(QLatin1String("state")).toString() == QLatin1String("needs_code")) {
                asked = true;
                QCOMPARE(o.value(QLatin1String("twofa_type")).toInt(-1), 2);
                QCOMPARE(o.value(QLatin1String("masked_email")).toString(),
                         QStringLiteral("e***@e*****.com"));
            }
        }
        QVERIFY(asked);
        QVERIFY(r.err.contains("emailed a verification code to e***@e*****.com"));
        QCOMPARE(r.last("state"), QStringLiteral("connected"));
    }

    void authenticatorCode()
    {
        const Run r = connect(QStringLiteral("totpcreator"), kPassword + '\n' + kRightCode + '\n');
        QCOMPARE(r.exitCode, 0);
        bool asked = false;
        for (const QJsonObject &o : r.json()) {
            if (o.value(QLatin1String("state")).toString() == QLatin1String("needs_code")) {
                asked = true;
                QCOMPARE(o.value(QLatin1String("twofa_type")).toInt(-1), 0);
                QCOMPARE(o.value(QLatin1String("challenge")).toString(), QStringLiteral("app"));
            }
        }
        QVERIFY(asked);
        QVERIFY(r.err.contains("authenticator app"));
    }

    // With --verbose, so that cleanup() also finds no password, code or key in the engine's log.
    void wrongCodeThenRightCode()
    {
        const Run r = connect(QStringLiteral("emailcreator"),
                              kPassword + '\n' + kWrongCode + '\n' + kRightCode + '\n',
                              {QStringLiteral("--verbose")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("[fc.api]"));
        QVERIFY(r.err.contains("[fc.session]"));
        QVERIFY(r.err.contains("incorrect"));
        int asked = 0;
        for (const QJsonObject &o : r.json())
            asked += o.value(QLatin1String("state")).toString() == QLatin1String("needs_code");
        QCOMPARE(asked, 2);
        QCOMPARE(r.last("state"), QStringLiteral("connected"));
    }

    void wrongPassword()
    {
        const Run r = connect(QStringLiteral("wrongpasscreator"), kPassword + '\n');
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.last("state"), QStringLiteral("failed"));
        QVERIFY(r.err.contains("Invalid username or password."));
        const QJsonObject error = r.json().last().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("login_failed"));
        QVERIFY(error.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("Invalid username")));
    }

    void badKey()
    {
        key = "sk-test-bad-" + QByteArray::number(QRandomGenerator::global()->generate(), 16);
        const Run r = connect(QStringLiteral("plaincreator"), kPassword + '\n');
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("API key was rejected"));
        const QJsonObject error = r.json().last().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("api_key_rejected"));
    }

    void rateLimitedStart()
    {
        const Run r = connect(QStringLiteral("ratelimitcreator"), kPassword + '\n');
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.err.contains("Too many requests"));
    }

    void outOfCredits()
    {
        Run r = connect(QStringLiteral("nocreditscreator"), kPassword + '\n');
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.err.contains("out of credits"));
        sim->addApiKey(QString::fromLatin1(key), 0); // and a key with no credits left
        r = connect(QStringLiteral("plaincreator"), kPassword + '\n');
        QCOMPARE(r.exitCode, 6);
    }

    void alreadyConnected()
    {
        Run r = connect(QStringLiteral("existingcreator"), kPassword + '\n');
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("already connected"));
        QVERIFY(r.err.contains("--force"));
        r = connect(QStringLiteral("existingcreator"), kPassword + '\n',
                    {QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 0);
    }

    void foreignPollingUrl()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::ForeignPollingUrl;
        f.times = -1;
        sim->addFault(f);
        const Run r = connect(QStringLiteral("plaincreator"), kPassword + '\n',
                              {QStringLiteral("--verbose")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("another origin"), "the client logs the mismatch");
        // Every request reached the simulator with the key, polls included: none went elsewhere.
        int polls = 0;
        for (const Simulator::Request &q : sim->requests()) {
            QCOMPARE(q.authorization, "Bearer " + key);
            polls += q.method == QLatin1String("GET");
        }
        QVERIFY(polls >= 1);
    }

    void malformedPollForever()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Malformed;
        f.method = QStringLiteral("GET");
        f.pathContains = QStringLiteral("/api/fansly/authenticate/");
        f.times = -1;
        sim->addFault(f);
        const Run r = connect(QStringLiteral("plaincreator"), kPassword + '\n');
        QCOMPARE(r.exitCode, 5);
        const QJsonObject error = r.json().last().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("protocol"));
    }

    void malformedPollOnce()
    {
        Simulator::Fault f;
        f.type = Simulator::Fault::Type::Malformed;
        f.method = QStringLiteral("GET");
        f.pathContains = QStringLiteral("/api/fansly/authenticate/");
        f.times = 1;
        sim->addFault(f);
        const Run r = connect(QStringLiteral("plaincreator"), kPassword + '\n');
        QCOMPARE(r.exitCode, 0);
        // One sentence: what happened, and when the next try is (no "try again later" too).
        QVERIFY2(r.err.contains("The server sent a reply this app does not understand. Trying "
                                "again in "),
                 r.err.constData());
        QVERIFY(!r.err.contains("if it keeps happening"));
    }

    void timeout()
    {
        const Run r = connect(QStringLiteral("slowcreator"), kPassword + '\n',
                              {QStringLiteral("--timeout"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.last("state"), QStringLiteral("timed_out"));
        // A command that can be pasted as it is: program, server and all.
        const QByteArray hint = QStringLiteral("Check it later with: fansly-connect-cli "
                                               "--api-base-url %1 status fansly_acct_")
                                    .arg(sim->baseUrl().toString())
                                    .toUtf8();
        QVERIFY2(r.err.contains(hint), r.err.constData());
    }

    // The paste-able resume hint for `id`, as after a time-out.
    QByteArray resumeHint(const QString &id) const
    {
        return QStringLiteral(
                   "Resume it with: fansly-connect-cli --api-base-url %1 status %2 --wait")
            .arg(sim->baseUrl().toString(), id)
            .toUtf8();
    }

    // True when the settings (where pending logins are kept) name `id`.
    bool pendingLoginKept(const QString &id) const
    {
        QDirIterator it(home->filePath(QStringLiteral("config")), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(id.toUtf8()))
                return true;
        }
        return false;
    }

    // No code: the login stays open at the server, kept to resume, and the CLI says how.
    void noCodeGiven()
    {
        Run r = connect(QStringLiteral("emailcreator"), kPassword + '\n');
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.last("state"), QStringLiteral("cancelled"));
        QVERIFY(r.err.contains("No code given"));
        const QString id = r.last("account_id");
        QVERIFY(!id.isEmpty());
        QVERIFY2(r.err.contains(resumeHint(id)), r.err.constData());
        QVERIFY(pendingLoginKept(id));
        r = run(withBase({QStringLiteral("--json"), QStringLiteral("status"), id,
                          QStringLiteral("--wait")}),
                kRightCode + '\n');
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.last("state"), QStringLiteral("connected"));
        QVERIFY(!pendingLoginKept(id)); // finished: nothing left to resume
    }

    // The code prompt starts a line and keeps it: what the CLI says meanwhile (here the
    // time-out) goes below it, never after it on the same line.
    void promptHasALineOfItsOwn()
    {
        Pty pty;
        QVERIFY(pty.isOpen());
        QProcess *p
            = launchOnTerminal(pty,
                               withBase({QStringLiteral("connect"), QStringLiteral("--username"),
                                         QStringLiteral("emailcreator"),
                                         QStringLiteral("--timeout"), QStringLiteral("2")}));
        QVERIFY(pty.waitFor("Fansly password for emailcreator: "));
        QVERIFY(pty.type(kPassword + '\n', true));
        QVERIFY(pty.waitFor("Code from the email: "));
        const Run r = wait(p, 15000);
        const QByteArray screen = pty.screen();
        printed << screen;
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(screen.contains("\nCode from the email: \n"), screen.constData());
        for (const QByteArray &line : screen.split('\n')) {
            if (line.contains("Code from the email:"))
                QCOMPARE(line, QByteArray("Code from the email: ")); // asked once, alone
        }
        QVERIFY(screen.contains("Check it later with:"));
    }

    // A code that cannot be one (letters, too short): the reason on its own line, then the
    // prompt again on a clean line; the right code then connects.
    void invalidCodeAtThePrompt()
    {
        Pty pty;
        QVERIFY(pty.isOpen());
        QProcess *p
            = launchOnTerminal(pty,
                               withBase({QStringLiteral("connect"), QStringLiteral("--username"),
                                         QStringLiteral("emailcreator")}));
        QVERIFY(pty.waitFor("Fansly password for emailcreator: "));
        QVERIFY(pty.type(kPassword + '\n', true));
        QVERIFY(pty.waitFor("Code from the email: "));
        QVERIFY(pty.type("abcdef\n"));
        QVERIFY(pty.waitFor("Code from the email: ", 2));
        QVERIFY(pty.type("12\n"));
        QVERIFY(pty.waitFor("Code from the email: ", 3));
        QVERIFY(pty.type(kRightCode + '\n'));
        const Run r = wait(p, 15000);
        QByteArray screen = pty.screen();
        screen.replace(kRightCode, "(right code)"); // typed, so shown: it is not "printed"
        printed << screen;
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Connected: fansly_acct_"));
        const QByteArray reason = "Enter the code as it was given: digits only, usually 6.";
        const QByteArray expected = QByteArray("\nCode from the email: abcdef\n") + reason
            + QByteArray("\nCode from the email: 12\n") + reason
            + QByteArray("\nCode from the email: (right code)\n");
        QVERIFY2(screen.contains(expected), screen.constData());
        QCOMPARE(sim->requests().size() > 0, true);
        for (const Simulator::Request &q : sim->requests())
            QVERIFY2(!q.body.contains("abcdef") && !q.body.contains("\"12\""), q.body.constData());
    }

    void interrupted()
    {
        QProcess *p = launchWaitingLogin();
        QVERIFY(p);
        ::kill(pid_t(p->processId()), SIGINT);
        const Run r = wait(p, 10000);
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.last("state"), QStringLiteral("cancelled"));
        const QString id = r.last("account_id");
        QVERIFY(!id.isEmpty());
        QVERIFY2(r.err.contains(resumeHint(id)), r.err.constData());
        QVERIFY(pendingLoginKept(id));
    }

    // The process holds the key and the password: it never writes a core dump. Read from
    // outside, as the kernel sees it, while a login runs.
    void noCoreDumps()
    {
        QProcess *p = launchWaitingLogin();
        QVERIFY(p);
        QFile limits(QStringLiteral("/proc/%1/limits").arg(p->processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QByteArray text = limits.readAll();
        const qsizetype at = text.indexOf("Max core file size");
        QVERIFY2(at >= 0, text.constData());
        const QList<QByteArray> fields = text.mid(at).split('\n').first().simplified().split(' ');
        // "Max core file size 0 0 bytes": soft and hard limit.
        QCOMPARE(fields.value(4), QByteArray("0"));
        QCOMPARE(fields.value(5), QByteArray("0"));
        ::kill(pid_t(p->processId()), SIGINT);
        QCOMPARE(wait(p, 10000).exitCode, 7);
    }

    void passwordOnCommandLineRefused()
    {
        const Run r = run(withBase({QStringLiteral("connect"), QStringLiteral("--username"),
                                    QStringLiteral("plaincreator"), QStringLiteral("--password"),
                                    QString::fromLatin1(kPassword)}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--password is not accepted"));
        QVERIFY(r.err.contains("--password-stdin"));
        QVERIFY(sim->requests().isEmpty());
        const Run eq = run(withBase(
            {QStringLiteral("accounts"), QStringLiteral("--api-key=") + QString::fromLatin1(key)}));
        QCOMPARE(eq.exitCode, 2);
    }

    void usageErrors()
    {
        Run r = run(withBase({QStringLiteral("connect"), QStringLiteral("--username"),
                              QStringLiteral("x"), QStringLiteral("--proxy-country"),
                              QStringLiteral("us"), QStringLiteral("--proxy"),
                              QStringLiteral("h:1"), QStringLiteral("--password-stdin")}),
                    kPassword + '\n');
        QCOMPARE(r.exitCode, 2);
        r = run(
            withBase({QStringLiteral("connect"), QStringLiteral("--username"), QStringLiteral("x"),
                      QStringLiteral("--proxy"), QStringLiteral("proxy.example.com:99999"),
                      QStringLiteral("--password-stdin")}),
            kPassword + '\n');
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("1 to 65535"));
        r = run(withBase({QStringLiteral("connect"), QStringLiteral("--username"),
                          QStringLiteral("x"), QStringLiteral("--proxy-country"),
                          QStringLiteral("fr"), QStringLiteral("--password-stdin")}),
                kPassword + '\n');
        QCOMPARE(r.exitCode, 2);
        // Names the values that work, not only the countries.
        QVERIFY2(r.err.contains("--proxy-country takes us (United States) or uk (United "
                                "Kingdom), not “fr”."),
                 r.err.constData());
        r = run(withBase(
            {QStringLiteral("connect"), QStringLiteral("--username"), QStringLiteral("x")}));
        QCOMPARE(r.exitCode, 2); // stdin is no terminal and no --password-stdin
        QVERIFY(r.err.contains("--password-stdin"));
        r = run(withBase({QStringLiteral("frobnicate")}));
        QCOMPARE(r.exitCode, 2);
        // With --json even a mistake in the command line is JSON on stdout.
        r = run(withBase({QStringLiteral("--json"), QStringLiteral("frobnicate")}));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().size(), 1);
        QCOMPARE(r.json()
                     .first()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("usage"));
        r = run(withBase({QStringLiteral("status"), QStringLiteral("../../etc")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(sim->requests().isEmpty());
    }

    void proxyIsSent()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("FANSLY_CONNECT_PROXY_PASSWORD"),
                   QStringLiteral("proxy-Secret-42"));
        const Run r = run(
            withBase({QStringLiteral("connect"), QStringLiteral("--username"),
                      QStringLiteral("plaincreator"), QStringLiteral("--proxy"),
                      QStringLiteral("proxy.example.com:8080"), QStringLiteral("--proxy-user"),
                      QStringLiteral("puser"), QStringLiteral("--password-stdin")}),
            kPassword + '\n', 25000, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.both().contains("proxy-Secret-42"));
        const QJsonObject body = QJsonDocument::fromJson(sim->requests().first().body).object();
        const QJsonObject proxy = body.value(QLatin1String("customProxy")).toObject();
        QCOMPARE(proxy.value(QLatin1String("host")).toString(),
                 QStringLiteral("proxy.example.com"));
        QCOMPARE(proxy.value(QLatin1String("port")).toInt(), 8080);
        QCOMPARE(proxy.value(QLatin1String("password")).toString(),
                 QStringLiteral("proxy-Secret-42"));
    }

    void insecureBaseUrlRefused()
    {
        const Run r = run({QStringLiteral("--api-base-url"),
                           QStringLiteral("http://api.example.com"), QStringLiteral("accounts")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("plain http"));
    }

    void noApiKey()
    {
        key.clear();
        const Run r = run(withBase({QStringLiteral("accounts")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("No API key"));
        QVERIFY(r.err.contains("--api-key-file"));
        QVERIFY(sim->requests().isEmpty());
    }

    void apiKeyFile()
    {
        QFile file(home->filePath(QStringLiteral("key.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("  " + key + "  \nsecond line\n");
        file.close();
        const QByteArray k = key;
        key = "sk-env-is-not-used";
        const Run r = run(withBase(
            {QStringLiteral("--api-key-file"), file.fileName(), QStringLiteral("accounts")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sim->requests().first().authorization, "Bearer " + k);
        QVERIFY(file.remove()); // the test put it there; the scan looks for leaks by the CLI
        key = k;
    }

    void statusAndWait()
    {
        const QString id = startPendingEmailLogin();
        QVERIFY(!id.isEmpty());
        Run r = run(withBase({QStringLiteral("--json"), QStringLiteral("status"), id}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.last("state"), QStringLiteral("needs_code"));
        QVERIFY(r.err.contains("--wait"));
        r = run(withBase({QStringLiteral("--json"), QStringLiteral("status"), id,
                          QStringLiteral("--wait")}),
                kRightCode + '\n');
        QCOMPARE(r.exitCode, 0);
        checkStates(r);
        QCOMPARE(r.last("state"), QStringLiteral("connected"));
        r = run(withBase({QStringLiteral("status"), id}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("connected"));
        r = run(withBase({QStringLiteral("status"), QStringLiteral("fansly_acct_999")}));
        QCOMPARE(r.exitCode, 4);
    }

    void reauth()
    {
        const QString id = connectedAccount();
        QVERIFY(!id.isEmpty());
        const Run r = run(withBase({QStringLiteral("--json"), QStringLiteral("reauth"), id}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.last("state"), QStringLiteral("connected"));
        QCOMPARE(r.last("account_id"), id);
        bool reauthenticated = false;
        for (const Simulator::Request &q : sim->requests())
            reauthenticated |= q.path.endsWith(QLatin1String("/reauthenticate"));
        QVERIFY(reauthenticated);
    }

    void accountsAndDisconnect()
    {
        const QString id = connectedAccount();
        QVERIFY(!id.isEmpty());
        Run r = run(withBase({QStringLiteral("accounts")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("ACCOUNT ID"));
        QVERIFY(r.out.contains(id.toUtf8()));
        r = run(withBase({QStringLiteral("--json"), QStringLiteral("accounts")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().size(), 1);
        // The same key names as every other command.
        const QJsonObject account = r.json().first();
        QCOMPARE(account.value(QLatin1String("account_id")).toString(), id);
        QCOMPARE(account.value(QLatin1String("state")).toString(), QStringLiteral("connected"));
        QVERIFY(account.contains(QLatin1String("status")));
        QCOMPARE(account.value(QLatin1String("fansly_username")).toString(),
                 QStringLiteral("plaincreator"));
        QVERIFY(!account.contains(QLatin1String("id")));

        // No confirmation: nothing is deleted. The question names the creator.
        r = run(withBase({QStringLiteral("disconnect"), id}));
        QCOMPARE(r.exitCode, 7);
        r = run(withBase({QStringLiteral("disconnect"), id}), "no\n");
        QCOMPARE(r.exitCode, 7);
        const QByteArray question
            = QStringLiteral("Disconnect “plaincreator” (%1) from OnlyFansAPI?").arg(id).toUtf8();
        QVERIFY2(r.err.contains(question), r.err.constData());
        for (const Simulator::Request &q : sim->requests())
            QVERIFY(q.method != QLatin1String("DELETE"));

        r = run(withBase({QStringLiteral("disconnect"), id}), "yes\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Disconnected"));
        const QString second = connectedAccount();
        r = run(withBase({QStringLiteral("--json"), QStringLiteral("disconnect"), second,
                          QStringLiteral("--yes")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().last().value(QLatin1String("disconnected")).toBool(), true);
        r = run(withBase({QStringLiteral("--json"), QStringLiteral("accounts")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().size(), 0);
    }

    // A failed login is listed (the server keeps the account), in the same words in the
    // table as in --json: not connected, with the server's status beside it.
    void accountsTableAndJsonAgree()
    {
        Run r = connect(QStringLiteral("wrongpasscreator"), kPassword + '\n');
        QCOMPARE(r.exitCode, 4);
        const QString failed = r.last("account_id");
        QVERIFY(!failed.isEmpty());
        const QString connected = connectedAccount();
        QVERIFY(!connected.isEmpty());

        r = run(withBase({QStringLiteral("--json"), QStringLiteral("accounts")}));
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QJsonObject> byId;
        for (const QJsonObject &o : r.json())
            byId.insert(o.value(QLatin1String("account_id")).toString(), o);
        QCOMPARE(byId.value(failed).value(QLatin1String("state")).toString(),
                 QStringLiteral("not_connected"));
        QCOMPARE(byId.value(failed).value(QLatin1String("status")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(byId.value(connected).value(QLatin1String("state")).toString(),
                 QStringLiteral("connected"));

        r = run(withBase({QStringLiteral("accounts")}));
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY2(lines.value(0).contains("STATE") && lines.value(0).contains("STATUS"),
                 r.out.constData());
        for (const QByteArray &line : lines) {
            const QList<QByteArray> cells = line.simplified().split(' ');
            if (line.startsWith(failed.toUtf8())) {
                QVERIFY2(line.contains(" not connected "), line.constData());
                QCOMPARE(cells.last(), QByteArray("failed"));
            } else if (line.startsWith(connected.toUtf8())) {
                QVERIFY2(line.contains(" connected "), line.constData());
                QVERIFY(!line.contains("not connected"));
            }
        }
    }

    // flaky answers 503 with Retry-After 1 s, but the back-off waits longer (2 s ± 20 %):
    // the wait the CLI names is the one it keeps, measured here between the two polls.
    void retryNamesTheTrueWait()
    {
        sim->setTiming({3000, 200}); // long enough for a second status check
        QProcess *p
            = launch(withBase({QStringLiteral("connect"), QStringLiteral("--username"),
                               QStringLiteral("flakycreator"), QStringLiteral("--password-stdin")}),
                     environment());
        p->write(kPassword + '\n');
        p->closeWriteChannel();
        const auto polls = [this] {
            int n = 0;
            for (const Simulator::Request &q : sim->requests())
                n += q.method == QLatin1String("GET")
                    && q.path.contains(QLatin1String("/authenticate/"));
            return n;
        };
        QElapsedTimer clock;
        clock.start();
        qint64 failedAt = -1;
        qint64 retriedAt = -1;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const int n = polls();
                if (n >= 2 && failedAt < 0)
                    failedAt = clock.elapsed(); // the second status check is the 503
                if (n >= 3 && retriedAt < 0)
                    retriedAt = clock.elapsed();
                return retriedAt >= 0 || p->state() == QProcess::NotRunning;
            },
            15000));
        const Run r = wait(p, 15000);
        QCOMPARE(r.exitCode, 0);
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("Trying again in (\\d+) s\\."))
                  .match(QString::fromUtf8(r.err));
        QVERIFY2(m.hasMatch(), r.err.constData());
        const qint64 said = m.captured(1).toLongLong() * 1000;
        const qint64 waited = retriedAt - failedAt;
        // Whole seconds are said (up to 500 ms off either way); a loaded machine only adds.
        QVERIFY2(waited - said >= -600 && waited - said <= 900,
                 qPrintable(QStringLiteral("said %1 ms, waited %2 ms").arg(said).arg(waited)));
    }

    // An id that is not there is said at once: no question first, nothing deleted.
    void disconnectUnknownAccount()
    {
        const QString id = connectedAccount();
        QVERIFY(!id.isEmpty());
        const Run r = run(withBase({QStringLiteral("--json"), QStringLiteral("disconnect"),
                                    QStringLiteral("fansly_acct_999999")}),
                          "yes\n");
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(!r.err.contains("Type yes"), r.err.constData());
        QVERIFY2(r.err.contains("There is no account fansly_acct_999999"), r.err.constData());
        QCOMPARE(r.json()
                     .last()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("not_found"));
        for (const Simulator::Request &q : sim->requests())
            QVERIFY(q.method != QLatin1String("DELETE"));
    }

    void keyCheck()
    {
        Run r = run(withBase({QStringLiteral("key"), QStringLiteral("check")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("works"));
        key = "sk-test-unknown";
        r = run(
            withBase({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("check")}));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json()
                     .last()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("api_key_rejected"));
    }

    // --lang, or the system language, decides; scripts' --json words stay English.
    void speaksTheChosenLanguage()
    {
        Run r = run({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Uso: fansly-connect-cli"), r.out.left(200).constData());
        QVERIFY(r.out.contains("--lang CODE") && r.out.contains("--api-key-file PATH"));

        r = run({QStringLiteral("--lang=ar"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString arabic = QString::fromUtf8(r.out);
        QVERIFY2(arabic.contains(QStringLiteral("الحساب")), r.out.left(300).constData());
        QVERIFY(!arabic.contains(QStringLiteral("Connects creators")));
        QVERIFY(arabic.contains(QStringLiteral("--api-base-url URL")));

        // No --lang: the system's language (LANGUAGE=es here), for errors too.
        QProcessEnvironment spanish = environment();
        spanish.insert(QStringLiteral("LANGUAGE"), QStringLiteral("es"));
        spanish.insert(QStringLiteral("LANG"), QStringLiteral("es_MX.UTF-8"));
        r = run({QStringLiteral("bogus")}, {}, 25000, spanish);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Comando desconocido: “bogus”."), r.err.constData());
        // --lang wins over the system's.
        r = run({QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("bogus")}, {},
                25000, spanish);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("الأمر «bogus» غير معروف.")),
                 r.err.constData());

        r = run({QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("--practice"),
                 QStringLiteral("accounts")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("معرّف الحساب")),
                 r.out.constData());

        r = run({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--practice"),
                 QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("check")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().last().value(QLatin1String("source")).toString(),
                 QStringLiteral("practice"));

        r = run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("accounts")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--lang takes one of: en, de, es, fr, it, pt_BR, pl, ru, uk, "
                                "fil, ar."),
                 r.err.constData());
    }

    void practiceMode()
    {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("FANSLY_CONNECT_API_KEY"));
        const Run r = run({QStringLiteral("--practice"), QStringLiteral("--json"),
                           QStringLiteral("connect"), QStringLiteral("--username"),
                           QStringLiteral("plaincreator"), QStringLiteral("--password-stdin")},
                          kPassword + '\n', 25000, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("Practice mode: no real account is touched"));
        QCOMPARE(r.last("state"), QStringLiteral("connected"));
    }

    // Practice mode's storage name is no address to show: the empty list names the mode.
    void practiceProxyListNamesTheMode()
    {
        Run r = run(
            {QStringLiteral("--practice"), QStringLiteral("proxies"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("No proxies are saved for practice mode."), r.err.constData());
        QVERIFY(!r.both().contains("practice.invalid"));
        r = run(withBase({QStringLiteral("proxies"), QStringLiteral("list")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(sim->baseUrl().toString().toUtf8()), r.err.constData());
    }

    // Practice mode remembers its accounts between runs, so status, accounts and
    // disconnect can be practised on what connect made; production never sees them.
    void practiceKeepsItsAccountsBetweenRuns()
    {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("FANSLY_CONNECT_API_KEY"));
        const auto practice = [&](QStringList args, const QByteArray &input = {}) {
            return run(QStringList {QStringLiteral("--practice"), QStringLiteral("--json")} + args,
                       input, 25000, env);
        };
        // Stdin ends where the code is asked for: the login waits at the server.
        Run r = practice({QStringLiteral("connect"), QStringLiteral("--username"),
                          QStringLiteral("emailcreator"), QStringLiteral("--password-stdin")},
                         kPassword + '\n');
        QCOMPARE(r.exitCode, 7);
        const QString id = r.last("account_id");
        QVERIFY(id.startsWith(QLatin1String("fansly_acct_")));
        // A later run follows it to the end, the code typed then.
        r = practice({QStringLiteral("status"), id, QStringLiteral("--wait")}, "123456\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.last("state"), QStringLiteral("connected"));
        r = practice({QStringLiteral("accounts")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(id.toUtf8()), r.out.constData());
        r = practice({QStringLiteral("disconnect"), id, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 0);
        r = practice({QStringLiteral("accounts")});
        QVERIFY(!r.out.contains(id.toUtf8()));
        // The practice state holds no password.
        QDirIterator it(home->path(), QDir::Files, QDirIterator::Subdirectories);
        bool found = false;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(kPassword), qPrintable(f.fileName()));
            found |= f.fileName().endsWith(QLatin1String("practice/simulator.json"));
        }
        QVERIFY(found);
        QCOMPARE(sim->requests().size(), 0); // the production stand-in saw nothing
    }
};

FC_TEST_SHARDED_MAIN(TestCli)
#include "tst_cli.moc"

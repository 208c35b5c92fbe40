#include "BenchChildren.h"

#include "BenchReport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTimer>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

qint64 Bench::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool benchWait(const std::function<bool()> &done, int ms)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer tick; // bench_report's own loop: its simulators are what the children talk to
    tick.start(20);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    deadline.start(ms);
    loop.exec();
    return done();
}

PaintRun runToPaint(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                    int timeoutMs)
{
    PaintRun result;
    std::vector<QByteArray> argStore {program.toLocal8Bit()};
    for (const QString &a : args)
        argStore.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStore;
    for (const QString &e : env.toStringList())
        envStore.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return result;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
    pid_t pid = 0;
    const qint64 spawnedAt = Bench::nowNs();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (spawned != 0) {
        ::close(fds[0]);
        result.output = QStringLiteral("cannot start ") + program;
        return result;
    }

    // Read its output until it closes (the program ended); the loop serves the simulators.
    QByteArray output;
    QEventLoop loop;
    QSocketNotifier notifier(fds[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        char buffer[4096];
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n > 0) {
            output.append(buffer, n);
            return;
        }
        notifier.setEnabled(false);
        loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        ::kill(pid, SIGKILL);
        output.append("\n(killed after the time-out)\n");
    });
    deadline.start(timeoutMs);
    loop.exec();
    ::close(fds[0]);
    int status = 0;
    struct rusage usage = {};
    wait4(pid, &status, 0, &usage);

    result.output = QString::fromLocal8Bit(output);
    const int at = output.indexOf("painted ");
    if (at >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        const qint64 paintedAt = output.mid(at + 8).split('\n').first().trimmed().toLongLong();
        result.ms = (paintedAt - spawnedAt) / 1e6;
        result.rssMb = usage.ru_maxrss / 1024.0;
        result.ok = result.ms > 0;
    }
    return result;
}

ProbeRun::ProbeRun(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                   Handler handler)
    : m_handler(std::move(handler))
{
    m_process.setProcessEnvironment(env);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        while (m_process.canReadLine()) {
            const QJsonObject o = QJsonDocument::fromJson(m_process.readLine()).object();
            if (!o.isEmpty() && m_handler)
                m_handler(o);
        }
    });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr.append(m_process.readAllStandardError()); });
    m_process.start(program, args);
}

ProbeRun::~ProbeRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ProbeRun::send(const QByteArray &line)
{
    m_process.write(line + '\n');
}

bool ProbeRun::waitFinished(int ms)
{
    return benchWait([this] { return m_process.state() == QProcess::NotRunning; }, ms);
}

bool ProbeRun::succeeded() const
{
    return m_process.state() == QProcess::NotRunning
        && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

CliLogin::CliLogin(const QString &program, const QString &url, const QString &username,
                   const QProcessEnvironment &env, bool answerCodes, std::function<void()> finished)
    : m_answerCodes(answerCodes)
{
    QProcessEnvironment e = env;
    e.insert(QStringLiteral("FANSLY_CONNECT_API_KEY"), Simulator::testKey());
    m_process.setProcessEnvironment(e);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        while (m_process.canReadLine()) {
            const QJsonObject o = QJsonDocument::fromJson(m_process.readLine()).object();
            m_state = o.value(QLatin1String("state")).toString(m_state);
            m_accountId = o.value(QLatin1String("account_id")).toString(m_accountId);
            if (m_state != QLatin1String("needs_code"))
                continue;
            if (m_codeAskedAt < 0)
                m_codeAskedAt = Bench::nowNs();
            if (m_answerCodes)
                m_process.write("123456\n");
        }
    });
    connect(&m_process, &QProcess::finished, this, [this, finished](int code) {
        m_exitCode = code;
        finished();
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this, finished](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        m_exitCode = 127;
        finished();
    });
    m_process.start(program,
                    {QStringLiteral("--api-base-url"), url, QStringLiteral("--json"),
                     QStringLiteral("connect"), QStringLiteral("--username"), username,
                     QStringLiteral("--password-stdin"), QStringLiteral("--timeout"),
                     QStringLiteral("120")});
    m_process.write("pw\n");
}

CliLogin::~CliLogin()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

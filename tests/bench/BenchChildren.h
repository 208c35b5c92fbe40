// The programs bench_report starts: a start-up run timed from outside, the GUI probe, and
// a CLI login. All run while bench_report's own event loop serves their simulator.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace Bench {
qint64 nowNs(); // the steady clock, as the app's FANSLY_CONNECT_EXIT_ON_PAINT hook reads it
} // namespace Bench

// One start of a program until its first paint (FANSLY_CONNECT_EXIT_ON_PAINT): the time
// from just before the process is spawned to the end of that paint pass, and the peak RSS
// of the whole run (wait4's ru_maxrss).
struct PaintRun
{
    bool ok = false;
    double ms = 0;
    double rssMb = 0;
    QString output; // its stdout and stderr, for when it failed
};
PaintRun runToPaint(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                    int timeoutMs = 30000);

// bench_guiprobe: JSON lines out, "go ..." lines in.
class ProbeRun : public QObject
{
public:
    using Handler = std::function<void(const QJsonObject &)>;
    ProbeRun(const QString &program, const QStringList &args, const QProcessEnvironment &env,
             Handler handler);
    ~ProbeRun() override;
    void send(const QByteArray &line);
    bool waitFinished(int ms);
    bool succeeded() const; // exited 0
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QString errors() const { return QString::fromLocal8Bit(m_stderr.right(4000)); }

private:
    QProcess m_process;
    Handler m_handler;
    QByteArray m_stderr;
};

// `fansly-connect-cli --json connect` with the password and, when asked, the code on stdin.
class CliLogin : public QObject
{
public:
    CliLogin(const QString &program, const QString &url, const QString &username,
             const QProcessEnvironment &env, bool answerCodes, std::function<void()> finished);
    ~CliLogin() override;
    qint64 codeAskedAt() const { return m_codeAskedAt; } // first needs_code line; -1: none
    QString finalState() const { return m_state; }
    QString accountId() const { return m_accountId; }
    int exitCode() const { return m_exitCode; }
    bool isFinished() const { return m_exitCode >= 0; }

private:
    QProcess m_process;
    bool m_answerCodes;
    qint64 m_codeAskedAt = -1;
    QString m_state;
    QString m_accountId;
    int m_exitCode = -1;
};

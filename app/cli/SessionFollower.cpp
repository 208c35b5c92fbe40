#include "SessionFollower.h"

#include "Cli.h"
#include "ExitCode.h"
#include "login/ServerWords.h"
#include "network/ApiClient.h"
#include "network/Origin.h"
#include "storage/PendingStore.h"

#include <QJsonValue>

SessionFollower::SessionFollower(Cli *cli, QObject *parent)
    : QObject(parent)
    , m_cli(cli)
{
    m_pending = cli->makePendingStore();
    m_session = new ConnectionSession(cli->api(), m_pending.get(), this);
    m_session->setStorageOrigin(Origin::of(cli->configuredBase()));
    PollPolicy policy;
    if (cli->options().timeoutSeconds > 0)
        policy.deadlineMs = qint64(cli->options().timeoutSeconds) * 1000;
    m_session->setPolicy(policy);

    connect(m_session, &ConnectionSession::stateChanged, this, &SessionFollower::onStateChanged);
    connect(m_session, &ConnectionSession::statusReceived, this, &SessionFollower::onStatus);
    connect(m_session, &ConnectionSession::codeRejected, this, &SessionFollower::onCodeRejected);
    connect(m_session, &ConnectionSession::retrying, this, &SessionFollower::onRetrying);
    connect(m_session, &ConnectionSession::finished, this, &SessionFollower::onFinished);
}

SessionFollower::~SessionFollower() = default;

void SessionFollower::prepare()
{
    m_cli->setInterruptHandler([this] {
        m_cli->out().progress(QString());
        if (!m_session->isActive()) {
            m_cli->out().error(tr("Cancelled."), QStringLiteral("cancelled"));
            m_cli->finish(ExitCode::Cancelled);
            return;
        }
        cancelKeepingLogin(tr("Stopped by Ctrl+C."));
    });
}

void SessionFollower::cancelKeepingLogin(const QString &reason)
{
    m_cancelReason = reason;
    // Here cancelling only stops following: the login stays open at the server, so it stays
    // resumable (the session forgets its pending entry when cancelled, as the GUI wants).
    std::optional<PendingSession> kept;
    if (m_pending) {
        const QList<PendingSession> all = m_pending->list(m_session->storageOrigin());
        for (const PendingSession &p : all) {
            if (p.accountId == m_session->accountId())
                kept = p;
        }
    }
    m_session->cancel();
    if (kept)
        m_pending->save(*kept);
}

void SessionFollower::start(StartRequest request)
{
    prepare();
    m_forced = request.forceConnect;
    m_session->start(std::move(request));
}

void SessionFollower::reauthenticate(const QString &accountId)
{
    prepare();
    m_session->reauthenticate(accountId);
}

void SessionFollower::resume(const QString &accountId)
{
    prepare();
    m_session->resume(accountId);
}

QJsonObject SessionFollower::statusObject(const QString &state, const AuthStatus &s)
{
    const auto orNull = [](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
    QJsonObject o {
        {QLatin1String("state"), state},
        {QLatin1String("account_id"), orNull(s.accountId)},
        {QLatin1String("status"), orNull(s.status)},
        {QLatin1String("display_name"), orNull(s.displayName)},
        {QLatin1String("twofa_type"), s.twofaType ? QJsonValue(*s.twofaType) : QJsonValue()},
        {QLatin1String("masked_email"), orNull(s.maskedEmail)}};
    return o;
}

QJsonObject SessionFollower::stateObject() const
{
    const ConnectionSession::State state = m_session->state();
    AuthStatus s = m_session->lastStatus();
    if (s.accountId.isEmpty())
        s.accountId = m_session->accountId();
    if (s.displayName.isEmpty())
        s.displayName = m_session->displayName();
    QJsonObject o = statusObject(ConnectionSession::stateName(state), s);
    if (state == ConnectionSession::State::NeedsCode) {
        o.insert(QLatin1String("challenge"),
                 m_session->challenge() == ConnectionSession::Challenge::Email
                     ? QStringLiteral("email")
                     : QStringLiteral("app"));
        if (!m_session->codeError().isEmpty())
            o.insert(QLatin1String("code_error"), m_session->codeError());
    }
    if (state == ConnectionSession::State::Failed) {
        const ApiError e = m_session->error();
        o.insert(QLatin1String("error"),
                 Output::errorObject(e.isError() ? e.kindName() : QStringLiteral("login_failed"),
                                     m_session->failureReason()));
    } else if (state == ConnectionSession::State::TimedOut) {
        o.insert(QLatin1String("error"),
                 Output::errorObject(QStringLiteral("timeout"), m_session->failureReason()));
    } else if (state == ConnectionSession::State::Cancelled) {
        o.insert(QLatin1String("error"),
                 Output::errorObject(QStringLiteral("cancelled"),
                                     m_cancelReason.isEmpty() ? tr("Cancelled.") : m_cancelReason));
    }
    return o;
}

void SessionFollower::onStateChanged(ConnectionSession::State state)
{
    if (state != ConnectionSession::State::NeedsCode)
        Output::dropPrompt(); // the code is not wanted now: no asking again below the news
    const Output &out = m_cli->out();
    out.object(stateObject());
    if (state == ConnectionSession::State::Cancelled && !m_cancelReason.isEmpty())
        out.progress(m_cancelReason);
    if (state != ConnectionSession::State::Connected) // the result line says it on stdout
        out.progress(Output::field(m_session->describe()));
    if (state == ConnectionSession::State::Failed && !m_forced
        && m_session->error().kind == ApiError::Kind::Validation
        && m_cli->options().command == QLatin1String("connect"))
        out.progress(tr("If this account is already connected and you want to connect it again, "
                        "add --force."));
    if (state == ConnectionSession::State::NeedsCode)
        askForCode();
}

void SessionFollower::onStatus(const AuthStatus &status)
{
    if (status.phase() != AuthStatus::Phase::NeedsCode)
        Output::dropPrompt(); // e.g. the code expired: its prompt is moot
    if (status.status.isEmpty() || status.status == m_lastStatusText)
        return;
    m_lastStatusText = status.status;
    // Known tokens in words; others only in the log (--verbose) and --json.
    if (const QString words = ServerWords::status(status.status); !words.isEmpty())
        m_cli->out().progress(tr("  Server status: %1").arg(words));
}

void SessionFollower::onCodeRejected(const QString &message)
{
    m_cli->out().progress(message);
    // A code refused before it was sent leaves the state as it was: ask again here.
    if (m_session->state() == ConnectionSession::State::NeedsCode)
        askForCode();
}

void SessionFollower::onRetrying(const ApiError &error, int delayMs)
{
    // One sentence, as in the GUI: what happened and when the next try is.
    m_cli->out().progress(tr("%1. Trying again in %2 s.")
                              .arg(error.briefCause())
                              .arg(qMax(1, (delayMs + 500) / 1000)));
}

void SessionFollower::askForCode()
{
    Terminal &terminal = m_cli->terminal();
    if (terminal.isReading())
        return;
    if (Terminal::stdinIsTerminal()) {
        m_cli->out().prompt(m_session->challenge() == ConnectionSession::Challenge::Email
                                ? tr("Code from the email: ")
                                : tr("Code from the authenticator app: "));
    }
    // Echo stays on: the code is short-lived and people need to see what they type.
    terminal.readLine(false, [this](const std::optional<QString> &line) { onCodeLine(line); });
}

void SessionFollower::onCodeLine(const std::optional<QString> &line)
{
    if (m_session->isFinished())
        return;
    if (!line) {
        if (m_session->state() != ConnectionSession::State::NeedsCode)
            return; // not needed now; the next request for a code sees the end of input again
        if (Terminal::stdinIsTerminal())
            m_cli->out().progress(QString()); // Ctrl+D leaves the cursor after the prompt
        cancelKeepingLogin(tr("No code given."));
        return;
    }
    if (m_session->state() != ConnectionSession::State::NeedsCode)
        return; // the challenge went away (expired, or the login moved on) meanwhile
    if (line->trimmed().isEmpty()) {
        askForCode();
        return;
    }
    m_session->submitCode(*line);
}

int SessionFollower::exitCode() const
{
    switch (m_session->state()) {
    case ConnectionSession::State::Connected: return ExitCode::Ok;
    case ConnectionSession::State::Failed:
        return m_session->error().isError() ? ExitCode::forError(m_session->error())
                                            : int(ExitCode::LoginFailed);
    case ConnectionSession::State::TimedOut: return ExitCode::Service;
    case ConnectionSession::State::Cancelled: return ExitCode::Cancelled;
    default: return ExitCode::Service;
    }
}

void SessionFollower::onFinished(ConnectionSession::State state)
{
    const QString id = m_session->accountId();
    if (state == ConnectionSession::State::Connected) {
        const QString name = Output::field(m_session->displayName());
        m_cli->out().result(name.isEmpty() ? tr("Connected: %1").arg(id)
                                           : tr("Connected: %1 (%2)").arg(id, name));
    } else if (state == ConnectionSession::State::TimedOut && !id.isEmpty()) {
        m_cli->out().progress(
            tr("The login may still finish at the server. Check it later with: %1")
                .arg(m_cli->commandLine(QStringLiteral("status %1 --wait").arg(id))));
    } else if (state == ConnectionSession::State::Cancelled && !id.isEmpty()) {
        m_cli->out().progress(
            tr("The login is still open at the server. Resume it with: %1")
                .arg(m_cli->commandLine(QStringLiteral("status %1 --wait").arg(id))));
    }
    m_cli->finish(exitCode());
}

#include "SessionCommands.h"

#include "Cli.h"
#include "ExitCode.h"
#include "SessionFollower.h"
#include "login/ServerWords.h"
#include "network/ApiClient.h"
#include "proxy/ProxyProfiles.h"

SessionCommands::SessionCommands(Cli *cli, QObject *parent)
    : QObject(parent)
    , m_cli(cli)
{ }

SessionFollower *SessionCommands::follower()
{
    if (!m_follower)
        m_follower = new SessionFollower(m_cli, this);
    return m_follower;
}

void SessionCommands::run()
{
    const CliOptions &o = m_cli->options();
    if (o.command != QLatin1String("connect") && !ApiClient::isValidAccountId(o.args.value(0))) {
        m_cli->usageError(
            tr("“%1” is not an account id (they look like fansly_acct_123).").arg(o.args.value(0)));
        return;
    }
    if (!m_cli->setupApi())
        return;
    if (o.command == QLatin1String("connect")) {
        // Check everything that needs no typing before asking for the password.
        if (!o.passwordStdin && !Terminal::stdinIsTerminal()) {
            m_cli->usageError(tr("stdin is not a terminal, so the password cannot be typed: pipe "
                                 "it in and add --password-stdin."));
            return;
        }
        m_cli->withApiKey([this] { connectAccount(); });
    } else if (o.command == QLatin1String("reauth")) {
        m_cli->withApiKey([this, id = o.args.at(0)] { follower()->reauthenticate(id); });
    } else if (o.wait) {
        m_cli->withApiKey([this, id = o.args.at(0)] { follower()->resume(id); });
    } else {
        m_cli->withApiKey([this, id = o.args.at(0)] { status(id); });
    }
}

void SessionCommands::readProxyPassword(std::function<void(const QString &)> next)
{
    const QString env = qEnvironmentVariable("FANSLY_CONNECT_PROXY_PASSWORD");
    if (!env.isEmpty() || m_cli->options().proxyUser.isEmpty() || !Terminal::stdinIsTerminal()) {
        next(env);
        return;
    }
    m_cli->out().prompt(
        tr("Password of proxy user %1 (empty for none): ").arg(m_cli->options().proxyUser));
    m_cli->terminal().readLine(true, [this, next](const std::optional<QString> &line) {
        if (!line) {
            m_cli->usageError(tr("No proxy password given."));
            return;
        }
        next(*line);
    });
}

void SessionCommands::withProxy(std::function<void(const ProxyChoice &)> next)
{
    const CliOptions &o = m_cli->options();
    const auto checked = [this, next](const ProxyChoice &choice) {
        const QString problem = choice.validate().message;
        if (!problem.isEmpty()) {
            m_cli->usageError(problem);
            return;
        }
        next(choice);
    };
    if (!o.proxyCountry.isEmpty()) {
        const ProxyChoice managed = ProxyChoice::managed(o.proxyCountry);
        if (managed.validate().field == ProxyProblem::Field::Country) {
            // The form's sentence names countries; here the values to type count.
            m_cli->usageError(tr("--proxy-country takes %1 (United States) or %2 (United "
                                 "Kingdom), not “%3”.")
                                  .arg(ProxyChoice::countries().value(0),
                                       ProxyChoice::countries().value(1), o.proxyCountry));
            return;
        }
        checked(managed);
    } else if (!o.proxy.isEmpty()) {
        QString host;
        int port = 0;
        if (!parseHostPort(o.proxy, &host, &port)) {
            m_cli->usageError(tr("--proxy takes HOST:PORT, for example proxy.example.com:8080 or "
                                 "[2001:db8::1]:8080."));
            return;
        }
        // The shape is checked before a password is asked for.
        const QString problem = ProxyChoice::custom(host, port, o.proxyUser).validate().message;
        if (!problem.isEmpty()) {
            m_cli->usageError(problem);
            return;
        }
        readProxyPassword([checked, host, port, user = o.proxyUser](const QString &password) {
            checked(ProxyChoice::custom(host, port, user, password));
        });
    } else if (!o.proxyProfile.isEmpty()) {
        auto *profiles = m_cli->makeProxyProfiles(this);
        const std::optional<ProxyProfile> profile = profiles->find(o.proxyProfile);
        if (!profile) {
            // Practice mode never sees the real saved proxies (nor their passwords): say so,
            // or a name that works without --practice would look like a typing mistake.
            m_cli->usageError(
                o.practice
                    ? tr("There is no saved proxy named “%1” in practice mode, which keeps "
                         "its own saved proxies apart from the real ones. See `%2`.")
                          .arg(o.proxyProfile, m_cli->commandLine(QStringLiteral("proxies list")))
                    : tr("There is no saved proxy named “%1”. See `proxies list`.")
                          .arg(o.proxyProfile));
            return;
        }
        profiles->load(
            o.proxyProfile, this,
            [this, checked, profile](std::optional<ProxyChoice> choice, const QString &message) {
                if (!choice) { // the keychain could not be read
                    // Say how to go on without the keychain, with what to type.
                    const QString host = profile->host.contains(QLatin1Char(':'))
                        ? QLatin1Char('[') + profile->host + QLatin1Char(']')
                        : profile->host;
                    m_cli->out().error(
                        message + QLatin1Char(' ')
                            + tr("Or give the proxy directly instead of "
                                 "--proxy-profile: --proxy %1:%2 --proxy-user %3, "
                                 "with its password in "
                                 "FANSLY_CONNECT_PROXY_PASSWORD or typed when asked.")
                                  .arg(host)
                                  .arg(profile->port)
                                  .arg(profile->username),
                        QStringLiteral("keychain_unavailable"));
                    m_cli->finish(ExitCode::Service);
                    return;
                }
                checked(*choice);
            });
    } else {
        checked(ProxyChoice());
    }
}

void SessionCommands::readPassword(std::function<void(const QString &)> next)
{
    const CliOptions &o = m_cli->options();
    if (!o.passwordStdin)
        m_cli->out().prompt(tr("Fansly password for %1: ").arg(o.username));
    m_cli->terminal().readLine(true, [this, next](const std::optional<QString> &line) {
        if (!line || line->isEmpty()) {
            m_cli->usageError(tr("No password given."));
            return;
        }
        next(*line);
    });
}

void SessionCommands::connectAccount()
{
    withProxy([this](const ProxyChoice &proxy) {
        readPassword([this, proxy](const QString &password) {
            const CliOptions &o = m_cli->options();
            StartRequest request;
            request.username = o.username;
            request.password = password;
            request.name = o.name;
            request.proxy = proxy;
            request.forceConnect = o.force;
            follower()->start(std::move(request));
        });
    });
}

void SessionCommands::status(const QString &accountId)
{
    m_cli->api()->pollStatus(
        accountId, {}, this, [this, accountId](const ApiResult<AuthStatus> &r) {
            if (!r.ok()) {
                m_cli->failWith(r.error);
                return;
            }
            AuthStatus s = *r.value;
            if (s.accountId.isEmpty())
                s.accountId = accountId;
            QString state;
            QString words;
            switch (s.phase()) {
            case AuthStatus::Phase::Connected:
                state = QStringLiteral("connected");
                words = tr("connected");
                break;
            case AuthStatus::Phase::NeedsCode:
                state = QStringLiteral("needs_code");
                words = s.isEmailChallenge()
                    ? (s.maskedEmail.isEmpty()
                           ? tr("waiting for the code Fansly emailed")
                           : tr("waiting for the code Fansly emailed to %1").arg(s.maskedEmail))
                    : tr("waiting for the code from the authenticator app");
                break;
            case AuthStatus::Phase::Verifying:
                state = QStringLiteral("verifying");
                words = tr("checking the code");
                break;
            case AuthStatus::Phase::Failed:
                state = QStringLiteral("failed");
                words = s.lastError.trimmed().isEmpty()
                    ? tr("failed")
                    : tr("failed: %1").arg(Output::field(ServerWords::loginFailed(s.lastError)));
                break;
            case AuthStatus::Phase::Working:
                state = QStringLiteral("waiting");
                words = tr("logging in");
                break;
            }
            QJsonObject o = SessionFollower::statusObject(state, s);
            if (s.phase() == AuthStatus::Phase::Failed)
                o.insert(QLatin1String("error"),
                         Output::errorObject(QStringLiteral("login_failed"), s.lastError));
            m_cli->out().object(o);
            QString line = tr("%1: %2").arg(s.accountId, words);
            if (const QString said = ServerWords::status(s.status); !said.isEmpty())
                line += tr(" (server status: %1)").arg(said);
            m_cli->out().result(line);
            if (s.phase() == AuthStatus::Phase::NeedsCode)
                m_cli->out().progress(
                    tr("To enter the code, run: %1")
                        .arg(m_cli->commandLine(
                            QStringLiteral("status %1 --wait").arg(s.accountId))));
            m_cli->finish(s.phase() == AuthStatus::Phase::Failed ? int(ExitCode::LoginFailed)
                                                                 : int(ExitCode::Ok));
        });
}

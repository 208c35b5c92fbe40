#include "ProxyCommands.h"

#include "Cli.h"
#include "ExitCode.h"
#include "network/Origin.h"
#include "proxy/ProxyProfiles.h"

ProxyCommands::ProxyCommands(Cli *cli, QObject *parent)
    : QObject(parent)
    , m_cli(cli)
{ }

void ProxyCommands::run()
{
    const QString problem = Origin::problem(m_cli->configuredBase());
    if (!problem.isEmpty()) {
        m_cli->usageError(
            tr("The API base URL %1 is refused: %2.")
                .arg(m_cli->configuredBase().toDisplayString(QUrl::RemoveUserInfo), problem));
        return;
    }
    // Saved proxies belong to the configured API origin, also in practice mode.
    m_profiles = m_cli->makeProxyProfiles(this);
    const QString sub = m_cli->options().subcommand;
    if (sub == QLatin1String("list"))
        list();
    else if (sub == QLatin1String("add"))
        add(m_cli->options().args.at(0));
    else
        remove(m_cli->options().args.at(0));
}

void ProxyCommands::list()
{
    const QList<ProxyProfile> all = m_profiles->list();
    // Practice mode's origin is only a storage name: say the mode, not the name.
    if (all.isEmpty() && m_cli->options().practice)
        m_cli->out().progress(tr("No proxies are saved for practice mode."));
    else if (all.isEmpty())
        m_cli->out().progress(
            tr("No proxies are saved for %1.").arg(Origin::of(m_cli->configuredBase())));
    for (const ProxyProfile &p : all) {
        m_cli->out().object(QJsonObject {{QLatin1String("name"), p.name},
                                         {QLatin1String("host"), p.host},
                                         {QLatin1String("port"), p.port},
                                         {QLatin1String("username"), p.username}});
        const QString host = p.host.contains(QLatin1Char(':'))
            ? QLatin1Char('[') + p.host + QLatin1Char(']')
            : p.host;
        QString line = QStringLiteral("%1  %2:%3").arg(p.name, host).arg(p.port);
        if (!p.username.isEmpty())
            line += tr("  user %1").arg(p.username);
        m_cli->out().result(line);
    }
    m_cli->finish(ExitCode::Ok);
}

void ProxyCommands::add(const QString &name)
{
    const CliOptions &o = m_cli->options();
    ProxyProfile profile;
    profile.name = name.trimmed();
    profile.username = o.proxyUser;
    if (!parseHostPort(o.proxy, &profile.host, &profile.port)) {
        m_cli->usageError(tr("--proxy takes HOST:PORT, for example proxy.example.com:8080 or "
                             "[2001:db8::1]:8080."));
        return;
    }
    const QString problem = m_profiles->validate(profile);
    if (!problem.isEmpty()) {
        m_cli->usageError(problem);
        return;
    }
    const auto save = [this, profile](const QString &password) {
        if (!password.isEmpty() && profile.username.isEmpty()) {
            m_cli->usageError(
                tr("A proxy password needs --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD is set)."));
            return;
        }
        m_profiles->save(profile, password, this, [this, profile](bool ok, const QString &message) {
            if (!ok) {
                m_cli->out().error(message, QStringLiteral("keychain_unavailable"));
                m_cli->finish(ExitCode::Service);
                return;
            }
            m_cli->out().object(QJsonObject {{QLatin1String("saved"), profile.name}});
            m_cli->out().result(tr("Saved the proxy “%1”.").arg(profile.name));
            m_cli->finish(ExitCode::Ok);
        });
    };
    const QString env = qEnvironmentVariable("FANSLY_CONNECT_PROXY_PASSWORD");
    if (!env.isEmpty() || profile.username.isEmpty() || !Terminal::stdinIsTerminal()) {
        save(env);
        return;
    }
    m_cli->out().prompt(tr("Password of proxy user %1 (empty to keep the saved one or for none): ")
                            .arg(profile.username));
    m_cli->terminal().readLine(true, [this, save](const std::optional<QString> &line) {
        if (!line) {
            m_cli->usageError(tr("Not saved: no password given."));
            return;
        }
        save(*line);
    });
}

void ProxyCommands::remove(const QString &name)
{
    if (!m_profiles->find(name)) {
        m_cli->usageError(tr("There is no saved proxy named “%1”.").arg(name.trimmed()));
        return;
    }
    m_profiles->remove(name, this, [this, name](bool ok, const QString &message) {
        if (!ok) {
            m_cli->out().error(message, QStringLiteral("keychain_unavailable"));
            m_cli->finish(ExitCode::Service);
            return;
        }
        QJsonObject o {{QLatin1String("removed"), name.trimmed()}};
        if (!message.isEmpty()) { // removed, but its password may be left in the keychain
            o.insert(QLatin1String("warning"), message);
            m_cli->out().progress(message);
        }
        m_cli->out().object(o);
        m_cli->out().result(tr("Removed the proxy “%1”.").arg(name.trimmed()));
        m_cli->finish(ExitCode::Ok);
    });
}

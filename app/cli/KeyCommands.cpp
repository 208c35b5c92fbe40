#include "KeyCommands.h"

#include "Cli.h"
#include "ExitCode.h"
#include "network/ApiClient.h"
#include "network/Origin.h"
#include "storage/SecretStore.h"

KeyCommands::KeyCommands(Cli *cli, QObject *parent)
    : QObject(parent)
    , m_cli(cli)
{ }

void KeyCommands::run()
{
    const QString sub = m_cli->options().subcommand;
    if (m_cli->options().practice && sub != QLatin1String("check")) {
        m_cli->usageError(
            tr("Practice mode needs no API key, so there is none to save or forget."));
        return;
    }
    if (!m_cli->setupApi())
        return;
    if (sub == QLatin1String("set"))
        set();
    else if (sub == QLatin1String("check"))
        check();
    else
        forget();
}

void KeyCommands::set()
{
    if (Terminal::stdinIsTerminal())
        m_cli->out().prompt(tr("API key for %1 (not shown while you type): ")
                                .arg(Origin::of(m_cli->configuredBase())));
    m_cli->terminal().readLine(true, [this](const std::optional<QString> &line) {
        const QString key = line ? line->trimmed() : QString();
        if (key.isEmpty()) {
            m_cli->usageError(tr("No API key given: type it when asked, or pipe it in on the "
                                 "first line of stdin."));
            return;
        }
        if (m_cli->options().noCheck) {
            store(key);
            return;
        }
        m_cli->out().progress(
            tr("Checking the key with %1…").arg(Origin::of(m_cli->configuredBase())));
        m_cli->api()->setApiKey(key);
        m_cli->api()->whoami(this, [this, key](const ApiResult<WhoamiInfo> &r) {
            if (!r.ok()) {
                const QString context = r.error.kind == ApiError::Kind::Unauthorized
                    ? tr("The key was not saved.")
                    : tr("The key was not saved (to save it without checking, add --no-check).");
                m_cli->out().apiError(r.error);
                m_cli->out().progress(context);
                m_cli->finish(ExitCode::forError(r.error));
                return;
            }
            m_cli->out().progress(
                tr("The key works: “%1” of team %2.")
                    .arg(Output::field(r.value->keyName), Output::field(r.value->teamName)));
            store(key);
        });
    });
}

void KeyCommands::store(const QString &key)
{
    const QString entry = SecretStore::apiKeyName(m_cli->configuredBase());
    SecretStore *secrets = m_cli->secrets();
    secrets->write(
        entry, key, this,
        [this, entry, service = secrets->service()](const SecretStore::Result &r) {
            if (r.status != SecretStore::Status::Ok) {
                m_cli->out().error(
                    SecretStore::userMessage(r) + QLatin1Char(' ')
                        + tr("The key was not saved anywhere. Until the keychain works, "
                             "give it with --api-key-file or FANSLY_CONNECT_API_KEY."),
                    QStringLiteral("keychain_unavailable"));
                m_cli->finish(ExitCode::Service);
                return;
            }
            m_cli->out().object(QJsonObject {{QLatin1String("stored"), QStringLiteral("keychain")},
                                             {QLatin1String("service"), service},
                                             {QLatin1String("entry"), entry}});
            m_cli->out().result(
                tr("Saved the API key in the system keychain (service “%1”, entry “%2”).")
                    .arg(service, entry));
            m_cli->finish(ExitCode::Ok);
        });
}

void KeyCommands::check()
{
    m_cli->findApiKey([this](const QString &key, const QString &source, ApiKeySource::Where where) {
        if (key.isEmpty()) {
            m_cli->usageError(Cli::noKeyHelp());
            return;
        }
        m_cli->api()->setApiKey(key);
        m_cli->api()->whoami(this, [this, source, where](const ApiResult<WhoamiInfo> &r) {
            if (!r.ok()) {
                m_cli->failWith(r.error, tr("The API key from %1:").arg(source));
                return;
            }
            const WhoamiInfo &w = *r.value;
            m_cli->out().object(
                QJsonObject {{QLatin1String("key_name"), w.keyName},
                             {QLatin1String("team"), w.teamName},
                             {QLatin1String("team_slug"), w.teamSlug},
                             {QLatin1String("source"), ApiKeySource::token(where)}});
            m_cli->out().result(
                tr("API key “%1” of team %2 works (from %3).")
                    .arg(Output::field(w.keyName), Output::field(w.teamName), source));
            m_cli->finish(ExitCode::Ok);
        });
    });
}

void KeyCommands::forget()
{
    const QString entry = SecretStore::apiKeyName(m_cli->configuredBase());
    m_cli->secrets()->remove(entry, this, [this, entry](const SecretStore::Result &r) {
        if (r.status != SecretStore::Status::Ok) {
            m_cli->out().error(SecretStore::userMessage(r), QStringLiteral("keychain_unavailable"));
            m_cli->finish(ExitCode::Service);
            return;
        }
        m_cli->out().object(QJsonObject {{QLatin1String("removed"), entry}});
        m_cli->out().result(tr("No API key for %1 is saved in the system keychain any more.")
                                .arg(Origin::of(m_cli->configuredBase())));
        if (!qEnvironmentVariableIsEmpty("FANSLY_CONNECT_API_KEY"))
            m_cli->out().progress(
                tr("Note: FANSLY_CONNECT_API_KEY is still set in this environment."));
        m_cli->finish(ExitCode::Ok);
    });
}

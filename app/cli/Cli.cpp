#include "Cli.h"

#include "Backend.h"
#include "ExitCode.h"
#include "core/AppInfo.h"
#include "network/ApiClient.h"
#include "network/RateBudget.h"
#include "proxy/ProxyProfiles.h"
#include "storage/ApiKeySource.h"
#include "storage/PendingStore.h"
#include "storage/SecretStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

Cli::Cli(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_backend(new Backend(options.practice, options.apiBaseUrl, this))
{
    m_backend->setPracticeRateLimit(options.practiceRateLimit);
    m_out.setJson(options.json);
    m_terminal.catchInterrupts();
    connect(&m_terminal, &Terminal::interrupted, this, &Cli::onInterrupted);
}

Cli::~Cli()
{
    m_terminal.restore();
}

QUrl Cli::configuredBase() const
{
    return m_backend->configuredBase();
}

std::unique_ptr<PendingStore> Cli::makePendingStore() const
{
    return m_backend->makePendingStore();
}

bool Cli::setupApi()
{
    m_nam = new QNetworkAccessManager(this);
    QString problem;
    if (!m_backend->start(&problem)) {
        m_out.error(problem, QStringLiteral("network"));
        finish(ExitCode::Service);
        return false;
    }
    if (m_backend->isPractice())
        m_out.progress(tr("Practice mode: no real account is touched."));
    const QUrl base = m_backend->apiBase();
    m_api = new ApiClient(m_nam, base, this);
    m_api->setBudget(new RateBudget(nullptr, m_api)); // the same budget as the app's sessions
    if (!m_api->baseUrlProblem().isEmpty()) {
        m_out.error(tr("The API base URL %1 is refused: %2.")
                        .arg(base.toDisplayString(QUrl::RemoveUserInfo), m_api->baseUrlProblem()),
                    QStringLiteral("refused"));
        finish(ExitCode::Usage);
        return false;
    }
    return true;
}

SecretStore *Cli::secrets()
{
    if (!m_secrets) // practice mode's keychain service is its own (Backend::storage())
        m_secrets = new SecretStore(m_backend->storage().keychainService, this);
    return m_secrets;
}

ProxyProfiles *Cli::makeProxyProfiles(QObject *parent)
{
    const Backend::Storage storage = m_backend->storage();
    return new ProxyProfiles(secrets(), storage.origin, storage.settingsFile, parent);
}

QString Cli::commandLine(const QString &arguments) const
{
    QString line = QStringLiteral("fansly-connect-cli ");
    if (m_options.practice)
        line += QStringLiteral("--practice ");
    else if (!m_options.apiBaseUrl.isEmpty())
        line += QStringLiteral("--api-base-url ") + m_options.apiBaseUrl + QLatin1Char(' ');
    return line + arguments;
}

QString Cli::noKeyHelp()
{
    return tr("No API key. Give one with --api-key-file PATH (first line of the file), the "
              "FANSLY_CONNECT_API_KEY environment variable, or save it in the system keychain "
              "with `fansly-connect-cli key set`. Keys are made in the OnlyFansAPI console under "
              "API Keys. To try things out without a key, use --practice.");
}

void Cli::findApiKey(
    std::function<void(const QString &, const QString &, ApiKeySource::Where)> done)
{
    ApiKeySource::Sources sources;
    sources.practiceKey = m_backend->practiceKey();
    sources.filePath = m_options.apiKeyFile;
    sources.environment = true;
    sources.origin = configuredBase();
    if (sources.practiceKey.isEmpty() && sources.filePath.isEmpty())
        sources.keychain = secrets(); // read only when the environment has no key either
    ApiKeySource::find(sources, this, [this, sources, done](const ApiKeySource::Found &found) {
        if (found.where == ApiKeySource::Where::File && !found.problem.isEmpty()) {
            usageError(found.problem);
            return;
        }
        if (found.key.isEmpty() && found.keychain.status == SecretStore::Status::NoAnswer) {
            // A locked keychain may well hold the key: "no API key" would send people to
            // save it again. Say what happened, as for the other keychain failures (exit 5).
            m_out.error(found.problem, QStringLiteral("keychain_no_answer"));
            finish(ExitCode::Service);
            return;
        }
        if (!found.problem.isEmpty())
            m_out.progress(found.problem);
        done(found.key, ApiKeySource::describe(found, sources), found.where);
    });
}

void Cli::withApiKey(std::function<void()> next)
{
    findApiKey([this, next](const QString &key, const QString &, ApiKeySource::Where) {
        if (key.isEmpty()) {
            usageError(noKeyHelp());
            return;
        }
        m_api->setApiKey(key);
        next();
    });
}

void Cli::onInterrupted()
{
    if (m_finished)
        return; // the result is out; nothing left to cancel
    // A second Ctrl+C ends at once, even if the first one's clean-up hangs.
    if (++m_interrupts > 1 || !m_onInterrupt) {
        m_out.progress(QString());
        m_out.error(tr("Cancelled."), QStringLiteral("cancelled"));
        finish(ExitCode::Cancelled);
        return;
    }
    m_onInterrupt();
}

void Cli::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_terminal.restore();
    QCoreApplication::exit(exitCode);
}

void Cli::failWith(const ApiError &e, const QString &context)
{
    m_out.apiError(e, context);
    finish(ExitCode::forError(e));
}

void Cli::usageError(const QString &message)
{
    m_out.error(message, QStringLiteral("usage"));
    finish(ExitCode::Usage);
}

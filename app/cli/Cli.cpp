#include "Cli.h"

#include "ApiClient.h"
#include "AppInfo.h"
#include "ExitCode.h"
#include "SecretStore.h"
#include "Simulator.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>

Cli::Cli(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_configuredBase(AppInfo::apiBase(options.apiBaseUrl))
{
    m_out.setJson(options.json);
    m_terminal.catchInterrupts();
    connect(&m_terminal, &Terminal::interrupted, this, &Cli::onInterrupted);
}

Cli::~Cli()
{
    m_terminal.restore();
}

bool Cli::setupApi()
{
    m_nam = new QNetworkAccessManager(this);
    QUrl base = m_configuredBase;
    if (m_options.practice) {
        m_simulator = new Simulator(this);
        if (!m_simulator->start()) {
            m_out.error(tr("The practice simulator could not start on this computer."),
                        QStringLiteral("network"));
            finish(ExitCode::Service);
            return false;
        }
        base = m_simulator->baseUrl();
        m_out.progress(tr("Practice mode: no real account is touched."));
    }
    m_api = new ApiClient(m_nam, base, this);
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
    if (!m_secrets)
        m_secrets = new SecretStore(QStringLiteral("Fansly Connect"), this);
    return m_secrets;
}

QString Cli::noKeyHelp()
{
    return tr("No API key. Give one with --api-key-file PATH (first line of the file), the "
              "FANSLY_CONNECT_API_KEY environment variable, or save it in the system keychain "
              "with `fansly-connect-cli key set`. Keys are made in the OnlyFansAPI console under "
              "API Keys. To try things out without a key, use --practice.");
}

void Cli::findApiKey(std::function<void(const QString &, const QString &)> done)
{
    if (m_options.practice) {
        done(Simulator::practiceKey(), tr("practice mode"));
        return;
    }
    if (!m_options.apiKeyFile.isEmpty()) {
        QFile file(m_options.apiKeyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            usageError(tr("Cannot read the API key file %1: %2")
                           .arg(m_options.apiKeyFile, file.errorString()));
            return;
        }
        QByteArray line = file.readLine(64 * 1024);
        const QString key = QString::fromUtf8(line).trimmed();
        line.fill('\0');
        if (key.isEmpty()) {
            usageError(tr("The API key file %1 is empty: put the key on its first line.")
                           .arg(m_options.apiKeyFile));
            return;
        }
        done(key, tr("the file %1").arg(m_options.apiKeyFile));
        return;
    }
    const QString env = qEnvironmentVariable("FANSLY_CONNECT_API_KEY").trimmed();
    if (!env.isEmpty()) {
        done(env, tr("the FANSLY_CONNECT_API_KEY environment variable"));
        return;
    }
    secrets()->read(SecretStore::apiKeyName(m_configuredBase), this,
                    [this, done](const SecretStore::Result &r) {
                        if (r.status == SecretStore::Status::Ok && !r.secret.trimmed().isEmpty()) {
                            done(r.secret.trimmed(), tr("the system keychain"));
                            return;
                        }
                        if (r.status != SecretStore::Status::Ok
                            && r.status != SecretStore::Status::NotFound)
                            m_out.progress(SecretStore::userMessage(r));
                        done({}, {});
                    });
}

void Cli::withApiKey(std::function<void()> next)
{
    findApiKey([this, next](const QString &key, const QString &) {
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

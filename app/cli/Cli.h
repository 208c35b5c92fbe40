#pragma once

#include "CliOptions.h"
#include "Output.h"
#include "Terminal.h"
#include "storage/ApiKeySource.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class ApiClient;
class Backend;
class PendingStore;
class ProxyProfiles;
class QNetworkAccessManager;
class SecretStore;
struct ApiError;

// What every command shares: the options, stdout/stderr, the terminal, the API client
// (real or practice), the keychain, and the one way out (finish with an exit code).
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(const CliOptions &options, QObject *parent = nullptr);
    ~Cli() override;

    const CliOptions &options() const { return m_options; }
    const Output &out() const { return m_out; }
    Terminal &terminal() { return m_terminal; }

    // The API origin named by the options (not the practice simulator's address): what
    // keychain entries and saved proxies are kept under.
    QUrl configuredBase() const;
    // Sets up the client (starting the simulator with --practice). False when the base
    // URL is refused; the reason is printed and finish() already called.
    bool setupApi();
    ApiClient *api() const { return m_api; }
    SecretStore *secrets();
    // The saved proxies of this mode (practice mode's are its own), owned by `parent`.
    ProxyProfiles *makeProxyProfiles(QObject *parent);
    // Where pending logins are kept (null in practice mode): shared with the GUI.
    std::unique_ptr<PendingStore> makePendingStore() const;

    // Gets the API key (file, environment, keychain; the practice key with --practice)
    // into the client, then calls `next`. Without a key it explains and finishes.
    void withApiKey(std::function<void()> next);
    // Same sources, without a client: `done` gets the key (empty if none) and where it came from.
    // `source`: where the key came from, for people; `where` the same for --json.
    void findApiKey(
        std::function<void(const QString &key, const QString &source, ApiKeySource::Where where)>
            done);

    // What Ctrl+C does while the command runs; by default it finishes with exit code 7.
    void setInterruptHandler(std::function<void()> handler) { m_onInterrupt = std::move(handler); }

    void finish(int exitCode);
    void failWith(const ApiError &e, const QString &context = {});
    void usageError(const QString &message);

    static QString noKeyHelp();
    // A command to paste: "fansly-connect-cli --practice status fansly_acct_1 --wait", with
    // the options that chose this server.
    QString commandLine(const QString &arguments) const;

private:
    void onInterrupted();

    CliOptions m_options;
    Output m_out;
    Terminal m_terminal;
    Backend *m_backend;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_api = nullptr;
    SecretStore *m_secrets = nullptr;
    std::function<void()> m_onInterrupt;
    bool m_finished = false;
    int m_interrupts = 0;
};

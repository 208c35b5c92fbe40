#pragma once

#include "login/ConnectController.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

class AccountsService;
class ApiClient;
class Backend;
class BlinkTimeout;
class ConnectWizard;
class MainWindow;
class PendingStore;
class ProxyProfiles;
class QApplication;
class RateBudget;
class SecretStore;
struct WhoamiInfo;

// The GUI's composition root: the engine objects, the accounts window and the connect
// wizards, wired for the backend chosen at start-up. fansly-connect and the screenshot
// tool build it alike.
class GuiApp : public QObject
{
    Q_OBJECT
public:
    // The GUI in language `code` (empty: the system's): translations, layout direction
    // (Arabic: right to left), and the server's words kept whole inside RTL sentences.
    static void useLanguage(QApplication &app, const QString &code);
    explicit GuiApp(Backend &backend);
    ~GuiApp() override;

    // Shows the accounts window and looks for a working API key; without one (a first
    // run, or practice mode) the wizard opens over the window at its key page.
    void start();
    MainWindow *window() const { return m_window.get(); }
    AccountsService *service() const { return m_service.get(); }
    RateBudget *budget() const { return m_budget.get(); }
    // The wizard opened last (nullptr when none is open).
    ConnectWizard *wizard() const;
    // A wizard for a new creator; with `changeKey`, at its key page.
    ConnectWizard *openWizard(bool changeKey = false);

private:
    ConnectController::Options controllerOptions() const;
    void useKey(const QString &key, const WhoamiInfo &info);
    void raiseWizardOf(const QString &accountId);
    void sendToBackground(ConnectWizard *wizard, ConnectController *controller);

    Backend &m_backend;
    // Declared in the order they are built; destroyed the other way round.
    std::unique_ptr<BlinkTimeout> m_blinkTimeout; // gives the cursor's blinking back last
    std::unique_ptr<SecretStore> m_secrets; // proxy passwords; the API key in production only
    std::unique_ptr<ProxyProfiles> m_profiles;
    std::unique_ptr<PendingStore> m_pending;
    std::unique_ptr<RateBudget> m_budget; // one per API origin and key
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client; // the window's: list, whoami, background logins
    std::unique_ptr<AccountsService> m_service;
    std::unique_ptr<ConnectController> m_keyFinder; // looks for a saved key at start
    std::unique_ptr<MainWindow> m_window;
    QList<QPointer<ConnectWizard>> m_wizards;
    QString m_apiKey;
    bool m_offerResume = false; // the next wizard offers unfinished logins
    bool m_askKey = false; // the next wizard starts at its key page though a key works
};

#include "GuiApp.h"

#include "Backend.h"
#include "BlinkTimeout.h"
#include "ConnectWizard.h"
#include "Languages.h"
#include "MainWindow.h"
#include "Paint.h"
#include "accounts/AccountsService.h"
#include "login/ServerWords.h"
#include "network/ApiClient.h"
#include "network/Origin.h"
#include "network/RateBudget.h"
#include "proxy/ProxyProfiles.h"
#include "storage/PendingStore.h"
#include "storage/SecretStore.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>

#include <utility>

void GuiApp::useLanguage(QApplication &app, const QString &code)
{
    Languages::use(app, code);
    QGuiApplication::setLayoutDirection(QLocale().textDirection());
    ServerWords::setIsolating(QGuiApplication::isRightToLeft());
}

GuiApp::GuiApp(Backend &backend)
    : m_backend(backend)
{
    m_blinkTimeout = std::make_unique<BlinkTimeout>();
    // Saved proxies in both modes, where Backend says: practice mode's are the ones
    // `fansly-connect-cli --practice proxies` lists, and never production's.
    const Backend::Storage storage = backend.storage();
    m_secrets = std::make_unique<SecretStore>(storage.keychainService);
    m_profiles
        = std::make_unique<ProxyProfiles>(m_secrets.get(), storage.origin, storage.settingsFile);
    m_pending = backend.makePendingStore();
    m_budget = std::make_unique<RateBudget>();
    m_client = std::make_unique<ApiClient>(&m_nam, backend.apiBase());
    m_client->setBudget(m_budget.get());
    AccountsService::Options options;
    options.client = m_client.get();
    options.nam = &m_nam;
    options.pending = m_pending.get();
    options.storageOrigin = Origin::of(backend.configuredBase());
    m_service = std::make_unique<AccountsService>(options);

    MainWindow::Info info;
    info.practice = backend.isPractice();
    info.apiOrigin = Origin::of(backend.configuredBase());
    for (const QString &code : Languages::codes())
        info.languages.append({code, Languages::nativeName(code)});
    info.chosenLanguage = backend.savedLanguage();
    m_window = std::make_unique<MainWindow>(m_service.get(), m_budget.get(), info);
    connect(m_window.get(), &MainWindow::connectRequested, this, [this] { openWizard(); });
    connect(m_window.get(), &MainWindow::changeKeyRequested, this, [this] { openWizard(true); });
    connect(m_window.get(), &MainWindow::wizardLoginRequested, this, &GuiApp::raiseWizardOf);
    connect(m_window.get(), &MainWindow::languageChosen, this,
            [&backend](const QString &code) { backend.saveLanguage(code); });
    connect(m_service.get(), &AccountsService::creditsSeen, m_window.get(),
            &MainWindow::setCredits);
}

GuiApp::~GuiApp()
{
    for (const QPointer<ConnectWizard> &wizard : std::as_const(m_wizards))
        delete wizard.data();
}

ConnectController::Options GuiApp::controllerOptions() const
{
    ConnectController::Options options;
    options.apiBase = m_backend.apiBase();
    options.practice = m_backend.isPractice();
    options.keyPrefill = m_backend.practiceKey();
    // Practice mode keeps no API key: its key is shown in the field instead.
    options.secrets = m_backend.isPractice() ? nullptr : m_secrets.get();
    options.profiles = m_profiles.get();
    options.pending = m_pending.get();
    options.storageOrigin = Origin::of(m_backend.configuredBase());
    options.budget = m_budget.get();
    return options;
}

void GuiApp::start()
{
    // The icon once the window is on screen: reading it loads Qt's image plugins (~6 ms).
    Paint::after(m_window.get(), this, [] {
        QIcon icon;
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            icon.addFile(QStringLiteral(":/icons/%1x%1/fansly-connect.png").arg(size),
                         QSize(size, size));
        QApplication::setWindowIcon(icon);
    });
    m_window->show();
    m_offerResume = true; // by the wizard of a first run, if one opens
    if (m_backend.isPractice()) {
        // The list is there at once; the wizard still opens as on a first run, since
        // nothing is saved in practice mode.
        useKey(m_backend.practiceKey(), {});
        m_askKey = true; // its key page, as on a first run
        openWizard();
        return;
    }
    m_keyFinder = std::make_unique<ConnectController>(controllerOptions());
    connect(m_keyFinder.get(), &ConnectController::keyAccepted, this,
            [this](const WhoamiInfo &info) {
                m_offerResume = false; // the list offers them
                useKey(m_keyFinder->apiKey(), info);
            });
    connect(m_keyFinder.get(), &ConnectController::keyNeeded, this, [this] { openWizard(); });
    m_keyFinder->begin();
}

void GuiApp::useKey(const QString &key, const WhoamiInfo &info)
{
    m_window->setKeyReady(true);
    if (key == m_apiKey)
        return; // checked again by another wizard: the list stands
    m_apiKey = key;
    m_service->setApiKey(key);
    if (info.teamName.isEmpty() && info.keyName.isEmpty())
        m_service->loadWhoami();
    else
        m_service->setWhoami(info);
    m_service->refresh();
    m_service->loadPending();
}

ConnectWizard *GuiApp::wizard() const
{
    for (auto it = m_wizards.crbegin(); it != m_wizards.crend(); ++it) {
        if (*it)
            return *it;
    }
    return nullptr;
}

ConnectWizard *GuiApp::openWizard(bool changeKey)
{
    // Without a working key the wizard starts at its key page anyway: nothing to change back.
    changeKey = changeKey && !m_apiKey.isEmpty();
    ConnectController::Options options = controllerOptions();
    if (!changeKey && !std::exchange(m_askKey, false))
        options.apiKey = m_apiKey; // checked again, then the key page is skipped
    auto *controller = new ConnectController(options);
    auto *wizard = new ConnectWizard(controller, m_window.get());
    controller->setParent(wizard);
    wizard->setWindowFlag(Qt::Window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setBackgroundAllowed(true);
    // Only the first wizard offers unfinished logins, and none the list already follows;
    // later ones are for new creators (the list has Resume).
    const AccountsService *service = m_service.get();
    wizard->setResumeOffer(
        std::exchange(m_offerResume, false),
        [service](const QString &accountId) { return service->session(accountId) != nullptr; });
    connect(controller, &ConnectController::pendingDiscarded, m_service.get(),
            &AccountsService::dismiss);
    m_service->watch(controller->session());
    connect(controller, &ConnectController::keyAccepted, this,
            [this, controller](const WhoamiInfo &info) { useKey(controller->apiKey(), info); });
    connect(wizard, &ConnectWizard::continueInBackground, this,
            [this, wizard, controller] { sendToBackground(wizard, controller); });
    m_wizards.removeAll(nullptr);
    m_wizards.append(wizard);
    wizard->show();
    wizard->start();
    if (changeKey)
        wizard->changeKey();
    return wizard;
}

void GuiApp::sendToBackground(ConnectWizard *wizard, ConnectController *controller)
{
    // The controller keeps the session (and the network it uses) alive; the list follows
    // the login from here and deletes the controller when it ends.
    Q_UNUSED(wizard) // it closes itself
    m_service->adopt(controller->session(), controller);
}

void GuiApp::raiseWizardOf(const QString &accountId)
{
    for (const QPointer<ConnectWizard> &wizard : std::as_const(m_wizards)) {
        if (wizard && wizard->accountId() == accountId) {
            wizard->showNormal();
            wizard->raise();
            wizard->activateWindow();
        }
    }
}

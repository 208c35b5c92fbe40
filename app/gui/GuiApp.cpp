#include "GuiApp.h"

#include "Backend.h"
#include "ConnectWizard.h"
#include "login/ConnectController.h"
#include "network/Origin.h"
#include "proxy/ProxyProfiles.h"
#include "storage/PendingStore.h"
#include "storage/SecretStore.h"

#include <QApplication>
#include <QIcon>

GuiApp::GuiApp(Backend &backend)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fansly-connect.png")));
    ConnectController::Options options;
    options.apiBase = backend.apiBase();
    options.practice = backend.isPractice();
    options.keyPrefill = backend.practiceKey();
    m_secrets = std::make_unique<SecretStore>();
    // Saved proxies in both modes, under configuredBase(): practice mode's are the ones
    // `fansly-connect-cli --practice proxies` lists, and never production's.
    m_profiles = std::make_unique<ProxyProfiles>(m_secrets.get(), backend.configuredBase());
    options.profiles = m_profiles.get();
    // Practice mode keeps no API key: its key is shown in the field instead.
    if (!backend.isPractice())
        options.secrets = m_secrets.get();
    m_pending = backend.makePendingStore();
    options.pending = m_pending.get();
    options.storageOrigin = Origin::of(backend.configuredBase());
    m_controller = std::make_unique<ConnectController>(options);
    m_wizard = std::make_unique<ConnectWizard>(m_controller.get());
}

GuiApp::~GuiApp() = default;

void GuiApp::start()
{
    m_wizard->show();
    m_wizard->start();
}

#pragma once

#include <memory>

class Backend;
class ConnectController;
class ConnectWizard;
class PendingStore;
class ProxyProfiles;
class SecretStore;

// The GUI's composition root: the engine objects and the connect wizard, wired for the
// backend chosen at start-up. fansly-connect and the screenshot tool build it alike.
class GuiApp
{
public:
    explicit GuiApp(Backend &backend);
    ~GuiApp();

    // Shows the wizard and looks for a working API key.
    void start();
    ConnectWizard *wizard() const { return m_wizard.get(); }

private:
    // Declared in the order they are built; destroyed the other way round.
    std::unique_ptr<SecretStore> m_secrets; // proxy passwords; the API key in production only
    std::unique_ptr<ProxyProfiles> m_profiles;
    std::unique_ptr<PendingStore> m_pending;
    std::unique_ptr<ConnectController> m_controller;
    std::unique_ptr<ConnectWizard> m_wizard;
};

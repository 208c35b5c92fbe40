#pragma once

#include "BasePage.h"
#include "proxy/Proxy.h"

class ProxyEditor;
class StatusLabel;

// Page 3, the commit page: where Fansly should see the login come from. Its button
// says "Connect"; it asks for the login to start (connectRequested) and goes on when
// told the login started. Back cannot undo a started login.
class ProxyPage : public BasePage
{
    Q_OBJECT
public:
    explicit ProxyPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override; // Back keeps the proxy choice
    bool validatePage() override;
    bool isComplete() const override;

    ProxyEditor *editor() const { return m_editor; }
    ProxySelection selection() const;
    void setStarted(); // the next Connect goes through
    void showProblem(const QString &message); // nothing was sent; the page stays

signals:
    void connectRequested();
    void connectAbandoned(); // Back while the proxy was still being loaded or saved

private:
    void setBusy(bool busy);

    ProxyEditor *m_editor;
    StatusLabel *m_status;
    bool m_busy = false;
    bool m_started = false;
};

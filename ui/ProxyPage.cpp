#include "ProxyPage.h"

#include "ProxyEditor.h"
#include "StatusLabel.h"

#include <QVBoxLayout>

ProxyPage::ProxyPage(QWidget *parent)
    : BasePage(parent)
    , m_editor(new ProxyEditor(this))
    , m_status(new StatusLabel(this))
{
    setTitle(tr("Proxy"));
    setSubTitle(tr("Fansly sees the login coming from the proxy's country and IP address, so "
                   "use one near the creator."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Connect"));

    body()->addWidget(m_editor);
    m_status->setObjectName(QStringLiteral("proxyStatus"));
    body()->addWidget(m_status);
    body()->addStretch(1);
}

void ProxyPage::initializePage()
{
    m_started = false;
    setBusy(false);
    m_status->clear();
}

void ProxyPage::cleanupPage()
{
    // The choice is kept for the next creator. A connect still loading or saving the
    // proxy is dropped: Back means "not with these details".
    if (m_busy && !m_started) {
        setBusy(false);
        m_status->clear();
        emit connectAbandoned();
    }
}

ProxySelection ProxyPage::selection() const
{
    return m_editor->selection();
}

bool ProxyPage::isComplete() const
{
    return !m_busy;
}

bool ProxyPage::validatePage()
{
    if (m_started)
        return true;
    if (m_busy || !m_editor->validate())
        return false;
    setBusy(true);
    m_status->setMessage(tr("Starting the login…"), StatusLabel::Tone::Busy);
    emit connectRequested();
    return false;
}

void ProxyPage::setStarted()
{
    setBusy(false);
    m_status->clear();
    m_started = true;
}

void ProxyPage::showProblem(const QString &message)
{
    setBusy(false);
    m_status->setMessage(message, StatusLabel::Tone::Error);
    m_editor->focusChoice(); // the fields were disabled while busy, so focus was lost
}

void ProxyPage::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_editor->setEnabled(!busy);
    emit completeChanged();
}

#include "CodePage.h"

#include "CodeEntry.h"
#include "RetryNotice.h"

#include <QVBoxLayout>

CodePage::CodePage(QWidget *parent)
    : BasePage(parent)
    , m_entry(new CodeEntry(this))
    , m_notice(new RetryNotice(QStringLiteral("codeRetryNotice"), this))
{
    setTitle(tr("Verification code"));
    setSubTitle(tr("Fansly wants to be sure it is the creator. Ask them for the code and type "
                   "it in."));
    setButtonText(QWizard::NextButton, tr("&Verify"));
    m_entry->extras()->addWidget(m_notice);
    body()->addWidget(m_entry);
    body()->addStretch(1);
    connect(m_entry, &CodeEntry::completeChanged, this, &CodePage::completeChanged);
}

void CodePage::initializePage()
{
    m_finished = false;
    m_entry->reset();
}

bool CodePage::isComplete() const
{
    return m_entry->isComplete();
}

bool CodePage::validatePage()
{
    if (m_finished)
        return true;
    if (!m_entry->isComplete())
        return false;
    emit verifyRequested(m_entry->code());
    return false;
}

QString CodePage::code() const
{
    return m_entry->code();
}

void CodePage::startNewChallenge()
{
    m_entry->reset();
}

void CodePage::setFinished()
{
    m_entry->setChecking(false);
    m_finished = true;
}

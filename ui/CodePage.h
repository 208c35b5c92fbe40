#pragma once

#include "BasePage.h"

class CodeEntry;
class RetryNotice;

// Page 5: the creator reads out a verification code. "Verify" (the wizard's Next button)
// asks for it to be checked; a wrong code keeps the page open with the reason.
class CodePage : public BasePage
{
    Q_OBJECT
public:
    explicit CodePage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    CodeEntry *entry() const { return m_entry; } // whose code, from where, the verdict
    void startNewChallenge(); // a fresh challenge: empty field, no old message
    RetryNotice *notice() const { return m_notice; } // a poll failed and is retried
    void setFinished(); // the login ended: the next Next goes through
    QString code() const;

signals:
    void verifyRequested(const QString &code);

private:
    CodeEntry *m_entry;
    RetryNotice *m_notice;
    bool m_finished = false;
};

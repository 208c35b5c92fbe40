#pragma once

#include "BasePage.h"

class CodeField;
class QLabel;
class QProgressBar;
class QPushButton;
class RetryNotice;
class StatusLabel;

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

    // Whose code it is: the name shown for the login and, when known and different, the
    // Fansly username (several logins can wait for codes at once).
    void setCreator(const QString &name, const QString &username = {});
    // Where the code comes from: an email (to `maskedEmail`, may be empty) or an app.
    void setChallenge(bool email, const QString &maskedEmail);
    // A note that stays until the next challenge, e.g. the email code was accepted.
    void setNote(const QString &note);
    void startNewChallenge(); // a fresh challenge: empty field, no old message
    void setChecking(bool checking, const QString &text = {});
    // `wrongCodes`: how many codes the server has turned down in this login so far (0 when
    // the code did not reach it), so a repeat reads as news, not as nothing happening.
    void showRejected(const QString &message, int wrongCodes = 0);
    RetryNotice *notice() const { return m_notice; } // a poll failed and is retried
    void setFinished(); // the login ended: the next Next goes through
    QString code() const;

signals:
    void verifyRequested(const QString &code);

private:
    QLabel *m_creator;
    QLabel *m_source;
    StatusLabel *m_note;
    RetryNotice *m_notice;
    CodeField *m_code;
    StatusLabel *m_error;
    StatusLabel *m_progressText;
    QProgressBar *m_progress;
    bool m_checking = false;
    bool m_finished = false;
};

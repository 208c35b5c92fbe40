#pragma once

#include "BasePage.h"

class CodeField;
class QLabel;
class QProgressBar;
class QPushButton;
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

    // Where the code comes from: an email (to `maskedEmail`, may be empty) or an app.
    void setChallenge(bool email, const QString &maskedEmail);
    void startNewChallenge(); // a fresh challenge: empty field, no old message
    void setChecking(bool checking, const QString &text = {});
    void showRejected(const QString &message);
    void setNotice(const QString &notice);
    void setFinished(); // the login ended: the next Next goes through
    QString code() const;

signals:
    void verifyRequested(const QString &code);
    void cancelRequested();

private:
    QLabel *m_source;
    CodeField *m_code;
    StatusLabel *m_error;
    StatusLabel *m_progressText;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    bool m_checking = false;
    bool m_finished = false;
};

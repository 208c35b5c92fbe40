#pragma once

#include "BasePage.h"

class QLabel;
class QProgressBar;
class QPushButton;
class RetryNotice;
class StatusLabel;

// Page 4: the login is running. Cannot be completed by hand: the wizard moves on when
// the login needs a code or ends.
class ConnectingPage : public BasePage
{
    Q_OBJECT
public:
    explicit ConnectingPage(QWidget *parent = nullptr);

    bool isComplete() const override { return false; }

    void setCreator(const QString &name);
    void setState(const QString &description);
    void setServerStatus(const QString &words); // ServerWords::status(), or empty
    RetryNotice *notice() const { return m_notice; } // a poll failed and is retried
    void setElapsed(qint64 ms);
    // Not "Cancel login" (in the wizard's button row): a stray Enter or Space must not stop
    // a login.
    void focusState();

    static QString formatElapsed(qint64 ms);

private:
    QLabel *m_creator;
    StatusLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_server;
    QLabel *m_elapsed;
    RetryNotice *m_notice;
};

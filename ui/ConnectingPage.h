#pragma once

#include "BasePage.h"

class QLabel;
class QProgressBar;
class QPushButton;
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
    void setServerStatus(const QString &status);
    void setNotice(const QString &notice); // e.g. a poll failed and is retried
    void setElapsed(qint64 ms);
    void focusState(); // not "Cancel login": a stray Enter or Space must not stop a login

    static QString formatElapsed(qint64 ms);

signals:
    void cancelRequested();

private:
    QLabel *m_creator;
    StatusLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_server;
    QLabel *m_elapsed;
    StatusLabel *m_notice;
    QPushButton *m_cancel;
};

#pragma once

#include "BasePage.h"

class QFormLayout;
class QLabel;
class QPushButton;

// Page 6: how the login ended. Connected: the account's name and id and "Connect
// another creator". Otherwise: what went wrong in plain words and "Try again".
class DonePage : public BasePage
{
    Q_OBJECT
public:
    explicit DonePage(QWidget *parent = nullptr);

    void showConnected(const QString &name, const QString &accountId,
                       const QString &fanslyUsername);
    void showFailure(const QString &headline, const QString &advice, const QString &detail);
    bool isConnected() const { return m_connected; }
    void focusHeadline(); // screen readers start with the outcome
    void makeTryAgainDefault(); // Enter tries again (call once the page is shown)

signals:
    void anotherRequested();
    void tryAgainRequested();

private:
    QLabel *m_headline;
    QLabel *m_advice;
    QWidget *m_facts;
    QLabel *m_name;
    QLabel *m_id;
    QLabel *m_username;
    QLabel *m_usernameLabel;
    QLabel *m_detail;
    QPushButton *m_another;
    QPushButton *m_tryAgain;
    bool m_connected = false;
};

#pragma once

#include "BasePage.h"

class ElidedLabel;
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
    // What the page offers besides "Try again" (which goes where things can be fixed).
    struct Offers
    {
        bool retryNow = false; // the same login again, nothing retyped
        bool connectAnyway = false; // the same login with force_connect
    };
    void showFailure(const QString &headline, const QString &advice, const QString &detail,
                     Offers offers);
    bool isConnected() const { return m_connected; }
    void focusHeadline(); // screen readers start with the outcome
    void makeTryAgainDefault(); // Enter tries again (call once the page is shown)

signals:
    void anotherRequested();
    void tryAgainRequested();
    void retryNowRequested();
    void connectAnywayRequested();

private:
    QLabel *m_headline;
    QLabel *m_advice;
    QWidget *m_facts;
    ElidedLabel *m_name;
    ElidedLabel *m_id;
    ElidedLabel *m_username;
    QLabel *m_usernameLabel;
    QLabel *m_detail;
    QPushButton *m_another;
    QPushButton *m_tryAgain;
    QPushButton *m_retryNow;
    QPushButton *m_connectAnyway;
    bool m_connected = false;
};

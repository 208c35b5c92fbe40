#pragma once

#include "BasePage.h"
#include "network/ApiTypes.h"

class PasswordField;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class StatusLabel;

// Page 2: the creator's Fansly login. Holds the password only until the login is sent.
class CreatorPage : public BasePage
{
    Q_OBJECT
public:
    explicit CreatorPage(QWidget *parent = nullptr);

    void cleanupPage() override; // Back: the password goes, the rest stays
    bool isComplete() const override; // spaces alone are not a username

    // The login as typed (proxy not included).
    StartRequest request() const;
    void clearPassword();
    bool hasInput() const; // anything typed into the login fields
    void clearAll();
    // Which key is in use, and a warning about it (e.g. kept for this session only).
    void setKeyInfo(const QString &teamName, const QString &note);
    void focusForceConnect();
    void focusPassword();
    // A fresh page starts at the username; one holding a login keeps the focus it has.
    void focusStart();

signals:
    void changeKeyRequested();

private:
    QLabel *m_keyInfo;
    QPushButton *m_changeKey;
    StatusLabel *m_keyNote;
    QLineEdit *m_name;
    QLineEdit *m_username;
    StatusLabel *m_usernameHint; // why Next is off when the username is only spaces
    PasswordField *m_password;
    QCheckBox *m_force;
};

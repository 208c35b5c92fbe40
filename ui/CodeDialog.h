#pragma once

#include "login/ConnectionSession.h"

#include <QDialog>
#include <QPointer>

class CodeEntry;
class QDialogButtonBox;
class QPushButton;

// The code for one background login, from the accounts window: the wizard's code entry
// in a window of its own, titled with the creator, so codes for two creators never mix.
// Stays open after a wrong code (with the reason); closes itself once the code is
// accepted; its code goes out through codeEntered.
class CodeDialog : public QDialog
{
    Q_OBJECT
public:
    CodeDialog(ConnectionSession *session, const QString &username, QWidget *parent = nullptr);

    QString accountId() const { return m_accountId; }
    CodeEntry *entry() const { return m_entry; }

signals:
    void codeEntered(const QString &accountId, const QString &code); // and sent to its login

private:
    void onState(ConnectionSession::State state);
    void showChallenge();
    void verify();
    void updateButton();

    QPointer<ConnectionSession> m_session;
    QString m_accountId;
    CodeEntry *m_entry;
    QDialogButtonBox *m_buttons;
    QPushButton *m_verify;
    ConnectionSession::Challenge m_shown = ConnectionSession::Challenge::None;
};

#pragma once

#include <QObject>

class Cli;

// accounts and disconnect.
class AccountCommands : public QObject
{
    Q_OBJECT
public:
    explicit AccountCommands(Cli *cli, QObject *parent = nullptr);
    void run();

private:
    void list();
    void confirmDisconnect(const QString &accountId);
    void askToDisconnect(const QString &accountId, const QString &who);
    void disconnectAccount(const QString &accountId);

    Cli *m_cli;
};

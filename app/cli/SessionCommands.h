#pragma once

#include "network/ApiTypes.h"

#include <QObject>

#include <optional>

class Cli;
class SessionFollower;

// connect, status and reauth: the commands that start or follow a login.
class SessionCommands : public QObject
{
    Q_OBJECT
public:
    explicit SessionCommands(Cli *cli, QObject *parent = nullptr);
    void run();

private:
    void connectAccount();
    void withProxy(std::function<void(const ProxyChoice &)> next);
    void readPassword(std::function<void(const QString &)> next);
    void readProxyPassword(std::function<void(const QString &)> next);
    void status(const QString &accountId);
    SessionFollower *follower();

    Cli *m_cli;
    SessionFollower *m_follower = nullptr;
};

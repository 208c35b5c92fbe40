#pragma once

#include <QObject>

class Cli;
class ProxyProfiles;

// proxies list | add | remove: saved custom proxies (passwords in the keychain only).
class ProxyCommands : public QObject
{
    Q_OBJECT
public:
    explicit ProxyCommands(Cli *cli, QObject *parent = nullptr);
    void run();

private:
    void list();
    void add(const QString &name);
    void remove(const QString &name);

    Cli *m_cli;
    ProxyProfiles *m_profiles = nullptr;
};

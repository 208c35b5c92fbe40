#pragma once

#include <QObject>

class Cli;

// key set | check | forget: the API key in the system keychain.
class KeyCommands : public QObject
{
    Q_OBJECT
public:
    explicit KeyCommands(Cli *cli, QObject *parent = nullptr);
    void run();

private:
    void set();
    void check();
    void forget();
    void store(const QString &key);

    Cli *m_cli;
};

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Everything given on the command line, checked for the command it goes with.
// Secrets never come from here: passwords, codes and keys are read from stdin,
// the terminal, a file or the environment.
struct CliOptions
{
    QString command; // connect, status, reauth, accounts, disconnect, key, proxies
    QString subcommand; // key set|check|forget, proxies list|add|remove
    QStringList args; // positional arguments after the (sub)command
    bool help = false;
    QString helpCommand; // `connect --help`, `help connect`: that command's help only
    bool version = false;

    QString apiBaseUrl;
    QString apiKeyFile;
    bool practice = false;
    int practiceRateLimit = 0; // --practice-rate-limit N; 0: the simulator's default
    bool json = false;
    bool verbose = false;

    QString username;
    QString name;
    QString proxyCountry;
    QString proxy; // HOST:PORT
    QString proxyUser;
    QString proxyProfile;
    bool force = false;
    bool passwordStdin = false;
    int timeoutSeconds = -1; // -1: the default deadline
    bool wait = false;
    bool yes = false;
    bool noCheck = false;

    // Returns the options, or nullopt with *error set to a message for a person.
    static std::optional<CliOptions> parse(const QStringList &arguments, QString *error);
    static QString helpText();
    // One command's usage lines and the common options, cut from helpText() (so the two
    // never disagree, in any language); the whole help for an unknown command.
    static QString helpText(const QString &command);

    // tr() with the context "CliOptions", visible to lupdate. Last: the macro ends in private:.
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
};

// "host:port" or "[v6]:port" into host and port; false if it is not that shape.
bool parseHostPort(const QString &text, QString *host, int *port);

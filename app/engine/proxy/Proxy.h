#pragma once

#include "core/SecretText.h"

#include <QCoreApplication>
#include <QString>

// The proxy a login goes through, the rules for it, and what the proxy page asks for.

// What is wrong with a proxy, and in which field, so a form can mark that field.
struct ProxyProblem
{
    enum class Field {
        None,
        Country,
        Host,
        Port,
        Username,
    };
    Field field = Field::None;
    QString message; // for people; empty when there is no problem

    bool isEmpty() const { return field == Field::None; }
    bool operator==(const ProxyProblem &) const = default;
};

struct ProxyChoice
{
    Q_DECLARE_TR_FUNCTIONS(ProxyChoice)

public:
    enum class Kind {
        ServerDefault,
        Country,
        Custom
    };
    Kind kind = Kind::ServerDefault;
    QString country; // "us", "uk" (Kind::Country)
    QString host; // Kind::Custom
    int port = 0; // 1..65535
    QString username;
    SecretText password; // secret: never logged, never stored outside the keychain; zeroed by
                         // its last holder

    static ProxyChoice managed(const QString &country);
    static ProxyChoice custom(const QString &host, int port, const QString &user = {},
                              const QString &password = {});
    static QStringList countries() { return {QStringLiteral("us"), QStringLiteral("uk")}; }

    // The first problem found, field by field; empty when valid.
    ProxyProblem validate() const;
    bool operator==(const ProxyChoice &) const = default;
};

// What the proxy page asks for: a choice, or the name of a saved proxy to load, and
// optionally a name to save a new custom proxy under.
struct ProxySelection
{
    ProxyChoice choice; // used when savedName is empty
    QString savedName; // load this saved proxy (with its password from the keychain)
    QString saveAs; // save `choice` under this name before connecting
    bool operator==(const ProxySelection &) const = default;
};

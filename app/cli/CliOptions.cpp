#include "CliOptions.h"

#include "Languages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {

// Options that would put a secret into the process list and the shell history.
const char *const kSecretOptions[]
    = {"password", "pass", "api-key", "key", "code", "proxy-password", "token"};

const QStringList kGlobal = {QStringLiteral("api-base-url"), QStringLiteral("api-key-file"),
                             QStringLiteral("practice"),     QStringLiteral("practice-rate-limit"),
                             QStringLiteral("json"),         QStringLiteral("verbose"),
                             QStringLiteral("help"),         QStringLiteral("version"),
                             QStringLiteral("lang")};

QStringList allowedFor(const QString &command, const QString &sub)
{
    QStringList extra;
    const QStringList session = {QStringLiteral("timeout")};
    if (command == QLatin1String("connect")) {
        extra = {QStringLiteral("username"),      QStringLiteral("name"),
                 QStringLiteral("proxy-country"), QStringLiteral("proxy"),
                 QStringLiteral("proxy-user"),    QStringLiteral("proxy-profile"),
                 QStringLiteral("force"),         QStringLiteral("password-stdin")};
        extra += session;
    } else if (command == QLatin1String("status")) {
        extra = QStringList {QStringLiteral("wait")} + session;
    } else if (command == QLatin1String("reauth")) {
        extra = session;
    } else if (command == QLatin1String("disconnect")) {
        extra = {QStringLiteral("yes")};
    } else if (command == QLatin1String("key") && sub == QLatin1String("set")) {
        extra = {QStringLiteral("no-check")};
    } else if (command == QLatin1String("proxies") && sub == QLatin1String("add")) {
        extra = {QStringLiteral("proxy"), QStringLiteral("proxy-user")};
    }
    return kGlobal + extra;
}

struct CommandShape
{
    QStringList subcommands; // empty: none
    int minArgs;
    int maxArgs;
    const char *argName;
};

const QHash<QString, CommandShape> &shapes()
{
    static const QHash<QString, CommandShape> s = {
        {QStringLiteral("connect"), {{}, 0, 0, ""}},
        {QStringLiteral("status"), {{}, 1, 1, "ACCOUNT_ID"}},
        {QStringLiteral("reauth"), {{}, 1, 1, "ACCOUNT_ID"}},
        {QStringLiteral("accounts"), {{}, 0, 0, ""}},
        {QStringLiteral("disconnect"), {{}, 1, 1, "ACCOUNT_ID"}},
        {QStringLiteral("key"),
         {{QStringLiteral("set"), QStringLiteral("check"), QStringLiteral("forget")}, 0, 0, ""}},
        {QStringLiteral("proxies"),
         {{QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove")}, 0, 1, "NAME"}},
    };
    return s;
}

} // namespace

bool parseHostPort(const QString &text, QString *host, int *port)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == t.size() - 1)
        return false;
    QString h = t.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    else if (h.contains(QLatin1Char(':')))
        return false; // an IPv6 address needs brackets: [::1]:8080
    bool ok = false;
    const int p = t.mid(colon + 1).toInt(&ok);
    if (!ok || h.isEmpty())
        return false;
    *host = h;
    *port = p;
    return true;
}

std::optional<CliOptions> CliOptions::parse(const QStringList &arguments, QString *error)
{
    // Refuse secrets on the command line before anything else looks at them; the
    // message names the option only, never what followed it.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (!a.startsWith(QLatin1Char('-')))
            continue;
        QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        name = name.section(QLatin1Char('='), 0, 0);
        for (const char *secret : kSecretOptions) {
            if (name == QLatin1String(secret)) {
                *error = tr("--%1 is not accepted: secrets on the command line end up in the "
                            "shell history and the process list, where other programs can read "
                            "them. Type the password when asked, or pipe it in with "
                            "--password-stdin; give the API key with --api-key-file, the "
                            "FANSLY_CONNECT_API_KEY environment variable or `key set`; a proxy "
                            "password with FANSLY_CONNECT_PROXY_PASSWORD.")
                             .arg(name);
                return std::nullopt;
            }
        }
    }

    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const auto value = [](const char *name, const char *valueName) {
        return QCommandLineOption(QString::fromLatin1(name), QString(),
                                  QString::fromLatin1(valueName));
    };
    const auto flag
        = [](const char *name) { return QCommandLineOption(QString::fromLatin1(name)); };
    p.addOptions({value("api-base-url", "URL"), value("api-key-file", "PATH"), flag("practice"),
                  flag("json"), flag("verbose"), flag("help"), flag("version"),
                  value("username", "USER"), value("name", "NAME"), value("proxy-country", "CC"),
                  value("proxy", "HOST:PORT"), value("proxy-user", "USER"),
                  value("proxy-profile", "NAME"), flag("force"), flag("password-stdin"),
                  value("timeout", "SECONDS"), flag("wait"), flag("yes"), flag("no-check")});
    p.addOption(value("practice-rate-limit", "N"));
    p.addOption(value("lang", "CODE"));
    p.addOption(QCommandLineOption(QStringList {QStringLiteral("h")}));
    p.addOption(QCommandLineOption(QStringList {QStringLiteral("v")}));
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return std::nullopt;
    }

    CliOptions o;
    QStringList positional = p.positionalArguments();
    o.help = p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("h"));
    if (positional.value(0) == QLatin1String("help")) { // `help` or `help connect`
        o.help = true;
        positional.removeFirst();
    }
    o.version = p.isSet(QStringLiteral("version"));
    o.verbose = p.isSet(QStringLiteral("verbose")) || p.isSet(QStringLiteral("v"));
    // main() has already used it (languageOption); here it is only checked.
    if (p.isSet(QStringLiteral("lang"))
        && Languages::match(p.value(QStringLiteral("lang"))).isEmpty()) {
        *error = tr("--lang takes one of: %1.").arg(Languages::codes().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (o.help) {
        o.helpCommand = positional.value(0);
        return o;
    }
    if (o.version)
        return o;

    if (positional.isEmpty()) {
        *error = tr("No command given.");
        return std::nullopt;
    }
    o.command = positional.takeFirst();
    const auto shape = shapes().constFind(o.command);
    if (shape == shapes().constEnd()) {
        *error = tr("Unknown command “%1”.").arg(o.command);
        return std::nullopt;
    }
    if (!shape->subcommands.isEmpty()) {
        if (positional.isEmpty() || !shape->subcommands.contains(positional.first())) {
            *error = tr("“%1” needs one of: %2.")
                         .arg(o.command, shape->subcommands.join(QLatin1String(", ")));
            return std::nullopt;
        }
        o.subcommand = positional.takeFirst();
    }
    int minArgs = shape->minArgs;
    int maxArgs = shape->maxArgs;
    if (o.command == QLatin1String("proxies"))
        minArgs = maxArgs = o.subcommand == QLatin1String("list") ? 0 : 1;
    if (positional.size() < minArgs) {
        *error = tr("“%1” needs %2.")
                     .arg(QStringList {o.command, o.subcommand}.join(QLatin1Char(' ')).trimmed(),
                          QString::fromLatin1(shape->argName));
        return std::nullopt;
    }
    if (positional.size() > maxArgs) {
        *error = tr("Unexpected argument “%1”.").arg(positional.at(maxArgs));
        return std::nullopt;
    }
    o.args = positional;

    const QStringList allowed = allowedFor(o.command, o.subcommand);
    const QStringList given = p.optionNames();
    for (const QString &name : given) {
        if (name == QLatin1String("h") || name == QLatin1String("v"))
            continue;
        if (!allowed.contains(name)) {
            *error
                = tr("--%1 does not go with “%2”.")
                      .arg(name,
                           QStringList {o.command, o.subcommand}.join(QLatin1Char(' ')).trimmed());
            return std::nullopt;
        }
    }
    for (const QString &name : given) {
        if (p.values(name).size() > 1) {
            *error = tr("--%1 is given more than once.").arg(name);
            return std::nullopt;
        }
    }

    const auto str
        = [&p](const char *name) { return p.value(QString::fromLatin1(name)).trimmed(); };
    o.apiBaseUrl = str("api-base-url");
    o.apiKeyFile = p.value(QStringLiteral("api-key-file"));
    o.practice = p.isSet(QStringLiteral("practice"));
    o.json = p.isSet(QStringLiteral("json"));
    o.username = str("username");
    o.name = str("name");
    o.proxyCountry = str("proxy-country").toLower();
    o.proxy = str("proxy");
    o.proxyUser = str("proxy-user");
    o.proxyProfile = str("proxy-profile");
    o.force = p.isSet(QStringLiteral("force"));
    o.passwordStdin = p.isSet(QStringLiteral("password-stdin"));
    o.wait = p.isSet(QStringLiteral("wait"));
    o.yes = p.isSet(QStringLiteral("yes"));
    o.noCheck = p.isSet(QStringLiteral("no-check"));

    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        o.timeoutSeconds = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || o.timeoutSeconds < 1 || o.timeoutSeconds > 24 * 3600) {
            *error = tr("--timeout takes a number of seconds from 1 to 86400.");
            return std::nullopt;
        }
    }
    if (p.isSet(QStringLiteral("practice-rate-limit"))) {
        bool ok = false;
        o.practiceRateLimit = p.value(QStringLiteral("practice-rate-limit")).toInt(&ok);
        if (!ok || o.practiceRateLimit < 1 || !o.practice) {
            *error = tr("--practice-rate-limit takes a number of requests a minute (1 or more), "
                        "with --practice.");
            return std::nullopt;
        }
    }
    if (p.isSet(QStringLiteral("api-key-file")) && o.apiKeyFile.isEmpty()) {
        *error = tr("--api-key-file needs a path.");
        return std::nullopt;
    }
    if (o.practice && !o.apiBaseUrl.isEmpty()) {
        *error = tr("--practice and --api-base-url do not go together: practice mode runs its "
                    "own simulator.");
        return std::nullopt;
    }
    if (o.command == QLatin1String("connect")) {
        if (o.username.isEmpty()) {
            *error = tr("connect needs --username USER (the creator's Fansly username or email).");
            return std::nullopt;
        }
        const int proxies = int(p.isSet(QStringLiteral("proxy-country")))
            + int(p.isSet(QStringLiteral("proxy"))) + int(p.isSet(QStringLiteral("proxy-profile")));
        if (proxies > 1) {
            *error = tr("Choose one of --proxy-country, --proxy and --proxy-profile.");
            return std::nullopt;
        }
    }
    if (p.isSet(QStringLiteral("proxy-user")) && !p.isSet(QStringLiteral("proxy"))) {
        *error = tr("--proxy-user goes with --proxy HOST:PORT.");
        return std::nullopt;
    }
    if (o.command == QLatin1String("proxies") && o.subcommand == QLatin1String("add")
        && o.proxy.isEmpty()) {
        *error = tr("proxies add needs --proxy HOST:PORT.");
        return std::nullopt;
    }
    return o;
}

QString CliOptions::helpText(const QString &command)
{
    // The help is blocks split by blank lines: usage, what it does, commands, options, ...
    // Each command's entry starts with "  NAME" and goes on at a deeper indent.
    const QString full = helpText();
    const QStringList blocks = full.split(QStringLiteral("\n\n"));
    if (command.isEmpty() || blocks.size() < 4)
        return full;
    QStringList entry;
    bool inEntry = false;
    const QStringList lines = blocks.at(2).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const bool starts
            = line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   "));
        if (starts)
            inEntry = line.mid(2).section(QLatin1Char(' '), 0, 0) == command;
        if (inEntry)
            entry << line;
    }
    if (entry.isEmpty())
        return full;
    // "Usage: fansly-connect-cli [OPTIONS] COMMAND [ARGS]" with the command's name in
    // place of COMMAND (by position, so a translated usage line works too).
    const QString usage = blocks.at(0).section(QLatin1Char(' '), 0, -3) + QLatin1Char(' ') + command
        + QLatin1Char(' ') + blocks.at(0).section(QLatin1Char(' '), -1);
    return usage + QLatin1Char('\n') + entry.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + blocks.at(3) + QLatin1Char('\n');
}

QString CliOptions::helpText()
{
    return tr(R"(Usage: fansly-connect-cli [OPTIONS] COMMAND [ARGS]

Connects creators' Fansly accounts to OnlyFansAPI.

Commands:
  connect --username USER [--name NAME] [--force] [--password-stdin] [--timeout SECONDS]
          [--proxy-country us|uk | --proxy HOST:PORT [--proxy-user USER] | --proxy-profile NAME]
                           Log in to Fansly and connect the account. The password is read
                           from the terminal without echo, or with --password-stdin from the
                           first line of stdin. When Fansly asks for a code, type it when
                           asked (or give it as the next line of stdin).
  status ACCOUNT_ID [--wait]
                           Show where a login stands; with --wait, follow it to the end
                           (entering a code if one is asked for).
  reauth ACCOUNT_ID [--timeout SECONDS]
                           Log in again with the stored credentials and follow it.
  accounts                 List the accounts, connected or not (a failed login is listed
                           until it is disconnected).
  disconnect ACCOUNT_ID [--yes]
                           Disconnect an account (asks you to type "yes" unless --yes).
  key set [--no-check]     Save the API key (first line of stdin, or typed without echo)
                           in the system keychain, after checking it with the server.
  key check                Show the API key's name and team, or why it is rejected.
  key forget               Remove the saved API key from the system keychain.
  proxies list             List the saved custom proxies.
  proxies add NAME --proxy HOST:PORT [--proxy-user USER]
                           Save a custom proxy; its password (if any) goes to the system
                           keychain only.
  proxies remove NAME      Remove a saved proxy.

Options:
  --api-base-url URL       API server (default https://app.onlyfansapi.com, or the
                           FANSLY_CONNECT_API_BASE_URL environment variable). Plain http is
                           only accepted to this computer (loopback).
  --api-key-file PATH      Read the API key from the first line of this file.
  --practice               Use the built-in practice simulator; no real account is touched
                           and no API key is needed.
  --practice-rate-limit N  With --practice: the simulator allows N requests a minute.
  --json                   Machine-readable output on stdout: one JSON object per line.
  --verbose, -v            Show the diagnostic log on stderr.
  --help, -h               Show this help.
  --version                Show the version.
  --lang CODE              Speak this language instead of the system's:
                           en, de, es, fr, it, pt_BR, pl, ru, uk, fil, ar.

The API key comes from --api-key-file, else FANSLY_CONNECT_API_KEY, else the system
keychain (see `key set`). A proxy password comes from FANSLY_CONNECT_PROXY_PASSWORD (or is
asked for on a terminal). Passwords, codes and keys are never accepted as arguments.

Output: the result goes to stdout, progress and errors to stderr. With --json, connect,
status --wait and reauth print one object per state change ({"state", "account_id",
"status", "display_name", "twofa_type", "masked_email", "error": {"kind", "message"}});
the last line is the final state. accounts prints one object per account per line.

Exit codes:
  0  success
  2  usage error: bad options, no API key, refused API base URL, no password given
  3  API key rejected (401)
  4  login failed (the server's reason is shown), refused details (422, e.g. already
     connected), unknown account (404)
  5  network, server, TLS, protocol or timeout error; system keychain unavailable
  6  rate limited (429) or out of credits (402)
  7  cancelled (Ctrl+C), no code or no confirmation given
)");
}

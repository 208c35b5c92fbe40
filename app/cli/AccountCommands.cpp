#include "AccountCommands.h"

#include "Cli.h"
#include "ExitCode.h"
#include "login/ServerWords.h"
#include "network/ApiClient.h"

#include <optional>

namespace {

// The server's progress token in the reader's words; --json has the token itself.
QString statusWords(const QString &token)
{
    if (token.trimmed().isEmpty())
        return QStringLiteral("-");
    const QString words = ServerWords::status(token);
    return words.isEmpty() ? AccountCommands::tr("other (see --json)") : words;
}
// Plain columns, padded to the widest cell; the last column is not padded.
QStringList table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], row.at(i).size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        lines << line;
    }
    return lines;
}
} // namespace

AccountCommands::AccountCommands(Cli *cli, QObject *parent)
    : QObject(parent)
    , m_cli(cli)
{ }

void AccountCommands::run()
{
    const CliOptions &o = m_cli->options();
    if (o.command == QLatin1String("disconnect") && !ApiClient::isValidAccountId(o.args.value(0))) {
        m_cli->usageError(
            tr("“%1” is not an account id (they look like fansly_acct_123).").arg(o.args.value(0)));
        return;
    }
    if (!m_cli->setupApi())
        return;
    if (o.command == QLatin1String("accounts"))
        m_cli->withApiKey([this] { list(); });
    else
        m_cli->withApiKey([this, id = o.args.at(0)] { confirmDisconnect(id); });
}

void AccountCommands::list()
{
    m_cli->api()->listAccounts(this, [this](const ApiResult<QList<Account>> &r) {
        if (!r.ok()) {
            m_cli->failWith(r.error);
            return;
        }
        const QList<Account> &accounts = *r.value;
        // The table says what --json says: STATE is "state", STATUS the server's "status".
        // Accounts whose login failed are listed too: they exist at the server until
        // disconnected, and `reauth` or `disconnect` can act on them.
        QList<QStringList> rows {
            {tr("ACCOUNT ID"), tr("NAME"), tr("FANSLY USER"), tr("STATE"), tr("STATUS")}};
        for (const Account &a : accounts) {
            m_cli->out().object(
                // The key names every other command uses: account_id, state, status.
                QJsonObject {{QLatin1String("account_id"), a.id},
                             {QLatin1String("state"),
                              a.isAuthenticated ? QLatin1String("connected")
                                                : QLatin1String("not_connected")},
                             {QLatin1String("status"), a.progress},
                             {QLatin1String("display_name"), a.displayName},
                             {QLatin1String("fansly_id"), a.fanslyId},
                             {QLatin1String("fansly_username"), a.fanslyUsername}});
            rows.append({Output::field(a.id), Output::field(a.displayName),
                         Output::field(a.fanslyUsername),
                         a.isAuthenticated ? tr("connected") : tr("not connected"),
                         statusWords(a.progress)});
        }
        if (accounts.isEmpty()) {
            m_cli->out().progress(tr("No accounts are listed for this API key."));
        } else {
            const QStringList lines = table(rows);
            for (const QString &line : lines)
                m_cli->out().result(line);
        }
        m_cli->finish(ExitCode::Ok);
    });
}

void AccountCommands::confirmDisconnect(const QString &accountId)
{
    if (m_cli->options().yes) {
        disconnectAccount(accountId);
        return;
    }
    // Name the creator, not only the id: a typo in an id should not cost the wrong account.
    // And an id that is not there is said before any question is asked.
    m_cli->api()->listAccounts(this, [this, accountId](const ApiResult<QList<Account>> &r) {
        if (!r.ok()) {
            m_cli->failWith(r.error);
            return;
        }
        std::optional<QString> who;
        for (const Account &a : *r.value) {
            if (a.id != accountId)
                continue;
            const QString name = a.displayName.isEmpty() ? a.fanslyUsername : a.displayName;
            if (!name.isEmpty() && !a.fanslyUsername.isEmpty() && name != a.fanslyUsername)
                who = tr("“%1” (%2, %3)")
                          .arg(Output::field(name), Output::field(a.fanslyUsername), accountId);
            else if (!name.isEmpty())
                who = tr("“%1” (%2)").arg(Output::field(name), accountId);
            else
                who = accountId;
        }
        if (!who) {
            m_cli->out().error(tr("There is no account %1 for this API key, so nothing was "
                                  "disconnected. `accounts` lists them.")
                                   .arg(accountId),
                               QStringLiteral("not_found"));
            m_cli->finish(ExitCode::LoginFailed); // as the server's 404 for an unknown account
            return;
        }
        askToDisconnect(accountId, *who);
    });
}

void AccountCommands::askToDisconnect(const QString &accountId, const QString &who)
{
    m_cli->out().prompt(tr("Disconnect %1 from OnlyFansAPI? Type yes to confirm: ").arg(who));
    m_cli->terminal().readLine(false, [this, accountId](const std::optional<QString> &line) {
        if (!line || line->trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0) {
            if (!line)
                m_cli->out().progress(QString());
            m_cli->out().error(
                tr("Not disconnected: no confirmation given (type yes, or use --yes)."),
                QStringLiteral("cancelled"));
            m_cli->finish(ExitCode::Cancelled);
            return;
        }
        disconnectAccount(accountId);
    });
}

void AccountCommands::disconnectAccount(const QString &accountId)
{
    m_cli->api()->disconnectAccount(
        accountId, this, [this, accountId](const ApiResult<QString> &r) {
            if (!r.ok()) {
                m_cli->failWith(r.error);
                return;
            }
            m_cli->out().object(QJsonObject {{QLatin1String("account_id"), accountId},
                                             {QLatin1String("disconnected"), true},
                                             {QLatin1String("message"), *r.value}});
            m_cli->out().result(tr("Disconnected: %1").arg(accountId));
            if (!r.value->isEmpty())
                m_cli->out().progress(*r.value);
            m_cli->finish(ExitCode::Ok);
        });
}

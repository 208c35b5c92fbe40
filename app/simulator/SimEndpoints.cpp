// The simulated endpoints of Simulator: routing, then one function per call.
#include "Simulator.h"

#include "SimHttp.h"
#include "SimScenario.h"
#include "SimValidation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace {

SimAccount::Timing accountTiming(const Simulator::Timing &t)
{
    return SimAccount::Timing {qMax(0, t.loginMs), qMax(0, t.verifyMs)};
}

// A JSON object body, or an empty one for anything else (as Laravel reads it).
QJsonObject jsonBody(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

SimReply notFound()
{
    return SimReply::message(404, QStringLiteral("Fansly account not found."));
}

SimReply validationFailed(const SimValidation &v)
{
    return SimReply::json(422, v.body());
}

} // namespace

SimReply Simulator::route(const Context &ctx)
{
    const QString &method = ctx.request.method;
    const QStringList parts = ctx.request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto is = [&parts](std::initializer_list<const char *> shape) {
        if (qsizetype(shape.size()) != parts.size())
            return false;
        qsizetype i = 0;
        for (const char *s : shape) {
            if (s && parts.at(i) != QLatin1String(s))
                return false;
            ++i;
        }
        return true;
    };
    // Which route the path names, and the methods it allows (Laravel: 404, then 405).
    enum class R {
        None,
        Whoami,
        Start,
        Status,
        Reauth,
        Accounts,
        Account
    } r = R::None;
    QStringList allowed;
    if (is({"api", "whoami"})) {
        r = R::Whoami;
        allowed = {QStringLiteral("GET")};
    } else if (is({"api", "fansly", "authenticate"})) {
        r = R::Start;
        allowed = {QStringLiteral("POST")};
    } else if (is({"api", "fansly", "authenticate", nullptr})) {
        r = R::Status;
        allowed = {QStringLiteral("GET"), QStringLiteral("PUT")};
    } else if (is({"api", "fansly", "authenticate", nullptr, "reauthenticate"})) {
        r = R::Reauth;
        allowed = {QStringLiteral("POST")};
    } else if (is({"api", "fansly", "accounts"})) {
        r = R::Accounts;
        allowed = {QStringLiteral("GET")};
    } else if (is({"api", "fansly", "accounts", nullptr})) {
        r = R::Account;
        allowed = {QStringLiteral("DELETE")};
    }
    if (r == R::None)
        return SimReply::message(
            404, QStringLiteral("The route %1 could not be found.").arg(ctx.request.path.mid(1)));
    if (!allowed.contains(method)) {
        SimReply reply = SimReply::message(
            405,
            QStringLiteral("The %1 method is not supported for route %2. "
                           "Supported methods: %3.")
                .arg(method, ctx.request.path.mid(1), allowed.join(QStringLiteral(", "))));
        reply.addHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
        return reply;
    }

    const QString key = keyOf(ctx.request);
    if (key.isEmpty() || !m_keys.contains(key))
        return SimReply::message(401, QStringLiteral("Unauthenticated."));
    int retryAfter = 0;
    if (!consumeRate(key, &retryAfter)) {
        SimReply reply = SimReply::message(429, QStringLiteral("Too Many Attempts."));
        reply.addHeader("Retry-After", QByteArray::number(retryAfter));
        return reply;
    }

    const QString id = parts.size() > 3 ? parts.at(3) : QString();
    switch (r) {
    case R::Whoami: return whoami(ctx);
    case R::Start: return startAuthentication(ctx);
    case R::Status:
        return method == QLatin1String("GET") ? pollStatus(ctx, id) : submitCode(ctx, id);
    case R::Reauth: return reauthenticate(ctx, id);
    case R::Accounts: return listAccounts(ctx);
    case R::Account: return disconnectAccount(ctx, id);
    case R::None: break;
    }
    return SimReply::message(404, QStringLiteral("Not Found"));
}

SimReply Simulator::startAuthentication(const Context &ctx)
{
    const QJsonObject body = jsonBody(ctx.request.body);
    const SimValidation errors = SimValidation::startRequest(body);
    if (!errors.isEmpty())
        return validationFailed(errors);

    const QString username = body.value(QLatin1String("username")).toString().trimmed();
    const QString name = body.value(QLatin1String("name")).toString().trimmed();
    const QJsonValue force = body.value(QLatin1String("force_connect"));
    const bool forceConnect
        = force.toBool() || force.toInt() == 1 || force.toString() == QLatin1String("1");
    // The password decides the outcome here and is then forgotten.
    const SimScenario::Kind kind
        = SimScenario::fromLogin(username, body.value(QLatin1String("password")).toString());

    if (kind == SimScenario::Kind::RateLimit) {
        SimReply reply = SimReply::message(429, QStringLiteral("Too Many Attempts."));
        reply.addHeader("Retry-After", "3");
        return reply;
    }
    if (kind == SimScenario::Kind::NoCredits)
        return SimReply::message(402, QStringLiteral("You have run out of credits."));
    if (kind == SimScenario::Kind::Existing && !forceConnect) {
        SimValidation existing;
        existing.add(QStringLiteral("username"),
                     QStringLiteral("This Fansly account is already connected. Use "
                                    "force_connect to connect it again."));
        QJsonObject o = existing.body();
        o.insert(QStringLiteral("message"),
                 QStringLiteral("This Fansly account is already connected."));
        return SimReply::json(422, o);
    }
    const QString key = keyOf(ctx.request);
    if (!takeCredit(key))
        return SimReply::message(402, QStringLiteral("You have run out of credits."));

    const int serial = m_nextSerial++;
    const QString id = QStringLiteral("fansly_acct_%1").arg(serial);
    const QString displayName = name.isEmpty() ? username : name;
    m_accounts.push_back(
        std::make_unique<SimAccount>(id, serial, key, username, displayName, kind, now()));
    return SimReply::json(
        200,
        QJsonObject {{QStringLiteral("account_id"), id},
                     {QStringLiteral("message"),
                      QStringLiteral("Authentication process started. Query the polling_url "
                                     "to check the progress.")},
                     {QStringLiteral("polling_url"), pollingUrl(id, ctx.foreignPollingUrl)}});
}

SimReply Simulator::pollStatus(const Context &ctx, const QString &id)
{
    SimAccount *a = account(keyOf(ctx.request), id);
    if (!a)
        return notFound();
    if (a->pollShouldFail()) {
        SimReply reply = SimReply::message(503, QStringLiteral("Service Unavailable"));
        reply.addHeader("Retry-After", "1");
        return reply;
    }
    return SimReply::json(200, a->statusJson(now(), accountTiming(m_timing)));
}

SimReply Simulator::submitCode(const Context &ctx, const QString &id)
{
    SimAccount *a = account(keyOf(ctx.request), id);
    if (!a)
        return notFound();
    const QJsonObject body = jsonBody(ctx.request.body);
    const SimValidation errors = SimValidation::codeRequest(body);
    if (!errors.isEmpty())
        return validationFailed(errors);
    const QString code = body.value(QLatin1String("code")).toString().trimmed();
    const SimAccount::Timing t = accountTiming(m_timing);
    switch (a->submitCode(code, now(), t)) {
    case SimAccount::SubmitResult::NoChallenge:
        return SimReply::message(
            422, QStringLiteral("No verification code is pending for this account."));
    case SimAccount::SubmitResult::AlreadyChecking:
        return SimReply::message(422,
                                 QStringLiteral("A verification code is already being "
                                                "checked. Poll for the result."));
    case SimAccount::SubmitResult::Accepted: break;
    }
    return SimReply::json(200, a->statusJson(now(), t));
}

SimReply Simulator::reauthenticate(const Context &ctx, const QString &id)
{
    const QString key = keyOf(ctx.request);
    SimAccount *a = account(key, id);
    if (!a)
        return notFound();
    if (!takeCredit(key))
        return SimReply::message(402, QStringLiteral("You have run out of credits."));
    a->restart(now());
    return SimReply::json(
        200,
        QJsonObject {{QStringLiteral("success"), true},
                     {QStringLiteral("message"),
                      QStringLiteral("Re-authentication started. Query the polling_url to "
                                     "check the progress.")},
                     {QStringLiteral("polling_url"), pollingUrl(id, ctx.foreignPollingUrl)}});
}

SimReply Simulator::listAccounts(const Context &ctx)
{
    const QString key = keyOf(ctx.request);
    const SimAccount::Timing t = accountTiming(m_timing);
    QJsonArray list;
    for (const auto &a : m_accounts) {
        if (a->ownerKey() == key)
            list.append(a->listJson(now(), t));
    }
    return SimReply::json(200, QJsonDocument(list));
}

SimReply Simulator::disconnectAccount(const Context &ctx, const QString &id)
{
    const QString key = keyOf(ctx.request);
    for (auto it = m_accounts.begin(); it != m_accounts.end(); ++it) {
        if ((*it)->id() == id && (*it)->ownerKey() == key) {
            m_accounts.erase(it);
            return SimReply::message(200, QStringLiteral("Account disconnected"));
        }
    }
    return notFound();
}

SimReply Simulator::whoami(const Context &)
{
    return SimReply::json(
        200,
        QJsonObject {{QStringLiteral("api_key"),
                      QJsonObject {{QStringLiteral("name"), QStringLiteral("Practice key")},
                                   {QStringLiteral("created_at"), m_createdAt},
                                   {QStringLiteral("last_used_at"), simIsoNow()}}},
                     {QStringLiteral("team"),
                      QJsonObject {{QStringLiteral("name"), QStringLiteral("Practice Agency")},
                                   {QStringLiteral("slug"), QStringLiteral("practice-agency")}}}});
}

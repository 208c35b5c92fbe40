#include "network/ApiTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {

// Reads an optional string field: absent or null gives "", another type fails.
bool optString(const QJsonObject &o, const char *key, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *error = QStringLiteral("field '%1' is not a string").arg(QLatin1String(key));
        return false;
    }
    *out = v.toString();
    return true;
}

bool reqString(const QJsonObject &o, const char *key, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty()) {
        *error = v.isUndefined() || v.isNull()
            ? QStringLiteral("required field '%1' is missing").arg(QLatin1String(key))
            : QStringLiteral("field '%1' is not a non-empty string").arg(QLatin1String(key));
        return false;
    }
    *out = v.toString();
    return true;
}

bool reqBool(const QJsonObject &o, const char *key, bool *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    // Tolerated: null (as false) and 0/1, which some Laravel models send for booleans.
    if (v.isNull()) {
        *out = false;
        return true;
    }
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1)) {
        *out = v.toDouble() == 1;
        return true;
    }
    if (!v.isBool()) {
        *error = v.isUndefined()
            ? QStringLiteral("required field '%1' is missing").arg(QLatin1String(key))
            : QStringLiteral("field '%1' is not a boolean").arg(QLatin1String(key));
        return false;
    }
    *out = v.toBool();
    return true;
}

// Ids are strings in the API, but accept integers that some captures show: whole numbers a
// double holds exactly (Fansly ids are under 2^53), so 1e300 or 1.5 is not silently "0".
bool optId(const QJsonObject &o, const char *key, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble()) {
        const auto id = ApiParse::wholeNumber(v.toDouble(), 0, ApiParse::kMaxExactInteger);
        if (!id) {
            *error = QStringLiteral("field '%1' is not a whole number id").arg(QLatin1String(key));
            return false;
        }
        *out = QString::number(*id);
        return true;
    }
    return optString(o, key, out, error);
}

} // namespace

QJsonObject StartRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("username"), username);
    o.insert(QLatin1String("password"), password);
    if (!name.trimmed().isEmpty())
        o.insert(QLatin1String("name"), name.trimmed());
    if (proxy.kind == ProxyChoice::Kind::Country) {
        o.insert(QLatin1String("proxyCountry"), proxy.country);
    } else if (proxy.kind == ProxyChoice::Kind::Custom) {
        QJsonObject p;
        p.insert(QLatin1String("host"), proxy.host.trimmed());
        p.insert(QLatin1String("port"), proxy.port);
        if (!proxy.username.isEmpty())
            p.insert(QLatin1String("username"), proxy.username);
        if (!proxy.password.isEmpty())
            p.insert(QLatin1String("password"), proxy.password);
        o.insert(QLatin1String("customProxy"), p);
    }
    if (forceConnect)
        o.insert(QLatin1String("force_connect"), true);
    return o;
}

AuthStatus::Phase AuthStatus::phase() const
{
    if (isAuthenticated)
        return Phase::Connected;
    if (needsCode)
        return status == QLatin1String("verifying") ? Phase::Verifying : Phase::NeedsCode;
    if (!lastError.isEmpty())
        return Phase::Failed;
    return Phase::Working;
}

namespace ApiParse {

std::optional<qint64> wholeNumber(double d, qint64 min, qint64 max)
{
    Q_ASSERT(min >= -kMaxExactInteger && max <= kMaxExactInteger);
    // Compare as doubles before converting: casting a double outside the target's range (or
    // NaN) to an integer is undefined behaviour. NaN fails every comparison.
    if (!(d >= double(min) && d <= double(max)) || std::trunc(d) != d)
        return std::nullopt;
    return qint64(d);
}

std::optional<StartReply> startReply(const QJsonObject &o, QString *error)
{
    StartReply r;
    QString url;
    if (!reqString(o, "account_id", &r.accountId, error)
        || !optString(o, "message", &r.message, error) || !optString(o, "polling_url", &url, error))
        return std::nullopt;
    r.pollingUrl = QUrl(url, QUrl::StrictMode);
    return r;
}

std::optional<StartReply> reauthReply(const QJsonObject &o, const QString &accountId,
                                      QString *error)
{
    // Undocumented shape: accept {success, message, polling_url} or the start reply's.
    StartReply r;
    QString url;
    if (!optString(o, "account_id", &r.accountId, error)
        || !optString(o, "message", &r.message, error) || !optString(o, "polling_url", &url, error))
        return std::nullopt;
    const QJsonValue success = o.value(QLatin1String("success"));
    if (!success.isUndefined() && !success.isNull() && !success.isBool()) {
        *error = QStringLiteral("field 'success' is not a boolean");
        return std::nullopt;
    }
    if (success.isBool() && !success.toBool()) {
        *error = kNotStarted
            + (r.message.isEmpty() ? QStringLiteral("re-authentication was not started")
                                   : r.message);
        return std::nullopt;
    }
    if (r.accountId.isEmpty())
        r.accountId = accountId;
    r.pollingUrl = QUrl(url, QUrl::StrictMode);
    return r;
}

std::optional<AuthStatus> authStatus(const QJsonObject &o, QString *error)
{
    AuthStatus s;
    if (!reqString(o, "account_id", &s.accountId, error)
        || !optString(o, "display_name", &s.displayName, error)
        || !optString(o, "status", &s.status, error)
        || !reqBool(o, "is_authenticated", &s.isAuthenticated, error)
        || !reqBool(o, "needs_code", &s.needsCode, error)
        || !optString(o, "masked_email", &s.maskedEmail, error)
        || !optString(o, "last_error", &s.lastError, error))
        return std::nullopt;
    // An enum (0 authenticator, 2 email): a small non-negative whole number. Tolerate "2" as a
    // string, as ids and enums are sometimes quoted.
    const QJsonValue t = o.value(QLatin1String("twofa_type"));
    if (!t.isUndefined() && !t.isNull()) {
        std::optional<qint64> type;
        if (t.isDouble()) {
            type = wholeNumber(t.toDouble(), 0, kMaxTwofaType);
        } else if (t.isString()) {
            bool ok = false;
            const int v = t.toString().toInt(&ok);
            if (ok && v >= 0 && v <= kMaxTwofaType)
                type = v;
        }
        if (!type) {
            *error = QStringLiteral("field 'twofa_type' is not a 2FA type (a whole number from 0 "
                                    "to %1)")
                         .arg(kMaxTwofaType);
            return std::nullopt;
        }
        s.twofaType = int(*type);
    }
    const QJsonValue u = o.value(QLatin1String("fansly_user_data"));
    if (u.isObject())
        s.fanslyUserData = u.toObject();
    else if (!u.isUndefined() && !u.isNull()) {
        *error = QStringLiteral("field 'fansly_user_data' is not an object");
        return std::nullopt;
    }
    return s;
}

std::optional<QList<Account>> accounts(const QJsonDocument &doc, QString *error)
{
    QJsonArray items;
    if (doc.isArray()) {
        items = doc.array();
    } else if (doc.isObject() && doc.object().value(QLatin1String("data")).isArray()) {
        items = doc.object().value(QLatin1String("data")).toArray();
    } else {
        *error = QStringLiteral("expected a list of accounts");
        return std::nullopt;
    }
    QList<Account> out;
    out.reserve(items.size());
    for (const QJsonValue &v : items) {
        if (!v.isObject()) {
            *error = QStringLiteral("an account entry is not an object");
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        Account a;
        if (!reqString(o, "id", &a.id, error)
            || !optString(o, "display_name", &a.displayName, error)
            || !optId(o, "fansly_id", &a.fanslyId, error)
            || !optString(o, "fansly_username", &a.fanslyUsername, error)
            || !optString(o, "authentication_progress", &a.progress, error))
            return std::nullopt;
        const QJsonValue auth = o.value(QLatin1String("is_authenticated"));
        if (!auth.isUndefined() && !auth.isNull() && !auth.isBool()) {
            *error = QStringLiteral("field 'is_authenticated' is not a boolean");
            return std::nullopt;
        }
        a.isAuthenticated = auth.toBool();
        out.append(a);
    }
    return out;
}

std::optional<WhoamiInfo> whoami(const QJsonObject &o, QString *error)
{
    WhoamiInfo w;
    const QJsonValue key = o.value(QLatin1String("api_key"));
    const QJsonValue team = o.value(QLatin1String("team"));
    if (!key.isObject() && !team.isObject()) {
        *error = QStringLiteral("neither 'api_key' nor 'team' is an object");
        return std::nullopt;
    }
    if ((!key.isUndefined() && !key.isNull() && !key.isObject())
        || (!team.isUndefined() && !team.isNull() && !team.isObject())) {
        *error = QStringLiteral("fields 'api_key' and 'team' must be objects");
        return std::nullopt;
    }
    if (!optString(key.toObject(), "name", &w.keyName, error)
        || !optString(team.toObject(), "name", &w.teamName, error)
        || !optString(team.toObject(), "slug", &w.teamSlug, error))
        return std::nullopt;
    return w;
}

} // namespace ApiParse

#pragma once

#include "proxy/Proxy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// Value types of the OnlyFansAPI Fansly connect endpoints, parsed once at the edge.

struct StartRequest
{
    QString username; // Fansly username or email
    SecretText password; // secret: zeroed by its last holder
    QString name; // optional display name
    ProxyChoice proxy;
    bool forceConnect = false;

    QJsonObject toJson() const;
};

struct StartReply
{
    QString accountId;
    QString message;
    QUrl pollingUrl; // may be empty (re-authenticate)
    bool operator==(const StartReply &) const = default;
};

struct AuthStatus
{
    // What the client decides from the booleans; `status` is only shown as text.
    enum class Phase {
        Working,
        NeedsCode,
        Verifying,
        Connected,
        Failed
    };

    QString accountId;
    QString displayName;
    QString status; // free text, unknown values kept as they are
    bool isAuthenticated = false;
    bool needsCode = false;
    std::optional<int> twofaType; // 2 = email, 0 = authenticator app
    QString maskedEmail;
    QString lastError;
    QJsonObject fanslyUserData;

    Phase phase() const;
    bool isEmailChallenge() const { return twofaType.value_or(-1) == 2; }
    bool operator==(const AuthStatus &) const = default;
};

struct Account
{
    QString id;
    QString displayName;
    QString fanslyId;
    QString fanslyUsername;
    bool isAuthenticated = false;
    QString progress; // authentication_progress, free text
    bool operator==(const Account &) const = default;
};

struct WhoamiInfo
{
    QString keyName;
    QString teamName;
    QString teamSlug;
    bool operator==(const WhoamiInfo &) const = default;
};

// Rate-limit headers of the last reply; -1 where absent.
struct RateInfo
{
    int limitPerMinute = -1;
    int remainingPerMinute = -1;
    int retryAfterSeconds = -1;
    bool operator==(const RateInfo &) const = default;
};

// Lenient parsers: extra fields ignored, but a wrong type or a missing required
// field returns nullopt and sets *error to what was wrong.
namespace ApiParse {
// Prefix of the parse error for a re-authenticate reply with "success": false.
inline const QString kNotStarted = QStringLiteral("not started: ");
// The largest integer every double below it represents exactly (2^53).
constexpr qint64 kMaxExactInteger = qint64(1) << 53;
// twofa_type is a small enum; anything above this is not one.
constexpr int kMaxTwofaType = 1000;
// `d` as an integer when it is a whole number in [min, max] (both within ±2^53); nullopt for
// fractions, NaN, infinities and anything out of range. Never casts an out-of-range double.
std::optional<qint64> wholeNumber(double d, qint64 min, qint64 max);
std::optional<StartReply> startReply(const QJsonObject &o, QString *error);
std::optional<StartReply> reauthReply(const QJsonObject &o, const QString &accountId,
                                      QString *error);
std::optional<AuthStatus> authStatus(const QJsonObject &o, QString *error);
std::optional<QList<Account>> accounts(const QJsonDocument &doc, QString *error);
std::optional<WhoamiInfo> whoami(const QJsonObject &o, QString *error);
} // namespace ApiParse

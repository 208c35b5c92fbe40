#pragma once

#include "network/ApiError.h"
#include "network/ApiTypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class Clock;
class RateBudget;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

template<typename T> struct ApiResult
{
    std::optional<T> value;
    ApiError error;
    RateInfo rate;
    bool ok() const { return !error.isError() && value.has_value(); }
};

// Client of the OnlyFansAPI Fansly connect endpoints over an injected
// QNetworkAccessManager. Every call answers once through its callback, later
// (never synchronously), and only while `context` lives. The bearer token goes
// only to the configured origin.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    // No reply body may be larger, whatever the transport or framing.
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
    // How much of a reply Qt's HTTP thread is asked to hold unread before we take it.
    static constexpr qint64 kReadBufferBytes = 64 * 1024;
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://app.onlyfansapi.com")); }
    static QByteArray userAgent();

    ApiClient(QNetworkAccessManager *nam, const QUrl &baseUrl, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    // Empty when the base URL is acceptable; otherwise why every call is refused.
    QString baseUrlProblem() const { return m_baseUrlProblem; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    // Reads Retry-After dates against this clock (the system's by default).
    void setClock(Clock *clock) { m_clock = clock; }
    // How long one request may take before it fails as a time-out (default 30 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The request budget shared by everything that uses this origin and key: told about
    // every request sent and every reply (its rate-limit headers, a 429). Not owned.
    void setBudget(RateBudget *budget);
    RateBudget *budget() const;

    // The URL a poll goes to: built from the id under the API base. The server's `pollingUrl`
    // is followed only when it is exactly that URL, so nothing else ever gets the key.
    QUrl pollUrl(const QString &accountId, const QUrl &pollingUrl = {}) const;

    QNetworkReply *startAuthentication(const StartRequest &request, QObject *context,
                                       Callback<StartReply> done);
    QNetworkReply *pollStatus(const QString &accountId, const QUrl &pollingUrl, QObject *context,
                              Callback<AuthStatus> done);
    // `code` is sent as given: digits only (VerificationCode::normalize), as the session does.
    QNetworkReply *submitCode(const QString &accountId, const QString &code, QObject *context,
                              Callback<AuthStatus> done);
    QNetworkReply *reauthenticate(const QString &accountId, QObject *context,
                                  Callback<StartReply> done);
    QNetworkReply *listAccounts(QObject *context, Callback<QList<Account>> done);
    QNetworkReply *disconnectAccount(const QString &accountId, QObject *context,
                                     Callback<QString> done);
    QNetworkReply *whoami(QObject *context, Callback<WhoamiInfo> done);

    static bool isValidAccountId(const QString &accountId);

signals:
    // A reply said how many credits the key has left (x-ofapi-credits-balance).
    void creditsSeen(qint64 credits);

private:
    struct Raw
    {
        int httpStatus = 0;
        QByteArray body;
        ApiError error;
        RateInfo rate;
    };
    using RawHandler = std::function<void(const Raw &)>;

    QNetworkReply *send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                        QObject *context, RawHandler handler);
    void finish(QNetworkReply *reply, const QByteArray &body, const RawHandler &handler);
    QUrl endpoint(const QString &path) const;
    // Empty when the id is not a plain id (keeps paths from being injected).
    QUrl accountEndpoint(const QString &prefix, const QString &accountId,
                         const QString &suffix = {}) const;

    template<typename T, typename Parse>
    QNetworkReply *call(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                        QObject *context, Callback<T> done, Parse parse);

    static RateInfo rateOf(QNetworkReply *reply, const QDateTime &now);

    QNetworkAccessManager *m_nam;
    QPointer<RateBudget> m_budget;
    QUrl m_baseUrl;
    QString m_baseUrlProblem;
    QString m_apiKey;
    Clock *m_clock;
    int m_timeoutMs = 30000;
};

#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

// The only place secrets (API keys, proxy passwords) are kept between runs: the system
// keychain via QtKeychain. Asynchronous only; no plaintext fallback, ever.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,
        Unavailable,
        AccessDenied,
        Error
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // read only
        QString message; // the backend's message for Unavailable/AccessDenied/Error
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(const QString &service = QStringLiteral("Fansly Connect"),
                         QObject *parent = nullptr);

    // `done` is called exactly once, always later (never inside the call), and only
    // while `context` lives; if `context` is destroyed first it is not called at all.
    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &secret, QObject *context, Callback done);
    // Removing a missing key is Ok.
    void remove(const QString &key, QObject *context, Callback done);

    // Key names carry the API origin so practice and production never mix.
    static QString apiKeyName(const QUrl &apiBase);
    static QString proxyPasswordName(const QUrl &apiBase, const QString &profile);

    // A sentence for a person: what went wrong and what to do. Empty for Ok.
    static QString userMessage(const Result &r);
    // The backend's own words, for people who want them ("Details", --verbose). Not
    // translated; empty for Ok.
    static QString technicalDetail(const Result &r);

    // The first read of this instance that finds the keychain Unavailable is retried once
    // after this delay (the Secret Service is often still starting at login).
    // 0 disables the retry. Default: 1500 ms on Linux, 0 elsewhere.
    void setFirstReadRetryDelay(int ms);
    int firstReadRetryDelay() const { return m_firstReadRetryDelayMs; }

    const QString &service() const { return m_service; }

private:
    void startRead(const QString &key, QObject *context, Callback done, bool retryIfUnavailable);

    QString m_service;
    int m_firstReadRetryDelayMs;
    bool m_anyReadStarted = false;
};

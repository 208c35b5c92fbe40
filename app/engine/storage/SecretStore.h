#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace QKeychain {
class Job;
}

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
        NoAnswer, // no answer before the deadline: often a locked keychain waiting for its
                  // unlock prompt, which may sit on another screen or never appear
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
    // A job that has not answered by deadline() ends as NoAnswer; its late answer is
    // ignored (a late write may still have saved the secret).
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

    // How long one keychain job may take before it ends as NoAnswer (at least 1 ms).
    void setDeadline(int ms);
    int deadline() const { return m_deadlineMs; }
    // 25 s, or FANSLY_CONNECT_KEYCHAIN_TIMEOUT seconds (1 to 600) when that is set: long
    // enough to type a keyring password, short enough that nobody waits on a hidden prompt.
    static int defaultDeadline();

    const QString &service() const { return m_service; }

private:
    using Answer = std::function<Result(QKeychain::Job *)>;
    void startRead(const QString &key, QObject *context, Callback done, bool retryIfUnavailable);
    // Starts `job` and calls `then` once, in `context`: with answer(job) when it finishes,
    // or with NoAnswer when the deadline comes first.
    void run(QKeychain::Job *job, const char *op, const QString &key, QObject *context,
             Answer answer, Callback then);

    QString m_service;
    int m_firstReadRetryDelayMs;
    int m_deadlineMs;
    bool m_anyReadStarted = false;
};

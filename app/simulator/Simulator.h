#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

class QTcpSocket;
class SimAccount;
class SimHttpServer;
struct SimReply;

// Practice mode: a loopback HTTP server that behaves like the OnlyFansAPI
// Fansly endpoints, with scenarios picked by the username (see SCENARIOS.md)
// and injectable faults. Used to train staff and as the backbone of the tests.
// Never blocks: delays are timers, login progress is read off a monotonic clock.
class Simulator : public QObject
{
    Q_OBJECT
public:
    // The defaults are practice mode's: a random key that only this process knows (any
    // local user can reach 127.0.0.1, and the usernames typed pass through here) and no
    // recorded requests (their bodies hold passwords and codes). Tests ask for more with
    // testOptions().
    struct Options
    {
        QString key; // the key always accepted, unlimited credits; empty: a random one
        bool recordRequests = false;
    };
    // A fixed, known key (testKey()) and every request recorded: for tests only.
    static Options testOptions() { return {testKey(), true}; }
    static QString testKey() { return QStringLiteral("test-key"); }
    // 32 random bytes from the system's cryptographic source, as text.
    static QString randomKey();

    explicit Simulator(QObject *parent = nullptr); // practice mode's defaults
    explicit Simulator(const Options &options, QObject *parent = nullptr);
    ~Simulator() override;

    bool start(quint16 port = 0); // listens on 127.0.0.1 only; false + qCWarning on failure
    QUrl baseUrl() const; // e.g. http://127.0.0.1:PORT (no trailing slash)
    // The key this simulator always accepts (unlimited credits); the demo accounts are its.
    QString key() const { return m_key; }
    // Extra accepted keys; credits -1 = unlimited, each start/reauth costs 1 credit,
    // 0 left => 402. Adding a key again resets its credits.
    void addApiKey(const QString &key, int credits = -1);

    struct Timing
    {
        int loginMs = 2500; // from start to the scenario's outcome
        int verifyMs = 1500; // how long a code check takes
    };
    void setTiming(Timing t);
    // Default 120 per key; over it => 429 with Retry-After (seconds until the
    // minute window ends, >= 1).
    void setRateLimitPerMinute(int n);
    int rateLimitPerMinute() const { return m_ratePerMinute; }
    // 429 replies sent so far (the rate limit's, a fault's or a scenario's): what a shared
    // budget is meant to keep at zero.
    int rejectedCount() const { return m_rejected; }

    struct Fault
    {
        enum class Type {
            Status,
            Malformed,
            Drop,
            Delay,
            ForeignPollingUrl,
            Oversized,
            WrongType
        };
        Type type = Type::Status;
        QString method; // "GET", "POST", "PUT", "DELETE" or empty = any
        QString pathContains; // substring of the path, empty = any
        int status = 500; // for Status (e.g. 500, 503, 429 with Retry-After, 401, 402, 403)
        int retryAfter = -1; // Retry-After seconds to add (Status 429/503)
        int delayMs = 0; // for Delay: answer normally after this delay
        int times = 1; // how many matching requests it applies to; -1 = forever
    };
    // Faults are tried in the order added; the first that matches a request is used.
    // ForeignPollingUrl only matches requests whose reply carries a polling_url.
    // Drop: Qt 6.4's QNetworkAccessManager resends a request once (even a POST) when the
    // connection closes before any reply, so a client sees the error only with times >= 2.
    void addFault(const Fault &f);
    void clearFaults();

    struct Request
    {
        QString method;
        QString path;
        QByteArray authorization;
        QByteArray userAgent;
        QByteArray contentType;
        QByteArray body;
    };
    QList<Request> requests() const; // every request received while recording, in order
    void clearRequests();
    // Off unless asked for (Options::recordRequests): bodies hold whatever was typed,
    // passwords included. When on, only the latest 10000 requests are kept.
    void setRecordRequests(bool on);
    bool isRecordingRequests() const { return m_recordRequests; }

    // Request bodies and header blocks are capped before they are buffered (see SimHttp).
    static constexpr qsizetype maxBodyBytes = 64 * 1024;
    static constexpr qsizetype maxHeaderBytes = 16 * 1024;
    // The most bytes read from any one connection so far: a refused oversized request
    // must leave it near the caps, however much the client sends.
    qint64 mostBytesReadFromOneConnection() const;

    // Adds the demo accounts practice mode starts with, owned by key() (saved at
    // once when there is a state file): "Demo Creator" (democreator) and "Demo Studio"
    // (demostudio) connected, "Expired Demo" (expireddemo) whose session expired and whose
    // re-authentication asks for an emailed code. Nothing else adds them.
    void addDemoAccounts();

    // Practice mode keeps its accounts between runs in this file (created 0600): read by
    // start(), written after every request that changes something. Empty: memory only
    // (tests, the standalone server). The file never holds a key: key()'s accounts are
    // written without one and read back as the next run's key()'s.
    void setStateFile(const QString &path) { m_stateFile = path; }

signals:
    // Each request as it arrives, before any fault or answer: the benchmarks time logins
    // by it (a challenge is visible loginMs after its start arrived). No body, no key.
    void requestArrived(const QString &method, const QString &path);

private:
    struct KeyState
    {
        int credits = -1; // -1 = unlimited
        qint64 windowStart = -1;
        int used = 0; // requests in the current minute window
    };
    struct Context; // one request being answered

    void onRequest(const Request &request, const QPointer<QTcpSocket> &socket, bool close);
    void process(const Context &ctx);
    SimReply route(const Context &ctx);
    SimReply startAuthentication(const Context &ctx);
    SimReply pollStatus(const Context &ctx, const QString &id);
    SimReply submitCode(const Context &ctx, const QString &id);
    SimReply reauthenticate(const Context &ctx, const QString &id);
    SimReply listAccounts(const Context &ctx);
    SimReply disconnectAccount(const Context &ctx, const QString &id);
    SimReply whoami(const Context &ctx);
    SimReply faultReply(const Fault &f, const Request &request) const;

    void send(const QPointer<QTcpSocket> &socket, bool close, const Request &request,
              SimReply reply);
    int takeFault(const Request &request, bool wantsPollingUrl);
    bool consumeRate(const QString &key, int *retryAfter);
    void addRateHeaders(const QString &key, SimReply *reply) const;
    QString keyOf(const Request &request) const;
    SimAccount *account(const QString &key, const QString &id);
    bool takeCredit(const QString &key);
    QString pollingUrl(const QString &id, bool foreign) const;
    // Wall-clock milliseconds that never go back during a run (see SimAccount::toState).
    qint64 now() const { return m_epochAtStart + m_clock.elapsed(); }
    void loadState();
    void saveState() const;

    std::unique_ptr<SimHttpServer> m_server;
    quint16 m_port = 0;
    QString m_key;
    QElapsedTimer m_clock;
    qint64 m_epochAtStart = 0;
    QString m_stateFile;
    QString m_createdAt;
    Timing m_timing;
    int m_ratePerMinute = 120;
    QHash<QString, KeyState> m_keys;
    std::vector<std::unique_ptr<SimAccount>> m_accounts;
    int m_nextSerial = 1;
    QList<Fault> m_faults;
    QList<Request> m_requests;
    bool m_recordRequests = false;
    int m_rejected = 0;
};

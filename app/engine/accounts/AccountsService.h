#pragma once

#include "accounts/AccountsModel.h"
#include "login/ConnectionSession.h"
#include "login/PollPolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <vector>

class ApiClient;
class Clock;
class QNetworkAccessManager;
class PendingStore;

// The accounts window's engine: reads the team's list and whoami, and runs any number of
// logins at once (re-authentications, resumed logins, and wizards' logins sent to the
// background), each reported in its row of model(). Every request goes through the one
// ApiClient, so through its rate budget. Nothing here knows about widgets.
class AccountsService : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        ApiClient *client
            = nullptr; // the list's, whoami's and disconnect's (setApiKey sets its key)
        QNetworkAccessManager *nam = nullptr; // for each login's own client
        PendingStore *pending = nullptr; // logins to resume; nullptr: not kept
        QString storageOrigin; // whose pending logins; empty: the client's origin
        PollPolicy policy;
        Clock *clock = nullptr; // the system's when null
    };

    explicit AccountsService(const Options &options, QObject *parent = nullptr);
    ~AccountsService() override;

    AccountsModel *model() { return &m_model; }
    ApiClient *client() const { return m_options.client; }
    // The key for the list and for logins started from now on. A login already running keeps
    // the key it started with (its own client), and a read begun with the old key is dropped.
    void setApiKey(const QString &key);

    // Reads the list (refreshed or refreshFailed; the old list stays on failure). Asked while
    // a read is on its way, it reads once more after it: the list may have changed since.
    void refresh();
    // After a login ends, for the server's names and state. Logins that end close together
    // share one read: it goes once no login is running and none has ended for
    // kRefreshQuietMs, and at most kRefreshMaxWaitMs after the first asked. The rows show
    // each login's outcome meanwhile.
    static constexpr int kRefreshQuietMs = 1000;
    static constexpr int kRefreshMaxWaitMs = 15000;
    void refreshSoon();
    // A read on its way, or one to follow (asked for during a read, or soon).
    bool isRefreshing() const { return m_refreshing || m_refreshAgain || m_refreshSoon.isActive(); }
    QString refreshProblem() const { return m_refreshProblem; } // empty after a good read
    void loadWhoami();
    void setWhoami(const WhoamiInfo &info); // known already (the wizard's key check)
    WhoamiInfo whoami() const { return m_whoami; }
    // Adds the logins an earlier run left unfinished, as interrupted rows.
    void loadPending();

    // Starts following a login for the account, in its row. False when one already runs.
    bool reauthenticate(const QString &accountId);
    bool resume(const QString &accountId);
    // The code for the account's login (see ConnectionSession::submitCode).
    bool submitCode(const QString &accountId, const QString &code);
    // Stops following the account's login here (it is not undone at the server).
    void cancel(const QString &accountId);
    // DELETE on the account: disconnected, or disconnectFailed with the reason.
    void disconnectAccount(const QString &accountId);
    // The failed or interrupted state goes; the row shows what the server says again.
    void dismiss(const QString &accountId);

    // A login run elsewhere (a wizard) shown in its row. `owner`, when given, is taken
    // over: it keeps the session alive and is deleted once the session ends. Background
    // logins' code requests come out as codeNeeded.
    void watch(ConnectionSession *session);
    void adopt(ConnectionSession *session, QObject *owner);

    ConnectionSession *session(const QString &accountId) const;
    bool isBackground(const QString &accountId) const;
    int runningCount() const; // logins still going, in the background or in a wizard
    QString displayName(const QString &accountId) const;
    QString username(const QString &accountId) const;

signals:
    void refreshed();
    void refreshFailed(const QString &message);
    void whoamiChanged(const WhoamiInfo &info);
    // A background login needs the creator's code.
    void codeNeeded(const QString &accountId);
    void loginFinished(const QString &accountId, ConnectionSession::State state);
    void disconnected(const QString &accountId);
    void disconnectFailed(const QString &accountId, const QString &message);
    void runningChanged(int count);
    void creditsSeen(qint64 credits); // any reply of the list's or a login's

private:
    struct Tracked
    {
        QPointer<ConnectionSession> session;
        QPointer<QObject> owner; // deleted when the session ends; nullptr: a wizard's
        bool background = false;
    };

    ConnectionSession *newSession();
    void track(ConnectionSession *session, QObject *owner, bool background);
    void onState(ConnectionSession *session);
    void onFinished(ConnectionSession *session, ConnectionSession::State state);
    const Tracked *find(const QString &accountId) const;
    void forget(ConnectionSession *session);
    QDateTime now() const;

    Options m_options;
    AccountsModel m_model;
    std::vector<Tracked> m_tracked;
    WhoamiInfo m_whoami;
    QString m_apiKey;
    QString m_refreshProblem;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    QTimer m_refreshSoon;
    QElapsedTimer m_refreshAskedSince; // the first refreshSoon() the timer serves
    int m_keyGeneration = 0; // replies read with an older key are dropped
};

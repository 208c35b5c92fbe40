#pragma once

#include "login/ConnectionSession.h"
#include "login/PollPolicy.h"
#include "network/ApiClient.h"
#include "network/RateBudget.h"
#include "proxy/ProxyProfiles.h"
#include "storage/PendingStore.h"
#include "storage/SecretStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

// The widget-free side of the connect wizard: owns the API client and the session,
// checks and stores the API key, resolves proxies, keeps the pending-login list and a
// one-second tick while a login runs. The wizard shows what it reports; nothing here
// knows about widgets.
class ConnectController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl apiBase;
        bool practice = false;
        PollPolicy policy;
        SecretStore *secrets = nullptr; // nullptr: no keychain, keys live for this run
        ProxyProfiles *profiles = nullptr; // nullptr: no saved proxies
        PendingStore *pending = nullptr; // where logins are kept to resume; nullptr: not kept
        QString storageOrigin; // whose pending logins (practice: a fixed one); empty: apiBase's
        QString apiKey; // a key given up front (tests): checked, then the key page is skipped
        QString keyPrefill; // shown in the key field (practice mode's key)
        // The request budget shared with the other sessions on this API and key; nullptr:
        // the session polls on its own cadence alone. Not owned.
        RateBudget *budget = nullptr;
    };

    explicit ConnectController(const Options &options, QObject *parent = nullptr);
    ~ConnectController() override; // wipes the kept login

    bool isPractice() const { return m_options.practice; }
    ApiClient *client() { return &m_client; }
    ConnectionSession *session() { return &m_session; }
    ProxyProfiles *profiles() const { return m_options.profiles; }
    QString keyPrefill() const { return m_options.keyPrefill; }
    // The key last accepted (for the other windows of this run); empty before one is.
    QString apiKey() const { return m_workingKey; }
    // Whether "Remember in the system keychain" can work; if not, why (for a person).
    bool canRemember() const { return m_options.secrets && m_keychainProblem.isEmpty(); }
    QString keychainProblem() const { return m_keychainProblem; }
    QString keychainDetail() const { return m_keychainDetail; } // the backend's own words

    // Looks for a working key: given, or in the keychain. Ends in keyAccepted or keyNeeded
    // (whose message is about the key; a keychain problem is in keychainProblem()).
    void begin();
    // Checks a typed key with whoami; keyAccepted (stored if `remember`) or keyRejected.
    // A keychain that does not answer the store in time ends in keyNeeded instead: the key
    // works, and the page offers to retry the keychain or to go on without it.
    void checkKey(const QString &key, bool remember);
    // Whether a keychain problem can be worth another try (there is a keychain to ask).
    bool canRetryKeychain() const { return m_options.secrets && !m_keychainProblem.isEmpty(); }
    // Asks the keychain again for what failed: storing `typedKey` when a store did not
    // answer, else reading the saved key (as begin()).
    void retryKeychain(const QString &typedKey);

    QList<PendingSession> pendingLogins() const;
    void discardPending(const PendingSession &pending);
    void resume(const PendingSession &pending);

    // Loads or saves the proxy as asked, then starts the login: loginStarted, or
    // proxyProblem when the proxy could not be loaded or saved (nothing was sent).
    void connectAccount(StartRequest request, const ProxySelection &proxy);
    // Drops a connectAccount() still waiting for the keychain: its login is not started.
    void abandonConnect() { ++m_connectToken; }

    // The login last sent is kept in memory (password included) so the person can send it
    // again without retyping, when they ask: "Retry now", "Connect anyway", or through
    // another proxy after a proxy failure. Wiped by forgetLogin(), a connected login, a new
    // connectAccount() and the controller's end.
    bool hasLastLogin() const { return !m_lastLogin.username.isEmpty(); }
    // Whether the last start was refused before anything ran at Fansly (429, 402, 422, or a
    // request that never left), so the same request may be sent again.
    bool canResendStart() const;
    // Sends the kept login again, as it was or with force_connect.
    void resendStart(bool forceConnect);
    // Sends the kept login again through `proxy` (loaded or saved as connectAccount does).
    void resendThroughProxy(const ProxySelection &proxy);
    void forgetLogin();

signals:
    void checkingSavedKey();
    void keyAccepted(const WhoamiInfo &info, const QString &note, bool fromStore);
    void keyNeeded(const QString &message, const QString &prefill);
    void keyRejected(const QString &message);
    void proxyProblem(const QString &message);
    void proxySaved(const QString &name);
    void loginStarted();
    void pendingDiscarded(const QString &accountId); // "Forget it" on an unfinished login
    void tick(qint64 elapsedMs);

private:
    void checkStoredKey(const QString &key);
    void useKey(const QString &key);
    void startWith(StartRequest request, const ProxyChoice &proxy);
    void resolveProxyAndStart(StartRequest request, const ProxySelection &proxy);
    QString apiKeyName() const;
    void noteKeychainProblem(const SecretStore::Result &r);

    Options m_options;
    // By value, in this order: the session goes first (its ticker and its signals' receivers
    // still alive), the network it uses last.
    QTimer m_ticker;
    QNetworkAccessManager m_nam;
    ApiClient m_client;
    ConnectionSession m_session;
    quint64 m_connectToken = 0; // a newer connect or an abandon makes older ones stale
    StartRequest m_lastLogin; // see hasLastLogin(); its proxy is the one last used
    QString m_workingKey;
    QString m_keychainProblem;
    QString m_keychainDetail;
    int m_keyCheck = 0; // the latest key check; older answers are dropped
    bool m_storeFailed = false; // the keychain did not answer the last store of a key
};

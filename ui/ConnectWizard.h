#pragma once

#include "login/ConnectionSession.h"
#include "login/FailureAdvice.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWizard>

#include <functional>

class ApiKeyPage;
class CodePage;
class ConnectController;
class ConnectingPage;
class CreatorPage;
class DonePage;
class ProxyPage;
class QSystemTrayIcon;
struct PendingSession;

// The connect wizard: six thin pages, and the wiring between what they ask for and
// what the controller (API key, proxies, the login session) reports. Pages never see
// the controller or each other.
class ConnectWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        ApiKeyPageId,
        CreatorPageId,
        ProxyPageId,
        ConnectingPageId,
        CodePageId,
        DonePageId
    };
    Q_ENUM(PageId)

    // For this long after the result page appears, Enter does nothing: it was meant for the
    // page before (a code typed just as the login ended).
    static constexpr int kSettleMs = 400;

    explicit ConnectWizard(ConnectController *controller, QWidget *parent = nullptr);
    ~ConnectWizard() override;

    // Looks for a working API key (and then for logins to resume).
    void start();

    int nextId() const override;
    void reject() override;

    // With an accounts window behind it: "Continue in background" while a login runs, and
    // closing the window hands the login over instead of asking.
    void setBackgroundAllowed(bool allowed);
    // Which unfinished logins to offer for resuming once the key is accepted: none when
    // `offer` is false (the accounts list offers them), and never one that `followed` says
    // is being followed already.
    void setResumeOffer(bool offer, std::function<bool(const QString &accountId)> followed = {});
    QString accountId() const { return m_session->accountId(); } // the login's, when known
    // Opens the key page to change the API key, with Back to where the person was.
    void changeKey();
    // Something typed here would be lost on closing (a password, a key, a proxy).
    bool holdsTypedInput() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

signals:
    // A code is needed while the window is in the background: the taskbar entry is
    // alerted and, where a tray exists, a tray message shows `text`.
    void attentionRequested(const QString &text);
    // The person sends the running login to the accounts window; the wizard closes.
    void continueInBackground();

private:
    void onKeyAccepted(const QString &teamName, const QString &note, bool fromStore);
    void onKeyNeeded(const QString &message, const QString &prefill);
    void offerResume();
    // Asks about the first of `pending`, then the next one, until one is resumed.
    void offerPending(QList<PendingSession> pending);
    void onConnectRequested();
    void onLoginStarted();
    void onStateChanged(ConnectionSession::State state);
    void onNeedsCode();
    void onFinished(ConnectionSession::State state);
    void onPageChanged(int id);
    void restartAt(PageId id);
    void tryAgain();
    void onRetrying(const ApiError &error, int delayMs);
    void showRetry(); // the back-off's sentence with the seconds left
    void clearRetry();
    void keepKey();
    void handOver(); // "Continue in background": the login goes to the accounts window // leaves
                     // "Change API key" for the page it came from, the key unchanged
    void notifyChallenge(const QString &text);
    void refreshProfiles();

    ConnectController *m_controller;
    int m_lastId = -1; // the page before the current one
    QElapsedTimer m_pageShown;
    QTimer m_countdown; // while a back-off runs
    QElapsedTimer m_retryDue; // since the back-off began
    int m_retryDelayMs = 0;
    QString m_retryCause;
    bool m_retryOffered = false; // since the result page appeared
    ConnectionSession *m_session;
    ApiKeyPage *m_keyPage;
    CreatorPage *m_creatorPage;
    ProxyPage *m_proxyPage;
    ConnectingPage *m_connectingPage;
    CodePage *m_codePage;
    DonePage *m_donePage;
    QPointer<QSystemTrayIcon> m_tray;
    ConnectionSession::Challenge m_shownChallenge = ConnectionSession::Challenge::None;
    bool m_resumeOffered = false;
    std::function<bool(const QString &)> m_followed;
    bool m_backgroundAllowed = false;
    bool m_closeConfirmed = false;
    FailureAdvice::Fix m_fix = FailureAdvice::Fix::Password; // where Try again goes
    QString m_loginUsername; // the Fansly username of the login running, when typed here
    bool m_reuseLogin = false;
    bool m_changingKey = false; // the key page was opened by "Change API key"
    bool m_discardConfirmed = false; // the proxy page sends the kept login (after a proxy failure)
};

#include "ConnectWizard.h"

#include "A11y.h"
#include "ApiKeyPage.h"
#include "CodeEntry.h"
#include "CodePage.h"
#include "ConnectingPage.h"
#include "CreatorPage.h"
#include "DonePage.h"
#include "MessageBox.h"
#include "ProxyEditor.h"
#include "ProxyPage.h"
#include "RetryNotice.h"
#include "login/ConnectController.h"
#include "login/ServerWords.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>
#include <QSystemTrayIcon>

using State = ConnectionSession::State;

ConnectWizard::ConnectWizard(ConnectController *controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_session(controller->session())
    , m_keyPage(new ApiKeyPage(this))
    , m_creatorPage(new CreatorPage(this))
    , m_proxyPage(new ProxyPage(this))
    , m_connectingPage(new ConnectingPage(this))
    , m_codePage(new CodePage(this))
    , m_donePage(new DonePage(this))
{
    setObjectName(QStringLiteral("connectWizard"));
    // Its own title: the accounts window is "Fansly Connect", and several wizards can be open.
    setWindowTitle(controller->isPractice() ? tr("Connect a Fansly account — Practice")
                                            : tr("Connect a Fansly account"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ApiKeyPageId, m_keyPage);
    setPage(CreatorPageId, m_creatorPage);
    setPage(ProxyPageId, m_proxyPage);
    setPage(ConnectingPageId, m_connectingPage);
    setPage(CodePageId, m_codePage);
    setPage(DonePageId, m_donePage);
    for (int id : pageIds())
        static_cast<BasePage *>(page(id))->setPracticeMode(controller->isPractice());
    setStartId(ApiKeyPageId);
    refreshProfiles();

    connect(this, &QWizard::currentIdChanged, this, &ConnectWizard::onPageChanged);
    connect(m_keyPage, &ApiKeyPage::checkRequested, controller, &ConnectController::checkKey);
    connect(m_creatorPage, &CreatorPage::changeKeyRequested, this, &ConnectWizard::changeKey);
    // "< Back" from a key change: QWizard's own words, so Qt's translations apply.
    setButtonText(QWizard::CustomButton1, buttonText(QWizard::BackButton));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("keepKeyButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            keepKey();
        else if (which == QWizard::CustomButton2)
            m_session->cancel();
        else if (which == QWizard::CustomButton3)
            handOver();
    });
    setButtonText(QWizard::CustomButton3, tr("Continue in &background"));
    auto *background = qobject_cast<QPushButton *>(button(QWizard::CustomButton3));
    background->setObjectName(QStringLiteral("backgroundButton"));
    background->setAutoDefault(false);
    background->setToolTip(tr("Close this window; the login goes on in the accounts list."));
    connect(m_proxyPage, &ProxyPage::connectRequested, this, &ConnectWizard::onConnectRequested);
    connect(m_proxyPage, &ProxyPage::connectAbandoned, controller,
            &ConnectController::abandonConnect);
    // "Cancel login" while a login runs sits in the button row, where buttons belong; never
    // the default (Enter in the code field means Verify).
    setButtonText(QWizard::CustomButton2, tr("C&ancel login"));
    auto *cancelLogin = qobject_cast<QPushButton *>(button(QWizard::CustomButton2));
    cancelLogin->setObjectName(QStringLiteral("cancelLoginButton"));
    cancelLogin->setAutoDefault(false);
    A11y::nameAfterText(cancelLogin);
    connect(m_codePage, &CodePage::verifyRequested, m_session, &ConnectionSession::submitCode);
    connect(m_donePage, &DonePage::anotherRequested, this, [this] {
        m_controller->forgetLogin();
        m_creatorPage->clearAll();
        restartAt(CreatorPageId);
    });
    connect(m_donePage, &DonePage::tryAgainRequested, this, &ConnectWizard::tryAgain);
    connect(m_donePage, &DonePage::retryNowRequested, controller,
            [controller] { controller->resendStart(false); });
    connect(m_donePage, &DonePage::connectAnywayRequested, controller,
            [controller] { controller->resendStart(true); });

    connect(controller, &ConnectController::checkingSavedKey, m_keyPage,
            &ApiKeyPage::showCheckingSaved);
    connect(controller, &ConnectController::keyNeeded, this, &ConnectWizard::onKeyNeeded);
    connect(controller, &ConnectController::keyRejected, m_keyPage, &ApiKeyPage::showRejected);
    connect(m_keyPage, &ApiKeyPage::keychainRetryRequested, controller,
            &ConnectController::retryKeychain);
    connect(controller, &ConnectController::keyAccepted, this,
            [this](const WhoamiInfo &info, const QString &note, bool fromStore) {
                onKeyAccepted(info.teamName, note, fromStore);
            });
    connect(controller, &ConnectController::proxyProblem, m_proxyPage, &ProxyPage::showProblem);
    connect(controller, &ConnectController::proxySaved, this, [this](const QString &name) {
        refreshProfiles();
        m_proxyPage->editor()->useSaved(name);
    });
    connect(controller, &ConnectController::loginStarted, this, &ConnectWizard::onLoginStarted);
    connect(controller, &ConnectController::tick, m_connectingPage, &ConnectingPage::setElapsed);

    connect(m_session, &ConnectionSession::stateChanged, this, &ConnectWizard::onStateChanged);
    connect(m_session, &ConnectionSession::finished, this, &ConnectWizard::onFinished);
    connect(m_session, &ConnectionSession::statusReceived, this, [this](const AuthStatus &s) {
        m_connectingPage->setServerStatus(ServerWords::status(s.status));
    });
    connect(m_session, &ConnectionSession::codeRejected, this, [this](const QString &message) {
        m_codePage->entry()->showRejected(message, m_session->wrongCodeCount());
    });
    connect(m_session, &ConnectionSession::retrying, this, &ConnectWizard::onRetrying);
    // Any answer, a new state or the end means the back-off is over.
    connect(m_session, &ConnectionSession::statusReceived, this, &ConnectWizard::clearRetry);
    connect(m_session, &ConnectionSession::stateChanged, this, &ConnectWizard::clearRetry);
    m_countdown.setInterval(250); // whole seconds shown; a quarter keeps them on time
    connect(&m_countdown, &QTimer::timeout, this, &ConnectWizard::showRetry);
    for (RetryNotice *notice : {m_connectingPage->notice(), m_codePage->notice()}) {
        connect(notice, &RetryNotice::retryRequested, this, [this] {
            if (m_session->pollNow())
                clearRetry();
        });
    }
}

ConnectWizard::~ConnectWizard()
{
    m_creatorPage->clearPassword();
}

void ConnectWizard::setBackgroundAllowed(bool allowed)
{
    m_backgroundAllowed = allowed;
    onPageChanged(currentId());
}

void ConnectWizard::start()
{
    if (m_controller->isPractice()) {
        m_keyPage->setKeychainNote(tr("Practice mode: the practice key is filled in and nothing "
                                      "is saved."),
                                   false, false);
    }
    m_controller->begin();
}

int ConnectWizard::nextId() const
{
    switch (currentId()) {
    case ApiKeyPageId: return CreatorPageId;
    case CreatorPageId: return ProxyPageId;
    case ProxyPageId: return ConnectingPageId;
    case ConnectingPageId: return m_session->state() == State::NeedsCode ? CodePageId : DonePageId;
    case CodePageId: return DonePageId;
    default: return -1;
    }
}

void ConnectWizard::restartAt(PageId id)
{
    setStartId(id);
    restart();
}

void ConnectWizard::changeKey()
{
    m_keyPage->clearKey();
    if (!m_controller->keyPrefill().isEmpty()) // practice: its key is the only one
        m_keyPage->showKeyNeeded({}, m_controller->keyPrefill());
    m_changingKey = true;
    restartAt(ApiKeyPageId);
}

void ConnectWizard::keepKey()
{
    m_changingKey = false;
    m_keyPage->clearKey();
    restartAt(CreatorPageId);
}

void ConnectWizard::refreshProfiles()
{
    ProxyProfiles *profiles = m_controller->profiles();
    m_proxyPage->editor()->setProfiles(profiles ? profiles->list() : QList<ProxyProfile> {},
                                       profiles != nullptr);
}

void ConnectWizard::onPageChanged(int id)
{
    if (id == -1)
        return; // restart() passes through "no page" on its way to the start page
    // Once a login runs, only the page's own buttons act on it: no Back into a started
    // login, and Cancel is "Cancel login" on the page (closing the window asks first).
    if (id != ApiKeyPageId)
        m_changingKey = false;
    setOption(QWizard::HaveCustomButton1, id == ApiKeyPageId && m_changingKey);
    setOption(QWizard::HaveCustomButton2, id == ConnectingPageId || id == CodePageId);
    setOption(QWizard::HaveCustomButton3,
              m_backgroundAllowed && (id == ConnectingPageId || id == CodePageId));
    QList<QWizard::WizardButton> layout {QWizard::Stretch};
    if (id == ApiKeyPageId && m_changingKey)
        layout << QWizard::CustomButton1 << QWizard::NextButton << QWizard::CancelButton;
    else if (id == CodePageId)
        layout << QWizard::CustomButton3 << QWizard::CustomButton2 << QWizard::NextButton;
    else if (id == DonePageId)
        layout << QWizard::FinishButton;
    else if (id == ConnectingPageId)
        layout << QWizard::CustomButton3 << QWizard::CustomButton2;
    else
        layout << QWizard::BackButton << QWizard::NextButton << QWizard::CommitButton
               << QWizard::FinishButton << QWizard::CancelButton;
    setButtonLayout(layout);
    // Back from the proxy page: the password goes, as on every Back (it is retyped).
    if (id == CreatorPageId && m_lastId == ProxyPageId)
        m_creatorPage->clearPassword();
    if (id == CreatorPageId)
        m_reuseLogin = false; // the login page sends what it holds
    m_lastId = id;
    // The result comes on its own, maybe while the person is typing a code on the page before.
    if (id == DonePageId)
        m_pageShown.start();
    else
        m_pageShown.invalidate();
    if (id == CreatorPageId) {
        m_creatorPage->focusStart(); // after QWizard's own choice, the first field
    } else if (id == ConnectingPageId) {
        m_connectingPage->focusState();
    } else if (id == DonePageId) {
        m_donePage->focusHeadline();
        // After a failure Enter tries again; Finish is the default only when all is done.
        if (!m_donePage->isConnected())
            m_donePage->makeTryAgainDefault();
    }
}

void ConnectWizard::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_pageShown.isValid() && m_pageShown.elapsed() < kSettleMs) {
        event->accept();
        return;
    }
    QWizard::keyPressEvent(event);
}

void ConnectWizard::onKeyNeeded(const QString &message, const QString &prefill)
{
    if (!m_controller->isPractice()) {
        m_keyPage->setKeychainNote(m_controller->keychainProblem(), m_controller->canRemember(),
                                   true, m_controller->keychainDetail());
        m_keyPage->offerKeychainRetry(m_controller->canRetryKeychain());
    }
    m_keyPage->showKeyNeeded(message, prefill.isEmpty() ? m_controller->keyPrefill() : prefill);
    if (currentId() != ApiKeyPageId)
        restartAt(ApiKeyPageId);
}

void ConnectWizard::onKeyAccepted(const QString &teamName, const QString &note, bool fromStore)
{
    m_keyPage->offerKeychainRetry(false);
    // Said in full once: after the key page showed it, a short reminder is enough.
    const bool seen = !fromStore && !note.isEmpty() && m_keyPage->keychainNote() == note;
    m_creatorPage->setKeyInfo(
        teamName, seen ? tr("The API key is kept in memory for this session only.") : note);
    if (fromStore) {
        restartAt(CreatorPageId);
    } else if (currentId() == ApiKeyPageId) {
        m_keyPage->setAccepted();
        next();
    }
    if (!m_resumeOffered)
        offerResume();
}

void ConnectWizard::setResumeOffer(bool offer, std::function<bool(const QString &)> followed)
{
    m_resumeOffered = !offer;
    m_followed = std::move(followed);
}

void ConnectWizard::offerResume()
{
    m_resumeOffered = true;
    QList<PendingSession> pending = m_controller->pendingLogins();
    if (m_followed)
        pending.removeIf([this](const PendingSession &p) { return m_followed(p.accountId); });
    offerPending(pending);
}

void ConnectWizard::offerPending(QList<PendingSession> pending)
{
    if (pending.isEmpty() || m_session->isActive())
        return;
    const PendingSession p = pending.takeFirst();
    const QString who = p.displayName.isEmpty() ? p.accountId : p.displayName;
    MessageBox::Question q;
    q.title = tr("Resume a login?");
    // No claim about how it was left: the app, the CLI or a crash may have left it.
    q.text = tr("A login for “%1” (started %2) was not finished.")
                 .arg(who, QLocale().toString(p.startedAt.toLocalTime(), QLocale::ShortFormat));
    q.informativeText = tr("Resume it to see how it ended or to enter its code. No new login is "
                           "sent to Fansly.");
    if (!pending.isEmpty())
        q.informativeText += QLatin1Char(' ')
            + tr("%Ln more unfinished login(s) will be offered after this one.", nullptr,
                 int(pending.size()));
    q.buttons = QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel;
    q.defaultButton = QMessageBox::Yes;
    q.escapeButton = QMessageBox::Cancel;
    q.buttonTexts = {{QMessageBox::Yes, tr("&Resume")},
                     {QMessageBox::Discard, tr("&Forget it")},
                     {QMessageBox::Cancel, tr("&Not now")}};
    MessageBox::ask(this, q, [this, p, who, pending](MessageBox::Button answer) {
        if (answer == QMessageBox::Yes && !m_session->isActive()) {
            m_shownChallenge = ConnectionSession::Challenge::None;
            m_loginUsername.clear(); // only the name was kept
            restartAt(ConnectingPageId);
            m_connectingPage->setCreator(who);
            m_connectingPage->setServerStatus({});
            m_controller->resume(p);
            return;
        }
        if (answer == QMessageBox::Discard)
            m_controller->discardPending(p);
        offerPending(pending);
    });
}

void ConnectWizard::onConnectRequested()
{
    m_loginUsername = m_creatorPage->request().username;
    if (m_reuseLogin)
        m_controller->resendThroughProxy(m_proxyPage->selection());
    else
        m_controller->connectAccount(m_creatorPage->request(), m_proxyPage->selection());
}

void ConnectWizard::onLoginStarted()
{
    // The request holds its own copy now; the widgets do not need the password any more.
    m_creatorPage->clearPassword();
    m_shownChallenge = ConnectionSession::Challenge::None;
    m_connectingPage->setCreator(m_session->displayName());
    m_connectingPage->setServerStatus({});
    if (currentId() == ProxyPageId) {
        m_proxyPage->setStarted();
        next();
    } else {
        // Back was pressed while a saved proxy was loading: the login runs all the same.
        restartAt(ConnectingPageId);
    }
}

void ConnectWizard::onStateChanged(State state)
{
    m_connectingPage->setState(m_session->describe());
    switch (state) {
    case State::NeedsCode: onNeedsCode(); break;
    case State::SubmittingCode:
    case State::Verifying:
    case State::Waiting:
        if (currentId() == CodePageId)
            m_codePage->entry()->setChecking(true, m_session->describe());
        break;
    default: break;
    }
}

void ConnectWizard::onNeedsCode()
{
    using C = ConnectionSession::Challenge;
    const C challenge = m_session->challenge();
    const C before = m_shownChallenge;
    const bool fresh = challenge != before;
    m_shownChallenge = challenge;
    m_codePage->entry()->setCreator(m_session->displayName(), m_loginUsername);
    m_codePage->entry()->setChallenge(challenge == C::Email, m_session->maskedEmail());
    if (currentId() == ConnectingPageId) {
        next();
    } else if (currentId() == CodePageId) {
        if (!fresh) {
            m_codePage->entry()->setChecking(false);
            return;
        }
        m_codePage->startNewChallenge();
        if (before == C::Email && challenge == C::App)
            m_codePage->entry()->setNote(
                tr("Email code accepted. Now the code from the creator's authenticator app."));
    } else {
        return;
    }
    notifyChallenge(m_session->describe());
}

// The connect wizard, continued: when things go wrong or end. Waiting out a back-off,
// where "Try again" leads, the result page, the tray alert, and closing the window.
#include "ConnectWizard.h"

#include "ApiKeyPage.h"
#include "CodePage.h"
#include "ConnectingPage.h"
#include "CreatorPage.h"
#include "DonePage.h"
#include "MessageBox.h"
#include "ProxyEditor.h"
#include "ProxyPage.h"
#include "RetryNotice.h"
#include "login/ConnectController.h"
#include "login/FailureAdvice.h"

#include <QApplication>
#include <QSystemTrayIcon>

using State = ConnectionSession::State;

void ConnectWizard::onRetrying(const ApiError &error, int delayMs)
{
    m_retryCause = error.briefCause();
    // The server said how long to wait: asking sooner only earns another refusal.
    m_retryOffered = error.kind != ApiError::Kind::RateLimited;
    m_retryDue.start();
    m_retryDelayMs = delayMs;
    m_countdown.start();
    showRetry();
}

void ConnectWizard::showRetry()
{
    const qint64 leftMs = m_retryDelayMs - m_retryDue.elapsed();
    const int seconds = int((leftMs + 999) / 1000);
    const QString text = seconds > 0
        ? tr("%1. Trying again in %Ln s.", nullptr, seconds).arg(m_retryCause)
        : tr("%1. Trying again now…").arg(m_retryCause);
    if (seconds <= 0)
        m_countdown.stop();
    m_connectingPage->notice()->showNotice(text, m_retryOffered && seconds > 0);
    m_codePage->notice()->showNotice(text, m_retryOffered && seconds > 0);
}

void ConnectWizard::clearRetry()
{
    m_countdown.stop();
    m_connectingPage->notice()->clearNotice();
    m_codePage->notice()->clearNotice();
}

void ConnectWizard::tryAgain()
{
    m_creatorPage->clearPassword();
    switch (m_fix) {
    case FailureAdvice::Fix::Proxy:
        // The login stays as it was (password included, in the controller); only the proxy
        // changes. Through the login page, so Back still leads there.
        restartAt(CreatorPageId);
        next();
        m_reuseLogin = true;
        m_proxyPage->editor()->focusChoice();
        return;
    case FailureAdvice::Fix::ApiKey:
        m_controller->forgetLogin();
        m_keyPage->clearKey();
        if (!m_controller->keyPrefill().isEmpty())
            m_keyPage->showKeyNeeded({}, m_controller->keyPrefill());
        restartAt(ApiKeyPageId);
        return;
    case FailureAdvice::Fix::ForceConnect:
        m_controller->forgetLogin();
        restartAt(CreatorPageId);
        m_creatorPage->focusForceConnect();
        return;
    case FailureAdvice::Fix::Password:
        m_controller->forgetLogin();
        restartAt(CreatorPageId);
        m_creatorPage->focusPassword();
        return;
    }
}

void ConnectWizard::onFinished(State state)
{
    if (state == State::Connected) {
        const AuthStatus s = m_session->lastStatus();
        m_donePage->showConnected(m_session->displayName(), m_session->accountId(),
                                  s.fanslyUserData.value(QLatin1String("username")).toString());
    } else {
        const FailureAdvice advice = FailureAdvice::of(*m_session);
        using R = FailureAdvice::Reason;
        m_fix = advice.fix;
        DonePage::Offers offers;
        const bool canResend = m_controller->canResendStart();
        offers.retryNow = canResend
            && (advice.reason == R::RateLimited || advice.reason == R::NoCredits
                || advice.reason == R::Network);
        offers.connectAnyway = canResend && advice.reason == R::AlreadyConnected;
        m_donePage->showFailure(advice.headline, advice.advice, advice.detail, offers);
    }
    if (m_tray)
        m_tray->hide();
    if (currentId() == ConnectingPageId || currentId() == CodePageId) {
        m_codePage->setFinished();
        next();
    }
}

void ConnectWizard::notifyChallenge(const QString &text)
{
    if (isActiveWindow())
        return;
    QApplication::alert(this);
    emit attentionRequested(text);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(windowTitle());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
    m_tray->show();
    m_tray->showMessage(tr("Verification code needed"), text, QSystemTrayIcon::Information);
}

bool ConnectWizard::holdsTypedInput() const
{
    const int id = currentId();
    if (id != ApiKeyPageId && id != CreatorPageId && id != ProxyPageId)
        return false;
    return m_keyPage->hasTypedKey(m_controller->keyPrefill()) || m_creatorPage->hasInput()
        || m_proxyPage->editor()->hasInput();
}

void ConnectWizard::reject()
{
    if (m_session->isActive() && m_backgroundAllowed) {
        handOver(); // nothing is lost: the list follows the login
        return;
    }
    if (m_session->isActive() && !m_closeConfirmed) {
        MessageBox::Question q;
        q.title = tr("Close during a login?");
        q.text = tr("A login is still running.");
        q.informativeText = tr("If you close now, the login goes on at OnlyFansAPI without you. "
                               "You can resume it the next time you open Fansly Connect.");
        q.buttons = QMessageBox::Close | QMessageBox::Cancel;
        q.defaultButton = QMessageBox::Cancel;
        q.escapeButton = QMessageBox::Cancel;
        q.buttonTexts = {{QMessageBox::Close, tr("C&lose anyway")},
                         {QMessageBox::Cancel, tr("&Keep working")}};
        MessageBox::ask(this, q, [this](MessageBox::Button answer) {
            if (answer != QMessageBox::Close)
                return;
            m_closeConfirmed = true;
            reject();
        });
        return;
    }
    if (m_changingKey && currentId() == ApiKeyPageId) {
        keepKey(); // Cancel cancels the key change, not the app
        return;
    }
    if (!m_session->isActive() && holdsTypedInput() && !m_discardConfirmed) {
        MessageBox::Question q;
        q.title = tr("Quit and lose what you typed?");
        q.text = tr("What you typed for this creator is not kept when Fansly Connect closes.");
        q.buttons = QMessageBox::Discard | QMessageBox::Cancel;
        q.defaultButton = QMessageBox::Cancel;
        q.escapeButton = QMessageBox::Cancel;
        q.buttonTexts
            = {{QMessageBox::Discard, tr("&Quit")}, {QMessageBox::Cancel, tr("&Keep editing")}};
        MessageBox::ask(this, q, [this](MessageBox::Button answer) {
            if (answer != QMessageBox::Discard)
                return;
            m_discardConfirmed = true;
            reject();
        });
        return;
    }
    m_creatorPage->clearPassword();
    if (m_tray)
        m_tray->hide();
    QWizard::reject();
}

void ConnectWizard::handOver()
{
    // From here the login is the accounts window's: nothing of it reaches this window.
    disconnect(m_session, nullptr, this, nullptr);
    disconnect(m_controller, nullptr, this, nullptr);
    m_countdown.stop();
    emit continueInBackground();
    m_creatorPage->clearPassword();
    if (m_tray)
        m_tray->hide();
    QWizard::reject();
}

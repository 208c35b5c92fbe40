#include "CodeDialog.h"

#include "Bidi.h"
#include "CodeEntry.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

using State = ConnectionSession::State;

CodeDialog::CodeDialog(ConnectionSession *session, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_accountId(session->accountId())
    , m_entry(new CodeEntry(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("codeDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    const QString name = session->displayName().isEmpty() ? username : session->displayName();
    setWindowTitle(tr("Verification code for %1").arg(isolated(name)));
    m_verify = m_buttons->addButton(tr("&Verify"), QDialogButtonBox::AcceptRole);
    m_verify->setObjectName(QStringLiteral("codeVerifyButton"));
    m_buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_entry);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_entry->setCreator(name, username);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64); // the email sentence on one line
    showChallenge();
    updateButton();

    connect(m_entry, &CodeEntry::completeChanged, this, &CodeDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CodeDialog::verify);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(session, &ConnectionSession::stateChanged, this, &CodeDialog::onState);
    connect(session, &ConnectionSession::codeRejected, this, [this](const QString &message) {
        m_entry->showRejected(message, m_session ? m_session->wrongCodeCount() : 0);
    });
    // The login ended elsewhere (or its session went): nothing left to type here.
    connect(session, &QObject::destroyed, this, &QDialog::reject);
    if (session->isActive() && session->state() != State::NeedsCode)
        onState(session->state()); // opened while a code is being checked: shown as such
}

void CodeDialog::showChallenge()
{
    using C = ConnectionSession::Challenge;
    const C challenge = m_session->challenge();
    const C before = m_shown;
    m_shown = challenge;
    m_entry->setChallenge(challenge == C::Email, m_session->maskedEmail());
    if (before == challenge)
        return;
    m_entry->reset();
    if (before == C::Email && challenge == C::App)
        m_entry->setNote(
            tr("Email code accepted. Now the code from the creator's authenticator app."));
}

void CodeDialog::verify()
{
    if (!m_entry->isComplete() || !m_session)
        return;
    emit codeEntered(m_accountId, m_entry->code());
    m_session->submitCode(m_entry->code()); // this dialog's own login, never another's
}

void CodeDialog::updateButton()
{
    m_verify->setEnabled(m_entry->isComplete());
    m_verify->setDefault(true);
}

void CodeDialog::onState(State state)
{
    switch (state) {
    case State::NeedsCode:
        m_entry->setChecking(false);
        showChallenge(); // a wrong code's reason comes through codeRejected
        break;
    case State::SubmittingCode:
    case State::Verifying:
    case State::Waiting: m_entry->setChecking(true, m_session->describe()); break;
    case State::Connected: accept(); break;
    case State::Failed:
    case State::TimedOut:
    case State::Cancelled:
        // The row says what happened; the dialog has nothing left to ask.
        reject();
        break;
    default: break;
    }
}

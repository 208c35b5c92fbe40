#include "ConnectingPage.h"

#include "A11y.h"
#include "Bidi.h"
#include "RetryNotice.h"
#include "StatusLabel.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ConnectingPage::ConnectingPage(QWidget *parent)
    : BasePage(parent)
    , m_creator(new QLabel(this))
    , m_state(new StatusLabel(this))
    , m_progress(new QProgressBar(this))
    , m_server(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_notice(new RetryNotice(QStringLiteral("connectingNotice"), this))
{
    setTitle(tr("Connecting"));
    setSubTitle(tr("If Fansly asks for a code, the next page asks the creator for it."));

    m_creator->setObjectName(QStringLiteral("connectingCreator"));
    m_creator->setTextFormat(Qt::PlainText);
    m_creator->setWordWrap(true);
    QFont bigger = m_creator->font();
    bigger.setBold(true);
    m_creator->setFont(bigger);
    body()->addWidget(m_creator);

    m_state->setObjectName(QStringLiteral("connectingStatus"));
    // Focus lands on the state, not on "Cancel login": a stray Enter or Space must not stop
    // a login, and a screen reader reads what is happening.
    A11y::makeReadable(m_state->textLabel());
    body()->addWidget(m_state);
    m_progress->setObjectName(QStringLiteral("connectingProgress"));
    m_progress->setRange(0, 0); // busy: how long a login takes is not known
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Connecting"));
    body()->addWidget(m_progress);

    m_server->setObjectName(QStringLiteral("serverStatus"));
    m_server->setTextFormat(Qt::PlainText);
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    m_elapsed->setTextFormat(Qt::PlainText);
    auto *facts = new QHBoxLayout;
    facts->addWidget(m_server, 1);
    facts->addWidget(m_elapsed);
    body()->addLayout(facts);
    body()->addWidget(m_notice);
    body()->addStretch(1);

    setElapsed(0);
}

void ConnectingPage::setCreator(const QString &name)
{
    m_creator->setText(name.isEmpty() ? QString() : tr("Connecting “%1”").arg(isolated(name)));
    m_creator->setVisible(!name.isEmpty());
}

void ConnectingPage::focusState()
{
    m_state->textLabel()->setFocus(Qt::OtherFocusReason);
}

void ConnectingPage::setState(const QString &description)
{
    m_state->setMessage(description, StatusLabel::Tone::Busy);
}

void ConnectingPage::setServerStatus(const QString &words)
{
    // Only a status this app knows, in words: an unknown token would be jargon.
    m_server->setText(words.isEmpty() ? QString() : tr("Server status: %1").arg(words));
}

QString ConnectingPage::formatElapsed(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    const QLocale locale; // the language's own digits
    QString seconds = locale.toString(s % 60);
    if (s % 60 < 10)
        seconds.prepend(locale.zeroDigit());
    return tr("%1:%2").arg(locale.toString(s / 60), seconds);
}

void ConnectingPage::setElapsed(qint64 ms)
{
    // Not announced every second: screen readers read it when asked.
    m_elapsed->setText(tr("Elapsed time: %1").arg(formatElapsed(ms)));
}

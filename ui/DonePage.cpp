#include "DonePage.h"

#include "A11y.h"
#include "Bidi.h"
#include "ElidedLabel.h"

#include <QAccessible>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *textLabel(QWidget *parent, const char *objectName, bool selectable = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (selectable)
        A11y::makeReadable(label);
    return label;
}
// A value on one line: long ones end in "…", whole in the tooltip and for screen readers.
ElidedLabel *valueLabel(QWidget *parent, const char *objectName)
{
    auto *label = new ElidedLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    A11y::makeReadable(label);
    return label;
}
} // namespace

DonePage::DonePage(QWidget *parent)
    : BasePage(parent)
    , m_headline(textLabel(this, "doneHeadline", true)) // first in the focus chain
    , m_advice(textLabel(this, "doneAdvice"))
    , m_facts(new QWidget(this))
    , m_name(valueLabel(m_facts, "doneName"))
    , m_id(valueLabel(m_facts, "doneAccountId"))
    , m_username(valueLabel(m_facts, "doneUsername"))
    , m_usernameLabel(new QLabel(tr("Fansly username:"), m_facts))
    , m_detail(textLabel(this, "doneDetail", true))
    , m_another(new QPushButton(tr("Connect &another creator"), this))
    , m_tryAgain(new QPushButton(tr("&Try again"), this))
    , m_retryNow(new QPushButton(tr("&Retry now"), this))
    , m_connectAnyway(new QPushButton(tr("Connect a&nyway"), this))
{
    setTitle(tr("Done"));
    setFinalPage(true);

    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_headline->setFont(big);
    body()->addWidget(m_headline);
    body()->addWidget(m_advice);

    auto *form = new QFormLayout(m_facts);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Account name:"), m_name);
    form->addRow(tr("Account ID:"), m_id);
    m_usernameLabel->setBuddy(m_username); // screen readers read the caption with the value
    form->addRow(m_usernameLabel, m_username);
    body()->addWidget(m_facts);
    body()->addWidget(m_detail);
    body()->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_another->setObjectName(QStringLiteral("connectAnotherButton"));
    m_tryAgain->setObjectName(QStringLiteral("tryAgainButton"));
    m_retryNow->setObjectName(QStringLiteral("retryNowButton"));
    m_connectAnyway->setObjectName(QStringLiteral("connectAnywayButton"));
    for (QPushButton *b : {m_another, m_tryAgain, m_retryNow, m_connectAnyway}) {
        A11y::nameAfterText(b);
        buttons->addWidget(b);
    }
    m_retryNow->hide();
    m_connectAnyway->hide();
    buttons->addStretch(1);
    body()->addLayout(buttons);

    connect(m_another, &QPushButton::clicked, this, &DonePage::anotherRequested);
    connect(m_tryAgain, &QPushButton::clicked, this, &DonePage::tryAgainRequested);
    connect(m_retryNow, &QPushButton::clicked, this, &DonePage::retryNowRequested);
    connect(m_connectAnyway, &QPushButton::clicked, this, &DonePage::connectAnywayRequested);
}

void DonePage::showConnected(const QString &name, const QString &accountId,
                             const QString &fanslyUsername)
{
    m_connected = true;
    setTitle(tr("Connected"));
    setSubTitle(tr("The creator's Fansly account is ready in OnlyFansAPI."));
    // A name too long for one line is shortened in the sentence; it stays whole below.
    const QString shortName = m_headline->fontMetrics().elidedText(
        name, Qt::ElideMiddle, m_headline->fontMetrics().averageCharWidth() * 40);
    m_headline->setText(name.isEmpty() ? tr("The account is connected.")
                                       : tr("“%1” is connected.").arg(isolated(shortName)));
    m_advice->setText(tr("OnlyFansAPI can now work with this Fansly account. Press Finish to "
                         "close, or connect the next creator."));
    m_name->setText(name);
    m_id->setText(accountId);
    m_username->setText(fanslyUsername);
    m_username->setVisible(!fanslyUsername.isEmpty());
    m_usernameLabel->setVisible(!fanslyUsername.isEmpty());
    m_facts->show();
    m_detail->hide();
    m_another->show();
    m_tryAgain->hide();
    m_retryNow->hide();
    m_connectAnyway->hide();
    QAccessibleEvent event(m_headline, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void DonePage::showFailure(const QString &headline, const QString &advice, const QString &detail,
                           Offers offers)
{
    m_connected = false;
    setTitle(tr("Not connected"));
    setSubTitle(tr("The creator's Fansly account was not connected."));
    m_headline->setText(headline);
    m_advice->setText(advice);
    m_detail->setText(detail.isEmpty() ? QString() : tr("Reason given: %1").arg(detail));
    m_detail->setVisible(!detail.isEmpty());
    m_facts->hide();
    m_another->hide();
    m_tryAgain->show();
    m_retryNow->setVisible(offers.retryNow);
    m_connectAnyway->setVisible(offers.connectAnyway);
    QAccessibleEvent event(m_headline, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void DonePage::focusHeadline()
{
    m_headline->setFocus(Qt::OtherFocusReason);
}

void DonePage::makeTryAgainDefault()
{
    m_tryAgain->setDefault(true); // the dialog's other default (Finish) stops being one
}

#include "CreatorPage.h"

#include "A11y.h"
#include "Bidi.h"
#include "PasswordField.h"
#include "StatusLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

CreatorPage::CreatorPage(QWidget *parent)
    : BasePage(parent)
    , m_keyInfo(new QLabel(this))
    , m_changeKey(new QPushButton(tr("Change API &key"), this))
    , m_keyNote(new StatusLabel(this))
    , m_name(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_usernameHint(new StatusLabel(this))
    , m_password(new PasswordField(this))
    , m_force(new QCheckBox(tr("Connect &even if this account is already connected"), this))
{
    setTitle(tr("Creator's Fansly account"));
    setSubTitle(tr("Type the creator's Fansly login. The password is sent once and not kept."));

    auto *keyRow = new QHBoxLayout;
    m_keyInfo->setObjectName(QStringLiteral("keyInfoLabel"));
    m_keyInfo->setTextFormat(Qt::PlainText);
    m_keyInfo->setWordWrap(true);
    m_changeKey->setObjectName(QStringLiteral("changeKeyButton"));
    A11y::nameAfterText(m_changeKey);
    keyRow->addWidget(m_keyInfo, 1);
    keyRow->addWidget(m_changeKey);
    body()->addLayout(keyRow);
    m_keyNote->setObjectName(QStringLiteral("keyNote"));
    body()->addWidget(m_keyNote);

    auto *form = new QFormLayout;
    const auto row
        = [&](const QString &text, QWidget *field, QWidget *focusTarget, const char *name) {
              auto *label = new QLabel(text, this);
              focusTarget->setObjectName(QLatin1String(name));
              A11y::labelField(label, focusTarget);
              form->addRow(label, field);
          };
    row(tr("&Display name (optional)"), m_name, m_name, "displayNameEdit");
    row(tr("Fansly &username or email"), m_username, m_username, "usernameEdit");
    m_usernameHint->setObjectName(QStringLiteral("usernameHint"));
    // No label of its own, so the row takes no room while the hint is hidden.
    form->setWidget(form->rowCount(), QFormLayout::FieldRole, m_usernameHint);
    row(tr("&Password"), m_password, m_password->lineEdit(), "passwordEdit");
    m_password->toggleButton()->setObjectName(QStringLiteral("passwordShowButton"));
    m_name->setPlaceholderText(tr("Shown in your OnlyFansAPI account list"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    body()->addLayout(form);

    m_force->setObjectName(QStringLiteral("forceConnectCheck"));
    A11y::nameAfterText(m_force);
    body()->addWidget(m_force);
    body()->addStretch(1);

    // Mandatory fields: QWizard itself keeps Next off until both have text.
    registerField(QStringLiteral("username*"), m_username);
    registerField(QStringLiteral("password*"), m_password->lineEdit());

    // The login fields first; the key is something to change only now and then.
    setTabOrder(m_name, m_username);
    setTabOrder(m_username, m_password->lineEdit());
    setTabOrder(m_password->lineEdit(), m_password->toggleButton());
    setTabOrder(m_password->toggleButton(), m_force);
    setTabOrder(m_force, m_changeKey);

    connect(m_changeKey, &QPushButton::clicked, this, &CreatorPage::changeKeyRequested);
    connect(m_username, &QLineEdit::textChanged, this, [this](const QString &text) {
        const bool onlySpaces = !text.isEmpty() && text.trimmed().isEmpty();
        if (onlySpaces == !m_usernameHint->text().isEmpty())
            return;
        m_usernameHint->setMessage(onlySpaces ? tr("A username cannot be only spaces: type the "
                                                   "creator's Fansly username or email.")
                                              : QString(),
                                   StatusLabel::Tone::Warning);
        m_username->setAccessibleDescription(m_usernameHint->text());
    });
}

void CreatorPage::cleanupPage()
{
    clearPassword();
}

bool CreatorPage::isComplete() const
{
    return !m_username->text().trimmed().isEmpty() && !m_password->text().isEmpty();
}

StartRequest CreatorPage::request() const
{
    StartRequest r;
    r.name = m_name->text().trimmed();
    r.username = m_username->text().trimmed();
    r.password = m_password->text();
    r.forceConnect = m_force->isChecked();
    return r;
}

void CreatorPage::clearPassword()
{
    m_password->clear();
}

void CreatorPage::clearAll()
{
    m_name->clear();
    m_username->clear();
    m_password->clear();
    m_force->setChecked(false);
}

void CreatorPage::setKeyInfo(const QString &teamName, const QString &note)
{
    m_keyInfo->setText(teamName.isEmpty()
                           ? tr("Using the API key that was checked.")
                           : tr("Using the API key of the team “%1”.").arg(isolated(teamName)));
    m_keyNote->setMessage(note, StatusLabel::Tone::Warning);
}

void CreatorPage::focusForceConnect()
{
    m_force->setFocus();
}

void CreatorPage::focusPassword()
{
    m_password->lineEdit()->setFocus();
}

void CreatorPage::focusStart()
{
    // The username is what must be typed; the display name above it is optional.
    if (m_username->text().isEmpty())
        m_username->setFocus();
}

bool CreatorPage::hasInput() const
{
    return !m_name->text().trimmed().isEmpty() || !m_username->text().trimmed().isEmpty()
        || !m_password->text().isEmpty();
}

#include "ApiKeyPage.h"

#include "A11y.h"
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

ApiKeyPage::ApiKeyPage(QWidget *parent)
    : BasePage(parent)
    , m_key(new PasswordField(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
    , m_keychainNote(new StatusLabel(this))
    , m_detailsButton(new QPushButton(tr("&Details"), this))
    , m_retryButton(new QPushButton(tr("Try the key&chain again"), this))
    , m_details(new QLabel(this))
    , m_status(new StatusLabel(this))
{
    setTitle(tr("OnlyFansAPI key"));
    setSubTitle(tr("The key connects this app to your agency's OnlyFansAPI account."));

    body()->addWidget(paragraph(tr("Copy the key from the OnlyFansAPI console (API Keys) and "
                                   "paste it here. It is checked before you go on."),
                                this));
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&API key"), this);
    m_key->lineEdit()->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->toggleButton()->setObjectName(QStringLiteral("apiKeyShowButton"));
    A11y::labelField(label, m_key->lineEdit());
    form->addRow(label, m_key);
    body()->addLayout(form);

    m_remember->setObjectName(QStringLiteral("rememberKeyCheck"));
    m_remember->setChecked(true);
    A11y::nameAfterText(m_remember);
    body()->addWidget(m_remember);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_keychainNote, 1);
    m_detailsButton->setObjectName(QStringLiteral("keychainDetailsButton"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoDefault(false);
    A11y::nameAfterText(m_detailsButton);
    m_detailsButton->hide();
    noteRow->addWidget(m_detailsButton, 0, Qt::AlignTop);
    m_retryButton->setObjectName(QStringLiteral("keychainRetryButton"));
    m_retryButton->setAutoDefault(false);
    A11y::nameAfterText(m_retryButton);
    m_retryButton->hide();
    noteRow->addWidget(m_retryButton, 0, Qt::AlignTop);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_retryButton->hide();
        setBusy(true);
        m_status->setMessage(tr("Asking the system keychain again…"), StatusLabel::Tone::Busy);
        emit keychainRetryRequested(m_key->text());
    });
    body()->addLayout(noteRow);
    m_details->setObjectName(QStringLiteral("keychainDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    A11y::makeReadable(m_details);
    m_details->hide();
    body()->addWidget(m_details);
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QWidget::setVisible);
    m_status->setObjectName(QStringLiteral("apiKeyStatus"));
    body()->addWidget(m_status);
    body()->addStretch(1);

    registerField(QStringLiteral("apiKey*"), m_key->lineEdit());
    connect(m_key->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_accepted = false; // a changed key is checked again
        if (m_status->tone() == StatusLabel::Tone::Error)
            m_status->clear();
    });
    connect(m_remember, &QCheckBox::toggled, this, [this] { m_accepted = false; });
}

void ApiKeyPage::initializePage()
{
    m_accepted = false;
}

void ApiKeyPage::cleanupPage()
{
    // Keep the typed key: going back here to fix something should not retype it.
}

bool ApiKeyPage::isComplete() const
{
    return !m_busy && !m_key->text().trimmed().isEmpty();
}

bool ApiKeyPage::validatePage()
{
    if (m_accepted)
        return true;
    if (m_busy)
        return false;
    setBusy(true);
    m_status->setMessage(tr("Checking the key with OnlyFansAPI…"), StatusLabel::Tone::Busy);
    emit checkRequested(m_key->text(), m_remember->isEnabled() && m_remember->isChecked());
    return false;
}

void ApiKeyPage::showCheckingSaved()
{
    setBusy(true);
    m_status->setMessage(tr("Checking the saved API key…"), StatusLabel::Tone::Busy);
}

void ApiKeyPage::showKeyNeeded(const QString &message, const QString &prefill)
{
    setBusy(false);
    if (!prefill.isEmpty())
        m_key->setText(prefill);
    if (message.isEmpty())
        m_status->clear();
    else
        m_status->setMessage(message, StatusLabel::Tone::Warning);
    m_key->lineEdit()->setFocus();
}

void ApiKeyPage::showRejected(const QString &message)
{
    setBusy(false);
    m_status->setMessage(message, StatusLabel::Tone::Error);
    m_key->lineEdit()->setFocus();
    m_key->lineEdit()->selectAll();
}

void ApiKeyPage::setKeychainNote(const QString &note, bool canRemember, bool warning,
                                 const QString &details)
{
    m_remember->setEnabled(canRemember);
    m_remember->setChecked(canRemember);
    m_keychainNote->setMessage(note,
                               warning ? StatusLabel::Tone::Warning : StatusLabel::Tone::Info);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty() && !note.isEmpty());
    m_detailsButton->setChecked(false);
}

void ApiKeyPage::offerKeychainRetry(bool offer)
{
    m_retryButton->setVisible(offer);
}

QString ApiKeyPage::keychainNote() const
{
    return m_keychainNote->text();
}

void ApiKeyPage::clearKey()
{
    setBusy(false);
    m_key->clear();
    m_status->clear();
}

bool ApiKeyPage::hasTypedKey(const QString &prefill) const
{
    const QString key = m_key->text().trimmed();
    return !m_accepted && !key.isEmpty() && key != prefill;
}

void ApiKeyPage::setAccepted()
{
    setBusy(false);
    m_status->clear();
    m_accepted = true;
}

void ApiKeyPage::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_key->setEnabled(!busy);
    emit completeChanged();
}

#include "CodeEntry.h"

#include "A11y.h"
#include "Bidi.h"
#include "CodeField.h"
#include "FieldWidth.h"
#include "StatusLabel.h"
#include "login/VerificationCode.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

CodeEntry::CodeEntry(QWidget *parent)
    : QWidget(parent)
    , m_creator(new QLabel(this))
    , m_source(new QLabel(this))
    , m_note(new StatusLabel(this))
    , m_code(new CodeField(this))
    , m_error(new StatusLabel(this))
    , m_progressText(new StatusLabel(this))
    , m_progress(new QProgressBar(this))
    , m_extras(new QVBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_creator->setObjectName(QStringLiteral("codeCreator"));
    m_creator->setTextFormat(Qt::PlainText);
    m_creator->setWordWrap(true);
    QFont bold = m_creator->font();
    bold.setBold(true);
    m_creator->setFont(bold);
    layout->addWidget(m_creator);
    m_note->setObjectName(QStringLiteral("codeNote"));
    layout->addWidget(m_note);
    m_source->setObjectName(QStringLiteral("codeSource"));
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    layout->addWidget(m_source);

    // A row of its own: the code's bigger font would leave a form label hanging high.
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Verification &code"), this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    A11y::labelField(label, m_code);
    m_code->setPlaceholderText(tr("digits only"));
    // Short, as a code is, but never shorter than its hint in this language.
    m_code->setMaximumWidth(qMax(m_code->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18,
                                 fieldWidthFor(m_code, m_code->placeholderText())));
    row->addWidget(label);
    row->addWidget(m_code, 1);
    row->addStretch(0);
    layout->addLayout(row);

    m_error->setObjectName(QStringLiteral("codeError"));
    layout->addWidget(m_error);
    m_progressText->setObjectName(QStringLiteral("codeProgressText"));
    layout->addWidget(m_progressText);
    layout->addLayout(m_extras);
    m_progress->setObjectName(QStringLiteral("codeProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Checking the code"));
    m_progress->hide();
    layout->addWidget(m_progress);

    connect(m_code, &QLineEdit::textChanged, this, [this] {
        if (!m_checking)
            m_error->clear();
        emit completeChanged();
    });
    connect(m_code, &CodeField::nonDigitTyped, this, [this] {
        m_error->setMessage(
            tr("Digits only: the code is %Ln digit(s).", nullptr, VerificationCode::kFanslyDigits),
            StatusLabel::Tone::Warning);
    });
}

bool CodeEntry::isComplete() const
{
    return !m_checking && m_code->isComplete();
}

QString CodeEntry::code() const
{
    return m_code->code();
}

void CodeEntry::focusCode()
{
    m_code->setFocus();
}

void CodeEntry::setChallenge(bool email, const QString &maskedEmail)
{
    QString text;
    if (!email)
        text = tr("Ask for the current code from the creator's authenticator app.");
    else if (maskedEmail.isEmpty())
        text = tr("Fansly sent a code to the creator's email address. Ask the creator to read "
                  "it out.");
    else
        text = tr("Fansly sent a code to %1. Ask the creator to read it out.")
                   .arg(isolated(maskedEmail));
    if (text == m_source->text())
        return;
    m_source->setText(text);
    QAccessibleEvent event(m_source, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void CodeEntry::setCreator(const QString &name, const QString &username)
{
    const QString who = username.isEmpty() || username == name
        ? tr("Code for “%1”").arg(isolated(name))
        : tr("Code for “%1” (%2)").arg(isolated(name), isolated(username));
    m_creator->setText(who);
    m_creator->setVisible(!name.isEmpty());
}

void CodeEntry::setNote(const QString &note)
{
    m_note->setMessage(note, StatusLabel::Tone::Info);
}

void CodeEntry::reset()
{
    m_note->clear();
    m_code->clear();
    m_error->clear();
    setChecking(false);
    m_code->setFocus();
}

void CodeEntry::setChecking(bool checking, const QString &text)
{
    m_progress->setVisible(checking);
    if (checking)
        m_progressText->setMessage(text, StatusLabel::Tone::Busy);
    else
        m_progressText->clear();
    if (m_checking == checking)
        return;
    m_checking = checking;
    m_code->setReadOnly(checking);
    if (checking)
        m_error->clear();
    emit completeChanged();
}

void CodeEntry::showRejected(const QString &message, int wrongCodes)
{
    setChecking(false);
    const QString text = wrongCodes > 0
        ? tr("%1 Wrong codes so far: %2.").arg(message, QLocale().toString(wrongCodes))
        : message;
    m_error->setMessage(text, StatusLabel::Tone::Error);
    m_code->setFocus();
    m_code->selectAll();
}

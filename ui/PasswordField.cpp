#include "PasswordField.h"

#include "A11y.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

PasswordField::PasswordField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_toggle(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                                | Qt::ImhSensitiveData);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_toggle);
    setFocusProxy(m_edit);
    connect(m_toggle, &QToolButton::toggled, this, &PasswordField::setRevealed);
    setRevealed(false);
}

QString PasswordField::text() const
{
    return m_edit->text();
}

void PasswordField::setText(const QString &text)
{
    m_edit->setText(text);
}

void PasswordField::clear()
{
    // setText() empties the undo history too; clear() would let Show + Ctrl+Z undo it.
    m_edit->setText(QString());
    setRevealed(false);
}

bool PasswordField::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

void PasswordField::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(revealed);
    }
    m_toggle->setText(revealed ? tr("Hide") : tr("Show"));
    m_toggle->setToolTip(revealed ? tr("Hide what is typed") : tr("Show what is typed"));
    A11y::nameAfterText(m_toggle);
}

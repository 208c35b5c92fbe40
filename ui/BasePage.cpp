#include "BasePage.h"

#include <QLabel>
#include <QVBoxLayout>

BasePage::BasePage(QWidget *parent)
    : QWizardPage(parent)
    , m_banner(new QLabel(this))
    , m_body(new QVBoxLayout)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_banner->setObjectName(QStringLiteral("practiceBanner"));
    m_banner->setText(tr("Practice mode — no real account is touched"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setAlignment(Qt::AlignCenter);
    // The system's tooltip colours: a contrasting pair that follows the palette.
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(4);
    QFont bold = m_banner->font();
    bold.setBold(true);
    m_banner->setFont(bold);
    m_banner->hide();
    outer->addWidget(m_banner);
    outer->addLayout(m_body, 1);
}

void BasePage::setPracticeMode(bool practice)
{
    m_banner->setVisible(practice);
}

QLabel *BasePage::paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

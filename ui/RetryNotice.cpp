#include "RetryNotice.h"

#include "A11y.h"
#include "StatusLabel.h"

#include <QHBoxLayout>
#include <QPushButton>

RetryNotice::RetryNotice(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_text(new StatusLabel(this))
    , m_retry(new QPushButton(tr("Retry &now"), this))
{
    setObjectName(objectName);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_retry->setObjectName(objectName + QStringLiteral("RetryButton"));
    m_retry->setAutoDefault(false); // Enter keeps meaning what it means on the page
    A11y::nameAfterText(m_retry);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_text, 1);
    row->addWidget(m_retry, 0, Qt::AlignTop);
    m_retry->hide();
    hide();
    connect(m_retry, &QPushButton::clicked, this, &RetryNotice::retryRequested);
}

void RetryNotice::showNotice(const QString &text, bool offerRetry)
{
    m_text->setMessage(text, StatusLabel::Tone::Warning);
    m_retry->setVisible(offerRetry);
    setVisible(!text.isEmpty());
}

void RetryNotice::clearNotice()
{
    m_text->clear();
    m_retry->hide();
    hide();
}

QString RetryNotice::text() const
{
    return m_text->text();
}

#include "BasePage.h"

#include "PracticeBanner.h"

#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

BasePage::BasePage(QWidget *parent)
    : QWizardPage(parent)
    , m_banner(new PracticeBanner(this))
    , m_body(new QVBoxLayout)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_banner->hide();
    outer->addWidget(m_banner);
    outer->addLayout(m_body, 1);
}

QSize BasePage::minimumSizeHint() const
{
    const QSize content = QWizardPage::minimumSizeHint();
    const int least = fontMetrics().averageCharWidth() * 90;
    const QScreen *screen = this->screen();
    const int most = screen ? qMax(least, screen->availableGeometry().width() * 2 / 3) : least;
    return {qBound(least, content.width(), most), content.height()};
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

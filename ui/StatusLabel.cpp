#include "StatusLabel.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

StatusLabel::StatusLabel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    // Top-aligned with the icon, also when the widget is kept taller than its text.
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_text, 1, Qt::AlignTop);
    hide();
}

QString StatusLabel::text() const
{
    return m_text->text();
}

void StatusLabel::setMessage(const QString &text, Tone tone)
{
    const bool changed = text != m_text->text() || tone != m_tone;
    m_tone = tone;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (tone == Tone::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (tone == Tone::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (tone == Tone::Busy)
        icon = QStyle::SP_BrowserReload;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    setVisible(!text.isEmpty());
    if (changed && !text.isEmpty()) {
        // A live region of sorts: tell assistive technology the message is new.
        QAccessibleEvent event(m_text, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

#include "BlinkTimeout.h"

#include <QApplication>
#include <QEvent>

BlinkTimeout::BlinkTimeout(int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_flashMs(QApplication::cursorFlashTime())
{
    if (m_flashMs <= 0)
        return;
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &BlinkTimeout::settle);
    connect(qApp, &QApplication::focusChanged, this, &BlinkTimeout::wake);
    qApp->installEventFilter(this);
    m_timer.start();
}

BlinkTimeout::~BlinkTimeout()
{
    if (m_flashMs > 0)
        QApplication::setCursorFlashTime(-1); // the platform's own again
}

bool BlinkTimeout::isBlinking() const
{
    return QApplication::cursorFlashTime() > 0;
}

bool BlinkTimeout::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::InputMethod: wake(); break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void BlinkTimeout::wake()
{
    // Restarting a running timer costs nothing a key press would notice.
    m_timer.start();
    if (QApplication::cursorFlashTime() == 0)
        QApplication::setCursorFlashTime(-1); // the platform's own, as it is now
}

void BlinkTimeout::settle()
{
    QApplication::setCursorFlashTime(0); // a steady cursor: no timer behind it
}

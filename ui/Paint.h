#pragma once

#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Paint {

// Runs `then` (in `context`) once: as soon as `widget` has been painted for the first time,
// or after `latestMs` if it has not been by then (started minimised, say). For work the first
// picture on screen need not wait for.
inline void after(QWidget *widget, QObject *context, std::function<void()> then,
                  int latestMs = 1000)
{
    class Watch : public QObject
    {
    public:
        Watch(QWidget *widget, QObject *context, std::function<void()> then, int latestMs)
            : QObject(widget)
            , m_context(context)
            , m_then(std::move(then))
        {
            QTimer::singleShot(latestMs, this, [this] { fire(); });
        }
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                QTimer::singleShot(0, this, [this] { fire(); }); // after this paint pass
            return false;
        }

    private:
        void fire()
        {
            if (m_fired)
                return;
            m_fired = true;
            parent()->removeEventFilter(this);
            if (m_context)
                m_then();
            deleteLater();
        }
        QPointer<QObject> m_context;
        std::function<void()> m_then;
        bool m_fired = false;
    };
    widget->installEventFilter(new Watch(widget, context, std::move(then), latestMs));
}

} // namespace Paint

#pragma once

#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Paint {

// Runs `then` (in `context`) once, as soon as `widget` has been painted for the first time:
// for work the first picture on screen need not wait for.
inline void after(QWidget *widget, QObject *context, std::function<void()> then)
{
    class Watch : public QObject
    {
    public:
        Watch(QObject *context, std::function<void()> then)
            : m_context(context)
            , m_then(std::move(then))
        { }
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                watched->removeEventFilter(this);
                // After this paint pass, not inside it.
                QTimer::singleShot(0, m_context, m_then);
                deleteLater();
            }
            return false;
        }

    private:
        QPointer<QObject> m_context;
        std::function<void()> m_then;
    };
    widget->installEventFilter(new Watch(context, std::move(then)));
}

} // namespace Paint

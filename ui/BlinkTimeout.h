#pragma once

#include <QObject>
#include <QTimer>

// Stops the text cursor blinking after a few seconds without input, and lets it blink again
// at the next key press, click or focus change, as GNOME's cursor-blink-timeout does. A
// cursor that blinks for ever wakes the app twice a second while someone reads out a code,
// and WCAG 2.2.2 asks that blinking stop within 5 s. Works on the application's flash time,
// so it covers every field; does nothing when the platform does not blink at all.
class BlinkTimeout : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 5000;

    explicit BlinkTimeout(int timeoutMs = kTimeoutMs, QObject *parent = nullptr);
    ~BlinkTimeout() override;
    bool isBlinking() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void wake();
    void settle();

    QTimer m_timer;
    int m_flashMs = 0; // the platform's flash time at the start: 0, it never blinks
};

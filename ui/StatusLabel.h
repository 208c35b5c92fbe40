#pragma once

#include <QWidget>

class QLabel;

// A one-line-or-more message with an icon: progress, a hint, a warning or an error.
// Hidden while empty. Screen readers are told when the text changes.
class StatusLabel : public QWidget
{
    Q_OBJECT
public:
    enum class Tone {
        Info,
        Busy,
        Warning,
        Error
    };

    explicit StatusLabel(QWidget *parent = nullptr);

    void setMessage(const QString &text, Tone tone = Tone::Info);
    void clear() { setMessage({}); }
    QString text() const;
    Tone tone() const { return m_tone; }
    QLabel *textLabel() const { return m_text; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    Tone m_tone = Tone::Info;
};

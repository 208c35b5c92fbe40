#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

// A masked line edit with a "Show"/"Hide" button, for passwords and API keys.
class PasswordField : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordField(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *toggleButton() const { return m_toggle; }
    QString text() const;
    void setText(const QString &text);
    void clear();
    bool isRevealed() const;
    void setRevealed(bool revealed);

private:
    QLineEdit *m_edit;
    QToolButton *m_toggle;
};

#pragma once

#include <QLineEdit>

// The verification code input. Keeps only digits, so "123 456", "123-456" or a pasted
// "Your code is 123456" all become 123456.
class CodeField : public QLineEdit
{
    Q_OBJECT
public:
    explicit CodeField(QWidget *parent = nullptr);

    QString code() const { return text(); }
    bool isComplete() const; // Fansly's six digits

signals:
    // A key that cannot be part of a code was typed (and dropped): say why.
    void nonDigitTyped();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

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
    bool isPlausible() const;
};

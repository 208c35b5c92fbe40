#pragma once

#include <QWidget>

class QPushButton;
class StatusLabel;

// "The server had a problem (error 503). Trying again in 12 s."  [Retry now]
// One sentence while the login waits out a back-off, and a way not to wait. Hidden while
// there is nothing to say.
class RetryNotice : public QWidget
{
    Q_OBJECT
public:
    explicit RetryNotice(const QString &objectName, QWidget *parent = nullptr);

    void showNotice(const QString &text, bool offerRetry);
    void clearNotice();
    QString text() const;

signals:
    void retryRequested();

private:
    StatusLabel *m_text;
    QPushButton *m_retry;
};

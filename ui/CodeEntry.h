#pragma once

#include <QWidget>

class CodeField;
class QLabel;
class QProgressBar;
class QVBoxLayout;
class StatusLabel;

// Where a verification code is typed: whose code, where it comes from, the field, the
// verdict and the "checking" progress. The wizard's code page and the accounts window's
// code dialog both show this one widget, so a code is asked for the same way everywhere.
class CodeEntry : public QWidget
{
    Q_OBJECT
public:
    explicit CodeEntry(QWidget *parent = nullptr);

    // Whose code it is: the name shown for the login and, when known and different, the
    // Fansly username (several logins can wait for codes at once).
    void setCreator(const QString &name, const QString &username = {});
    // Where the code comes from: an email (to `maskedEmail`, may be empty) or an app.
    void setChallenge(bool email, const QString &maskedEmail);
    // A note that stays until the next challenge, e.g. the email code was accepted.
    void setNote(const QString &note);
    void reset(); // a fresh challenge: empty field, no old message
    void setChecking(bool checking, const QString &text = {});
    bool isChecking() const { return m_checking; }
    // `wrongCodes`: how many codes the server has turned down in this login so far (0 when
    // the code did not reach it), so a repeat reads as news, not as nothing happening.
    void showRejected(const QString &message, int wrongCodes = 0);
    bool isComplete() const;
    QString code() const;
    void focusCode();
    // Room below the progress bar for what the host adds (the wizard's retry notice).
    QVBoxLayout *extras() const { return m_extras; }

signals:
    void completeChanged();

private:
    QLabel *m_creator;
    QLabel *m_source;
    StatusLabel *m_note;
    CodeField *m_code;
    StatusLabel *m_error;
    StatusLabel *m_progressText;
    QProgressBar *m_progress;
    QVBoxLayout *m_extras;
    bool m_checking = false;
};

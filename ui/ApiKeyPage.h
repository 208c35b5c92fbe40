#pragma once

#include "BasePage.h"

class PasswordField;
class QCheckBox;
class QLabel;
class QPushButton;
class StatusLabel;

// Page 1: the OnlyFansAPI key. Checking it is someone else's job: Next asks for a
// check (checkRequested) and the page waits until it is told the key was accepted.
class ApiKeyPage : public BasePage
{
    Q_OBJECT
public:
    explicit ApiKeyPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // While a saved key is checked at start: the field waits.
    void showCheckingSaved();
    // Ready for typing, with `message` (why a key is needed) and an optional key to retry.
    void showKeyNeeded(const QString &message, const QString &prefill);
    void showRejected(const QString &message);
    // The keychain cannot store the key: says so in plain words, and "Remember" is off. The
    // system's own words (`details`) wait behind "Details".
    void setKeychainNote(const QString &note, bool canRemember, bool warning = true,
                         const QString &details = {});
    QString keychainNote() const;
    // "Try the keychain again" next to the note (a locked keychain can be unlocked meanwhile).
    void offerKeychainRetry(bool offer);
    void clearKey(); // "Change API key": start from an empty field
    // Whether the field holds something the person typed (not `prefill`, not an accepted key).
    bool hasTypedKey(const QString &prefill) const;
    void setAccepted(); // the next Next goes through

signals:
    void checkRequested(const QString &key, bool remember);
    // With what is in the key field now, which stays as it is.
    void keychainRetryRequested(const QString &key);

private:
    void setBusy(bool busy);

    PasswordField *m_key;
    QCheckBox *m_remember;
    StatusLabel *m_keychainNote;
    QPushButton *m_detailsButton;
    QPushButton *m_retryButton;
    QLabel *m_details;
    StatusLabel *m_status;
    bool m_busy = false;
    bool m_accepted = false;
};

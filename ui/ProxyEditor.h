#pragma once

#include "proxy/ProxyProfiles.h"

#include <QWidget>

class PasswordField;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class StatusLabel;

// Managed proxy (country), custom proxy (host, port, user, password; optionally saved
// under a name) or a saved proxy. One kind at a time: the radio buttons enable their
// own fields. Invalid input is marked at the field with the reason.
class ProxyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProxyEditor(QWidget *parent = nullptr);

    void setProfiles(const QList<ProxyProfile> &profiles, bool available);
    ProxySelection selection() const;
    bool hasInput() const; // anything typed into the custom proxy fields
    // Marks the first invalid field with its reason; true if all is well.
    bool validate();
    // A new proxy was saved under `name`: choose it from the saved list from now on.
    void useSaved(const QString &name);
    void focusChoice(); // keyboard focus back on the chosen kind of proxy

private:
    enum Kind {
        Managed,
        Custom,
        Saved
    };
    Kind kind() const;
    void updateEnabled();
    void clearMarks();
    void mark(QWidget *field, const QString &reason);
    QWidget *fieldFor(ProxyProblem::Field field) const;

    QButtonGroup *m_kinds;
    QRadioButton *m_managed;
    QComboBox *m_country;
    QRadioButton *m_custom;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_user;
    PasswordField *m_password;
    QCheckBox *m_save;
    QLineEdit *m_saveName;
    QRadioButton *m_saved;
    QComboBox *m_savedCombo;
    QWidget *m_customBox;
    StatusLabel *m_error;
    QWidget *m_marked = nullptr;
    bool m_canSave = false; // not isEnabled(): the whole editor is disabled while connecting
};

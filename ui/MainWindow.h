#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class AccountsFilter;
class AccountsService;
class CodeDialog;
class ElidedLabel;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;
class QPushButton;
class RateBudget;
class StatusLabel;
struct WhoamiInfo;

// The accounts window: the team's Fansly accounts at a glance, with the logins running in
// this app in their rows. Shows what AccountsService reports and turns the person's
// actions into its calls; wizards are opened by whoever listens to connectRequested.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Info
    {
        bool practice = false;
        QString apiOrigin; // shown in About
        // The Language menu: (code, the language's own name) of each language offered,
        // and the saved choice (empty: the system's).
        QList<std::pair<QString, QString>> languages;
        QString chosenLanguage;
    };
    // A quiet refresh this often while the window is on screen and the budget is ample.
    static constexpr int kAutoRefreshMs = 3 * 60 * 1000;

    MainWindow(AccountsService *service, RateBudget *budget, const Info &info,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Whether an API key works: without one the list cannot be read, and the empty list
    // says how to add one.
    void setKeyReady(bool ready);
    void setCredits(qint64 credits); // -1: the server did not say
    QTableView *view() const { return m_view; }
    AccountsFilter *filter() const { return m_filter; }
    QStringList selectedIds() const;
    QString currentId() const;
    // Opens the code entry for the account's background login (or raises it).
    void openCode(const QString &accountId);

signals:
    void connectRequested();
    void changeKeyRequested();
    // The account's login runs in a wizard: bring that wizard up.
    void wizardLoginRequested(const QString &accountId);
    // A language picked in the Language menu (empty: the system's), for the next start.
    void languageChosen(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildLanguageMenu();
    QWidget *buildCentre();
    void buildStatusBar();
    void updateActions();
    void updateEmpty();
    void updateRate();
    void updateReadAt();
    void setWhoami(const WhoamiInfo &info);
    void onRefreshFailed(const QString &message);
    void onCodeNeeded(const QString &accountId);
    void onActivated();
    void reauthenticate();
    void enterCode();
    void resume();
    void cancelLogin();
    void disconnectSelected();
    void onDisconnectFailed(const QString &accountId, const QString &reason);
    void copyId();
    void showAbout();
    void autoRefresh();
    void offerClearButton();
    void notify(const QString &text, const QString &accountId);

    AccountsService *m_service;
    RateBudget *m_budget;
    Info m_info;
    AccountsFilter *m_filter;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QMetaObject::Connection m_emptyClick; // what the empty list's button does now
    QLineEdit *m_filterEdit = nullptr;
    StatusLabel *m_notice = nullptr;
    ElidedLabel *m_team = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_credits = nullptr;
    QLabel *m_readAt = nullptr;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QPointer<CodeDialog>> m_codeDialogs;
    QPointer<QSystemTrayIcon> m_tray;
    QString m_trayAccount;
    QTimer m_autoRefresh;
    bool m_keyReady = false;
    bool m_quitConfirmed = false;
};

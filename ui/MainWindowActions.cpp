// The accounts window's actions: menus, toolbar, context menu and keys, and what each does.
#include "AboutDialog.h"
#include "Bidi.h"
#include "CodeDialog.h"
#include "ConnectWizard.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "accounts/AccountsFilter.h"
#include "accounts/AccountsService.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>

using Live = AccountsModel::Live;

void MainWindow::buildActions()
{
    auto add = [this](const char *key, const QString &text, const QKeySequence &shortcut,
                      void (MainWindow::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(key) + QLatin1String("Action"));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        m_actions.insert(QLatin1String(key), action);
        addAction(action); // its keys work wherever the focus is in the window
        return action;
    };
    // The texts are what screen readers announce: exactly these words.
    connect(add("connect", tr("Connect account…"), QKeySequence(Qt::CTRL | Qt::Key_N), nullptr),
            &QAction::triggered, this, &MainWindow::connectRequested);
    add("reauth", tr("Re-authenticate"), QKeySequence(Qt::CTRL | Qt::Key_R),
        &MainWindow::reauthenticate);
    add("code", tr("Enter code…"), {}, &MainWindow::enterCode);
    add("resume", tr("Resume"), {}, &MainWindow::resume);
    add("cancelLogin", tr("Cancel login"), {}, &MainWindow::cancelLogin);
    add("disconnect", tr("Disconnect…"), QKeySequence::Delete, &MainWindow::disconnectSelected);
    add("copyId", tr("Copy account ID"), QKeySequence::Copy, &MainWindow::copyId);
    connect(add("refresh", tr("Refresh"), QKeySequence::Refresh, nullptr), &QAction::triggered,
            this, [this] { m_service->refresh(); });
    connect(add("changeKey", tr("Change API key…"), {}, nullptr), &QAction::triggered, this,
            &MainWindow::changeKeyRequested);
    add("about", tr("About Fansly Connect"), {}, &MainWindow::showAbout);
    connect(add("quit", tr("Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), nullptr),
            &QAction::triggered, this, &QWidget::close);
    QAction *attention = add("attention", tr("Needs attention"), {}, nullptr);
    attention->setCheckable(true);
    attention->setToolTip(tr("Show only the accounts that need attention"));
    connect(attention, &QAction::toggled, m_filter, &AccountsFilter::setAttentionOnly);
    m_actions.value(QStringLiteral("refresh"))->setShortcut(QKeySequence(Qt::Key_F5));
    m_actions.value(QStringLiteral("quit"))->setMenuRole(QAction::QuitRole);
    m_actions.value(QStringLiteral("about"))->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildMenus()
{
    auto a = [this](const char *key) { return m_actions.value(QLatin1String(key)); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a("connect"));
    file->addAction(a("changeKey"));
    file->addSeparator();
    file->addAction(a("quit"));
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    for (const char *key : {"reauth", "code", "resume", "cancelLogin", "disconnect", "copyId"})
        account->addAction(a(key));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a("refresh"));
    view->addAction(a("attention"));
    buildLanguageMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a("about"));

    QToolBar *bar = addToolBar(tr("Actions"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char *key : {"connect", "reauth", "code", "disconnect", "refresh"})
        bar->addAction(a(key));
}

void MainWindow::buildLanguageMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("La&nguage"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    // Switching a running window's language would re-create every page mid-login: the
    // choice applies from the next start, and the menu says so.
    QAction *note = menu->addAction(tr("Takes effect when Fansly Connect starts again"));
    note->setEnabled(false);
    menu->addSeparator();
    auto *group = new QActionGroup(menu);
    auto offer = [this, menu, group](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == m_info.chosenLanguage);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_")
                              + (code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code == m_info.chosenLanguage)
                return;
            m_info.chosenLanguage = code;
            emit languageChosen(code);
            statusBar()->showMessage(
                tr("The new language is used when Fansly Connect starts again."));
        });
    };
    offer(QString(), tr("System language"));
    menu->addSeparator();
    for (const auto &[code, name] : std::as_const(m_info.languages))
        offer(code, name);
}

QStringList MainWindow::selectedIds() const
{
    QStringList ids;
    // Only rows shown as selected: an action never lands on a row the person cannot see.
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(AccountsModel::AccountIdRole).toString();
    return ids;
}

QString MainWindow::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    const QStringList selected = [this] {
        QStringList ids;
        for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
            ids << i.data(AccountsModel::AccountIdRole).toString();
        return ids;
    }();
    if (index.isValid()) {
        const QString id = index.siblingAtColumn(0).data(AccountsModel::AccountIdRole).toString();
        if (selected.contains(id))
            return id;
    }
    return selected.value(0);
}

void MainWindow::updateActions()
{
    const QStringList ids = selectedIds();
    const QString id = currentId();
    const AccountsModel::Row *row = m_service->model()->row(id);
    const Live live = row ? row->live : Live::None;
    bool canReauth = m_keyReady && !ids.isEmpty();
    for (const QString &each : ids) {
        const AccountsModel::Row *r = m_service->model()->row(each);
        // Only accounts the server knows; a login already running here is not started twice.
        if (!r || !r->listed || m_service->session(each))
            canReauth = false;
    }
    auto a = [this](const char *key) { return m_actions.value(QLatin1String(key)); };
    a("reauth")->setEnabled(canReauth);
    a("code")->setEnabled(live == Live::CodeNeeded && m_service->session(id));
    a("resume")->setEnabled(m_keyReady && live == Live::Interrupted);
    a("cancelLogin")->setEnabled(m_service->session(id) && m_service->isBackground(id));
    a("disconnect")
        ->setEnabled(m_keyReady && row && (row->listed || live == Live::Interrupted)
                     && ids.size() == 1);
    a("copyId")->setEnabled(row);
    a("refresh")->setEnabled(m_keyReady);
    const int attention = m_service->model()->attentionCount();
    // The count always shows, so the button keeps its width as rows change.
    a("attention")->setText(tr("Needs attention (%1)").arg(QLocale().toString(attention)));
}

void MainWindow::onActivated()
{
    // Enter on a row does what the row is waiting for.
    const AccountsModel::Row *row = m_service->model()->row(currentId());
    if (!row)
        return;
    if (row->live == Live::CodeNeeded)
        enterCode();
    else if (row->live == Live::Interrupted)
        resume();
}

void MainWindow::reauthenticate()
{
    for (const QString &id : selectedIds())
        m_service->reauthenticate(id);
    updateActions();
}

void MainWindow::resume()
{
    if (m_keyReady)
        m_service->resume(currentId());
    updateActions();
}

void MainWindow::cancelLogin()
{
    const QString id = currentId();
    const QString name = m_service->displayName(id).isEmpty() ? id : m_service->displayName(id);
    MessageBox::Question q;
    q.title = tr("Cancel this login?");
    q.text = tr("Stop following the login for “%1”?").arg(isolated(name));
    q.informativeText = tr("The login may still go on at OnlyFansAPI; its row then shows what "
                           "the server says. To connect the account later, re-authenticate it.");
    q.buttons = QMessageBox::Yes | QMessageBox::No;
    q.defaultButton = QMessageBox::No;
    q.escapeButton = QMessageBox::No;
    q.buttonTexts = {{QMessageBox::Yes, tr("C&ancel login")}, {QMessageBox::No, tr("&Keep it")}};
    MessageBox::ask(this, q, [this, id](MessageBox::Button answer) {
        if (answer == QMessageBox::Yes)
            m_service->cancel(id);
    });
}

void MainWindow::enterCode()
{
    openCode(currentId());
}

void MainWindow::openCode(const QString &accountId)
{
    ConnectionSession *session = m_service->session(accountId);
    if (!session)
        return;
    if (!m_service->isBackground(accountId)) {
        emit wizardLoginRequested(accountId);
        return;
    }
    QPointer<CodeDialog> &dialog = m_codeDialogs[accountId];
    if (!dialog) {
        dialog = new CodeDialog(session, m_service->username(accountId), this);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::disconnectSelected()
{
    const QString id = currentId();
    const AccountsModel::Row *row = m_service->model()->row(id);
    if (!row)
        return;
    const QString name = row->account.displayName.isEmpty() ? id : row->account.displayName;
    MessageBox::Question q;
    q.title = tr("Disconnect this account?");
    q.text = row->account.fanslyUsername.isEmpty()
        ? tr("Disconnect “%1” from OnlyFansAPI?").arg(isolated(name))
        : tr("Disconnect “%1” (%2) from OnlyFansAPI?")
              .arg(isolated(name), isolated(row->account.fanslyUsername));
    q.informativeText = tr("The account stops working with OnlyFansAPI until it is connected "
                           "again with the creator's password.");
    q.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    q.defaultButton = QMessageBox::Cancel;
    q.escapeButton = QMessageBox::Cancel;
    q.buttonTexts = {{QMessageBox::Yes, tr("&Disconnect")}};
    MessageBox::ask(this, q, [this, id](MessageBox::Button answer) {
        if (answer == QMessageBox::Yes)
            m_service->disconnectAccount(id);
    });
}

void MainWindow::onDisconnectFailed(const QString &accountId, const QString &reason)
{
    const QString name = m_service->displayName(accountId).isEmpty()
        ? accountId
        : m_service->displayName(accountId);
    MessageBox::Question q;
    q.title = tr("Not disconnected");
    q.text = tr("“%1” is still connected: the server did not disconnect it.").arg(isolated(name));
    q.informativeText = tr("Reason given: %1").arg(reason);
    q.buttons = QMessageBox::Ok;
    q.defaultButton = QMessageBox::Ok;
    q.escapeButton = QMessageBox::Ok;
    MessageBox::ask(this, q, [](MessageBox::Button) {});
}

void MainWindow::copyId()
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(m_info.practice, m_info.apiOrigin, this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::onCodeNeeded(const QString &accountId)
{
    const QString name = m_service->displayName(accountId).isEmpty()
        ? accountId
        : m_service->displayName(accountId);
    notify(tr("%1 needs a verification code.").arg(isolated(name)), accountId);
}

void MainWindow::notify(const QString &text, const QString &accountId)
{
    if (isActiveWindow())
        return;
    QApplication::alert(this);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(windowTitle());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
            openCode(m_trayAccount);
        });
    }
    m_trayAccount = accountId;
    m_tray->show();
    m_tray->showMessage(windowTitle(), text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int running = m_service->runningCount();
    const QList<ConnectWizard *> wizards = findChildren<ConnectWizard *>();
    const bool typed = std::any_of(wizards.cbegin(), wizards.cend(), [](const ConnectWizard *w) {
        return w->isVisible() && w->holdsTypedInput();
    });
    if ((running == 0 && !typed) || m_quitConfirmed) {
        event->accept();
        qApp->quit(); // open wizards close with the window
        return;
    }
    event->ignore();
    if (running == 0) {
        MessageBox::Question q;
        q.title = tr("Quit and lose what you typed?");
        q.text = tr("What you typed in the connect window is not kept when Fansly Connect "
                    "closes.");
        q.buttons = QMessageBox::Discard | QMessageBox::Cancel;
        q.defaultButton = QMessageBox::Cancel;
        q.escapeButton = QMessageBox::Cancel;
        q.buttonTexts = {{QMessageBox::Discard, tr("&Quit anyway")},
                         {QMessageBox::Cancel, tr("&Keep working")}};
        MessageBox::ask(this, q, [this](MessageBox::Button answer) {
            if (answer != QMessageBox::Discard)
                return;
            m_quitConfirmed = true;
            close();
        });
        return;
    }
    MessageBox::Question q;
    q.title = tr("Quit during a login?");
    q.text = tr("%Ln login(s) still running.", nullptr, running);
    q.informativeText = tr("Logins go on at OnlyFansAPI without you. You can resume them from "
                           "the list the next time you open Fansly Connect.");
    q.buttons = QMessageBox::Close | QMessageBox::Cancel;
    q.defaultButton = QMessageBox::Cancel;
    q.escapeButton = QMessageBox::Cancel;
    q.buttonTexts
        = {{QMessageBox::Close, tr("&Quit anyway")}, {QMessageBox::Cancel, tr("&Keep working")}};
    MessageBox::ask(this, q, [this](MessageBox::Button answer) {
        if (answer != QMessageBox::Close)
            return;
        m_quitConfirmed = true;
        close();
    });
}

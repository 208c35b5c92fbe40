#include "GuiTour.h"

#include "CodeDialog.h"
#include "ConnectWizard.h"
#include "GuiApp.h"
#include "MainWindow.h"
#include "StatusLabel.h"
#include "accounts/AccountsService.h"
#include "login/ConnectController.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRadioButton>
#include <QTableView>

#include <memory>
#include <utility>

namespace {

using W = ConnectWizard;
const QString kExpired = QStringLiteral("fansly_acct_demo2");
const QString kStudio = QStringLiteral("fansly_acct_demo3");

// What the steps share: the app, the person's typing and clicking, and the stops.
struct Tour
{
    GuiApp *gui;
    QString practiceKey;
    GuiTour::Visit visit;
    GuiTour::Options options;
    QList<GuiTour::Step> steps;

    void add(const char *what, std::function<bool()> ready, std::function<void()> act)
    {
        steps.append({QLatin1String(what), std::move(ready), std::move(act)});
    }

    W *wizard() const { return gui->wizard(); }
    MainWindow *window() const { return gui->window(); }
    AccountsModel *model() const { return gui->service()->model(); }
    template<class T = QWidget> T *find(const char *name) const
    {
        W *w = wizard();
        return w ? w->findChild<T *>(QLatin1String(name)) : nullptr;
    }
    bool on(int id) const { return wizard() && wizard()->currentId() == id; }
    bool statusShown(const char *name) const
    {
        auto *s = find<StatusLabel>(name);
        return s && !s->text().isEmpty();
    }
    void type(const char *name, const QString &text) const { find<QLineEdit>(name)->setText(text); }
    void click(QWizard::WizardButton b) const { wizard()->button(b)->click(); }
    void clickNamed(const char *name) const { find<QAbstractButton>(name)->click(); }
    void stop(const char *name, QWidget *window) const { visit(QLatin1String(name), window); }

    // The wizard's login polls as the options say (set before it starts).
    void tune(W *w) const
    {
        if (options.policy && w)
            w->findChild<ConnectController *>()->session()->setPolicy(*options.policy);
    }
    void reauthenticate(const QString &id) const
    {
        gui->service()->reauthenticate(id);
        if (ConnectionSession *s = gui->service()->session(id); s && options.policy)
            s->setPolicy(*options.policy);
    }
    // The account the wizard connected first, by its Fansly username.
    QString idOf(const QString &username) const
    {
        for (int i = 0; i < model()->rowCount(); ++i) {
            if (model()->rowAt(i).account.fanslyUsername.startsWith(username))
                return model()->rowAt(i).account.id;
        }
        return {};
    }
    void select(const QString &id) const
    {
        QTableView *view = window()->view();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(AccountsModel::AccountIdRole).toString() == id) {
                // Not selectRow(): in a right-to-left table Qt 6.4's clears the selection.
                view->setCurrentIndex(index);
                view->selectionModel()->select(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
        }
    }
    QAction *action(const char *name) const
    {
        return window()->findChild<QAction *>(QLatin1String(name) + QLatin1String("Action"));
    }
};

// The question a window asks (MessageBox::ask opens it as the window's child).
QMessageBox *question(QWidget *parent)
{
    if (!parent)
        return nullptr;
    for (QMessageBox *box : parent->findChildren<QMessageBox *>()) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

void answer(QWidget *parent, QMessageBox::StandardButton button)
{
    if (QMessageBox *box = question(parent))
        box->button(button)->click();
}

// The key page and its rejected key; a creator typed, the question on closing with it;
// the proxy page and its custom proxy's invalid port; the emailed code, a wrong one, the
// right one; a wrong password; a login that stays at "logging-in", cancelled.
void addWizard(const std::shared_ptr<Tour> &t)
{
    t->add(
        "the API key page",
        [t] {
            auto *key = t->find<QLineEdit>("apiKeyEdit");
            return t->on(W::ApiKeyPageId) && key->isEnabled() && !key->text().isEmpty();
        },
        [t] {
            t->stop("01-api-key", t->wizard());
            t->type("apiKeyEdit", QStringLiteral("not-a-key"));
            t->click(QWizard::NextButton);
        });
    t->add(
        "the rejected key",
        [t] {
            return t->on(W::ApiKeyPageId) && t->find<QLineEdit>("apiKeyEdit")->isEnabled()
                && t->statusShown("apiKeyStatus");
        },
        [t] {
            t->stop("01b-api-key-rejected", t->wizard());
            t->type("apiKeyEdit", t->practiceKey);
            t->click(QWizard::NextButton);
        });
    t->add(
        "the creator page", [t] { return t->on(W::CreatorPageId); },
        [t] {
            t->type("displayNameEdit", QStringLiteral("Demo Creator"));
            t->type("usernameEdit", QStringLiteral("email.demo@example.com"));
            t->type("passwordEdit", QStringLiteral("correct horse battery"));
            t->stop("02-creator", t->wizard());
            t->wizard()->reject(); // asks first: what was typed would be lost
        });
    t->add(
        "the question on closing with typed input", [t] { return question(t->wizard()); },
        [t] {
            t->stop("02b-creator-quit-question", question(t->wizard()));
            answer(t->wizard(), QMessageBox::Cancel); // keep editing
            t->click(QWizard::NextButton);
        });
    t->add(
        "the proxy page", [t] { return t->on(W::ProxyPageId) && !question(t->wizard()); },
        [t] {
            t->stop("03-proxy", t->wizard());
            t->find<QRadioButton>("customProxyRadio")->setChecked(true);
            t->type("proxyHostEdit", QStringLiteral("proxy.example.com"));
            t->type("proxyPortEdit", QStringLiteral("70000"));
            t->type("proxyUserEdit", QStringLiteral("agency"));
            t->click(QWizard::CommitButton);
        });
    t->add(
        "the proxy error", [t] { return t->statusShown("proxyError"); },
        [t] {
            t->stop("03b-proxy-invalid", t->wizard());
            t->find<QRadioButton>("managedProxyRadio")->setChecked(true);
            t->click(QWizard::CommitButton);
        });
    t->add(
        "the code page", [t] { return t->on(W::CodePageId); },
        [t] {
            t->stop("05-code-email", t->wizard());
            t->type("codeEdit", QStringLiteral("111 111"));
            t->click(QWizard::NextButton);
        });
    t->add(
        "the wrong-code message",
        [t] {
            return t->on(W::CodePageId) && t->statusShown("codeError")
                && !t->find<QLineEdit>("codeEdit")->isReadOnly();
        },
        [t] {
            t->stop("06-code-wrong", t->wizard());
            t->type("codeEdit", QStringLiteral("123-456"));
            t->click(QWizard::NextButton);
        });
    t->add(
        "the success page", [t] { return t->on(W::DonePageId); },
        [t] {
            t->stop("07-done-success", t->wizard());
            t->clickNamed("connectAnotherButton");
        });
    t->add(
        "the creator page again", [t] { return t->on(W::CreatorPageId); },
        [t] {
            t->type("usernameEdit", QStringLiteral("wrongpass.demo"));
            t->type("passwordEdit", QStringLiteral("not the password"));
            t->click(QWizard::NextButton);
        });
    t->add(
        "the proxy page again", [t] { return t->on(W::ProxyPageId); },
        [t] { t->click(QWizard::CommitButton); });
    t->add(
        "the failure page", [t] { return t->on(W::DonePageId); },
        [t] {
            t->stop("08-done-failure", t->wizard());
            t->clickNamed("tryAgainButton");
        });
    // The connecting page is visited on a login that never ends by itself, so it stays
    // there however slowly the machine runs.
    t->add(
        "the creator page after Try again", [t] { return t->on(W::CreatorPageId); },
        [t] {
            t->type("displayNameEdit", QStringLiteral("Demo Creator"));
            t->type("usernameEdit", QStringLiteral("slow.demo"));
            t->type("passwordEdit", QStringLiteral("correct horse battery"));
            t->click(QWizard::NextButton);
        });
    t->add(
        "the proxy page a third time", [t] { return t->on(W::ProxyPageId); },
        [t] { t->click(QWizard::CommitButton); });
    t->add(
        "the connecting page with the server's status",
        [t] {
            return t->on(W::ConnectingPageId) && !t->find<QLabel>("serverStatus")->text().isEmpty();
        },
        [t] {
            t->stop("04-connecting", t->wizard());
            t->click(QWizard::CustomButton2); // Cancel login
        });
    t->add(
        "the cancelled login", [t] { return t->on(W::DonePageId); },
        [t] {
            t->stop("08b-done-cancelled", t->wizard());
            t->wizard()->reject();
        });
}

// The accounts window after the wizard: the list, its menus, two creators' codes asked at
// once and the question on quitting then, a code dialog, About, the question before a
// disconnect, the empty list, and the question on quitting with a wizard's typed input.
void addAccountsWindow(const std::shared_ptr<Tour> &t)
{
    t->add(
        "the accounts window",
        [t] {
            return !t->wizard() && t->model()->hasList() && t->model()->row(kExpired)
                && !t->idOf(QStringLiteral("email.demo")).isEmpty();
        },
        [t] {
            MainWindow *window = t->window();
            t->stop("09-accounts", window);
            QMenuBar *bar = window->menuBar();
            int n = 0;
            for (QAction *a : bar->actions()) {
                QMenu *menu = a->menu();
                if (!menu)
                    continue;
                menu->popup(window->mapToGlobal(bar->actionGeometry(a).bottomLeft()));
                const QString name = menu->objectName().isEmpty()
                    ? QStringLiteral("menu%1").arg(++n)
                    : menu->objectName();
                t->visit(QStringLiteral("09-") + name, menu);
                menu->hide();
            }
            t->reauthenticate(kExpired);
            t->reauthenticate(t->idOf(QStringLiteral("email.demo")));
        });
    t->add(
        "two codes at once",
        [t] {
            const AccountsModel::Row *a = t->model()->row(kExpired);
            const AccountsModel::Row *b = t->model()->row(t->idOf(QStringLiteral("email.demo")));
            return a && b && a->live == AccountsModel::Live::CodeNeeded
                && b->live == AccountsModel::Live::CodeNeeded;
        },
        [t] {
            t->stop("10-two-codes", t->window());
            t->window()->close(); // asks first: two logins still run
        });
    t->add(
        "the question on quitting during logins", [t] { return question(t->window()); },
        [t] {
            t->stop("10a-quit-during-logins", question(t->window()));
            answer(t->window(), QMessageBox::Cancel);
            t->window()->openCode(kExpired);
            t->window()->openCode(t->idOf(QStringLiteral("email.demo")));
        });
    t->add(
        "the code dialogs",
        [t] {
            return !question(t->window()) && t->window()->findChildren<CodeDialog *>().size() == 2;
        },
        [t] {
            for (CodeDialog *dialog : t->window()->findChildren<CodeDialog *>()) {
                if (dialog->accountId() == kExpired)
                    t->stop("10b-code-dialog", dialog);
                t->gui->service()->cancel(dialog->accountId());
            }
            t->action("about")->trigger();
        });
    t->add(
        "the About dialog",
        [t] { return t->window()->findChild<QDialog *>(QStringLiteral("aboutDialog")); },
        [t] {
            auto *about = t->window()->findChild<QDialog *>(QStringLiteral("aboutDialog"));
            t->stop("11-about", about);
            about->close();
            t->select(kStudio);
            t->action("disconnect")->trigger();
        });
    t->add(
        "the question before a disconnect", [t] { return question(t->window()); },
        [t] {
            t->stop("11b-disconnect-question", question(t->window()));
            answer(t->window(), QMessageBox::Yes);
        });
    t->add(
        "the disconnected account", [t] { return !t->model()->row(kStudio); },
        [t] {
            QStringList ids;
            for (int i = 0; i < t->model()->rowCount(); ++i)
                ids << t->model()->rowAt(i).account.id;
            for (const QString &id : ids)
                t->gui->service()->disconnectAccount(id);
        });
    t->add(
        "the empty list", [t] { return t->model()->rowCount() == 0; },
        [t] {
            t->stop("12-accounts-empty", t->window());
            t->action("connect")->trigger();
            t->tune(t->wizard());
        });
    t->add(
        "a new wizard", [t] { return t->on(W::CreatorPageId); },
        [t] {
            t->type("usernameEdit", QStringLiteral("typed.demo"));
            t->window()->close(); // asks first: what was typed would be lost
        });
    t->add(
        "the question on quitting with typed input", [t] { return question(t->window()); },
        [t] {
            t->stop("12b-quit-typed-question", question(t->window()));
            answer(t->window(), QMessageBox::Cancel);
        });
}

} // namespace

namespace GuiTour {

QList<Step> steps(GuiApp *gui, const QString &practiceKey, const Visit &visit,
                  const Options &options)
{
    auto t = std::make_shared<Tour>();
    t->gui = gui;
    t->practiceKey = practiceKey;
    t->visit = visit;
    t->options = options;
    t->tune(t->wizard());
    addWizard(t);
    addAccountsWindow(t);
    // The steps hold the tour, so the tour lets go of them (no cycle).
    return std::exchange(t->steps, {});
}

} // namespace GuiTour

#include "ScreenshotTour.h"

#include "CodeDialog.h"
#include "ConnectWizard.h"
#include "GuiApp.h"
#include "MainWindow.h"
#include "StatusLabel.h"
#include "accounts/AccountsService.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QRadioButton>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

struct Step
{
    const char *what;
    std::function<bool()> ready;
    std::function<void()> act;
};

class Tour : public QObject
{
public:
    Tour(GuiApp *gui, const QString &dir)
        : QObject(gui->window())
        , m_gui(gui)
        , m_wizard(gui->wizard())
        , m_dir(dir)
    {
        QDir().mkpath(dir);
        m_poll.setInterval(50);
        connect(&m_poll, &QTimer::timeout, this, &Tour::poll);
    }

    void add(const char *what, std::function<bool()> ready, std::function<void()> act)
    {
        m_steps.push_back({what, std::move(ready), std::move(act)});
    }

    void begin()
    {
        m_clock.start();
        m_poll.start();
    }

    template<class T = QWidget> T *find(const char *name) const
    {
        return m_wizard->findChild<T *>(QLatin1String(name));
    }
    void type(const char *name, const QString &text) const { find<QLineEdit>(name)->setText(text); }
    void click(QWizard::WizardButton b) const { m_wizard->button(b)->click(); }
    void clickNamed(const char *name) const { find<QAbstractButton>(name)->click(); }
    bool on(int id) const { return m_wizard->currentId() == id; }
    bool statusShown(const char *name) const
    {
        auto *s = find<StatusLabel>(name);
        return s && !s->text().isEmpty();
    }

    void grab(const char *file) const { grab(m_wizard, file); }
    void grab(QWidget *widget, const char *file) const
    {
        const QString path = QDir(m_dir).filePath(QLatin1String(file));
        if (!widget->grab().save(path))
            std::fprintf(stderr, "fansly-connect-screenshots: could not write %s\n",
                         qPrintable(path));
        else
            std::printf("fansly-connect-screenshots: %s\n", qPrintable(path));
    }
    // The whole screen, to see whether the window fits (works where the platform allows).
    void grabScreen(const char *file) const
    {
        if (QScreen *screen = m_gui->window()->screen()) {
            const QPixmap shot = screen->grabWindow(0);
            if (!shot.isNull())
                shot.save(QDir(m_dir).filePath(QLatin1String(file)));
        }
    }

private:
    void poll()
    {
        if (m_index >= m_steps.size()) {
            m_poll.stop();
            QTimer::singleShot(100, qApp, [] { QApplication::exit(0); });
            return;
        }
        if (m_clock.elapsed() > 30000) {
            std::fprintf(stderr, "fansly-connect-screenshots: gave up waiting for: %s\n",
                         m_steps[m_index].what);
            m_poll.stop();
            QApplication::exit(1);
            return;
        }
        const Step &step = m_steps[m_index];
        if (!step.ready())
            return;
        m_poll.stop();
        // Let layouts and the busy indicators settle before the picture.
        QTimer::singleShot(250, this, [this] {
            const Step &s = m_steps[m_index++];
            s.act();
            m_clock.restart();
            m_poll.start();
        });
    }

public:
    GuiApp *m_gui;
    QPointer<QWizard> m_wizard;

private:
    QString m_dir;
    QTimer m_poll;
    QElapsedTimer m_clock;
    std::vector<Step> m_steps;
    size_t m_index = 0;
};

} // namespace

// The accounts window after the wizard's two logins: the list with its attention marks,
// two creators' codes asked at once, About, and the empty list.
void addAccountsWindow(Tour *t)
{
    MainWindow *window = t->m_gui->window();
    AccountsService *service = t->m_gui->service();
    AccountsModel *model = service->model();
    const QString expired = QStringLiteral("fansly_acct_demo2");
    // The wizard's first login (the email scenario), by its Fansly username.
    const auto idOf = [model](const QString &username) {
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->rowAt(i).account.fanslyUsername.startsWith(username))
                return model->rowAt(i).account.id;
        }
        return QString();
    };
    t->add(
        "the accounts window",
        [t, model] { return !t->m_wizard && model->hasList() && model->rowCount() >= 5; },
        [t, window, service, expired, idOf] {
            window->resize(900, 420);
            t->grab(window, "09-accounts.png");
            service->reauthenticate(expired);
            service->reauthenticate(idOf(QStringLiteral("email.demo")));
        });
    t->add(
        "two codes at once",
        [model, expired, idOf] {
            const AccountsModel::Row *a = model->row(expired);
            const AccountsModel::Row *b = model->row(idOf(QStringLiteral("email.demo")));
            return a && b && a->live == AccountsModel::Live::CodeNeeded
                && b->live == AccountsModel::Live::CodeNeeded;
        },
        [t, window, expired, idOf] {
            t->grab(window, "10-two-codes.png");
            window->openCode(expired);
            window->openCode(idOf(QStringLiteral("email.demo")));
        });
    t->add(
        "the code dialogs", [window] { return window->findChildren<CodeDialog *>().size() == 2; },
        [t, window, service, expired] {
            for (CodeDialog *dialog : window->findChildren<CodeDialog *>()) {
                if (dialog->accountId() == expired)
                    t->grab(dialog, "10b-code-dialog.png");
                service->cancel(dialog->accountId());
            }
            window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        });
    t->add(
        "the About dialog",
        [window] { return window->findChild<QDialog *>(QStringLiteral("aboutDialog")); },
        [t, window, service, model] {
            auto *about = window->findChild<QDialog *>(QStringLiteral("aboutDialog"));
            t->grab(about, "11-about.png");
            about->close();
            QStringList ids;
            for (int i = 0; i < model->rowCount(); ++i)
                ids << model->rowAt(i).account.id;
            for (const QString &id : ids)
                service->disconnectAccount(id);
        });
    t->add(
        "the empty list", [model] { return model->rowCount() == 0; },
        [t, window] { t->grab(window, "12-accounts-empty.png"); });
}

namespace ScreenshotTour {

void run(GuiApp *gui, const QString &directory, const QString &practiceKey)
{
    using W = ConnectWizard;
    auto *t = new Tour(gui, directory);
    const auto keyReady = [t] {
        auto *key = t->find<QLineEdit>("apiKeyEdit");
        return t->on(W::ApiKeyPageId) && key->isEnabled() && !key->text().isEmpty();
    };
    t->add("the API key page", keyReady, [t] {
        t->grab("01-api-key.png");
        t->type("apiKeyEdit", QStringLiteral("not-a-key"));
        t->click(QWizard::NextButton);
    });
    t->add(
        "the rejected key",
        [t] {
            return t->on(W::ApiKeyPageId) && t->find<QLineEdit>("apiKeyEdit")->isEnabled()
                && t->statusShown("apiKeyStatus");
        },
        [t, practiceKey] {
            t->grab("01b-api-key-rejected.png");
            t->type("apiKeyEdit", practiceKey);
            t->click(QWizard::NextButton);
        });
    t->add(
        "the creator page", [t] { return t->on(W::CreatorPageId); },
        [t] {
            t->type("displayNameEdit", QStringLiteral("Demo Creator"));
            t->type("usernameEdit", QStringLiteral("email.demo@example.com"));
            t->type("passwordEdit", QStringLiteral("correct horse battery"));
            t->grab("02-creator.png");
            t->click(QWizard::NextButton);
        });
    t->add(
        "the proxy page", [t] { return t->on(W::ProxyPageId); },
        [t] {
            t->grab("03-proxy.png");
            t->grabScreen("03-proxy-screen.png");
            t->find<QRadioButton>("customProxyRadio")->setChecked(true);
            t->type("proxyHostEdit", QStringLiteral("proxy.example.com"));
            t->type("proxyPortEdit", QStringLiteral("70000"));
            t->type("proxyUserEdit", QStringLiteral("agency"));
            t->click(QWizard::CommitButton);
        });
    t->add(
        "the proxy error", [t] { return t->statusShown("proxyError"); },
        [t] {
            t->grab("03b-proxy-invalid.png");
            t->find<QRadioButton>("managedProxyRadio")->setChecked(true);
            t->click(QWizard::CommitButton);
        });
    t->add(
        "the connecting page after a second",
        [t] {
            return t->on(W::ConnectingPageId)
                && t->find<QLabel>("elapsedLabel")->text().endsWith(QLatin1String("0:01"))
                && !t->find<QLabel>("serverStatus")->text().isEmpty();
        },
        [t] { t->grab("04-connecting.png"); });
    t->add(
        "the code page", [t] { return t->on(W::CodePageId); },
        [t] {
            t->grab("05-code-email.png");
            t->type("codeEdit", QStringLiteral("111 111"));
            t->click(QWizard::NextButton);
        });
    t->add(
        "the wrong-code message",
        [t] {
            return t->on(W::CodePageId) && t->statusShown("codeError")
                && t->find<QLineEdit>("codeEdit")->isReadOnly() == false;
        },
        [t] {
            t->grab("06-code-wrong.png");
            t->type("codeEdit", QStringLiteral("123-456"));
            t->click(QWizard::NextButton);
        });
    t->add(
        "the success page", [t] { return t->on(W::DonePageId); },
        [t] {
            t->grab("07-done-success.png");
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
            t->grab("08-done-failure.png");
            t->m_wizard->reject();
        });
    addAccountsWindow(t);
    t->begin();
}

} // namespace ScreenshotTour

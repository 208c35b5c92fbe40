// The accounts window as the app builds it (Backend in practice mode + GuiApp), offscreen,
// against the practice simulator and its demo accounts: the list, sorting and filtering,
// refresh, re-authenticate with a code, disconnect, several logins at once, Continue in
// background, and a pending login after a restart.
#include "Backend.h"
#include "CodeDialog.h"
#include "CodeEntry.h"
#include "GuiApp.h"
#include "MainWindow.h"
#include "WizardHarness.h"
#include "accounts/AccountsFilter.h"
#include "accounts/AccountsService.h"
#include "core/Version.h"
#include "network/Origin.h"

#include <QAction>
#include <QClipboard>
#include <QSignalSpy>
#include <QTableView>

using W = ConnectWizard;
using Live = AccountsModel::Live;

namespace {
const QString kExpired = QStringLiteral("fansly_acct_demo2");
const QString kStudio = QStringLiteral("fansly_acct_demo3");
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<Simulator> m_realSim; // for the real API's path (not practice mode)
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<GuiApp> m_gui;

    MainWindow *window() const { return m_gui->window(); }
    AccountsModel *model() const { return m_gui->service()->model(); }
    QAction *action(const char *name) const
    {
        return window()->findChild<QAction *>(QLatin1String(name) + QLatin1String("Action"));
    }
    Live live(const QString &id) const
    {
        const AccountsModel::Row *r = model()->row(id);
        return r ? r->live : Live::None;
    }
    QString stateText(const QString &id) const
    {
        const AccountsModel::Row *r = model()->row(id);
        return r ? AccountsModel::stateText(*r) : QString();
    }
    void select(const QString &id) const
    {
        QTableView *view = window()->view();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(AccountsModel::AccountIdRole).toString() == id) {
                view->setCurrentIndex(index);
                view->selectRow(row);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row for ") + id));
    }
    QStringList shownIds() const
    {
        QStringList ids;
        const QAbstractItemModel *m = window()->view()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            ids << m->index(row, 0).data(AccountsModel::AccountIdRole).toString();
        return ids;
    }

    // The app at its first minute: the wizard over the window, the practice key accepted,
    // the wizard closed; the list read.
    bool startApp(bool closeWizard = true)
    {
        m_gui = std::make_unique<GuiApp>(*m_backend);
        m_gui->start();
        W *wizard = m_gui->wizard();
        if (!wizard || !QTest::qWaitFor([&] { return wizard->currentId() == W::ApiKeyPageId; }))
            return false;
        if (!QTest::qWaitFor([&] {
                return wizard->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->text()
                    == m_backend->practiceKey();
            }))
            return false;
        WizardHarness::click(wizard->button(QWizard::NextButton));
        if (!QTest::qWaitFor([&] { return wizard->currentId() == W::CreatorPageId; }))
            return false;
        if (!closeWizard)
            return true;
        wizard->reject();
        // Keys go to the active window, as they would for a person.
        window()->activateWindow();
        window()->view()->setFocus();
        return QTest::qWaitForWindowActive(window())
            && QTest::qWaitFor([&] { return model()->hasList(); }, 10000);
    }

    // A login typed into a new wizard, up to the connecting page.
    W *connect(const QString &username, const QString &name)
    {
        W *wizard = m_gui->openWizard();
        if (!QTest::qWaitFor([&] { return wizard->currentId() == W::CreatorPageId; }))
            return nullptr;
        auto type = [wizard](const char *field, const QString &text) {
            auto *edit = wizard->findChild<QLineEdit *>(QLatin1String(field));
            edit->setFocus();
            QTest::keyClicks(edit, text);
        };
        type("displayNameEdit", name);
        type("usernameEdit", username);
        type("passwordEdit", QStringLiteral("pw"));
        WizardHarness::click(wizard->button(QWizard::NextButton));
        if (!QTest::qWaitFor([&] { return wizard->currentId() == W::ProxyPageId; }))
            return nullptr;
        WizardHarness::click(wizard->button(QWizard::CommitButton));
        if (!QTest::qWaitFor([&] { return wizard->currentId() >= W::ConnectingPageId; }))
            return nullptr;
        return wizard;
    }

    CodeDialog *codeDialog(const QString &id) const
    {
        for (CodeDialog *d : window()->findChildren<CodeDialog *>()) {
            if (d->accountId() == id && d->isVisible())
                return d;
        }
        return nullptr;
    }
    void enterCode(CodeDialog *dialog, const QString &code) const
    {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
        edit->selectAll();
        QTest::keyClicks(edit, code);
        WizardHarness::click(
            dialog->findChild<QAbstractButton *>(QStringLiteral("codeVerifyButton")));
    }

private slots:
    void init()
    {
        QFile::remove(Backend::practiceStateFile()); // the demo accounts again
        PendingStore pending;
        for (const PendingSession &p : pending.list(Origin::of(Backend::practiceOrigin())))
            pending.remove(p.origin, p.accountId);
        m_backend = std::make_unique<Backend>(true, QString());
        QString error;
        QVERIFY2(m_backend->start(&error), qPrintable(error));
        m_backend->simulator()->setTiming({300, 300});
        m_backend->simulator()->setRecordRequests(true); // to see where each code went
    }
    void cleanup()
    {
        m_gui.reset();
        m_backend.reset();
        m_realSim.reset();
    }

    // For real (a configured API, no key saved): the wizard asks for the key first, then the
    // list shows what that key's team has, with the credits its replies carry.
    void realModeFirstRunThenTheList()
    {
        m_realSim = std::make_unique<Simulator>(Simulator::testOptions());
        QVERIFY(m_realSim->start());
        m_realSim->addApiKey(QStringLiteral("paid-key"), 50);
        m_backend = std::make_unique<Backend>(false, m_realSim->baseUrl().toString());
        QString error;
        QVERIFY2(m_backend->start(&error), qPrintable(error));
        m_gui = std::make_unique<GuiApp>(*m_backend);
        m_gui->start();
        QVERIFY(window()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_gui->wizard(), 15000); // after the keychain had none
        W *wizard = m_gui->wizard();
        QTRY_COMPARE(wizard->currentId(), int(W::ApiKeyPageId));
        auto *key = wizard->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        QTRY_VERIFY(key->isEnabled());
        key->setText(QStringLiteral("paid-key"));
        WizardHarness::click(wizard->button(QWizard::NextButton));
        QTRY_COMPARE(wizard->currentId(), int(W::CreatorPageId));
        wizard->reject();
        QTRY_VERIFY(model()->hasList());
        auto *empty = window()->findChild<QLabel *>(QStringLiteral("emptyText"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QLatin1String("Connect account")),
                 qPrintable(empty->text()));
        auto *credits = window()->findChild<QLabel *>(QStringLiteral("creditsLabel"));
        QTRY_VERIFY(credits->isVisible());
        QVERIFY2(credits->text().contains(QLatin1String("50")), qPrintable(credits->text()));
        for (QLabel *banner : window()->findChildren<QLabel *>(QStringLiteral("practiceBanner")))
            QVERIFY(!banner->isVisible());

        // Change API key…: a wizard at its key page.
        action("changeKey")->trigger();
        QTRY_VERIFY(m_gui->wizard() && m_gui->wizard() != wizard);
        QTRY_COMPARE(m_gui->wizard()->currentId(), int(W::ApiKeyPageId));
    }

    void theListShowsTheSimulatorsAccounts()
    {
        QVERIFY(startApp());
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(stateText(QStringLiteral("fansly_acct_demo1")), QStringLiteral("Connected"));
        QCOMPARE(stateText(kExpired), QStringLiteral("Not connected (session expired)"));
        QCOMPARE(model()->attentionCount(), 1);
        QVERIFY(model()
                    ->index(model()->rowOf(kExpired), 0)
                    .data(AccountsModel::NeedsAttentionRole)
                    .toBool());
        QTRY_VERIFY(window()->findChild<QLabel *>(QStringLiteral("teamLabel"))->isVisible());
        QTRY_VERIFY(window()->findChild<QLabel *>(QStringLiteral("rateLabel"))->isVisible());
        QVERIFY(window()->findChild<QLabel *>(QStringLiteral("practiceBanner"))->isVisible());
        QVERIFY(window()->view()->isVisible());
    }

    void sortAndFilter()
    {
        QVERIFY(startApp());
        QTableView *view = window()->view();
        view->sortByColumn(AccountsModel::UsernameColumn, Qt::AscendingOrder);
        QCOMPARE(shownIds(),
                 (QStringList {QStringLiteral("fansly_acct_demo1"), kStudio, kExpired}));
        view->sortByColumn(AccountsModel::StateColumn, Qt::AscendingOrder);
        QCOMPARE(shownIds().first(), kExpired); // attention first
        auto *filter = window()->findChild<QLineEdit *>(QStringLiteral("accountsFilter"));
        filter->setFocus();
        QVERIFY(filter->isClearButtonEnabled()); // built with the first focus or text
        QTest::keyClicks(filter, QStringLiteral("STUDIO"));
        QCOMPARE(shownIds(), QStringList {kStudio});
        filter->clear();
        action("attention")->trigger();
        QCOMPARE(shownIds(), QStringList {kExpired});
        QVERIFY(action("attention")->text().contains(QLatin1String("(1)")));
        filter->setText(QStringLiteral("nobody"));
        QTRY_VERIFY(window()->findChild<QLabel *>(QStringLiteral("emptyText"))->isVisible());
        WizardHarness::click(window()->findChild<QAbstractButton *>(QStringLiteral("emptyButton")));
        QCOMPARE(shownIds().size(), 3);
    }

    void refreshKeepsTheSelection()
    {
        QVERIFY(startApp());
        select(kStudio);
        const QDateTime before = model()->readAt();
        QTest::qWait(20);
        QTest::keyClick(window()->view(), Qt::Key_F5);
        QTRY_VERIFY(model()->readAt() > before);
        QCOMPARE(window()->selectedIds(), QStringList {kStudio});
        QCOMPARE(window()->currentId(), kStudio);
    }

    void aFailedRefreshKeepsTheList()
    {
        QVERIFY(startApp());
        Simulator::Fault f;
        f.method = QStringLiteral("GET");
        f.pathContains = QStringLiteral("/api/fansly/accounts");
        f.status = 500;
        m_backend->simulator()->addFault(f);
        action("refresh")->trigger();
        auto *notice = window()->findChild<StatusLabel *>(QStringLiteral("listNotice"));
        QTRY_VERIFY(!notice->text().isEmpty());
        QVERIFY2(notice->text().contains(QLatin1String("Showing the list read at")),
                 qPrintable(notice->text()));
        QCOMPARE(model()->rowCount(), 3);
        action("refresh")->trigger();
        QTRY_VERIFY(notice->text().isEmpty());
    }

    void reauthenticateWithACode()
    {
        QVERIFY(startApp());
        select(kExpired);
        QVERIFY(action("reauth")->isEnabled());
        QTest::keySequence(window()->view(), QKeySequence(QStringLiteral("Ctrl+R")));
        QTRY_COMPARE(live(kExpired), Live::CodeNeeded);
        QCOMPARE(stateText(kExpired), QStringLiteral("Code needed"));
        QVERIFY(action("code")->isEnabled());
        QTest::keyClick(window()->view(), Qt::Key_Return); // Enter on the row
        CodeDialog *dialog = codeDialog(kExpired);
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QLatin1String("Expired Demo")));
        enterCode(dialog, QStringLiteral("111111"));
        auto *error = dialog->findChild<StatusLabel *>(QStringLiteral("codeError"));
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 10000);
        QVERIFY(dialog->isVisible()); // a wrong code keeps the dialog, with the reason
        enterCode(dialog, QStringLiteral("123456"));
        QTRY_VERIFY_WITH_TIMEOUT(!codeDialog(kExpired), 10000);
        QTRY_COMPARE(stateText(kExpired), QStringLiteral("Connected"));
        QCOMPARE(model()->attentionCount(), 0);
    }

    void reauthenticateWithoutACode()
    {
        QVERIFY(startApp());
        select(kStudio);
        action("reauth")->trigger();
        QTRY_COMPARE(live(kStudio), Live::Connecting);
        QTRY_VERIFY_WITH_TIMEOUT(live(kStudio) == Live::None, 10000);
        QCOMPARE(stateText(kStudio), QStringLiteral("Connected"));
    }

    // Logins that end close together share one read of the list, and a read asked for while
    // one is on its way is not lost: it goes after it.
    void loginsEndingTogetherShareOneListRead()
    {
        QVERIFY(startApp());
        const auto listReads = [this] {
            int n = 0;
            for (const Simulator::Request &r : m_backend->simulator()->requests())
                n += r.method == QLatin1String("GET")
                    && r.path == QLatin1String("/api/fansly/accounts");
            return n;
        };
        const int before = listReads();
        AccountsService *service = m_gui->service();
        QVERIFY(service->reauthenticate(QStringLiteral("fansly_acct_demo1")));
        QVERIFY(service->reauthenticate(kStudio));
        QTRY_COMPARE_WITH_TIMEOUT(service->runningCount(), 0, 10000);
        QTRY_COMPARE(listReads(), before + 1);
        QTest::qWait(AccountsService::kRefreshQuietMs * 2);
        QCOMPARE(listReads(), before + 1);

        // One that ends while another still runs waits for it (here: for its code).
        QVERIFY(service->reauthenticate(QStringLiteral("fansly_acct_demo1")));
        QVERIFY(service->reauthenticate(kExpired));
        QTRY_VERIFY_WITH_TIMEOUT(live(kExpired) == Live::CodeNeeded, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(service->runningCount(), 1, 10000);
        QTest::qWait(AccountsService::kRefreshQuietMs * 2);
        QCOMPARE(listReads(), before + 1);
        QVERIFY(service->submitCode(kExpired, QStringLiteral("123456")));
        QTRY_COMPARE_WITH_TIMEOUT(service->runningCount(), 0, 10000);
        QTRY_COMPARE(listReads(), before + 2);

        QSignalSpy refreshed(service, &AccountsService::refreshed);
        service->refresh();
        service->refresh(); // while the first is on its way
        QTRY_COMPARE(refreshed.size(), 2);
        QCOMPARE(listReads(), before + 4);
    }

    // The icon is set once the window is on screen (reading it loads Qt's image plugins),
    // every size the desktop may ask for.
    void theWindowsGetTheIconOnceShown()
    {
        QVERIFY(startApp(false));
        QTRY_VERIFY(!window()->windowIcon().isNull());
        const QList<QSize> sizes = QApplication::windowIcon().availableSizes();
        for (int size : {16, 32, 48, 256})
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
        QVERIFY(!m_gui->wizard()->windowIcon().isNull());
    }

    void disconnectConfirmedCancelledAndRefused()
    {
        QVERIFY(startApp());
        select(kStudio);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(window()->view(), Qt::Key_Delete);
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("Demo Studio"))
                     && MessageBox::lastText().contains(QLatin1String("demostudio")),
                 qPrintable(MessageBox::lastText()));
        QTest::qWait(200);
        QVERIFY(model()->row(kStudio));

        Simulator::Fault f;
        f.method = QStringLiteral("DELETE");
        f.status = 403;
        m_backend->simulator()->addFault(f);
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("disconnect")->trigger();
        QTRY_COMPARE(MessageBox::askedCount(), asked + 2); // the question, then the refusal
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("still connected")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(model()->row(kStudio));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("disconnect")->trigger();
        QTRY_VERIFY(!model()->row(kStudio));
        action("refresh")->trigger();
        QTest::qWait(300);
        QVERIFY(!model()->row(kStudio)); // gone at the server too
    }

    void copyAccountId()
    {
        QVERIFY(startApp());
        select(kStudio);
        action("copyId")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), kStudio);
    }

    // Three creators at once, two of them reading out codes: each code reaches its own login.
    void threeLoginsAtOnceInTheBackground()
    {
        QVERIFY(startApp());
        W *a = connect(QStringLiteral("emailann"), QStringLiteral("Ann"));
        QVERIFY(a);
        WizardHarness::click(a->findChild<QAbstractButton *>(QStringLiteral("backgroundButton")));
        const int asked = MessageBox::askedCount();
        W *b = connect(QStringLiteral("totpbea"), QStringLiteral("Bea"));
        QVERIFY(b);
        b->reject(); // closing the window during a login sends it to the background too
        W *c = connect(QStringLiteral("plaincat"), QStringLiteral("Cat"));
        QVERIFY(c);
        WizardHarness::click(c->findChild<QAbstractButton *>(QStringLiteral("backgroundButton")));
        QTRY_VERIFY(m_gui->wizard() == nullptr); // all three closed
        // A wizard for a new creator never offers to "resume" the logins running here.
        QCOMPARE(MessageBox::askedCount(), asked);
        QTRY_COMPARE(m_gui->service()->runningCount(), 2); // Cat connected meanwhile, or soon

        auto idOf = [this](const QString &name) {
            for (int i = 0; i < model()->rowCount(); ++i) {
                if (model()->rowAt(i).account.displayName == name)
                    return model()->rowAt(i).account.id;
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(live(idOf(QStringLiteral("Ann"))) == Live::CodeNeeded, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(live(idOf(QStringLiteral("Bea"))) == Live::CodeNeeded, 10000);
        const QString ann = idOf(QStringLiteral("Ann"));
        const QString bea = idOf(QStringLiteral("Bea"));
        window()->openCode(ann);
        window()->openCode(bea);
        CodeDialog *forAnn = codeDialog(ann);
        CodeDialog *forBea = codeDialog(bea);
        QVERIFY(forAnn && forBea && forAnn != forBea);
        QVERIFY(forAnn->windowTitle().contains(QLatin1String("Ann")));
        QVERIFY(forBea->windowTitle().contains(QLatin1String("Bea")));
        // A wrong code for Bea and the right one for Ann: only Ann connects, and Bea's own
        // dialog says her code was wrong, so no code went to the other creator.
        enterCode(forBea, QStringLiteral("111111"));
        enterCode(forAnn, QStringLiteral("123456"));
        QTRY_VERIFY_WITH_TIMEOUT(stateText(ann) == QLatin1String("Connected"), 15000);
        auto *beaError = forBea->findChild<StatusLabel *>(QStringLiteral("codeError"));
        QTRY_VERIFY_WITH_TIMEOUT(!beaError->text().isEmpty(), 15000);
        QCOMPARE(live(bea), Live::CodeNeeded);
        enterCode(forBea, QStringLiteral("123456"));
        QTRY_VERIFY_WITH_TIMEOUT(stateText(bea) == QLatin1String("Connected"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            stateText(idOf(QStringLiteral("Cat"))) == QLatin1String("Connected"), 15000);
        QCOMPARE(m_backend->simulator()->rejectedCount(), 0);
    }

    void aPendingLoginAfterARestartIsResumed()
    {
        QVERIFY(startApp());
        W *wizard = connect(QStringLiteral("emaildee"), QStringLiteral("Dee"));
        QVERIFY(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentId() == W::CodePageId, 10000);
        const QString id = wizard->accountId();
        m_gui.reset(); // closed without a word, as after a crash

        MessageBox::setNextAnswer(QMessageBox::No); // the wizard's own offer: not now
        QVERIFY(startApp());
        QTRY_COMPARE(live(id), Live::Interrupted);
        QVERIFY(stateText(id).contains(QLatin1String("Resume")));
        select(id);
        QVERIFY(action("resume")->isEnabled());
        QTest::keyClick(window()->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(live(id) == Live::CodeNeeded, 10000);
        window()->openCode(id);
        enterCode(codeDialog(id), QStringLiteral("123456"));
        QTRY_VERIFY_WITH_TIMEOUT(stateText(id) == QLatin1String("Connected"), 10000);
    }

    // What the newcomer met: actions only on rows shown as selected; Esc and Down in the
    // filter; Cancel login for a background login; "Forget it" leaves the list too.
    void actionsFollowTheSelection()
    {
        QVERIFY(startApp());
        window()->view()->clearSelection();
        QVERIFY(!action("reauth")->isEnabled());
        QVERIFY(!action("disconnect")->isEnabled());
        QVERIFY(!action("copyId")->isEnabled());
        auto *filter = window()->findChild<QLineEdit *>(QStringLiteral("accountsFilter"));
        select(kStudio);
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("demo"));
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(
            window()->currentId(),
            window()->view()->model()->index(0, 0).data(AccountsModel::AccountIdRole).toString());
        QVERIFY(window()->view()->hasFocus());
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(shownIds().size(), 3);
    }

    void cancelABackgroundLogin()
    {
        QVERIFY(startApp());
        select(kExpired);
        action("reauth")->trigger();
        QTRY_COMPARE(live(kExpired), Live::CodeNeeded);
        QVERIFY(action("cancelLogin")->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("cancelLogin")->trigger();
        QTRY_COMPARE(live(kExpired), Live::None);
        QCOMPARE(m_gui->service()->runningCount(), 0);
        QVERIFY(!action("cancelLogin")->isEnabled());
    }

    void forgettingAPendingLoginClearsItsRow()
    {
        QVERIFY(startApp());
        W *wizard = connect(QStringLiteral("slowzed"), QStringLiteral("Zed"));
        QVERIFY(wizard);
        QTRY_VERIFY(!wizard->accountId().isEmpty());
        const QString id = wizard->accountId();
        m_gui.reset();
        MessageBox::setNextAnswer(QMessageBox::Discard); // Forget it
        QVERIFY(startApp());
        QTRY_VERIFY(m_gui->service()->model()->row(id));
        QTRY_VERIFY(live(id) != Live::Interrupted);
    }

    void quitDuringALoginAsksFirst()
    {
        QVERIFY(startApp());
        select(kExpired);
        action("reauth")->trigger();
        QTRY_COMPARE(live(kExpired), Live::CodeNeeded);
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        action("quit")->trigger();
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("1 login")));
        QVERIFY(window()->isVisible());
    }

    // A login running here keeps the key it started with when the key is changed.
    void aKeyChangeLeavesRunningLoginsAlone()
    {
        QVERIFY(startApp());
        select(kExpired);
        action("reauth")->trigger();
        QTRY_COMPARE(live(kExpired), Live::CodeNeeded);
        window()->openCode(kExpired);
        CodeDialog *dialog = codeDialog(kExpired);
        QVERIFY(dialog);
        m_backend->simulator()->addApiKey(QStringLiteral("other-key"));
        m_gui->service()->setApiKey(QStringLiteral("other-key"));
        m_gui->service()->refresh();
        QSignalSpy finished(m_gui->service(), &AccountsService::loginFinished);
        enterCode(dialog, QStringLiteral("123456"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.at(0).at(1).value<ConnectionSession::State>(),
                 ConnectionSession::State::Connected);
    }

    void quitWithTypedInputAsksFirst()
    {
        QVERIFY(startApp());
        W *wizard = m_gui->openWizard();
        QTRY_COMPARE(wizard->currentId(), int(W::CreatorPageId));
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("usernameEdit")),
                         QStringLiteral("typedpat"));
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        action("quit")->trigger();
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("What you typed")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(wizard->isVisible());
    }

    void theAboutDialogSaysPracticeAndTheVersion()
    {
        QVERIFY(startApp());
        action("about")->trigger();
        auto *about = window()->findChild<QDialog *>(QStringLiteral("aboutDialog"));
        QVERIFY(about);
        QVERIFY(about->findChild<QLabel *>(QStringLiteral("aboutVersion"))
                    ->text()
                    .contains(QLatin1String(FC_VERSION)));
        QVERIFY(about->findChild<QLabel *>(QStringLiteral("aboutApi"))
                    ->text()
                    .contains(QLatin1String("Practice")));
        about->close();
    }
};

FC_WIZARD_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// Shared by the tst_wizard* GUI tests: a wizard on the in-process simulator, driven
// through its real widgets (found by objectName) and buttons, in a throwaway HOME.
#pragma once

#include "A11y.h"
#include "ConnectWizard.h"
#include "MessageBox.h"
#include "Simulator.h"
#include "StatusLabel.h"
#include "core/AppInfo.h"
#include "login/ConnectController.h"
#include "storage/PendingStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A throwaway HOME and config before QApplication exists, so nothing of the user's is
// read or written (settings, pending logins, saved proxies). Keychain tests come with a
// HOME of their own (FC_TEST_HOME) and keep it.
#define FC_WIZARD_TEST_MAIN(TestObject)                                                            \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        QTemporaryDir home;                                                                        \
        if (qEnvironmentVariableIsEmpty("FC_TEST_HOME"))                                           \
            useThrowawayHome(home.path());                                                         \
        QApplication app(argc, argv);                                                              \
        AppInfo::apply();                                                                          \
        TestObject tc;                                                                             \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }

inline void useThrowawayHome(const QString &path)
{
    const QByteArray h = path.toLocal8Bit();
    qputenv("HOME", h);
    qputenv("XDG_CONFIG_HOME", h + "/config");
    qputenv("XDG_DATA_HOME", h + "/data");
    qputenv("XDG_CACHE_HOME", h + "/cache");
    QDir(path).mkpath(QStringLiteral("run"));
    QFile::setPermissions(path + QStringLiteral("/run"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", h + "/run");
}

class WizardHarness
{
    // First, so they outlive the controller and the session that point at them.
    QSettings m_settings;
    PendingStore m_pending;

public:
    Simulator sim {Simulator::testOptions()};
    std::unique_ptr<ConnectController> controller;
    std::unique_ptr<ConnectWizard> wizard;
    ConnectController::Options options;

    // `settingsFile`: where pending logins go; the same file across harnesses = a restart.
    explicit WizardHarness(const QString &settingsFile, Simulator::Timing timing = {150, 150})
        : m_settings(settingsFile, QSettings::IniFormat)
        , m_pending(&m_settings)
    {
        sim.setTiming(timing);
        const bool started = sim.start();
        Q_ASSERT(started);
        Q_UNUSED(started);
        options.apiBase = sim.baseUrl();
        options.policy = PollPolicy::fast();
        options.pending = &m_pending;
        options.apiKey = Simulator::testKey();
    }

    // Builds the controller and the wizard and shows it; with a given key the wizard goes
    // straight to the creator page.
    void build()
    {
        controller = std::make_unique<ConnectController>(options);
        wizard = std::make_unique<ConnectWizard>(controller.get());
        wizard->show();
        wizard->start();
    }
    void destroy()
    {
        wizard.reset();
        controller.reset();
    }

    template<class T = QWidget> T *find(const char *name) const
    {
        T *w = wizard->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }
    QString statusOf(const char *name) const { return find<StatusLabel>(name)->text(); }
    QString textOf(const char *name) const { return find<QLabel>(name)->text(); }

    // Types like a person: clears the field first, then key presses.
    void type(const char *name, const QString &text) const
    {
        auto *edit = find<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    static void click(QAbstractButton *button)
    {
        QVERIFY(button && button->isVisible() && button->isEnabled());
        // Check boxes and radio buttons react on their indicator and text, not on the
        // empty space a layout may give them.
        const bool indicator
            = qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button);
        QTest::mouseClick(button, Qt::LeftButton, {},
                          indicator ? QPoint(6, button->height() / 2) : button->rect().center());
    }
    void click(QWizard::WizardButton which) const { click(wizard->button(which)); }
    void click(const char *name) const { click(find<QAbstractButton>(name)); }

    bool waitForPage(int id, int ms = 5000) const
    {
        return QTest::qWaitFor([&] { return wizard->currentId() == id; }, ms);
    }

    // From the creator page to the proxy page.
    bool toProxyPage(const QString &username, const QString &password = QStringLiteral("pw"),
                     const QString &displayName = {})
    {
        if (!waitForPage(ConnectWizard::CreatorPageId))
            return false;
        if (!displayName.isEmpty())
            type("displayNameEdit", displayName);
        type("usernameEdit", username);
        type("passwordEdit", password);
        click(QWizard::NextButton);
        return waitForPage(ConnectWizard::ProxyPageId);
    }

    // From the creator page to a running login.
    bool connect(const QString &username, const QString &password = QStringLiteral("pw"),
                 const QString &displayName = {})
    {
        if (!toProxyPage(username, password, displayName))
            return false;
        click(QWizard::CommitButton);
        return waitForPage(ConnectWizard::ConnectingPageId);
    }

    int count(const QString &method, const QString &path) const
    {
        int n = 0;
        for (const Simulator::Request &r : sim.requests())
            n += r.method == method && r.path == path;
        return n;
    }
    int starts() const
    {
        return count(QStringLiteral("POST"), QStringLiteral("/api/fansly/authenticate"));
    }
    QJsonObject lastStartBody() const
    {
        const QList<Simulator::Request> all = sim.requests();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->method == QLatin1String("POST")
                && it->path == QLatin1String("/api/fansly/authenticate"))
                return QJsonDocument::fromJson(it->body).object();
        }
        return {};
    }
};

// The base of each tst_wizard* test: a fresh harness (and settings file) per test function.
class WizardTest : public QObject
{
    Q_OBJECT
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<WizardHarness> h;

protected slots:
    void init()
    {
        static int n = 0;
        h = std::make_unique<WizardHarness>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++n)));
    }
    void cleanup() { h.reset(); }
};

// The GUI side of bench_report: the app as fansly-connect builds it (Backend in normal mode
// + GuiApp) against the simulator that bench_report runs, driven through its real widgets
// and measured from inside. Prints one JSON object per line; reads "go USERNAME" lines in
// `challenge` mode. Not meant to be run by hand (bench_report starts it):
//   bench_guiprobe URL KEY challenge LOGINS | flow IDLE_MS | refresh IDLE_MS
//                  | scale IDLE_MS SETTLE_MS STEP... | budget | noise MS
#include "Backend.h"
#include "BlinkTimeout.h"
#include "Bootstrap.h"
#include "ConnectWizard.h"
#include "GuiApp.h"
#include "ProbeTools.h"
#include "accounts/AccountsService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QTest>

#include <iostream>
#include <string>

using W = ConnectWizard;
using Probe::report;

namespace {

// Calls `seen` with the time of the first paint of `widget` after arm().
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }
    void arm() { m_paintedAt = 0; }
    qint64 paintedAt() const { return m_paintedAt; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_paintedAt == 0)
            m_paintedAt = Probe::nowNs();
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_paintedAt = -1;
};

class GuiProbe
{
public:
    GuiProbe(const QString &url, const QString &key)
        : m_backend(false, url)
        , m_key(key)
    { }

    bool start()
    {
        QString error;
        if (!m_backend.start(&error))
            return false;
        m_gui = std::make_unique<GuiApp>(m_backend);
        m_gui->start();
        return true;
    }
    GuiApp &gui() { return *m_gui; }
    AccountsService *service() { return m_gui->service(); }
    W *wizard() { return m_gui->wizard(); }

    template<class T = QWidget> T *find(const char *name)
    {
        return wizard()->findChild<T *>(QLatin1String(name));
    }
    void type(const char *name, const QString &text)
    {
        auto *edit = find<QLineEdit>(name);
        edit->setFocus();
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    void click(QAbstractButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
    }
    bool waitPage(int id, int ms = 10000)
    {
        return Probe::waitOn(
            wizard(), &QWizard::currentIdChanged,
            [this, id] { return wizard()->currentId() == id; }, ms);
    }

    // A first run: the wizard opens at its key page; the key is typed, not remembered.
    bool acceptKey()
    {
        // The field takes typing once the keychain has answered.
        if (!Probe::waitUntil(
                [this] {
                    return wizard() && wizard()->currentId() == W::ApiKeyPageId
                        && find<QLineEdit>("apiKeyEdit")->isEnabled();
                },
                15000))
            return false;
        type("apiKeyEdit", m_key);
        find<QCheckBox>("rememberKeyCheck")->setChecked(false);
        click(wizard()->button(QWizard::NextButton));
        return waitPage(W::CreatorPageId, 15000);
    }
    // The wizard closed, the list read.
    bool toList(int rows)
    {
        wizard()->reject();
        return Probe::waitUntil(
            [this, rows] {
                return !service()->isRefreshing() && service()->model()->hasList()
                    && service()->model()->rowCount() >= rows;
            },
            30000);
    }
    // From the creator page to the code page; the time its first paint was over.
    qint64 toCodePage(const QString &username, PaintWatch *watch)
    {
        type("usernameEdit", username);
        type("passwordEdit", QStringLiteral("pw"));
        click(wizard()->button(QWizard::NextButton));
        if (!waitPage(W::ProxyPageId))
            return -1;
        watch->arm();
        click(wizard()->button(QWizard::CommitButton));
        if (!Probe::waitOn(
                wizard(), &QWizard::currentIdChanged,
                [this] { return wizard()->currentId() == W::CodePageId; }, 60000))
            return -1;
        // The page switch schedules its paint: the next pass of the loop.
        Probe::waitUntil([watch] { return watch->paintedAt() > 0; }, 5000);
        return watch->paintedAt();
    }
    bool enterCode()
    {
        type("codeEdit", QStringLiteral("123456"));
        click(wizard()->button(QWizard::NextButton));
        return waitPage(W::DonePageId, 60000);
    }

private:
    Backend m_backend;
    QString m_key;
    std::unique_ptr<GuiApp> m_gui;
};

// Says which step did not happen, for bench_report's log.
int fail(const char *step)
{
    std::fprintf(stderr, "bench_guiprobe: failed at: %s\n", step);
    return 1;
}

QJsonObject memory()
{
    return {{QStringLiteral("rssKb"), double(Probe::statusKb("VmRSS:"))},
            {QStringLiteral("hwmKb"), double(Probe::statusKb("VmHWM:"))}};
}

// Logins one after another; bench_report sets the simulator's login time before each "go".
int challenge(GuiProbe &p, int logins)
{
    if (!p.acceptKey())
        return fail("the key page");
    PaintWatch watch(p.wizard()->page(W::CodePageId));
    for (int i = 0; i < logins; ++i) {
        report({{QStringLiteral("event"), QStringLiteral("ready")}});
        std::string line;
        if (!std::getline(std::cin, line) || line.rfind("go ", 0) != 0)
            return fail("reading go USERNAME");
        const qint64 shown = p.toCodePage(QString::fromStdString(line.substr(3)), &watch);
        report({{QStringLiteral("event"), QStringLiteral("code")},
                {QStringLiteral("t"), double(shown)}});
        if (shown < 0 || !p.enterCode())
            return fail("the code page");
        report({{QStringLiteral("event"), QStringLiteral("done")}});
        p.click(p.find<QAbstractButton>("connectAnotherButton"));
        if (!p.waitPage(W::CreatorPageId))
            return fail("back to the creator page");
    }
    return 0;
}

// A whole wizard flow under the stall probe, then idle on the code page and on the window.
int flow(GuiProbe &p, Probe::StallProbe &stalls, int idleMs)
{
    QJsonObject phases;
    const auto phase = [&](const char *name) {
        phases.insert(QLatin1String(name), stalls.maxMs());
        stalls.reset();
    };
    if (!p.acceptKey())
        return fail("the key page");
    phase("start_and_key");
    PaintWatch watch(p.wizard()->page(W::CodePageId));
    if (p.toCodePage(QStringLiteral("emailflow"), &watch) < 0)
        return fail("the code page");
    phase("creator_to_code");
    stalls.stop();
    // Measured once the cursor has stopped blinking (BlinkTimeout): a person reading out a
    // code does not type for a while.
    Probe::idle(BlinkTimeout::kTimeoutMs + 500);
    const QJsonObject codeIdle = Probe::idleFor(idleMs);
    stalls.start();
    if (!p.enterCode())
        return fail("the code");
    phase("code_to_done");
    p.wizard()->close();
    Probe::idle(300);
    phase("close");
    stalls.stop();
    Probe::idle(2500); // the refresh after the login
    const QJsonObject windowIdle = Probe::idleFor(idleMs);
    double worst = 0;
    for (const QJsonValue &v : phases)
        worst = qMax(worst, v.toDouble());
    report({{QStringLiteral("event"), QStringLiteral("flow")},
            {QStringLiteral("maxStallMs"), worst},
            {QStringLiteral("phases"), phases},
            {QStringLiteral("codeIdle"), codeIdle},
            {QStringLiteral("windowIdle"), windowIdle}});
    return 0;
}

// The list of (500) accounts read again under the stall probe; memory and idle with it shown.
int refresh(GuiProbe &p, Probe::StallProbe &stalls, int idleMs)
{
    if (!p.acceptKey() || !p.toList(1))
        return fail("the key page or the list");
    Probe::idle(500);
    const int rows = p.service()->model()->rowCount();
    const QJsonObject idle = Probe::idleFor(idleMs);
    const QJsonObject mem = memory();
    QJsonArray durations;
    stalls.start();
    for (int i = 0; i < 3; ++i) {
        const qint64 t = Probe::nowNs();
        p.service()->refresh();
        if (!Probe::waitOn(
                p.service(), &AccountsService::refreshed,
                [&p] { return !p.service()->isRefreshing(); }, 30000))
            return fail("a refresh");
        durations.append((Probe::nowNs() - t) / 1e6);
        Probe::idle(200); // the view's repaint after the new list
    }
    stalls.stop();
    report({{QStringLiteral("event"), QStringLiteral("refresh")},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("maxStallMs"), stalls.maxMs()},
            {QStringLiteral("stallsOver16"), stalls.over16()},
            {QStringLiteral("refreshMs"), durations},
            {QStringLiteral("idle"), idle},
            {QStringLiteral("memory"), mem}});
    return 0;
}

// 0, then STEP... logins running at once (re-authenticating accounts that never finish).
int scale(GuiProbe &p, int idleMs, int settleMs, const QList<int> &steps)
{
    if (!p.acceptKey() || !p.toList(steps.isEmpty() ? 1 : steps.last()))
        return fail("the key page or the list");
    AccountsModel *model = p.service()->model();
    QList<int> counts {0};
    counts.append(steps);
    int next = 0;
    for (int target : counts) {
        while (p.service()->runningCount() < target && next < model->rowCount()) {
            const QString id
                = model->index(next++, 0).data(AccountsModel::AccountIdRole).toString();
            p.service()->reauthenticate(id);
        }
        if (!Probe::waitUntil([&] { return p.service()->runningCount() >= target; }, 30000))
            return fail("logins running");
        Probe::idle(target ? settleMs : 500);
        QJsonObject o = Probe::idleFor(idleMs);
        o.insert(QStringLiteral("event"), QStringLiteral("scale"));
        o.insert(QStringLiteral("sessions"), target);
        o.insert(QStringLiteral("memory"), memory());
        report(o);
    }
    return 0;
}

// Every listed account re-authenticated at once; each code given as soon as it is asked for.
int budget(GuiProbe &p)
{
    if (!p.acceptKey() || !p.toList(1))
        return fail("the key page or the list");
    AccountsService *service = p.service();
    const int n = service->model()->rowCount();
    int finished = 0;
    QObject context; // the connections end with this function
    QObject::connect(service, &AccountsService::codeNeeded, &context, [service](const QString &id) {
        report({{QStringLiteral("event"), QStringLiteral("code")},
                {QStringLiteral("id"), id},
                {QStringLiteral("t"), double(Probe::nowNs())}});
        service->submitCode(id, QStringLiteral("123456"));
    });
    QObject::connect(service, &AccountsService::loginFinished, &context,
                     [&finished](const QString &id, ConnectionSession::State state) {
                         ++finished;
                         report({{QStringLiteral("event"), QStringLiteral("finished")},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("state"), ConnectionSession::stateName(state)},
                                 {QStringLiteral("t"), double(Probe::nowNs())}});
                     });
    report({{QStringLiteral("event"), QStringLiteral("reauth")},
            {QStringLiteral("t"), double(Probe::nowNs())}});
    for (int row = 0; row < n; ++row)
        service->reauthenticate(
            service->model()->index(row, 0).data(AccountsModel::AccountIdRole).toString());
    Probe::waitOn(
        service, &AccountsService::loginFinished, [&] { return finished >= n; }, 300000);
    Probe::idle(1000); // the list read after the last login
    report({{QStringLiteral("event"), QStringLiteral("end")}});
    return finished >= n ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Bootstrap::setUpApplication();
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_guiprobe URL KEY MODE [ARGS]\n");
        return 2;
    }
    const QString mode = args.at(2);
    const int number = args.value(3).toInt();
    if (mode == QLatin1String("noise")) {
        // The floor: a bare event loop on this machine, with the same probes.
        Probe::StallProbe stalls;
        stalls.start();
        Probe::idle(number);
        stalls.stop();
        QJsonObject o = Probe::idleFor(number);
        o.insert(QStringLiteral("event"), QStringLiteral("noise"));
        o.insert(QStringLiteral("maxStallMs"), stalls.maxMs());
        o.insert(QStringLiteral("memory"), memory());
        report(o);
        return 0;
    }
    GuiProbe p(args.at(0), args.at(1));
    if (!p.start())
        return fail("starting the app");
    Probe::StallProbe stalls;
    if (mode == QLatin1String("flow"))
        stalls.start(); // once the windows are built: from the first pass of the event loop
    int status = 2;
    if (mode == QLatin1String("challenge"))
        status = challenge(p, number);
    else if (mode == QLatin1String("flow"))
        status = flow(p, stalls, number);
    else if (mode == QLatin1String("refresh"))
        status = refresh(p, stalls, number);
    else if (mode == QLatin1String("scale")) {
        QList<int> steps;
        for (const QString &s : args.mid(5))
            steps << s.toInt();
        status = scale(p, number, args.value(4).toInt(), steps);
    } else if (mode == QLatin1String("budget"))
        status = budget(p);
    report({{QStringLiteral("event"), QStringLiteral("exit")}, {QStringLiteral("status"), status}});
    return status;
}

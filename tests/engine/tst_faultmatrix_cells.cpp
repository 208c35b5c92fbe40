// One cell of the fault matrix: fresh servers, a fresh pending store and the component a
// person sees for the call (the login session, the accounts window's service, the key
// check), a normal exchange first where the call needs one, then the fault.
#include "ManualClock.h"
#include "accounts/AccountsService.h"
#include "login/ConnectController.h"
#include "login/ConnectionSession.h"
#include "login/FailureAdvice.h"
#include "network/Origin.h"
#include "storage/PendingStore.h"
#include "tst_faultmatrix.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace FaultMatrix {

namespace {

using State = ConnectionSession::State;

// The transfer time-out of every exchange but a stalled one: a loaded machine never makes
// a normal answer or a 50 MB reply (cut at 1 MiB) read as a time-out.
constexpr int kPatientMs = 20000;
using Live = AccountsModel::Live;

// Long enough that no second poll happens while a cell looks; jitter is 0 with FixedRandom.
PollPolicy policy()
{
    PollPolicy p;
    p.firstPollMs = 0;
    p.intervalMs = 5000;
    p.codeWaitIntervalMs = 7000;
    p.backoffBaseMs = 4000;
    p.backoffMaxMs = 60000;
    return p;
}

// Runs the event loop until `done`, waking at once for every event (QTest::qWaitFor sleeps
// 10 ms between looks, which would slow the servers here down). The bound is only for a
// broken cell, never a timing.
bool waitFor(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(30000);
    QTimer wake; // so the deadline is seen even when nothing else happens
    wake.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

QString adviceText(const ConnectionSession &session)
{
    const FailureAdvice a = FailureAdvice::of(session);
    return a.headline + QStringLiteral(". ") + a.advice
        + (a.detail.isEmpty() ? QString() : QLatin1Char(' ') + a.detail);
}

// What a login's page shows once it stopped moving.
QString sessionText(const ConnectionSession &s)
{
    if (s.state() == State::Failed)
        return adviceText(s);
    if (s.state() == State::NeedsCode && !s.codeError().isEmpty())
        return s.codeError();
    return s.describe();
}

QString liveName(Live live)
{
    switch (live) {
    case Live::None: return QStringLiteral("row as listed");
    case Live::Interrupted: return QStringLiteral("row interrupted");
    case Live::Connecting: return QStringLiteral("row connecting");
    case Live::CodeNeeded: return QStringLiteral("row code needed");
    case Live::Verifying: return QStringLiteral("row verifying");
    case Live::Failed: return QStringLiteral("row failed");
    }
    return {};
}

class Cell
{
public:
    Cell(const QString &fault, Call call, int timeoutMs)
        : m_fault(fault)
        , m_call(call)
        , m_faultTimeoutMs(isStall(fault) ? timeoutMs : kPatientMs)
        , m_settings(m_dir.filePath(QStringLiteral("pending.ini")), QSettings::IniFormat)
        , m_pending(&m_settings)
    {
        QVERIFY(m_api.listen());
        QVERIFY(m_other.listen());
        m_other.setHandler([call](const SeenRequest &r) { return happyReply(call, r, true); });
        m_api.setHandler([this](const SeenRequest &r) {
            if (m_armed && isTarget(m_call, r)) {
                ++m_sent;
                return faultReply(m_fault, m_call, m_other.baseUrl());
            }
            SeenRequest moved = r;
            if (moved.path.startsWith("/moved/"))
                moved.path = moved.path.mid(6);
            return happyReply(m_call, moved, m_armed);
        });
        m_client = std::make_unique<ApiClient>(&m_nam, m_api.baseUrl());
        m_client->setApiKey(QStringLiteral("agency-key"));
        m_client->setTimeoutMs(kPatientMs);
        m_client->setClock(&m_clock);
    }

    // From here on the call under test meets the fault.
    void arm()
    {
        m_armed = true;
        m_client->setTimeoutMs(m_faultTimeoutMs);
        if (m_otherClient)
            m_otherClient->setTimeoutMs(m_faultTimeoutMs);
        m_sent = 0;
        if (isRefusal(m_fault))
            m_api.goAway();
    }

    Observed run()
    {
        Observed o;
        switch (m_call) {
        case Call::Start:
        case Call::Poll:
        case Call::Code: o = runLogin(); break;
        case Call::Reauth: o = runReauth(); break;
        case Call::List:
        case Call::Disconnect: o = runAccounts(); break;
        case Call::Whoami: o = runWhoami(); break;
        }
        o.sent = m_sent;
        o.largeBytesSent = m_api.largeBodyBytesSent();
        o.otherOriginRequests = int(m_other.requests().size());
        return o;
    }

private:
    bool pendingHolds() const
    {
        for (const PendingSession &p : m_pending.list(Origin::of(m_api.baseUrl())))
            if (p.accountId == QLatin1String(kAccountId))
                return true;
        return false;
    }

    // start, poll and code, through the session the wizard and the CLI drive.
    Observed runLogin()
    {
        ConnectionSession s(m_client.get(), &m_pending);
        s.setPolicy(policy());
        s.setClock(&m_clock);
        s.setRandom(&m_random);
        std::optional<std::pair<ApiError, int>> retry;
        bool answered = false;
        bool submitted = false;
        bool rejected = false;
        ApiError::Kind codeKind = ApiError::Kind::None;
        QObject::connect(&s, &ConnectionSession::codeRejected, &s, [&] { rejected = true; });
        QObject::connect(&s, &ConnectionSession::retrying, &s, [&](const ApiError &e, int ms) {
            retry = {e, ms};
        });
        QObject::connect(&s, &ConnectionSession::statusReceived, &s, [&] {
            if (m_armed)
                answered = true;
        });
        QObject::connect(&s, &ConnectionSession::stateChanged, &s, [&](State state) {
            if (m_armed)
                return;
            if (m_call == Call::Poll && state == State::Waiting)
                arm(); // before the first poll leaves
            if (m_call == Call::Code && state == State::NeedsCode) {
                arm();
                QTimer::singleShot(0, &s, [&] {
                    codeKind = clientKind(); // the session keeps only the sentence
                    m_sent = 0;
                    submitted = true;
                    s.submitCode(QStringLiteral("123456"));
                });
            }
        });
        if (m_call == Call::Start)
            arm();
        s.start({QStringLiteral("ada@example.com"), QStringLiteral("pw"), {}, {}, false});
        waitFor([&] {
            if (s.isFinished() || retry)
                return true;
            switch (m_call) {
            case Call::Start: return s.state() != State::Starting;
            case Call::Poll: return answered;
            default:
                return submitted && s.state() != State::SubmittingCode
                    && (s.state() != State::NeedsCode || rejected);
            }
        });
        Observed o;
        o.kind = retry ? retry->first.kind : m_call == Call::Code ? codeKind : s.error().kind;
        o.screen = ConnectionSession::stateName(s.state());
        o.retryMs = retry ? retry->second : -1;
        o.pending = pendingHolds();
        o.sentence = retry ? retry->first.briefCause() : sessionText(s);
        return o;
    }

    AccountsService::Options serviceOptions()
    {
        AccountsService::Options opt;
        opt.client = m_client.get(); // no nam: logins use this client and its short timeout
        opt.pending = &m_pending;
        opt.policy = policy();
        opt.clock = &m_clock;
        return opt;
    }

    bool listOnce(AccountsService &svc)
    {
        bool done = false;
        bool ok = false;
        const auto a = QObject::connect(&svc, &AccountsService::refreshed, &svc, [&] {
            ok = true;
            done = true;
        });
        const auto b
            = QObject::connect(&svc, &AccountsService::refreshFailed, &svc, [&] { done = true; });
        svc.refresh();
        waitFor([&] { return done; });
        QObject::disconnect(a);
        QObject::disconnect(b);
        return ok;
    }

    // re-authenticate from a row of the accounts window.
    Observed runReauth()
    {
        AccountsService svc(serviceOptions());
        svc.setApiKey(QStringLiteral("agency-key"));
        Observed o;
        if (!listOnce(svc))
            return o;
        arm();
        if (!svc.reauthenticate(QLatin1String(kAccountId)))
            return o;
        ConnectionSession *s = svc.session(QLatin1String(kAccountId));
        State state = s->state();
        // Read as it happens: a finished login's session is deleted soon after.
        QObject::connect(s, &ConnectionSession::stateChanged, &svc, [&, s](State now) {
            state = now;
            o.kind = s->error().kind;
        });
        waitFor([&] { return state != State::Starting; });
        o.screen = ConnectionSession::stateName(state);
        const AccountsModel::Row *row = svc.model()->row(QLatin1String(kAccountId));
        o.screen += QStringLiteral(", ") + (row ? liveName(row->live) : QStringLiteral("no row"));
        o.sentence = row ? AccountsModel::stateText(*row) : QString();
        o.pending = pendingHolds();
        return o;
    }

    // list and disconnect: the client's verdict, then what the accounts window keeps.
    Observed runAccounts()
    {
        m_pending.save({QLatin1String(kAccountId), QStringLiteral("Ada"),
                        Origin::of(m_api.baseUrl()), m_clock.utcNow()});
        AccountsService svc(serviceOptions());
        svc.setApiKey(QStringLiteral("agency-key"));
        Observed o;
        if (!listOnce(svc))
            return o;
        arm();
        o.kind = clientKind();
        m_sent = 0;
        QString message;
        bool done = false;
        QObject::connect(&svc, &AccountsService::refreshed, &svc, [&] { done = true; });
        QObject::connect(&svc, &AccountsService::refreshFailed, &svc, [&](const QString &m) {
            message = m;
            done = true;
        });
        QObject::connect(&svc, &AccountsService::disconnected, &svc, [&] { done = true; });
        QObject::connect(&svc, &AccountsService::disconnectFailed, &svc,
                         [&](const QString &, const QString &m) {
                             message = m;
                             done = true;
                         });
        if (m_call == Call::List)
            svc.refresh();
        else
            svc.disconnectAccount(QLatin1String(kAccountId));
        waitFor([&] { return done; });
        const AccountsModel::Row *row = svc.model()->row(QLatin1String(kAccountId));
        if (!row)
            o.screen = QStringLiteral("row removed");
        else if (m_call == Call::Disconnect)
            o.screen = QStringLiteral("row kept");
        else
            o.screen = row->account.displayName == QLatin1String("Ada")
                ? QStringLiteral("old list kept")
                : QStringLiteral("new list");
        o.sentence = message;
        o.pending = pendingHolds();
        return o;
    }

    // whoami as the key check of the wizard's first page: a good key first, then a new one.
    Observed runWhoami()
    {
        m_pending.save({QLatin1String(kAccountId), QStringLiteral("Ada"),
                        Origin::of(m_api.baseUrl()), m_clock.utcNow()});
        ConnectController::Options opt;
        opt.apiBase = m_api.baseUrl();
        opt.pending = &m_pending;
        opt.policy = policy();
        ConnectController ctrl(opt);
        m_otherClient = ctrl.client();
        m_otherClient->setTimeoutMs(kPatientMs);
        Observed o;
        QString message;
        bool done = false;
        QObject::connect(&ctrl, &ConnectController::keyAccepted, &ctrl, [&] { done = true; });
        QObject::connect(&ctrl, &ConnectController::keyRejected, &ctrl, [&](const QString &m) {
            message = m;
            done = true;
        });
        ctrl.checkKey(QStringLiteral("old-key"), false);
        if (!waitFor([&] { return done; }) || ctrl.apiKey() != QLatin1String("old-key"))
            return o;
        arm();
        o.kind = clientKind();
        m_sent = 0;
        done = false;
        ctrl.checkKey(QStringLiteral("new-key"), false);
        waitFor([&] { return done; });
        o.screen = ctrl.apiKey() == QLatin1String("old-key") ? QStringLiteral("old key kept")
                                                             : QStringLiteral("new key");
        o.sentence = message;
        o.pending = pendingHolds();
        return o;
    }

    // The call made on the client alone: the error kind the components do not expose.
    ApiError::Kind clientKind()
    {
        std::optional<ApiError> error;
        QObject context;
        auto done = [&](const auto &r) { error = r.error; };
        if (m_call == Call::Code)
            m_client->submitCode(QLatin1String(kAccountId), QStringLiteral("123456"), &context,
                                 done);
        else if (m_call == Call::List)
            m_client->listAccounts(&context, done);
        else if (m_call == Call::Disconnect)
            m_client->disconnectAccount(QLatin1String(kAccountId), &context, done);
        else
            m_client->whoami(&context, done);
        waitFor([&] { return error.has_value(); });
        return error ? error->kind : ApiError::Kind::Cancelled;
    }

    QString m_fault;
    Call m_call;
    int m_faultTimeoutMs; // short only where the fault is a stall: nothing else may time out
    ApiClient *m_otherClient = nullptr; // the key check's own client
    QTemporaryDir m_dir;
    QSettings m_settings;
    PendingStore m_pending;
    ManualClock m_clock; // 2026-01-01 12:00:00 UTC, standing still
    FixedRandom m_random;
    FaultServer m_api;
    FaultServer m_other; // another origin: must never see a request
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    bool m_armed = false;
    int m_sent = 0;
};

} // namespace

Observed runCell(const QString &fault, Call call, int transferTimeoutMs)
{
    Cell cell(fault, call, transferTimeoutMs);
    return cell.run();
}

} // namespace FaultMatrix

#include "accounts/AccountsService.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "network/ApiClient.h"
#include "network/Origin.h"
#include "storage/PendingStore.h"

using State = ConnectionSession::State;
using Live = AccountsModel::Live;

AccountsService::AccountsService(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    connect(options.client, &ApiClient::creditsSeen, this, &AccountsService::creditsSeen);
    m_refreshSoon.setSingleShot(true);
    connect(&m_refreshSoon, &QTimer::timeout, this, [this] {
        m_refreshAskedSince.invalidate();
        refresh();
    });
}

void AccountsService::setApiKey(const QString &key)
{
    m_apiKey = key;
    m_options.client->setApiKey(key);
    ++m_keyGeneration;
    m_refreshing = false; // a read in flight was for the old key: the next one goes
    m_refreshAgain = false;
    m_refreshSoon.stop(); // the new key's list is read by whoever set it
    m_refreshAskedSince.invalidate();
}

void AccountsService::setWhoami(const WhoamiInfo &info)
{
    m_whoami = info;
    emit whoamiChanged(info);
}

AccountsService::~AccountsService()
{
    // Sessions are destroyed, not cancelled: their logins stay resumable.
    for (Tracked &t : m_tracked) {
        if (t.session)
            disconnect(t.session, nullptr, this, nullptr);
    }
}

QDateTime AccountsService::now() const
{
    return m_options.clock ? m_options.clock->utcNow() : QDateTime::currentDateTimeUtc();
}

void AccountsService::refreshSoon()
{
    if (!m_refreshAskedSince.isValid())
        m_refreshAskedSince.start();
    const qint64 left = qMax<qint64>(0, kRefreshMaxWaitMs - m_refreshAskedSince.elapsed());
    // Another login still running will end and ask again: wait for it, up to the cap.
    m_refreshSoon.start(int(runningCount() > 0 ? left : qMin<qint64>(left, kRefreshQuietMs)));
}

void AccountsService::refresh()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_refreshAgain = false;
    m_refreshSoon.stop(); // this read serves a read asked for soon, too
    m_refreshAskedSince.invalidate();
    const int generation = m_keyGeneration;
    m_options.client->listAccounts(this, [this, generation](const ApiResult<QList<Account>> &r) {
        if (generation != m_keyGeneration)
            return; // another team's list
        m_refreshing = false;
        if (m_refreshAgain) // cleared when that read starts, so isRefreshing() stays true
            QTimer::singleShot(0, this, &AccountsService::refresh);
        if (!r.ok()) {
            m_refreshProblem = r.error.userMessage();
            emit refreshFailed(m_refreshProblem);
            return;
        }
        m_refreshProblem.clear();
        m_model.setAccounts(*r.value, now());
        emit refreshed();
    });
}

void AccountsService::loadWhoami()
{
    const int generation = m_keyGeneration;
    m_options.client->whoami(this, [this, generation](const ApiResult<WhoamiInfo> &r) {
        if (!r.ok() || generation != m_keyGeneration)
            return; // the status bar keeps what it had; the list says what is wrong
        setWhoami(*r.value);
    });
}

void AccountsService::loadPending()
{
    if (!m_options.pending)
        return;
    const QString origin = m_options.storageOrigin.isEmpty()
        ? Origin::of(m_options.client->baseUrl())
        : m_options.storageOrigin;
    for (const PendingSession &p : m_options.pending->list(origin)) {
        if (session(p.accountId))
            continue;
        m_model.setLive(p.accountId, Live::Interrupted, {}, p.displayName);
    }
}

ConnectionSession *AccountsService::newSession()
{
    // Its own client, with the key of today: a key changed later does not reach this login.
    ApiClient *client = m_options.client;
    if (m_options.nam) {
        client = new ApiClient(m_options.nam, m_options.client->baseUrl());
        client->setApiKey(m_apiKey);
        client->setBudget(m_options.client->budget());
        if (m_options.clock)
            client->setClock(m_options.clock);
        connect(client, &ApiClient::creditsSeen, this, &AccountsService::creditsSeen);
    }
    auto *s = new ConnectionSession(client, m_options.pending, this);
    if (client != m_options.client)
        client->setParent(s); // goes after the session, which aborts its request first
    s->setPolicy(m_options.policy);
    if (m_options.clock)
        s->setClock(m_options.clock);
    if (!m_options.storageOrigin.isEmpty())
        s->setStorageOrigin(m_options.storageOrigin);
    return s;
}

bool AccountsService::reauthenticate(const QString &accountId)
{
    if (session(accountId) || !m_model.row(accountId))
        return false;
    ConnectionSession *s = newSession();
    track(s, s, true);
    s->reauthenticate(accountId, displayName(accountId));
    return true;
}

bool AccountsService::resume(const QString &accountId)
{
    if (session(accountId))
        return false;
    ConnectionSession *s = newSession();
    track(s, s, true);
    s->resume(accountId, displayName(accountId));
    return true;
}

bool AccountsService::submitCode(const QString &accountId, const QString &code)
{
    ConnectionSession *s = session(accountId);
    return s && s->submitCode(code);
}

void AccountsService::cancel(const QString &accountId)
{
    if (ConnectionSession *s = session(accountId))
        s->cancel();
}

void AccountsService::dismiss(const QString &accountId)
{
    const AccountsModel::Row *r = m_model.row(accountId);
    if (r && (r->live == Live::Failed || r->live == Live::Interrupted) && !session(accountId))
        m_model.clearLive(accountId);
}

void AccountsService::disconnectAccount(const QString &accountId)
{
    m_options.client->disconnectAccount(
        accountId, this, [this, accountId](const ApiResult<QString> &r) {
            if (!r.ok()) {
                const QString reason
                    = r.error.message.isEmpty() ? r.error.userMessage() : r.error.message;
                emit disconnectFailed(accountId, reason);
                return;
            }
            cancel(accountId);
            if (m_options.pending) {
                const QString origin = m_options.storageOrigin.isEmpty()
                    ? Origin::of(m_options.client->baseUrl())
                    : m_options.storageOrigin;
                m_options.pending->remove(origin, accountId);
            }
            m_model.removeAccount(accountId);
            emit disconnected(accountId);
        });
}

void AccountsService::watch(ConnectionSession *session)
{
    track(session, nullptr, false);
}

void AccountsService::adopt(ConnectionSession *session, QObject *owner)
{
    for (Tracked &t : m_tracked) {
        if (t.session == session) {
            t.owner = owner;
            t.background = true;
            if (owner)
                owner->setParent(this);
            if (session->state() == State::NeedsCode)
                emit codeNeeded(session->accountId());
            if (owner && session->isFinished())
                owner->deleteLater(); // ended on the way: nothing left to keep alive
            emit runningChanged(runningCount());
            return;
        }
    }
    if (owner)
        owner->setParent(this);
    track(session, owner, true);
    onState(session);
}

void AccountsService::track(ConnectionSession *session, QObject *owner, bool background)
{
    m_tracked.push_back(Tracked {session, owner, background});
    connect(session, &ConnectionSession::stateChanged, this, [this, session] { onState(session); });
    connect(session, &ConnectionSession::statusReceived, this,
            [this, session] { onState(session); });
    connect(session, &ConnectionSession::finished, this,
            [this, session](State state) { onFinished(session, state); });
    connect(session, &QObject::destroyed, this, [this, session] { forget(session); });
    emit runningChanged(runningCount());
}

void AccountsService::onState(ConnectionSession *s)
{
    const QString id = s->accountId();
    emit runningChanged(runningCount()); // a watched wizard's login may just have begun
    if (id.isEmpty())
        return;
    const QString name = s->displayName();
    switch (s->state()) {
    case State::Idle:
    case State::Starting:
    case State::Waiting:
        // The API's status token is no sentence for people; the words say enough.
        m_model.setLive(id, Live::Connecting, {}, name);
        break;
    case State::NeedsCode: {
        const bool wasNeeded = m_model.row(id) && m_model.row(id)->live == Live::CodeNeeded;
        m_model.setLive(id, Live::CodeNeeded, {}, name);
        if (!wasNeeded && isBackground(id))
            emit codeNeeded(id);
        break;
    }
    case State::SubmittingCode:
    case State::Verifying: m_model.setLive(id, Live::Verifying, {}, name); break;
    case State::Connected:
    case State::Failed:
    case State::TimedOut:
    case State::Cancelled: break; // onFinished
    }
}

void AccountsService::onFinished(ConnectionSession *s, State state)
{
    const QString id = s->accountId();
    switch (state) {
    case State::Connected:
        m_model.setConnected(id);
        refreshSoon(); // the server's username and name for the row
        break;
    case State::Failed:
        m_model.setLive(id, Live::Failed, s->failureReason());
        refreshSoon(); // the server keeps a failed login's account: its row can be acted on
        break;
    case State::TimedOut: m_model.setLive(id, Live::Interrupted); break;
    default: m_model.clearLive(id); break;
    }
    for (Tracked &t : m_tracked) {
        if (t.session == s && t.owner) {
            QObject *owner = t.owner;
            t.owner = nullptr;
            owner->deleteLater(); // the session's own signal is still being delivered
        }
    }
    emit loginFinished(id, state);
    emit runningChanged(runningCount());
}

void AccountsService::forget(ConnectionSession *session)
{
    std::erase_if(m_tracked,
                  [session](const Tracked &t) { return !t.session || t.session == session; });
    emit runningChanged(runningCount());
}

const AccountsService::Tracked *AccountsService::find(const QString &accountId) const
{
    // The newest first: a finished wizard's session may still be around with the same id.
    for (auto it = m_tracked.rbegin(); it != m_tracked.rend(); ++it) {
        if (it->session && it->session->accountId() == accountId && it->session->isActive())
            return &*it;
    }
    return nullptr;
}

ConnectionSession *AccountsService::session(const QString &accountId) const
{
    const Tracked *t = find(accountId);
    return t ? t->session.data() : nullptr;
}

bool AccountsService::isBackground(const QString &accountId) const
{
    const Tracked *t = find(accountId);
    return t && t->background;
}

int AccountsService::runningCount() const
{
    return int(std::count_if(m_tracked.cbegin(), m_tracked.cend(),
                             [](const Tracked &t) { return t.session && t.session->isActive(); }));
}

QString AccountsService::displayName(const QString &accountId) const
{
    const AccountsModel::Row *r = m_model.row(accountId);
    return r ? r->account.displayName : QString();
}

QString AccountsService::username(const QString &accountId) const
{
    const AccountsModel::Row *r = m_model.row(accountId);
    return r ? r->account.fanslyUsername : QString();
}

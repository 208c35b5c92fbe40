#include "login/ConnectController.h"

#include "network/Origin.h"
#include "storage/ApiKeySource.h"
#include "storage/SecretStore.h"

ConnectController::ConnectController(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(&m_nam, options.apiBase)
    , m_session(&m_client, options.pending)
{
    m_client.setBudget(options.budget);
    m_session.setPolicy(options.policy);
    m_session.setStorageOrigin(options.storageOrigin);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] { emit tick(m_session.elapsedMs()); });
    connect(&m_session, &ConnectionSession::finished, this, [this](ConnectionSession::State state) {
        if (state == ConnectionSession::State::Connected)
            forgetLogin(); // nothing left to send again
    });
    connect(&m_session, &ConnectionSession::stateChanged, this, [this] {
        // The time is shown while the login runs; not while a person reads out a code (the
        // code page shows none), so that wait wakes nothing but the session's slow poll.
        const bool counting
            = m_session.isActive() && m_session.state() != ConnectionSession::State::NeedsCode;
        if (counting && !m_ticker.isActive()) {
            m_ticker.start();
            emit tick(m_session.elapsedMs());
        } else if (!counting) {
            m_ticker.stop();
        }
    });
    if (!options.secrets && !options.practice)
        m_keychainProblem = tr("The system keychain is not used, so the key is kept in memory "
                               "for this session only.");
}

ConnectController::~ConnectController()
{
    forgetLogin();
}

void ConnectController::noteKeychainProblem(const SecretStore::Result &r)
{
    m_keychainProblem = SecretStore::userMessage(r) + QLatin1Char(' ')
        + tr("Until then the API key is kept in memory for this session only and is never "
             "written to disk.");
    m_keychainDetail = SecretStore::technicalDetail(r);
}

QString ConnectController::apiKeyName() const
{
    return SecretStore::apiKeyName(m_options.apiBase);
}

void ConnectController::begin()
{
    if (!m_options.apiKey.isEmpty()) {
        checkStoredKey(m_options.apiKey);
        return;
    }
    if (!m_options.secrets) {
        emit keyNeeded({}, m_options.keyPrefill); // keychainProblem() says why nothing is saved
        return;
    }
    emit checkingSavedKey();
    // The GUI offers the keychain only: the practice key is shown in the field instead, and
    // key files and the environment are for scripts (the CLI).
    ApiKeySource::Sources sources;
    sources.keychain = m_options.secrets;
    sources.origin = m_options.apiBase;
    ApiKeySource::find(sources, this, [this](const ApiKeySource::Found &found) {
        if (!found.key.isEmpty()) {
            checkStoredKey(found.key);
            return;
        }
        if (!found.problem.isEmpty())
            noteKeychainProblem(found.keychain);
        emit keyNeeded({}, m_options.keyPrefill);
    });
}

void ConnectController::checkStoredKey(const QString &key)
{
    const int id = ++m_keyCheck;
    emit checkingSavedKey();
    m_client.setApiKey(key);
    m_client.whoami(this, [this, id, key](const ApiResult<WhoamiInfo> &r) {
        if (id != m_keyCheck)
            return;
        if (r.ok()) {
            useKey(key);
            emit keyAccepted(*r.value, m_keychainProblem, true);
            return;
        }
        m_client.setApiKey({});
        const bool rejected = r.error.kind == ApiError::Kind::Unauthorized;
        const QString message = rejected
            ? tr("The saved API key was rejected. %1").arg(r.error.userMessage())
            : r.error.userMessage();
        // A key that may still be good stays in the field, so Next simply tries again.
        emit keyNeeded(message, rejected ? QString() : key);
    });
}

void ConnectController::checkKey(const QString &typed, bool remember)
{
    const QString key = typed.trimmed();
    const int id = ++m_keyCheck;
    m_client.setApiKey(key);
    m_client.whoami(this, [this, id, key, remember](const ApiResult<WhoamiInfo> &r) {
        if (id != m_keyCheck)
            return;
        if (!r.ok()) {
            m_client.setApiKey(m_workingKey);
            emit keyRejected(r.error.userMessage());
            return;
        }
        useKey(key);
        const WhoamiInfo info = *r.value;
        if (!m_options.secrets || !m_keychainProblem.isEmpty()) {
            emit keyAccepted(info, m_keychainProblem, false);
            return;
        }
        const auto stored = [this, id, info, remember](const SecretStore::Result &result) {
            if (id != m_keyCheck)
                return;
            if (result.status != SecretStore::Status::Ok)
                noteKeychainProblem(result);
            m_storeFailed = remember && result.status == SecretStore::Status::NoAnswer;
            if (m_storeFailed) {
                // Maybe a locked keychain with its prompt out of sight: stay on the key, so
                // the person can unlock it and retry, or go on with the key in memory.
                emit keyNeeded({}, {});
                return;
            }
            emit keyAccepted(info, m_keychainProblem, false);
        };
        // Not remembering also forgets a key saved earlier: the next start asks again.
        if (remember)
            m_options.secrets->write(apiKeyName(), key, this, stored);
        else
            m_options.secrets->remove(apiKeyName(), this, stored);
    });
}

void ConnectController::retryKeychain(const QString &typedKey)
{
    const bool store = m_storeFailed && !typedKey.trimmed().isEmpty();
    m_storeFailed = false;
    m_keychainProblem.clear();
    m_keychainDetail.clear();
    if (store)
        checkKey(typedKey, true);
    else
        begin();
}

void ConnectController::useKey(const QString &key)
{
    m_workingKey = key;
    m_client.setApiKey(key);
}

QList<PendingSession> ConnectController::pendingLogins() const
{
    return m_options.pending ? m_options.pending->list(m_session.storageOrigin())
                             : QList<PendingSession> {};
}

void ConnectController::discardPending(const PendingSession &pending)
{
    if (m_options.pending)
        m_options.pending->remove(pending.origin, pending.accountId);
    emit pendingDiscarded(pending.accountId);
}

void ConnectController::resume(const PendingSession &pending)
{
    m_session.resume(pending.accountId, pending.displayName);
}

void ConnectController::connectAccount(StartRequest request, const ProxySelection &proxy)
{
    forgetLogin();
    resolveProxyAndStart(std::move(request), proxy);
}

void ConnectController::resendThroughProxy(const ProxySelection &proxy)
{
    if (hasLastLogin())
        resolveProxyAndStart(m_lastLogin, proxy);
}

bool ConnectController::canResendStart() const
{
    // An account id means the login ran at Fansly: sending it again is a second login.
    if (!hasLastLogin() || m_session.state() != ConnectionSession::State::Failed
        || !m_session.accountId().isEmpty() || m_session.startMayHaveReachedServer())
        return false;
    const ApiError &e = m_session.error();
    switch (e.kind) {
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::NoCredits:
    case ApiError::Kind::Validation: return true;
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls: return e.neverSent;
    default: return false;
    }
}

void ConnectController::resendStart(bool forceConnect)
{
    if (!canResendStart())
        return;
    StartRequest request = m_lastLogin;
    request.forceConnect = request.forceConnect || forceConnect;
    startWith(std::move(request), m_lastLogin.proxy);
}

void ConnectController::forgetLogin()
{
    // SecretText zeroes the passwords when this was their last holder (fill() used to zero
    // a fresh copy whenever the buffer was still shared, leaving the original as it was).
    m_lastLogin = StartRequest();
}

void ConnectController::resolveProxyAndStart(StartRequest request, const ProxySelection &proxy)
{
    ProxyProfiles *profiles = m_options.profiles;
    const quint64 token = ++m_connectToken;
    if (!proxy.savedName.isEmpty()) {
        if (!profiles) {
            emit proxyProblem(tr("Saved proxies are not available here."));
            return;
        }
        profiles->load(
            proxy.savedName, this,
            [this, request, token](std::optional<ProxyChoice> choice, const QString &message) {
                if (token != m_connectToken)
                    return;
                if (!choice) {
                    emit proxyProblem(message);
                    return;
                }
                startWith(request, *choice);
            });
        return;
    }
    if (!proxy.saveAs.isEmpty() && profiles) {
        const ProxyProfile profile {proxy.saveAs.trimmed(), proxy.choice.host.trimmed(),
                                    proxy.choice.port, proxy.choice.username};
        profiles->save(
            profile, proxy.choice.password, this,
            [this, request, proxy, token, name = profile.name](bool ok, const QString &message) {
                if (token != m_connectToken)
                    return;
                if (!ok) {
                    emit proxyProblem(message);
                    return;
                }
                emit proxySaved(name);
                startWith(request, proxy.choice);
            });
        return;
    }
    startWith(std::move(request), proxy.choice);
}

void ConnectController::startWith(StartRequest request, const ProxyChoice &proxy)
{
    request.proxy = proxy;
    m_lastLogin = request; // kept for "Retry now"; the session drops its copy once sent
    m_session.start(std::move(request));
    emit loginStarted();
}
